# -*- coding: utf-8 -*-
"""Generate two Word-export-like Chinese government report PDFs plus expected.json.

All figures come from decimal.Decimal values; planted errors are derived by
perturbing correct values so that every difference is exact.
"""
import json
import os
import re
from decimal import Decimal as D, ROUND_HALF_UP

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont('ZH', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))

F1 = 'xx_xian_dongxi_2025_huibao.pdf'
F2 = 'xx_xian_jianceduixiang_2025.pdf'

PW, PH = A4
LM, RM, TM, BM = 79.0, 74.0, 105.0, 99.0
TW = PW - LM - RM


# --------------------------------------------------------------------------
# number formatting (Decimal only)
# --------------------------------------------------------------------------
def fmt(v, places=0, sep=True):
    assert isinstance(v, D)
    q = D(1).scaleb(-places)
    v = v.quantize(q, rounding=ROUND_HALF_UP)
    if places == 0:
        return f"{int(v):,}" if sep else str(int(v))
    ip, fp = str(v).split('.')
    ipf = f"{int(ip):,}" if sep else ip
    return ipf + '.' + fp


def num(s):
    return D(s.replace(',', ''))


def pct(part, whole, places=1):
    return (part * 100 / whole).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------
# layout engine
# --------------------------------------------------------------------------
NOSTART = set('，。、；：）」』”’！？%…,.;:)')
NOEND = set('（「『“‘(')
TOKEN_RE = re.compile(r'[0-9A-Za-z.,%/\-]+| +|.', re.S)
MARK_RE = re.compile(r'\{\{(\w+)\}\}')


class Doc:
    def __init__(self, fname, body_font, header_text):
        self.fname = fname
        self.c = canvas.Canvas(os.path.join(OUT, fname), pagesize=A4)
        self.c.setTitle(fname)
        self.c.setAuthor('XX县')
        self.c.setCreator('Microsoft® Word 2016')
        self.body_font = body_font
        self.header_text = header_text
        self.page = 1
        self.y = PH - TM
        self.reg = {}        # key -> {'page','text','ctx'}
        self.values = None   # key -> printed string
        self._decor()

    # page furniture ---------------------------------------------------
    def _decor(self):
        c = self.c
        if self.page > 1:
            c.setFont('ZH', 9)
            c.drawCentredString(PW / 2, PH - 58, self.header_text)
            c.setLineWidth(0.5)
            c.line(LM, PH - 63, PW - RM, PH - 63)
        c.setFont(self.body_font, 14)
        c.drawCentredString(PW / 2, 52, f'- {self.page} -')

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.y = PH - TM
        self._decor()

    def need(self, h):
        if self.y - h < BM:
            self.new_page()

    # text helpers --------------------------------------------------------
    def expand(self, src):
        """replace {{key}} by printed value, return plain text and spans"""
        out, spans, pos = [], [], 0
        last = 0
        for m in MARK_RE.finditer(src):
            out.append(src[last:m.start()])
            pos += len(src[last:m.start()])
            key = m.group(1)
            val = self.values[key]
            spans.append((pos, pos + len(val), key))
            out.append(val)
            pos += len(val)
            last = m.end()
        out.append(src[last:])
        return ''.join(out), spans

    def para(self, src, font=None, size=16, leading=28, indent=2, align='justify',
             space_before=0, space_after=0, bold=False):
        font = font or self.body_font
        text, spans = self.expand(src)
        toks = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
        W = lambda s: pdfmetrics.stringWidth(s, font, size)
        lines = []
        cur = []
        avail = TW - indent * size
        curw = 0.0
        for (a, b) in toks:
            t = text[a:b]
            if t.isspace() and not cur:
                continue
            w = W(t)
            if curw + w <= avail + 0.01:
                cur.append((a, b)); curw += w
                continue
            carry = []
            if t[0] in NOSTART and cur:
                carry.append(cur.pop())
                while cur and text[cur[-1][0]:cur[-1][1]].isspace():
                    cur.pop()
            if cur and text[cur[-1][0]] in NOEND:
                carry.insert(0, cur.pop())
            while cur and text[cur[-1][0]:cur[-1][1]].isspace():
                cur.pop()
            lines.append((cur, avail))
            avail = TW
            cur = carry + ([] if t.isspace() else [(a, b)])
            curw = sum(W(text[x:y]) for x, y in cur)
        while cur and text[cur[-1][0]:cur[-1][1]].isspace():
            cur.pop()
        if cur:
            lines.append((cur, avail))
        self.y -= space_before
        for i, (ln, av) in enumerate(lines):
            s0, s1 = ln[0][0], ln[-1][1]
            s = text[s0:s1]
            self.need(leading)
            self.y -= leading
            base = self.y + (leading - size) * 0.45
            x0 = LM + (TW - av)
            nat = W(s)
            cs = 0.0
            if align == 'justify' and i < len(lines) - 1 and len(s) > 1:
                cs = (av - nat) / (len(s) - 1)
            elif align == 'center':
                x0 = LM + (TW - nat) / 2
            elif align == 'right':
                x0 = LM + TW - nat - 2 * size
            t = self.c.beginText(x0, base)
            t.setFont(font, size)
            t.setCharSpace(cs)
            if bold:
                t.setTextRenderMode(2)
                self.c.setLineWidth(size / 30.0)
            t.textOut(s)
            self.c.drawText(t)
            if bold:
                self.c.setLineWidth(0.5)
            for (p0, p1, key) in spans:
                if s0 <= p0 < s1:
                    assert p1 <= s1, ('figure split over lines', key)
                    a = max(s0, p0 - 10)
                    b = min(s1, p1 + 4)
                    self.reg[key] = {'page': self.page, 'text': text[p0:p1], 'ctx': text[a:b]}
        self.y -= space_after

    def heading(self, s, size=16):
        self.need(28 * 3)  # keep with next (Word style)
        self.para(s, font='ZH', size=size, indent=2, align='left', leading=28)

    # tables ---------------------------------------------------------------
    def table(self, caption, headers, rows, colw, ruled=True, size=12, rowh=24, keys=None):
        """rows: list of lists of cell strings; keys: parallel list of lists of key or None"""
        total_h = 30 + rowh * (len(rows) + 1) + 10
        self.need(total_h)
        self.para(caption, font='ZH', size=14, leading=30, indent=0, align='center')
        c = self.c
        x_start = LM + (TW - sum(colw)) / 2
        xs = [x_start]
        for w in colw:
            xs.append(xs[-1] + w)
        top = self.y - 4
        allrows = [headers] + rows
        for r, row in enumerate(allrows):
            ytop = top - r * rowh
            yb = ytop - rowh
            base = yb + (rowh - size) / 2 + 1.5
            for j, cell in enumerate(row):
                if r == 0:
                    c.setFont('ZH', size)
                else:
                    c.setFont(self.body_font, size)
                if j == 0 or r == 0 or ruled:
                    if j == 0 and r > 0 and not ruled:
                        c.drawString(xs[j] + 4, base, cell)
                    else:
                        c.drawCentredString((xs[j] + xs[j + 1]) / 2, base, cell)
                else:
                    c.drawRightString(xs[j + 1] - 14, base, cell)
            if r > 0 and keys:
                rowtxt = ' | '.join(row)
                for j, key in enumerate(keys[r - 1]):
                    if key:
                        assert self.values[key] == row[j]
                        self.reg[key] = {'page': self.page, 'text': row[j], 'ctx': rowtxt,
                                         'table': caption.strip(), 'row': row[0], 'col': headers[j]}
        nrow = len(allrows)
        if ruled:
            c.setLineWidth(0.75)
            for r in range(nrow + 1):
                y = top - r * rowh
                c.line(xs[0], y, xs[-1], y)
            for x in xs:
                c.line(x, top, x, top - nrow * rowh)
        else:
            # Word "三线表"-less plain layout: only columns aligned by x
            pass
        self.y = top - nrow * rowh - 10

    def save(self):
        self.c.showPage()
        self.c.save()
        return self.page


# --------------------------------------------------------------------------
# FILE 1 data: 东西部协作工作情况汇报
# --------------------------------------------------------------------------
V1 = {}
NOTES = {}

funds_by_year = [D('7630'), D('8100'), D('8650')]          # 2023, 2024, 2025 (万元)
funds_2025 = funds_by_year[2]
funds_3y_correct = sum(funds_by_year)                        # 24,380
funds_3y_printed = funds_3y_correct + D('100')               # PLANTED (+100)
src_parts = [D('6300'), D('2350')]
use_parts = [D('5236'), D('1084'), D('1615'), D('715')]
assert sum(src_parts) == funds_2025 and sum(use_parts) == funds_2025
use_shares = [pct(p, funds_2025) for p in use_parts]
assert sum(use_shares) == D('100.0'), use_shares
agreed_funds = D('8000')
direct_poor = D('6128')

projects = [
    ('肉牛养殖基地建设项目', D('860'), D('412')),
    ('高标准农田配套设施项目', D('720'), D('356')),
    ('帮扶车间建设项目', D('540'), D('298')),
    ('茶叶加工厂提质改造项目', D('485'), D('237')),
    ('冷链物流仓储中心项目', D('630'), D('184')),
    ('乡村旅游示范点建设项目', D('395'), D('163')),
    ('职业技能培训项目', D('260'), D('521')),
    ('农村饮水安全巩固提升项目', D('340'), D('875')),
]
proj_funds_total = sum(p[1] for p in projects)               # 4,230
proj_people_correct = sum(p[2] for p in projects)            # 3,046
proj_people_printed = proj_people_correct + D('10')          # PLANTED (+10)
n_projects, n_done = D('42'), D('39')

ent_parts = [D('6'), D('5'), D('4'), D('2')]
ent_total = sum(ent_parts)                                   # 17
inv_parts = [D('3.18'), D('1.46'), D('0.72')]
inv_total = sum(inv_parts)                                   # 5.36

lab_parts_correct = [D('1105'), D('1367'), D('742')]
lab_total = sum(lab_parts_correct)                           # 3,214
lab_parts_printed = lab_parts_correct[:2] + [lab_parts_correct[2] + D('1')]   # PLANTED (+1 on 县内)
plab_parts = [D('412'), D('538'), D('336')]
plab_total = sum(plab_parts)                                 # 1,286

cons_parts = [D('1.12'), D('0.86'), D('0.54'), D('0.35')]
cons_total_correct = sum(cons_parts)                         # 2.87
_s = fmt(cons_total_correct, 2)                              # '2.87'
cons_total_printed = D(_s[:-2] + _s[-1] + _s[-2])            # PLANTED: '2.78' (last two digits swapped)
assert cons_total_printed != cons_total_correct

tal_parts = [D('21'), D('172')]
tal_total = sum(tal_parts)                                   # 193
pro_parts = [D('68'), D('57'), D('31'), D('16')]
assert sum(pro_parts) == tal_parts[1]
pair_parts = [D('52'), D('27'), D('7')]
pair_total = sum(pair_parts)                                 # 86
soc_parts = [D('864'), D('372')]
soc_total = sum(soc_parts)                                   # 1,236

V1.update({
    's_funds': fmt(funds_2025), 's_ent': fmt(ent_total), 's_inv': fmt(inv_total, 2),
    's_lab': fmt(lab_total), 's_plab': fmt(plab_total), 's_cons': fmt(cons_total_correct, 2),
    's_tal': fmt(tal_total), 's_nproj': fmt(n_projects),
    'u_3y_total': fmt(funds_3y_printed),
    'u_3y_a': fmt(funds_by_year[0]), 'u_3y_b': fmt(funds_by_year[1]), 'u_3y_c': fmt(funds_by_year[2]),
    'u_f_total': fmt(funds_2025),
    'u_src_a': fmt(src_parts[0]), 'u_src_b': fmt(src_parts[1]),
    'u_agreed': fmt(agreed_funds), 'u_over': fmt(funds_2025 - agreed_funds),
    'u_rate': fmt(pct(funds_2025, agreed_funds), 1),
    'u_use_total': fmt(funds_2025),
    'u_use_a': fmt(use_parts[0]), 'u_use_b': fmt(use_parts[1]),
    'u_use_c': fmt(use_parts[2]), 'u_use_d': fmt(use_parts[3]),
    'u_sh_a': fmt(use_shares[0], 1), 'u_sh_b': fmt(use_shares[1], 1),
    'u_sh_c': fmt(use_shares[2], 1), 'u_sh_d': fmt(use_shares[3], 1),
    'u_direct': fmt(direct_poor), 'u_direct_sh': fmt(pct(direct_poor, funds_2025), 1),
    'u_nproj': fmt(n_projects), 'u_ndone': fmt(n_done), 'u_done_rate': fmt(pct(n_done, n_projects), 1),
    'u_tab_txt': fmt(proj_funds_total),
    't1_funds_total': fmt(proj_funds_total), 't1_people_total': fmt(proj_people_printed),
    'u_ent_total': fmt(ent_total), 'u_ent_a': fmt(ent_parts[0]), 'u_ent_b': fmt(ent_parts[1]),
    'u_ent_c': fmt(ent_parts[2]), 'u_ent_d': fmt(ent_parts[3]),
    'u_inv_total': fmt(inv_total, 2), 'u_inv_a': fmt(inv_parts[0], 2), 'u_inv_b': fmt(inv_parts[1], 2),
    'u_inv_c': fmt(inv_parts[2], 2),
    'u_lab_total': fmt(lab_total), 'u_lab_a': fmt(lab_parts_printed[0]),
    'u_lab_b': fmt(lab_parts_printed[1]), 'u_lab_c': fmt(lab_parts_printed[2]),
    'u_pl_total': fmt(plab_total), 'u_pl_a': fmt(plab_parts[0]), 'u_pl_b': fmt(plab_parts[1]),
    'u_pl_c': fmt(plab_parts[2]), 'u_lab_a2': fmt(lab_parts_printed[0]),
    'u_cons_total': fmt(cons_total_printed, 2), 'u_cons_a': fmt(cons_parts[0], 2),
    'u_cons_b': fmt(cons_parts[1], 2), 'u_cons_c': fmt(cons_parts[2], 2), 'u_cons_d': fmt(cons_parts[3], 2),
    'u_tal_total': fmt(tal_total), 'u_tal_a': fmt(tal_parts[0]), 'u_tal_b': fmt(tal_parts[1]),
    'u_pro_total': fmt(tal_parts[1]), 'u_pro_a': fmt(pro_parts[0]), 'u_pro_b': fmt(pro_parts[1]),
    'u_pro_c': fmt(pro_parts[2]), 'u_pro_d': fmt(pro_parts[3]),
    'u_pair_total': fmt(pair_total), 'u_pair_a': fmt(pair_parts[0]), 'u_pair_b': fmt(pair_parts[1]),
    'u_pair_c': fmt(pair_parts[2]),
    'u_soc_total': fmt(soc_total), 'u_soc_a': fmt(soc_parts[0]), 'u_soc_b': fmt(soc_parts[1]),
})
for i, p in enumerate(projects):
    V1[f't1_f{i}'] = fmt(p[1])
    V1[f't1_p{i}'] = fmt(p[2])


def build_file1():
    d = Doc(F1, 'ZH', 'XX县2025年东西部协作工作情况汇报')
    d.values = V1
    d.y -= 10
    d.para('XX县2025年东西部协作工作情况汇报', size=22, leading=40, indent=0, align='center', bold=True)
    d.para('——在东西部协作考核组来县考核时的汇报', size=16, indent=0, align='center')
    d.para('（2026年1月8日）', size=16, indent=0, align='center', space_after=14)
    d.para('尊敬的考核组各位领导：', indent=0, align='left')
    d.para('首先，我代表XX县委、县政府，对考核组一行莅临我县考核指导东西部协作工作表示热烈欢迎！'
           '下面，我就我县2025年东西部协作工作情况作简要汇报，不妥之处，请批评指正。')
    d.para('2025年，我县深入贯彻落实党中央、国务院关于东西部协作的决策部署，在东部协作方YY区的'
           '大力支持下，各项工作取得明显成效。全年到位财政援助资金 {{s_funds}} 万元，实施援助项目 '
           '{{s_nproj}} 个；引导 {{s_ent}} 家东部企业落地，实际到位投资 {{s_inv}} 亿元；帮助农村劳动力'
           '转移就业 {{s_lab}} 人，其中脱贫劳动力 {{s_plab}} 人；实现消费帮扶销售额 {{s_cons}} 亿元；'
           '双向选派挂职干部和专业技术人才 {{s_tal}} 人次，东西部协作各项指标均达到或超过协议要求。')

    d.heading('一、强化组织领导，压实协作责任')
    d.para('县委、县政府始终把东西部协作作为重大政治任务，成立了由县委书记、县长任双组长的东西部'
           '协作工作领导小组，下设综合协调、资金项目、产业合作、劳务协作、消费帮扶 5 个专项工作组。'
           '全年召开领导小组会议和专题会议 12 次，研究解决重点问题 37 个。县委、县政府主要领导带队赴'
           'YY区开展调研对接 4 次，高于协议约定的每年不少于 2 次的要求；YY区党政主要领导来县考察对接 '
           '3 次，双方签订年度协作协议及专项协议 9 份。')
    d.para('坚持把东西部协作纳入全县高质量发展综合绩效考核，建立“月调度、季通报、年考核”工作机制，'
           '形成了县级统筹、部门协同、乡镇落实的工作格局。')

    d.heading('二、用好援助资金，夯实发展基础')
    d.para('2023—2025年，YY区累计向我县投入财政援助资金 {{u_3y_total}} 万元，2023年、2024年、'
           '2025年分别到位 {{u_3y_a}} 万元、{{u_3y_b}} 万元和 {{u_3y_c}} 万元，资金规模逐年增长。')
    d.para('2025年到位财政援助资金 {{u_f_total}} 万元，其中YY区区级财政资金 {{u_src_a}} 万元、'
           'YY区所在市级财政资金 {{u_src_b}} 万元。资金到位规模较协议约定的 {{u_agreed}} 万元多 '
           '{{u_over}} 万元，完成率 {{u_rate}}%。')
    d.para('按资金用途分，{{u_use_total}} 万元资金中，用于产业发展 {{u_use_a}} 万元，占 {{u_sh_a}}%；'
           '用于就业帮扶 {{u_use_b}} 万元，占 {{u_sh_b}}%；用于乡村建设 {{u_use_c}} 万元，占 '
           '{{u_sh_c}}%；用于人才培训及其他 {{u_use_d}} 万元，占 {{u_sh_d}}%。直接用于脱贫村和脱贫人口'
           '的资金 {{u_direct}} 万元，占到位资金的 {{u_direct_sh}}%，高于协议约定的 70% 的要求。')
    d.para('全年实施援助项目 {{u_nproj}} 个，已全部开工，完工 {{u_ndone}} 个，完工率达到 '
           '{{u_done_rate}}%。其中重点援助项目 8 个，安排援助资金 {{u_tab_txt}} 万元，具体情况见表1。')
    rows, keys = [], []
    for i, p in enumerate(projects):
        rows.append([p[0], V1[f't1_f{i}'], V1[f't1_p{i}']])
        keys.append([None, f't1_f{i}', f't1_p{i}'])
    rows.append(['合计', V1['t1_funds_total'], V1['t1_people_total']])
    keys.append([None, 't1_funds_total', 't1_people_total'])
    d.table('表1  2025年重点援助项目情况', ['项目名称', '援助资金(万元)', '带动脱贫人口(人)'],
            rows, [200, 110, 125], ruled=True, keys=keys)

    d.heading('三、深化产业合作，增强造血功能')
    d.para('坚持把产业合作作为东西部协作的重中之重，围绕肉牛、茶叶、特色果蔬等主导产业和纺织服装、'
           '电子元器件等劳动密集型产业开展精准招商。2025年引导东部企业落地 {{u_ent_total}} 家，其中'
           '农产品加工企业 {{u_ent_a}} 家、纺织服装企业 {{u_ent_b}} 家、电子元器件企业 {{u_ent_c}} 家、'
           '其他企业 {{u_ent_d}} 家；实际到位投资 {{u_inv_total}} 亿元，其中工业项目 {{u_inv_a}} 亿元、'
           '农业项目 {{u_inv_b}} 亿元、文旅项目 {{u_inv_c}} 亿元。')
    d.para('落地企业带动当地群众就业 1,024 人，其中脱贫人口 386 人。自2021年结对以来，累计引导 56 家'
           '东部企业到我县投资兴业，共建产业园区 3 个。援建帮扶车间 12 个，吸纳就业 586 人，'
           '人均月工资达到 2,850 元。')

    d.heading('四、深化劳务协作，促进稳岗就业')
    d.para('建立健全劳务协作对接机制，在YY区设立劳务工作站 3 个，开展“点对点”输送 18 批次。2025年'
           '帮助农村劳动力转移就业 {{u_lab_total}} 人，其中到省外就业 {{u_lab_a}} 人、省内县外就业 '
           '{{u_lab_b}} 人、县内就近就业 {{u_lab_c}} 人。')
    d.para('在转移就业人员中，帮助脱贫劳动力就业 {{u_pl_total}} 人，其中到省外就业 {{u_pl_a}} 人、'
           '省内县外就业 {{u_pl_b}} 人、县内就近就业 {{u_pl_c}} 人，均超额完成年度目标任务。到省外就业'
           '的 {{u_lab_a2}} 人中，到YY区所在省就业 826 人。')
    d.para('全年开展职业技能培训 48 期，培训 3,652 人次，培训后实现就业 2,175 人；外出务工脱贫劳动力'
           '人均年务工收入达到 3.86 万元，较上年人均增收 2,430 元。')

    d.heading('五、拓展消费帮扶，助推群众增收')
    d.para('依托YY区市场优势，大力推动我县农特产品进机关、进企业、进社区、进商超。2025年实现消费帮扶'
           '销售额 {{u_cons_total}} 亿元，其中东部地区机关企事业单位采购 {{u_cons_a}} 亿元、“832平台”及'
           '电商渠道销售 {{u_cons_b}} 亿元、东部消费帮扶专馆专柜销售 {{u_cons_c}} 亿元、展销会等其他渠道'
           '销售 {{u_cons_d}} 亿元。')
    d.para('全年认定东西部协作消费帮扶产品 126 个，带动脱贫人口 5,372 人增收，带动户均增收 1,860 元。')

    d.heading('六、加强人才交流，提升发展能力')
    d.para('坚持“输血”与“造血”并重，双向选派干部人才挂职交流。全年共选派干部26批{{u_tal_total}}人次，'
           '其中党政挂职干部 {{u_tal_a}} 人次、专业技术人才 {{u_tal_b}} 人次。在 {{u_pro_total}} 人次'
           '专业技术人才中，教育人才 {{u_pro_a}} 人次、医疗卫生人才 {{u_pro_b}} 人次、农业科技人才 '
           '{{u_pro_c}} 人次、其他人才 {{u_pro_d}} 人次。柔性引进东部专家团队 6 个，帮助解决技术难题 '
           '40 余项。')

    d.heading('七、携手促进振兴，深化结对帮扶')
    d.para('深化“区县结对、镇村结对、村企结对”帮扶模式，YY区 11 个街道与我县 14 个乡镇结对，YY区村'
           '（社区）、企业、社会组织与我县 {{u_pair_total}} 个村结对，其中村村结对 {{u_pair_a}} 个、'
           '企村结对 {{u_pair_b}} 个、社会组织结对 {{u_pair_c}} 个。')
    d.para('全年动员社会力量捐款捐物折合 {{u_soc_total}} 万元，其中捐款 {{u_soc_a}} 万元、捐物折款 '
           '{{u_soc_b}} 万元，共建乡村振兴示范村 5 个。')

    d.heading('八、存在的问题和下一步打算')
    d.para('我县东西部协作工作虽然取得了一定成效，但仍存在产业合作层次不高、落地企业带动能力不强、'
           '消费帮扶产品品牌影响力较弱等问题。下一步，我们将进一步深化与YY区的协作，力争2026年到位'
           '财政援助资金不低于 8,000 万元，引导落地企业 15 家以上，帮助农村劳动力转移就业 3,000 人以上，'
           '推动东西部协作工作再上新台阶。')
    d.para('以上汇报，请考核组各位领导批评指正。')
    return d, d.save()


# --------------------------------------------------------------------------
# FILE 2 data: 防止返贫动态监测和帮扶工作
# --------------------------------------------------------------------------
V2 = {}

towns = [
    ('城关镇', D('138'), D('431'), D('97')),
    ('东坝镇', D('121'), D('392'), D('85')),
    ('石桥镇', D('116'), D('368'), D('81')),
    ('龙潭乡', D('97'), D('305'), D('68')),
    ('青山乡', D('89'), D('287'), D('62')),
    ('河口镇', D('132'), D('421'), D('93')),
    ('白杨乡', D('74'), D('236'), D('52')),
    ('新店镇', D('118'), D('379'), D('83')),
    ('马场乡', D('103'), D('331'), D('72')),
    ('金竹乡', D('114'), D('378'), D('79')),
]
tot_hh = sum(t[1] for t in towns)                 # 1,102
tot_pp = sum(t[2] for t in towns)                 # 3,528
el_hh = sum(t[3] for t in towns)                  # 772
tab_pp_printed = tot_pp + D('100')                # PLANTED (+100)

re_hh, re_pp = D('330'), D('1054')                # 风险未消除 (year end)
el_pp = tot_pp - re_pp                            # 2,474
assert tot_hh - el_hh == re_hh

type_hh = [D('486'), D('397'), D('219')]
type_pp = [D('1612'), D('1253'), D('663')]
assert sum(type_hh) == tot_hh and sum(type_pp) == tot_pp

lab_hh = [D('754'), D('348')]
assert sum(lab_hh) == tot_hh
lab_sh = [pct(x, tot_hh) for x in lab_hh]
assert sum(lab_sh) == D('100.0')

risk_cnt = [D('425'), D('236'), D('107'), D('90'), D('127'), D('117')]   # 因病 因残 因学 因灾 因意外 其他
assert sum(risk_cnt) == tot_hh
risk_sh_correct = [pct(x, tot_hh) for x in risk_cnt]
assert sum(risk_sh_correct) == D('100.0'), risk_sh_correct
risk_sh_printed = risk_sh_correct[:5] + [risk_sh_correct[5] - D('0.3')]  # PLANTED (其他 -0.3)

new_ch = [D('58'), D('121'), D('57')]
new_hh = sum(new_ch)                              # 236
new_pp = D('742')
elim_yr_ways = [D('196'), D('87'), D('35')]
elim_yr_hh = sum(elim_yr_ways)                    # 318
elim_yr_pp = D('1006')
beg_hh = re_hh - new_hh + elim_yr_hh              # 412
beg_pp_correct = re_pp - new_pp + elim_yr_pp      # 1,318
beg_pp_printed = beg_pp_correct + D('10')         # PLANTED (+10)

ind_funds = D('1268')
ind_funds_body = ind_funds - D('10')              # PLANTED restatement 1,258 (one digit off)

emp_parts = [D('1025'), D('659')]
emp_total = sum(emp_parts)                        # 1,684
lab_persons = D('1936')
measures = [D('512'), D('538'), D('297'), D('376'), D('143'), D('201')]

V2.update({
    'v_s_hh': fmt(tot_hh), 'v_s_pp': fmt(tot_pp), 'v_s_new_hh': fmt(new_hh), 'v_s_new_pp': fmt(new_pp),
    'v_s_el_hh': fmt(elim_yr_hh), 'v_s_el_pp': fmt(elim_yr_pp), 'v_s_end_hh': fmt(re_hh),
    'v_s_end_pp': fmt(re_pp), 'v_s_ind': fmt(ind_funds),
    'v_tot_hh': fmt(tot_hh), 'v_tot_pp': fmt(tot_pp), 'v_el_hh': fmt(el_hh), 'v_el_pp': fmt(el_pp),
    'v_re_hh': fmt(re_hh), 'v_re_pp': fmt(re_pp),
    'v_ty_hh_a': fmt(type_hh[0]), 'v_ty_hh_b': fmt(type_hh[1]), 'v_ty_hh_c': fmt(type_hh[2]),
    'v_ty_pp_a': fmt(type_pp[0]), 'v_ty_pp_b': fmt(type_pp[1]), 'v_ty_pp_c': fmt(type_pp[2]),
    'v_lab_tot': fmt(tot_hh), 'v_lab_a': fmt(lab_hh[0]), 'v_lab_b': fmt(lab_hh[1]),
    'v_lsh_a': fmt(lab_sh[0], 1), 'v_lsh_b': fmt(lab_sh[1], 1),
    'v_new_hh': fmt(new_hh), 'v_new_pp': fmt(new_pp),
    'v_ch_a': fmt(new_ch[0]), 'v_ch_b': fmt(new_ch[1]), 'v_ch_c': fmt(new_ch[2]),
    'v_b_beg_hh': fmt(beg_hh), 'v_b_beg_pp': fmt(beg_pp_printed),
    'v_b_new_hh': fmt(new_hh), 'v_b_new_pp': fmt(new_pp),
    'v_b_el_hh': fmt(elim_yr_hh), 'v_b_el_pp': fmt(elim_yr_pp),
    'v_b_end_hh': fmt(re_hh), 'v_b_end_pp': fmt(re_pp),
    'v_elw_total': fmt(elim_yr_hh), 'v_elw_a': fmt(elim_yr_ways[0]), 'v_elw_b': fmt(elim_yr_ways[1]),
    'v_elw_c': fmt(elim_yr_ways[2]),
    't2_hh_total': fmt(tot_hh), 't2_pp_total': fmt(tab_pp_printed), 't2_el_total': fmt(el_hh),
    'v_m_tot': fmt(tot_hh), 'v_m_avg': fmt((sum(measures) / tot_hh), 1),
    'v_ind_re': fmt(ind_funds_body), 'v_ind_hh': fmt(measures[0]),
    'v_lab_pp': fmt(lab_persons), 'v_emp_total': fmt(emp_total), 'v_emp_rate': fmt(pct(emp_total, lab_persons), 1),
    'v_emp_a': fmt(emp_parts[0]), 'v_emp_b': fmt(emp_parts[1]),
    'v_elim_rate': fmt(pct(el_hh, tot_hh), 1),
})
for i, s in enumerate(risk_sh_printed):
    V2[f'v_r_{i}'] = fmt(s, 1)
for i, m in enumerate(measures):
    V2[f'v_m_{i}'] = fmt(m)
for i, t in enumerate(towns):
    V2[f't2_hh{i}'] = fmt(t[1]); V2[f't2_pp{i}'] = fmt(t[2]); V2[f't2_el{i}'] = fmt(t[3])


def build_file2():
    d = Doc(F2, 'STSong-Light', 'XX县2025年防止返贫动态监测和帮扶工作情况报告')
    d.values = V2
    d.y -= 10
    d.para('XX县2025年防止返贫动态监测', font='ZH', size=20, leading=36, indent=0,
           align='center', bold=True)
    d.para('和帮扶工作情况报告', font='ZH', size=20, leading=36, indent=0, align='center', bold=True)
    d.para('XX县乡村振兴局', size=16, indent=0, align='center', space_after=12)
    d.para('2025年，我县坚持把防止规模性返贫作为底线任务，健全防止返贫动态监测和帮扶机制，做到早发现、'
           '早干预、早帮扶。截至2025年12月底，全县累计识别纳入监测对象 {{v_s_hh}}户{{v_s_pp}}人；全年'
           '新识别纳入监测对象 {{v_s_new_hh}}户{{v_s_new_pp}}人，消除风险 {{v_s_el_hh}}户{{v_s_el_pp}}人，'
           '年末风险未消除 {{v_s_end_hh}}户{{v_s_end_pp}}人；全年落实产业帮扶资金 {{v_s_ind}} 万元，监测户'
           '人均纯收入达到 14,286 元，同比增长 12.4%，守住了不发生规模性返贫的底线。现将有关情况报告如下。')

    d.heading('一、监测对象基本情况')
    d.para('截至2025年12月底，全县累计识别纳入监测对象 {{v_tot_hh}}户{{v_tot_pp}}人，其中已消除风险 '
           '{{v_el_hh}}户{{v_el_pp}}人，风险未消除 {{v_re_hh}}户{{v_re_pp}}人。')
    d.para('按监测类型分，脱贫不稳定户 {{v_ty_hh_a}}户{{v_ty_pp_a}}人，边缘易致贫户 {{v_ty_hh_b}}户'
           '{{v_ty_pp_b}}人，突发严重困难户 {{v_ty_hh_c}}户{{v_ty_pp_c}}人。')
    d.para('按劳动能力分，{{v_lab_tot}} 户监测对象中，有劳动能力的 {{v_lab_a}} 户，占 {{v_lsh_a}}%；'
           '无劳动能力的 {{v_lab_b}} 户，占 {{v_lsh_b}}%。')
    d.para('从主要风险类型看，因病 {{v_r_0}}%、因残 {{v_r_1}}%、因学 {{v_r_2}}%、因灾 {{v_r_3}}%、'
           '因意外事故 {{v_r_4}}%、其他 {{v_r_5}}%，因病、因残仍是返贫致贫的主要风险。')

    d.heading('二、动态监测及年度变化情况')
    d.para('坚持“县不漏乡、乡不漏村、村不漏户、户不漏人”，全年组织开展集中排查 3 轮，排查农户 '
           '68,452 户，排查覆盖率达到 100%。通过农户自主申报、基层干部排查、部门筛查预警“三条渠道”，'
           '全年新识别纳入监测对象 {{v_new_hh}}户{{v_new_pp}}人，其中通过农户自主申报 {{v_ch_a}} 户、'
           '基层干部排查 {{v_ch_b}} 户、部门筛查预警 {{v_ch_c}} 户。')
    d.para('从年度变化看，2025年初全县风险未消除监测对象 {{v_b_beg_hh}}户{{v_b_beg_pp}}人，年内新识别'
           '纳入 {{v_b_new_hh}}户{{v_b_new_pp}}人，年内消除风险 {{v_b_el_hh}}户{{v_b_el_pp}}人，年末风险'
           '未消除 {{v_b_end_hh}}户{{v_b_end_pp}}人。')
    d.para('年内消除风险的 {{v_elw_total}} 户中，通过产业就业帮扶消除风险 {{v_elw_a}} 户，通过综合保障'
           '消除风险 {{v_elw_b}} 户，通过其他方式消除风险 {{v_elw_c}} 户。监测对象从识别到落实帮扶措施'
           '平均用时 9.6 天，较上年缩短 3.2 天。各乡镇监测对象情况见表1。')
    rows, keys = [], []
    for i, t in enumerate(towns):
        rows.append([t[0], V2[f't2_hh{i}'], V2[f't2_pp{i}'], V2[f't2_el{i}']])
        keys.append([None, f't2_hh{i}', f't2_pp{i}', f't2_el{i}'])
    rows.append(['合计', V2['t2_hh_total'], V2['t2_pp_total'], V2['t2_el_total']])
    keys.append([None, 't2_hh_total', 't2_pp_total', 't2_el_total'])
    d.table('表1  2025年各乡镇监测对象情况', ['乡镇', '监测户数', '监测人数', '已消除风险户数'],
            rows, [100, 100, 100, 120], ruled=False, keys=keys, size=13)

    d.heading('三、精准落实帮扶措施')
    d.para('坚持缺什么补什么，对全县 {{v_m_tot}} 户监测对象逐户落实针对性帮扶措施（同一户可同时享受'
           '多项措施），累计落实产业帮扶 {{v_m_0}} 户、就业帮扶 {{v_m_1}} 户、综合保障 {{v_m_2}} 户、'
           '健康帮扶 {{v_m_3}} 户、教育帮扶 {{v_m_4}} 户、其他帮扶 {{v_m_5}} 户，户均落实帮扶措施 '
           '{{v_m_avg}} 项。')
    d.para('产业帮扶方面，安排产业帮扶资金 {{v_ind_re}} 万元，支持 {{v_ind_hh}} 户监测户发展肉牛、茶叶、'
           '中药材等特色产业，推广“龙头企业＋合作社＋监测户”利益联结模式。')
    d.para('就业帮扶方面，监测对象中有劳动能力 {{v_lab_pp}} 人，已实现务工就业 {{v_emp_total}} 人，'
           '务工就业率 {{v_emp_rate}}%，其中县外务工 {{v_emp_a}} 人、县内务工 {{v_emp_b}} 人。县内务工'
           '人员中，通过公益性岗位安置 213 人。')
    d.para('综合保障方面，风险未消除的 330 户中，纳入低保 126 户、特困供养 18 户，全年落实临时救助 '
           '1,452 人次，发放救助资金 586 万元。健康帮扶方面，监测对象基本医疗保险参保率 100%，家庭医生'
           '签约服务全覆盖。教育帮扶方面，落实各类教育资助 3,186 人次，资助资金 492 万元。')

    d.heading('四、存在问题及下一步打算')
    d.para('目前全县监测对象风险消除率为 {{v_elim_rate}}%，部分监测户收入来源单一、抗风险能力较弱，'
           '因病因残风险仍较突出。2026年，我们将持续完善监测帮扶机制，力争风险消除率提高到 75% 以上，'
           '坚决守住不发生规模性返贫的底线。')
    d.para('XX县乡村振兴局', indent=0, align='right', space_before=20)
    d.para('2025年12月26日', indent=0, align='right')
    return d, d.save()


# --------------------------------------------------------------------------
# expected.json
# --------------------------------------------------------------------------
def where(reg, key):
    r = reg[key]
    if 'table' in r:
        return f"{r['table']} row {r['row']} col {r['col']}: {r['ctx']}"
    return r['ctx']


def main():
    d1, n1 = build_file1()
    d2, n2 = build_file2()
    docs = {F1: d1, F2: d2}
    B = []

    def add(file, bid, kind, check, total, parts, unit, signs=None, note=None, total_implicit=None):
        d = docs[file]
        reg = d.reg
        parts_vals = [num(reg[k]['text']) for k in parts]
        if signs is None:
            signs = [1] * len(parts)
        psum = sum(s * v for s, v in zip(signs, parts_vals))
        if total_implicit is not None:
            tot_txt, tot_where, tot_page, tot_ctx = total_implicit, f'implicit: shares should total {total_implicit}%', reg[parts[0]]['page'], None
        else:
            tot_txt, tot_where, tot_page, tot_ctx = reg[total]['text'], where(reg, total), reg[total]['page'], reg[total]['ctx']
        diff = num(tot_txt) - psum
        e = {'file': file, 'id': bid, 'kind': kind, 'check': check,
             'total': tot_txt, 'total_where': tot_where,
             'parts': [reg[k]['text'] for k in parts],
             'parts_where': [where(reg, k) for k in parts],
             'unit': unit, 'pdf_page': tot_page,
             'parts_pages': [reg[k]['page'] for k in parts],
             'parts_sum': str(psum), 'difference': str(diff),
             'total_ctx': tot_ctx, 'parts_ctx': [reg[k]['ctx'] for k in parts]}
        if check == 'balance':
            e['signs'] = signs
        if note:
            e['note'] = note
        if kind == 'genuine':
            assert diff == 0, (bid, diff)
        else:
            assert diff != 0, bid
        B.append(e)

    # ---------------- file 1 ----------------
    add(F1, 'U01', 'genuine', 'repeat', 's_funds', ['u_f_total'], '万元')
    add(F1, 'U02', 'genuine', 'repeat', 's_funds', ['u_3y_c'], '万元')
    add(F1, 'U03', 'genuine', 'repeat', 's_ent', ['u_ent_total'], '家')
    add(F1, 'U04', 'genuine', 'repeat', 's_inv', ['u_inv_total'], '亿元')
    add(F1, 'U05', 'genuine', 'repeat', 's_lab', ['u_lab_total'], '人')
    add(F1, 'U06', 'genuine', 'repeat', 's_plab', ['u_pl_total'], '人')
    add(F1, 'U07', 'genuine', 'repeat', 's_tal', ['u_tal_total'], '人次')
    add(F1, 'U08', 'planted', 'sum', 'u_3y_total', ['u_3y_a', 'u_3y_b', 'u_3y_c'], '万元',
        note=f'PLANTED: 2023—2025年累计 {V1["u_3y_total"]} 万元 but the 分别 list sums to '
             f'{fmt(funds_3y_correct)} (total inflated by 100)')
    add(F1, 'U09', 'genuine', 'sum', 'u_f_total', ['u_src_a', 'u_src_b'], '万元')
    add(F1, 'U10', 'genuine', 'sum', 'u_use_total', ['u_use_a', 'u_use_b', 'u_use_c', 'u_use_d'], '万元')
    add(F1, 'U11', 'genuine', 'share', None, ['u_sh_a', 'u_sh_b', 'u_sh_c', 'u_sh_d'], '%', total_implicit='100')
    add(F1, 'U12', 'genuine', 'repeat', 'u_tab_txt', ['t1_funds_total'], '万元')
    add(F1, 'U13', 'genuine', 'sum', 't1_funds_total', [f't1_f{i}' for i in range(len(projects))], '万元')
    add(F1, 'U14', 'planted', 'sum', 't1_people_total', [f't1_p{i}' for i in range(len(projects))], '人',
        note=f'PLANTED: 表1 合计 带动脱贫人口 printed {V1["t1_people_total"]}, rows sum to '
             f'{fmt(proj_people_correct)} (off by +10)')
    add(F1, 'U15', 'genuine', 'sum', 'u_ent_total', ['u_ent_a', 'u_ent_b', 'u_ent_c', 'u_ent_d'], '家')
    add(F1, 'U16', 'genuine', 'sum', 'u_inv_total', ['u_inv_a', 'u_inv_b', 'u_inv_c'], '亿元')
    add(F1, 'U17', 'planted', 'sum', 'u_lab_total', ['u_lab_a', 'u_lab_b', 'u_lab_c'], '人',
        note=f'PLANTED: 转移就业 {V1["u_lab_total"]} 人, 其中 省外+省内县外+县内 = '
             f'{fmt(sum(lab_parts_printed))} (县内 printed {V1["u_lab_c"]}, should be '
             f'{fmt(lab_parts_correct[2])}; off by 1)')
    add(F1, 'U18', 'genuine', 'sum', 'u_pl_total', ['u_pl_a', 'u_pl_b', 'u_pl_c'], '人')
    add(F1, 'U19', 'planted', 'sum', 'u_cons_total', ['u_cons_a', 'u_cons_b', 'u_cons_c', 'u_cons_d'], '亿元',
        note=f'PLANTED: 消费帮扶销售额 printed {V1["u_cons_total"]} 亿元 (digits swapped), channels sum '
             f'to {fmt(cons_total_correct, 2)}; summary on p1 also says {fmt(cons_total_correct, 2)}')
    add(F1, 'U20', 'genuine', 'sum', 'u_tal_total', ['u_tal_a', 'u_tal_b'], '人次')
    add(F1, 'U21', 'genuine', 'sum', 'u_pro_total', ['u_pro_a', 'u_pro_b', 'u_pro_c', 'u_pro_d'], '人次')
    add(F1, 'U22', 'genuine', 'sum', 'u_pair_total', ['u_pair_a', 'u_pair_b', 'u_pair_c'], '个')
    add(F1, 'U23', 'genuine', 'sum', 'u_soc_total', ['u_soc_a', 'u_soc_b'], '万元')
    add(F1, 'U24', 'genuine', 'repeat', 'u_tal_b', ['u_pro_total'], '人次')

    # ---------------- file 2 ----------------
    add(F2, 'V01', 'genuine', 'repeat', 'v_s_hh', ['v_tot_hh'], '户')
    add(F2, 'V02', 'genuine', 'repeat', 'v_s_pp', ['v_tot_pp'], '人')
    add(F2, 'V03', 'genuine', 'repeat', 'v_s_end_pp', ['v_re_pp'], '人')
    add(F2, 'V04', 'planted', 'repeat', 'v_s_ind', ['v_ind_re'], '万元',
        note=f'PLANTED: summary says 产业帮扶资金 {V2["v_s_ind"]} 万元, body restates {V2["v_ind_re"]} '
             f'万元 (one digit off)')
    add(F2, 'V05', 'genuine', 'sum', 'v_tot_hh', ['v_el_hh', 'v_re_hh'], '户')
    add(F2, 'V06', 'genuine', 'sum', 'v_tot_pp', ['v_el_pp', 'v_re_pp'], '人')
    add(F2, 'V07', 'genuine', 'sum', 'v_tot_hh', ['v_ty_hh_a', 'v_ty_hh_b', 'v_ty_hh_c'], '户')
    add(F2, 'V08', 'genuine', 'sum', 'v_tot_pp', ['v_ty_pp_a', 'v_ty_pp_b', 'v_ty_pp_c'], '人')
    add(F2, 'V09', 'genuine', 'sum', 'v_lab_tot', ['v_lab_a', 'v_lab_b'], '户')
    add(F2, 'V10', 'genuine', 'share', None, ['v_lsh_a', 'v_lsh_b'], '%', total_implicit='100')
    add(F2, 'V11', 'planted', 'share', None, [f'v_r_{i}' for i in range(6)], '%', total_implicit='100',
        note=f'PLANTED: 风险类型 shares sum to {sum(risk_sh_printed)}% (其他 printed {V2["v_r_5"]}, '
             f'correct {fmt(risk_sh_correct[5], 1)})')
    add(F2, 'V12', 'genuine', 'sum', 'v_new_hh', ['v_ch_a', 'v_ch_b', 'v_ch_c'], '户')
    add(F2, 'V13', 'genuine', 'balance', 'v_b_end_hh', ['v_b_beg_hh', 'v_b_new_hh', 'v_b_el_hh'], '户',
        signs=[1, 1, -1])
    add(F2, 'V14', 'planted', 'balance', 'v_b_end_pp', ['v_b_beg_pp', 'v_b_new_pp', 'v_b_el_pp'], '人',
        signs=[1, 1, -1],
        note=f'PLANTED: 人 balance 年初 {V2["v_b_beg_pp"]} + 新识别 {V2["v_b_new_pp"]} − 消除 '
             f'{V2["v_b_el_pp"]} = {fmt(beg_pp_printed + new_pp - elim_yr_pp)} ≠ 年末 {V2["v_b_end_pp"]} '
             f'(年初 should be {fmt(beg_pp_correct)}); the 户 balance closes')
    add(F2, 'V15', 'genuine', 'sum', 'v_elw_total', ['v_elw_a', 'v_elw_b', 'v_elw_c'], '户')
    add(F2, 'V16', 'genuine', 'sum', 't2_hh_total', [f't2_hh{i}' for i in range(len(towns))], '户')
    add(F2, 'V17', 'planted', 'sum', 't2_pp_total', [f't2_pp{i}' for i in range(len(towns))], '人',
        note=f'PLANTED: unruled 表1 合计 监测人数 printed {V2["t2_pp_total"]}, rows sum to {fmt(tot_pp)} '
             f'(off by +100)')
    add(F2, 'V18', 'genuine', 'sum', 't2_el_total', [f't2_el{i}' for i in range(len(towns))], '户')
    add(F2, 'V19', 'genuine', 'sum', 'v_emp_total', ['v_emp_a', 'v_emp_b'], '人')
    add(F2, 'V20', 'genuine', 'repeat', 'v_s_hh', ['t2_hh_total'], '户')
    add(F2, 'V21', 'genuine', 'repeat', 'v_el_hh', ['t2_el_total'], '户')
    add(F2, 'V22', 'genuine', 'repeat', 'v_s_new_pp', ['v_b_new_pp'], '人')
    add(F2, 'V23', 'genuine', 'repeat', 'v_s_el_pp', ['v_b_el_pp'], '人')
    add(F2, 'V24', 'genuine', 'repeat', 'v_s_end_hh', ['v_b_end_hh'], '户')

    r1, r2 = d1.reg, d2.reg
    consequence = [
        {'file': F1, 'total': r1['s_cons']['text'], 'pdf_page': r1['s_cons']['page'], 'of': 'U19',
         'check': 'repeat', 'restated': r1['u_cons_total']['text'], 'restated_page': r1['u_cons_total']['page'],
         'why': 'summary 消费帮扶销售额 (correct) vs body restatement with swapped digits'},
        {'file': F2, 'total': r2['v_s_pp']['text'], 'pdf_page': r2['v_s_pp']['page'], 'of': 'V17',
         'check': 'repeat', 'restated': r2['t2_pp_total']['text'], 'restated_page': r2['t2_pp_total']['page'],
         'why': 'summary 监测对象人数 vs unruled 表1 合计 监测人数'},
        {'file': F2, 'total': r2['v_tot_pp']['text'], 'pdf_page': r2['v_tot_pp']['page'], 'of': 'V17',
         'check': 'repeat', 'restated': r2['t2_pp_total']['text'], 'restated_page': r2['t2_pp_total']['page'],
         'why': 'body 累计监测对象人数 (second printing of the same total) vs unruled 表1 合计 监测人数'},
    ]

    look = [
        (F1, '共选派干部26批193人次', '26 is a count of batches (批), not a part of 193 人次'),
        (F1, f'较协议约定的 {V1["u_agreed"]} 万元多 {V1["u_over"]} 万元，完成率 {V1["u_rate"]}%',
         'target vs actual and a completion rate, not a breakdown'),
        (F1, f'直接用于脱贫村和脱贫人口的资金 {V1["u_direct"]} 万元，占到位资金的 {V1["u_direct_sh"]}%',
         'a single subset that overlaps the use categories; not a part of the use list'),
        (F1, f'实施援助项目 {V1["u_nproj"]} 个，已全部开工，完工 {V1["u_ndone"]} 个，完工率达到 {V1["u_done_rate"]}%',
         '完工率 of projects, not a sum'),
        (F1, f'其中重点援助项目 8 个，安排援助资金 {V1["u_tab_txt"]} 万元', '表1 lists only the 8 key projects of 42; '
         'its 合计 is not the 2025 total 8,650 万元'),
        (F1, '带动当地群众就业 1,024 人，其中脱贫人口 386 人', '其中 names only one subset'),
        (F1, '自2021年结对以来，累计引导 56 家东部企业', 'cumulative since 2021, not the 2025 figure (17 家)'),
        (F1, f'转移就业 {V1["s_lab"]} 人，其中脱贫劳动力 {V1["s_plab"]} 人', 'summary: 其中 names only a subset'),
        (F1, f'到省外就业的 {V1["u_lab_a2"]} 人中，到YY区所在省就业 826 人', 'subset of one part'),
        (F1, '职业技能培训 48 期，培训 3,652 人次，培训后实现就业 2,175 人', '期 vs 人次; outcome subset'),
        (F1, '人均年务工收入达到 3.86 万元，较上年人均增收 2,430 元', '人均 figures, not additive'),
        (F1, '力争2026年到位财政援助资金不低于 8,000 万元，引导落地企业 15 家以上，帮助农村劳动力转移就业 3,000 人以上',
         '2026 targets, not 2025 actuals'),
        (F1, 'YY区 11 个街道与我县 14 个乡镇结对', 'counts on the two sides of the pairing'),
        (F2, f'累计识别纳入监测对象 {V2["v_s_hh"]}户{V2["v_s_pp"]}人', '户/人 pair: two units of the same group, not parts'),
        (F2, f'累计落实产业帮扶 {V2["v_m_0"]} 户、就业帮扶 {V2["v_m_1"]} 户、综合保障 {V2["v_m_2"]} 户、健康帮扶 '
             f'{V2["v_m_3"]} 户、教育帮扶 {V2["v_m_4"]} 户、其他帮扶 {V2["v_m_5"]} 户',
         f'overlapping 帮扶措施 counts (sum {fmt(sum(measures))}) over {V2["v_m_tot"]} 户; one household can get several measures'),
        (F2, '人均纯收入达到 14,286 元，同比增长 12.4%', '人均 and growth rate'),
        (F2, f'务工就业率 {V2["v_emp_rate"]}%',
         f'就业率 = 务工就业 {V2["v_emp_total"]} 人 / 有劳动能力 {V2["v_lab_pp"]} 人 (a subset of those able to work), not a share list'),
        (F2, '风险未消除的 330 户中，纳入低保 126 户、特困供养 18 户', '其中-like list naming only some'),
        (F2, '排查农户 68,452 户，排查覆盖率达到 100%', 'coverage rate, not a share list'),
        (F2, f'风险消除率为 {V2["v_elim_rate"]}%', 'a rate (772/1,102), followed by a 75% target; not a share list'),
        (F2, '县内务工人员中，通过公益性岗位安置 213 人', 'subset of 县内务工'),
        (F2, f'支持 {V2["v_ind_hh"]} 户监测户发展', 'repeats the 产业帮扶 count from the overlapping list; not a total'),
    ]
    exp = {
        'files': [{'file': F1, 'pages': n1}, {'file': F2, 'pages': n2}],
        'conventions': (
            'Figures are given exactly as printed (thousands separators kept; units separate in "unit"). '
            'pdf_page / parts_pages are 1-based physical pages where make.py drew the figure. '
            'parts_sum is the exact Decimal sum of the parts (for check=balance the parts are signed by '
            '"signs": 年初 + 新识别 − 消除风险, total = 年末). difference = total − parts_sum. '
            'For check=share there is no printed total: total is the implicit "100" and pdf_page is the page of the first share. '
            'For check=repeat, total is the first printing and parts holds the later restatement. '
            '*_where are verbatim excerpts of the drawn line containing the figure (table cells: table caption, '
            'row, column, and the row joined with " | "); *_ctx are the same excerpts for machine checks. '
            'pdftotext may show justified glyphs with extra spaces: compare after removing whitespace. '
            '户 and 人 figures are separate breakdowns; 户/人 pairs are never summed together.'),
        'breakdowns': B,
        'consequence_of': consequence,
        'lookalikes_not_breakdowns': [{'file': f, 'text': t, 'why': w} for f, t, w in look],
    }
    with open(os.path.join(OUT, 'expected.json'), 'w', encoding='utf-8') as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    print('pages', n1, n2, 'breakdowns', len(B),
          'planted', sum(1 for b in B if b['kind'] == 'planted'), 'lookalikes', len(look))


if __name__ == '__main__':
    main()
