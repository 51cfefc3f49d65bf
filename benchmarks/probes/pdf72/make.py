# -*- coding: utf-8 -*-
"""Generate two Chinese government work-report PDFs (a PDF probe) and expected.json.

All figures are decimal.Decimal; planted errors are exact perturbations of correct values.
Run with: /work/main/.venv/bin/python make.py
"""
import json
import os
import re
from decimal import Decimal as D, ROUND_HALF_UP

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont('ZH', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
FONT = 'ZH'
PAGE_W, PAGE_H = A4

# Chinese line-breaking (kinsoku) sets
NO_START = set('，。、；：？！）》」』”’%‰．,.;:!?)]}…—·～')
NO_END = set('（《「『“‘([{')


def sw(t, size):
    return pdfmetrics.stringWidth(t, FONT, size)


class Unit:
    __slots__ = ('t', 'k', 'w')

    def __init__(self, t, k, size):
        self.t = t
        self.k = k
        self.w = sw(t, size)


class Doc:
    def __init__(self, path, size, lead_factor, margins, footer):
        self.path = path
        self.c = canvas.Canvas(path, pagesize=A4)
        self.size = size
        self.lead = size * lead_factor
        self.ml, self.mr, self.mt, self.mb = margins
        self.width = PAGE_W - self.ml - self.mr
        self.top = PAGE_H - self.mt
        self.bottom = self.mb
        self.footer = footer
        self.page = 1
        self.y = self.top
        self.pos = {}   # key -> page
        self.txt = {}   # key -> printed text
        self.F = {}     # values available to templates

    # ---- page handling ----
    def _footer(self):
        c = self.c
        c.setFont(FONT, 11)
        c.setFillGray(0)
        t = self.footer.format(n=self.page)
        c.drawCentredString(PAGE_W / 2, 40, t)

    def new_page(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self.y = self.top

    def finish(self):
        self._footer()
        self.c.save()
        return self.page

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def record(self, key, text):
        if key in self.pos:
            raise ValueError('key used twice: ' + key)
        self.pos[key] = self.page
        self.txt[key] = text

    # ---- text primitives ----
    def draw_text(self, x, y, t, size, bold=False):
        c = self.c
        if bold:
            # fake bold (fill + stroke); the text render mode is graphics state,
            # so it is confined to a saveState/restoreState pair
            c.saveState()
            c.setLineWidth(0.35)
            c.setStrokeGray(0)
        to = c.beginText(x, y)
        to.setFont(FONT, size)
        if bold:
            to.setTextRenderMode(2)
        to.textOut(t)
        c.drawText(to)
        if bold:
            c.restoreState()

    def blank(self, h=None):
        self.y -= (h if h is not None else self.lead * 0.5)

    def centered(self, text, size, bold=False, lead=None):
        lead = lead or size * 1.7
        self.ensure(lead)
        base = self.y - size
        self.draw_text(PAGE_W / 2 - sw(text, size) / 2, base, text, size, bold)
        self.y -= lead

    def right(self, text, size=None, lead=None):
        size = size or self.size
        lead = lead or self.lead
        self.ensure(lead)
        base = self.y - size
        self.draw_text(PAGE_W - self.mr - sw(text, size) - size * 2, base, text, size)
        self.y -= lead

    def heading(self, text, level=1):
        size = self.size
        self.ensure(self.lead * 3)  # keep with next lines
        base = self.y - size
        x = self.ml + (size * 2 if level >= 1 else 0)
        self.draw_text(x, base, text, size, bold=True)
        self.y -= self.lead

    # ---- paragraph with figure placeholders ----
    def units(self, template):
        size = self.size
        out = []
        for i, part in enumerate(re.split(r'\{([\w@]+)\}', template)):
            if i % 2 == 1:
                out.append(Unit(self.F[part], part, size))
                continue
            buf = ''
            for ch in part:
                if ord(ch) < 128 and ch != ' ':
                    buf += ch
                else:
                    if buf:
                        out.append(Unit(buf, None, size))
                        buf = ''
                    out.append(Unit(ch, None, size))
            if buf:
                out.append(Unit(buf, None, size))
        return out

    def break_lines(self, units, indent):
        lines = []
        cur = []
        w = 0.0
        avail = self.width - indent
        for u in units:
            if not cur or w + u.w <= avail + 0.01:
                cur.append(u)
                w += u.w
                continue
            carry = []
            if u.t[0] in NO_START:
                # pull back units so that the punctuation does not start a line
                while len(cur) > 1 and cur[-1].t[0] in NO_START:
                    carry.insert(0, cur.pop())
                if len(cur) > 1:
                    carry.insert(0, cur.pop())
            while len(cur) > 1 and cur[-1].t[-1] in NO_END:
                carry.insert(0, cur.pop())
            lines.append((cur, avail))
            cur = carry + [u]
            w = sum(x.w for x in cur)
            avail = self.width
        if cur:
            lines.append((cur, avail))
        return lines

    def para(self, template, indent_chars=2):
        size = self.size
        indent = size * indent_chars
        lines = self.break_lines(self.units(template), indent)
        for li, (units, avail) in enumerate(lines):
            if self.y - self.lead < self.bottom:
                self.new_page()
            base = self.y - size
            x = self.ml + (indent if li == 0 else 0)
            used = sum(u.w for u in units)
            gap = 0.0
            if li < len(lines) - 1 and len(units) > 1:
                # justify, but keep inter-character gaps small so that text
                # extraction does not see word spaces between CJK characters
                gap = min((avail - used) / (len(units) - 1), size * 0.08)
                gap = max(gap, 0.0)
            for u in units:
                if u.k:
                    self.record(u.k, u.t)
                self.draw_text(x, base, u.t, size)
                x += u.w + gap
            self.y -= self.lead

    # ---- ruled table ----
    def table(self, title, unit_note, colw, rows, fs, header_rows=1):
        """rows: list of list of cells; cell = dict(t=, k=, a='l'|'c'|'r', rs=, cs=, b=, ind=) or None."""
        rh = fs * 2.1
        total_w = sum(colw)
        assert total_w <= self.width + 0.01, (title, total_w, self.width)
        h = self.lead * 1.2 + (fs * 1.8 if unit_note else 0) + rh * len(rows) + self.lead * 0.6
        self.ensure(h)
        c = self.c
        # title
        self.draw_text(PAGE_W / 2 - sw(title, self.size) / 2, self.y - self.size, title, self.size, bold=True)
        self.y -= self.lead * 1.2
        left = self.ml + (self.width - total_w) / 2
        if unit_note:
            self.draw_text(left + total_w - sw(unit_note, fs), self.y - fs, unit_note, fs)
            self.y -= fs * 1.8
        top = self.y
        xs = [left]
        for w in colw:
            xs.append(xs[-1] + w)
        for r, row in enumerate(rows):
            for ci, cell in enumerate(row):
                if cell is None:
                    continue
                rs = cell.get('rs', 1)
                cs = cell.get('cs', 1)
                x0 = xs[ci]
                x1 = xs[ci + cs]
                y1 = top - r * rh
                y0 = y1 - rs * rh
                if r < header_rows:
                    c.setFillGray(0.88)
                    c.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
                    c.setFillGray(0)
                c.setLineWidth(0.6)
                c.setStrokeGray(0)
                c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)
                t = cell.get('t', '')
                if cell.get('k'):
                    t = self.F[cell['k']]
                    self.record(cell['k'], t)
                if not t:
                    continue
                tw = sw(t, fs)
                ind = cell.get('ind', 0) * fs
                assert tw + ind <= (x1 - x0) - 5, ('cell too narrow', t)
                a = cell.get('a', 'c' if r < header_rows else 'l')
                if a == 'l':
                    tx = x0 + 4 + ind
                elif a == 'r':
                    tx = x1 - 4 - tw
                else:
                    tx = (x0 + x1) / 2 - tw / 2
                ty = (y0 + y1) / 2 - fs * 0.36
                self.draw_text(tx, ty, t, fs, bold=cell.get('b', r < header_rows))
        # outer frame, heavier
        c.setLineWidth(1.2)
        c.rect(left, top - rh * len(rows), total_w, rh * len(rows), stroke=1, fill=0)
        c.setLineWidth(0.6)
        self.y = top - rh * len(rows) - self.lead * 0.6


# ---------------------------------------------------------------- helpers
def q2(d):
    return d.quantize(D('0.01'), rounding=ROUND_HALF_UP)


def pct(a, b):
    return (a / b * 100).quantize(D('0.1'), rounding=ROUND_HALF_UP)


def m1(d):            # file 1 money: 2 decimals, no separators
    return f'{q2(d):.2f}'


def m2(d):            # file 2 money: #,##0.00
    return f'{q2(d):,.2f}'


def pc(d):
    return f'{d:.1f}%'


def num(s):
    return D(s.replace(',', '').replace('%', ''))


def cell(t='', k=None, a=None, **kw):
    d = dict(t=t, k=k)
    if a:
        d['a'] = a
    d.update(kw)
    return d


def swap_digits(s, i, j):
    ch = list(s)
    ch[i], ch[j] = ch[j], ch[i]
    r = ''.join(ch)
    assert r != s
    return r


# ====================================================================== FILE 1
FILE1 = 'xx_zhen_2025_zongjie.pdf'


def build_file1():
    doc = Doc(os.path.join(OUT, FILE1), size=14, lead_factor=1.6,
              margins=(79, 79, 74, 72), footer='— {n} —')
    F = doc.F
    V = {}

    villages = ['青溪村', '石桥村', '柳塘村', '枫林村', '望山村', '白沙村', '新民村', '龙潭村']
    hh = [D(x) for x in (612, 538, 745, 426, 689, 503, 821, 394)]
    pop = [D(x) for x in (2143, 1876, 2611, 1502, 2398, 1765, 2904, 1387)]
    land = [D(x) for x in (3260, 2815, 4102, 2230, 3675, 2540, 4388, 1960)]
    inc = [D(x) for x in ('158.36', '96.42', '187.05', '63.80', '142.17', '88.65', '215.73', '71.28')]
    V['inc_sum'] = sum(inc)
    # prose list of villages
    for i, v in enumerate(inc):
        F[f'v{i+1}'] = m1(v)
    F['vsum'] = m1(V['inc_sum'])
    F['coll_g'] = '12.4%'
    F['over100'] = str(sum(1 for v in inc if v > 100))
    # summary restatement  -- PLANTED: differs from body by -5.00
    F['coll_summary'] = m1(V['inc_sum'] - D('5.00'))

    # summary singles (look-alikes)
    F.update(gdp='18.64', gdp_g='6.2%', fai='4.36', fai_g='8.1%', fai_ind='1.72',
             rev='3862', rev_pct='103.2%', pinc='24680', pinc_g='6.5%')
    F.update(inv_n='6', inv_amt='7.8', above_n='2', above_total='14', park_g='11.3%', tea_new='1200')
    grain_parts = [D(12460), D(5380), D(2165), D(1495)]
    F.update(rice=str(grain_parts[0]), corn=str(grain_parts[1]), soy=str(grain_parts[2]),
             potato=str(grain_parts[3]), grain=str(sum(grain_parts)), grain_out='9860',
             hsf_new='4600', hsf_cum='32600')

    # table 1 (各村基本情况)
    for i in range(8):
        F[f't_hh{i+1}'] = str(hh[i])
        F[f't_pop{i+1}'] = str(pop[i])
        F[f't_land{i+1}'] = str(land[i])
        F[f't_inc{i+1}'] = m1(inc[i])
    F['t_hh_sum'] = str(sum(hh))
    F['t_pop_sum'] = str(sum(pop) + 1)          # PLANTED: off by 1 in last digit
    F['t_land_sum'] = str(sum(land))
    F['t_inc_sum'] = m1(sum(inc))

    # 人居环境
    hj = [D('212.00'), D('108.30'), D('66.20')]
    V['hj_total'] = sum(hj)                         # 386.50
    F['hj_total'] = swap_digits(m1(V['hj_total']), 1, 2)   # PLANTED: 368.50
    F.update(hj_a=m1(hj[0]), hj_b=m1(hj[1]), hj_c=m1(hj[2]))
    wc = [D(146), D(438)]
    F.update(wc_new=str(wc[0]), wc_re=str(wc[1]), wc_total=str(sum(wc)))
    F.update(garbage='2860', demol='37', green='18600', sewage='78.5%', yard='126')

    # 矛盾纠纷
    md = [D(38), D(45), D(29), D(17), D(27)]
    md_total = sum(md)
    md_ok = D(151)
    F.update(md_total=str(md_total), md_ok=str(md_ok), md_rate=pc(pct(md_ok, md_total)))
    for i, v in enumerate(md):
        F[f'md{i+1}'] = str(v)
    F.update(xf_g='18.6%', chk='64', hazard='213')

    # 项目 table 2 (merged categories)
    cats = [
        ('基础设施', [('村组道路硬化工程', D('386.40')), ('农田水利设施修复', D('152.75')),
                      ('农村安全饮水巩固提升', D('98.30'))]),
        ('产业发展', [('茶叶标准化基地建设', D('210.00')), ('农产品冷链仓储中心', D('175.60')),
                      ('乡村旅游配套设施', D('126.85'))]),
        ('民生保障', [('村级养老服务站建设', D('64.20')), ('中心小学运动场改造', D('88.90')),
                      ('村卫生室标准化建设', D('45.35'))]),
    ]
    all_items = []
    for ci, (cname, items) in enumerate(cats):
        sub = sum(v for _, v in items)
        for ii, (iname, v) in enumerate(items):
            F[f'pj{ci+1}{ii+1}'] = m1(v)
            all_items.append(v)
        F[f'sub{ci+1}'] = m1(sub + (D('10.00') if ci == 1 else D(0)))   # PLANTED: 产业发展 小计 +10.00
    V['proj_tot'] = sum(all_items)
    F['proj_tot'] = m1(V['proj_tot'])
    F['proj_sum'] = m1(V['proj_tot'])
    pdone, pcont = D(7), D(2)
    assert pdone + pcont == len(all_items)
    F.update(proj_n=str(pdone + pcont), proj_done=str(pdone), proj_cont=str(pcont), road_rate='96.3%')

    # 民生
    F.update(dibao='326.40', dibao_n='1158', relief='87.60', job='420', train_n='12', train_p='860',
             med_rate='98.6%', pen_rate='97.2%')

    # ------------------------------------------------------------ layout
    doc.blank(20)
    doc.centered('青溪镇人民政府', 22, bold=True, lead=36)
    doc.centered('2025年工作总结', 22, bold=True, lead=44)
    doc.para('2025年，在县委、县政府的坚强领导和镇党委的直接领导下，青溪镇人民政府坚持以习近平新时代'
             '中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届历次全会精神，紧紧围绕“产业强镇、'
             '生态美镇、平安稳镇”的工作思路，统筹推进稳增长、促改革、惠民生、保稳定各项工作，较好地完成了'
             '年初确定的各项目标任务。现将全年工作总结如下。')
    doc.heading('一、总体情况')
    doc.para('全年全镇实现地区生产总值{gdp}亿元，同比增长{gdp_g}；完成固定资产投资{fai}亿元，同比增长'
             '{fai_g}，其中工业投资{fai_ind}亿元；完成镇级一般公共预算收入{rev}万元，完成年度目标的'
             '{rev_pct}。农村居民人均可支配收入达到{pinc}元，同比增长{pinc_g}。全镇8个行政村集体经济'
             '收入合计{coll_summary}万元，村村集体经济收入均超过50万元，村级“造血”功能明显增强。全年未'
             '发生较大以上安全生产事故和群体性事件，社会大局和谐稳定，先后获评市级“乡村振兴示范镇”'
             '“平安乡镇”等称号。')
    doc.heading('二、主要工作及成效')
    doc.heading('（一）聚焦产业发展，经济运行稳中有进', 2)
    doc.para('坚持项目为王、招商为要，全年新签约招商引资项目{inv_n}个，协议引资{inv_amt}亿元，新增规模'
             '以上工业企业{above_n}家，总数达到{above_total}家。青溪工业集中区完成“七通一平”基础设施'
             '配套，入驻企业实现产值同比增长{park_g}。积极培育茶叶、水果、中药材三大特色产业，新发展'
             '标准化茶园{tea_new}亩，“青溪云雾”茶叶获评省级农产品区域公用品牌。')
    doc.para('坚持把粮食安全摆在突出位置，严格落实耕地保护和粮食安全党政同责。全年粮食播种面积{grain}亩，'
             '其中水稻{rice}亩、玉米{corn}亩、大豆{soy}亩、薯类{potato}亩，粮食总产量{grain_out}吨，'
             '实现面积、产量“双稳定”。新建高标准农田{hsf_new}亩，全镇累计建成高标准农田{hsf_cum}亩，'
             '农田旱涝保收能力进一步提升。')
    doc.heading('（二）发展壮大集体经济，村级实力持续增强', 2)
    doc.para('坚持“一村一策”发展壮大村级集体经济，通过资产盘活、入股分红、生产服务、物业租赁等方式拓宽'
             '增收渠道。2025年，各村集体经济收入分别为：青溪村{v1}万元、石桥村{v2}万元、柳塘村{v3}万元、'
             '枫林村{v4}万元、望山村{v5}万元、白沙村{v6}万元、新民村{v7}万元、龙潭村{v8}万元，合计'
             '{vsum}万元，同比增长{coll_g}。其中，集体经济收入超过100万元的村有{over100}个，比上年增加'
             '1个。各村基本情况见表1。')
    rows = [[cell('村名'), cell('户数（户）'), cell('人口（人）'), cell('耕地面积（亩）'),
             cell('集体经济收入（万元）')]]
    for i, vname in enumerate(villages):
        rows.append([cell(vname, a='c'), cell(k=f't_hh{i+1}', a='r'), cell(k=f't_pop{i+1}', a='r'),
                     cell(k=f't_land{i+1}', a='r'), cell(k=f't_inc{i+1}', a='r')])
    rows.append([cell('合计', a='c', b=True), cell(k='t_hh_sum', a='r'), cell(k='t_pop_sum', a='r'),
                 cell(k='t_land_sum', a='r'), cell(k='t_inc_sum', a='r')])
    doc.table('表1  2025年青溪镇各村基本情况', None, [66, 78, 78, 96, 118], rows, 11)
    doc.para('从各村情况看，新民村、柳塘村依托茶叶加工和乡村民宿，集体经济收入保持领先；枫林村、龙潭村'
             '受区位条件和资源禀赋制约，收入水平相对偏低，下一步将通过“强村带弱村”“飞地抱团”等方式帮助'
             '其拓宽增收渠道。全镇各村全部完成集体经济组织登记赋码，规范开展“三资”清理，村级集体资产全部'
             '纳入平台管理，村级财务公开实现常态化。')
    doc.heading('（三）深化人居环境整治，村容村貌显著改善', 2)
    doc.para('以学习运用“千万工程”经验为引领，持续开展村庄清洁行动。全年投入人居环境整治资金{hj_total}'
             '万元，其中争取上级补助资金{hj_a}万元、镇级财政配套{hj_b}万元、村级自筹及社会捐助{hj_c}'
             '万元。完成农村户厕改造{wc_total}户，其中新建{wc_new}户、改建{wc_re}户；清理陈年垃圾'
             '{garbage}吨，拆除危旧房和乱搭乱建{demol}处，新增绿化面积{green}平方米。农村生活垃圾收运'
             '处置体系实现行政村全覆盖，农村生活污水治理率达到{sewage}。')
    doc.para('深入推进“美丽庭院”创建，评选“最美庭院”{yard}户；建立“红黑榜”考评机制，每季度组织镇村'
             '干部开展交叉检查，检查结果与村级工作经费挂钩。柳塘村、新民村成功创建市级美丽乡村示范村。')
    doc.heading('（四）坚持和发展新时代“枫桥经验”，平安建设扎实推进', 2)
    doc.para('健全镇、村、组三级调解网络，推行“村情通+网格化”管理模式。全年共受理各类矛盾纠纷{md_total}'
             '件，调解成功{md_ok}件，调解成功率{md_rate}。按纠纷类型分，婚姻家庭纠纷{md1}件、邻里纠纷'
             '{md2}件、土地山林纠纷{md3}件、劳资纠纷{md4}件、其他纠纷{md5}件。全镇信访总量同比下降'
             '{xf_g}，未发生到省进京非正常上访。')
    doc.para('扎实开展安全生产治本攻坚三年行动，全年组织开展安全生产检查{chk}次，排查整改各类隐患'
             '{hazard}处，整改率100%。常态化开展扫黑除恶斗争和反电信网络诈骗宣传，群众安全感和满意度'
             '持续提升。')
    doc.heading('（五）狠抓项目建设，发展后劲不断增强', 2)
    doc.para('全年实施重点项目{proj_n}个，其中已完工{proj_done}个、续建{proj_cont}个，安排项目资金'
             '{proj_sum}万元。各类项目资金安排情况见表2。')
    rows = [[cell('类别'), cell('项目'), cell('资金')]]
    for ci, (cname, items) in enumerate(cats):
        for ii, (iname, v) in enumerate(items):
            first = cell(cname, a='c', rs=len(items) + 1, b=True) if ii == 0 else None
            rows.append([first, cell(iname, a='l'), cell(k=f'pj{ci+1}{ii+1}', a='r')])
        rows.append([None, cell('小计', a='c', b=True), cell(k=f'sub{ci+1}', a='r')])
    rows.append([cell('总计', a='c', cs=2, b=True), None, cell(k='proj_tot', a='r')])
    doc.table('表2  2025年青溪镇重点项目资金安排情况', '单位：万元', [90, 210, 110], rows, 12)
    doc.para('在项目推进中，严格落实项目法人责任制、招投标制、工程监理制和合同管理制，镇纪委全程参与'
             '监督，确保工程质量和资金安全。村组道路硬化工程完工后，全镇通组道路硬化率达到{road_rate}，'
             '群众出行条件明显改善。')
    doc.heading('（六）织密民生保障网，群众获得感不断提升', 2)
    doc.para('全年发放城乡低保金{dibao}万元，惠及困难群众{dibao_n}人；发放特困供养金、临时救助金等各类'
             '救助资金{relief}万元。新增城镇就业{job}人，开展职业技能培训{train_n}期、培训{train_p}'
             '人次。城乡居民基本医疗保险参保率达到{med_rate}，基本养老保险参保率达到{pen_rate}。中心小学'
             '运动场改造项目投入使用，全镇义务教育巩固率保持100%。')
    doc.heading('三、存在的问题')
    doc.para('一年来，全镇各项工作取得了一定成绩，但也存在一些困难和问题：一是经济总量偏小，产业结构不优，'
             '工业项目支撑不足，新的增长点培育较慢；二是村级集体经济发展不平衡，部分村增收渠道单一，对上级'
             '补助和资源发包收入依赖较大；三是人居环境整治长效机制有待健全，部分村存在反弹现象；四是基层'
             '治理能力与群众期待还有差距，矛盾纠纷源头化解力度需进一步加大。')
    doc.heading('四、2026年工作打算')
    doc.para('2026年是“十五五”规划开局之年。镇人民政府将坚持稳中求进工作总基调，重点抓好以下工作：')
    doc.para('一是突出产业发展。力争全年地区生产总值增长6%以上，新签约招商引资项目5个以上，新发展标准化'
             '茶园1000亩，推动茶旅融合发展。')
    doc.para('二是壮大集体经济。全面推广“党支部+合作社+农户”模式，力争所有村集体经济收入达到70万元以上，'
             '收入超过100万元的村达到5个。')
    doc.para('三是建设宜居乡村。巩固户厕改造成果，推进农村生活污水治理，力争生活污水治理率达到85%以上，'
             '新创建市级美丽乡村示范村2个。')
    doc.para('四是守牢安全底线。深化矛盾纠纷多元化解，调解成功率保持在95%以上，持续开展安全生产隐患排查'
             '整治，确保全镇社会大局持续稳定。')
    doc.para('五是加强自身建设。深入推进法治政府建设，严格落实过紧日子要求，压减一般性支出，把有限的资金'
             '更多用于发展和民生。')
    doc.blank(doc.lead)
    doc.right('青溪镇人民政府')
    doc.right('2025年12月26日')
    pages = doc.finish()
    return doc, pages


# ====================================================================== FILE 2
FILE2 = 'xx_xian_2025_yusuan_zhixing.pdf'


def build_file2():
    doc = Doc(os.path.join(OUT, FILE2), size=12, lead_factor=1.7,
              margins=(72, 72, 72, 72), footer='- {n} -')
    F = doc.F

    # ---- general budget revenue
    T, N = D('128436.58'), D('48915.27')
    R = T + N
    tb, nb = D('126800.00'), D('48200.00')
    Rb = tb + nb
    vat, vatb = D('52318.46'), D('51500.00')
    nr, nrb = D('22614.08'), D('21000.00')
    cit = D('17205.93')
    T_sh, N_sh = pct(T, R), pct(N, R)
    assert T_sh + N_sh == 100, (T_sh, N_sh)
    F.update({'R@ov': m2(R), 'R_g@ov': '4.6%', 'R@body': m2(R), 'R_b': m2(Rb), 'R_pct': pc(pct(R, Rb)),
              'R_g': '4.6%', 'T': m2(T), 'N': m2(N), 'T_sh': pc(T_sh), 'N_sh': pc(N_sh),
              'vat': m2(vat), 'vat_g': '6.8%', 'cit': m2(cit), 'cit_g': '2.7%', 'nr': m2(nr)})
    # table 1
    t1 = [('税收收入', tb, T, '5.2', 0, 't1_tax'), ('其中：增值税', vatb, vat, '6.8', 1, 't1_vat'),
          ('非税收入', nb, N, '3.0', 0, 't1_ntax'), ('其中：国有资源有偿使用收入', nrb, nr, '9.4', 1, 't1_nr')]
    for name, b, e, g, ind, k in t1:
        F[k + '_b'] = m2(b)
        F[k + '_e'] = m2(e)
        F[k + '_p'] = f'{pct(e, b):.1f}'
        F[k + '_g'] = g
    F.update(t1_sum_b=m2(Rb), t1_sum_e=m2(R), t1_sum_p=f'{pct(R, Rb):.1f}', t1_sum_g='4.6')

    # ---- general budget expenditure (table 2)
    fx = [  # name, budget, exec, yoy, key
        ('一般公共服务支出', '39800.00', '38352.14', '1.2', 'gps'),
        ('公共安全支出', '14600.00', '14275.36', '2.6', 'pub'),
        ('教育支出', '80500.00', '78934.52', '4.3', 'edu'),
        ('其中：义务教育', '53000.00', '52106.83', '3.9', 'edu_oblig'),
        ('科学技术支出', '5600.00', '5318.70', '8.5', 'sci'),
        ('文化旅游体育与传媒支出', '4300.00', '4126.95', '-3.4', 'cul'),
        ('社会保障和就业支出', '67200.00', '66483.21', '5.6', 'ss'),
        ('卫生健康支出', '46800.00', '45720.68', '3.8', 'hlth'),
        ('节能环保支出', '10500.00', '9834.17', '-6.1', 'env'),
        ('城乡社区支出', '34000.00', '32615.40', '-2.2', 'urb'),
        ('农林水支出', '73600.00', '71208.93', '6.4', 'agr'),
        ('交通运输支出', '17800.00', '16942.58', '1.9', 'trn'),
        ('住房保障支出', '12900.00', '12367.24', '2.1', 'hou'),
        ('债务付息支出', '9000.00', '8915.62', '7.3', 'int'),
        ('其他支出', '25600.00', '24528.09', '-4.8', 'oth'),
    ]
    ex = {k: D(e) for _, _, e, _, k in fx}
    bx = {k: D(b) for _, b, _, _, k in fx}
    top_keys = [k for _, _, _, _, k in fx if k != 'edu_oblig']
    E = sum(ex[k] for k in top_keys)
    Eb = sum(bx[k] for k in top_keys)
    for name, b, e, g, k in fx:
        F['t2_' + k + '_b'] = m2(D(b))
        F['t2_' + k + '_e'] = m2(D(e))
        F['t2_' + k + '_p'] = f'{pct(D(e), D(b)):.1f}'
        F['t2_' + k + '_g'] = g
    F.update(t2_sum_b=m2(Eb), t2_sum_e=m2(E), t2_sum_p=f'{pct(E, Eb):.1f}', t2_sum_g='3.1')
    named = ['edu', 'ss', 'agr', 'hlth', 'gps', 'urb']
    rest_keys = [k for k in top_keys if k not in named]
    rest = sum(ex[k] for k in rest_keys)
    shares = {k: pct(ex[k], E) for k in named}
    shares['rest'] = pct(rest, E)
    assert sum(shares.values()) == 100, sum(shares.values())
    minsheng = sum(ex[k] for k in ('edu', 'ss', 'hlth', 'agr', 'hou', 'cul', 'urb', 'env'))
    F.update({'E@ov': m2(E), 'E_g@ov': '3.1%', 'E@body': m2(E), 'E_pct': pc(pct(E, Eb)), 'E_g': '3.1%',
              'M': m2(minsheng), 'M_sh': pc(pct(minsheng, E)), 'e_rest': m2(rest)})
    for k in named:
        F['e_' + k] = m2(ex[k])
        F['sh_' + k] = pc(shares[k])
    F['sh_rest'] = pc(shares['rest'])
    F['sh_agr'] = pc(shares['agr'] + D('0.2'))      # PLANTED: shares now sum to 100.2%

    # ---- balance of general budget
    U, Dz, C0 = D('254316.28'), D('6500.00'), D('9386.72')
    tr_g, tr_k, tr_s = D('9500.00'), D('386.00'), D('8354.55')
    Tr = tr_g + tr_k + tr_s
    S = R + U + Dz + Tr + C0
    Up, Dr = D('6845.30'), D('21600.00')
    C1 = S - E - Up - Dr
    assert C1 > 0, C1
    F.update({'R@bal': m2(R), 'U': m2(U), 'Dz': m2(Dz), 'Tr': m2(Tr), 'C0': m2(C0), 'S@in': m2(S),
              'tr_g': m2(tr_g), 'tr_k': m2(tr_k), 'tr_s': m2(tr_s), 'E@bal': m2(E), 'Up': m2(Up),
              'Dr': m2(Dr), 'C1': m2(C1), 'S@out': m2(S), 'bsf': m2(D('5126.40'))})

    # ---- government fund budget
    G, L, Gb = D('86420.35'), D('79136.80'), D('92000.00')
    b0, gU, gB, Gs, gT = D('3127.44'), D('4215.60'), D('42000.00'), D('118906.27'), tr_g
    b1 = b0 + G + gU + gB - Gs - gT
    F.update({'G': m2(G), 'G_pct': pc(pct(G, Gb)), 'G_g': '7.9%', 'L': m2(L), 'L_sh': pc(pct(L, G)),
              'Gs': m2(Gs), 'Gs_g': '5.3%', 'b0': m2(b0), 'G@bal': m2(G), 'gU': m2(gU), 'gB': m2(gB),
              'Gs@bal': m2(Gs), 'gT': m2(gT),
              'b1': m2(b1 + D('100.00'))})              # PLANTED: balance off by 100.00

    # ---- state capital budget
    k1, k0, k2, k3 = D('1286.50'), D('142.30'), D('815.40'), tr_k
    k4 = k1 + k0 - k2 - k3
    F.update(k1=m2(k1), k0=m2(k0), k2=m2(k2), k3=m2(k3), k4=m2(k4))

    # ---- social insurance funds
    sa, sb, sc = D('62318.45'), D('38540.20'), D('1226.87')
    s1 = sa + sb + sc
    s2, s0 = D('94872.66'), D('85214.30')
    F.update(s1=m2(s1), sa=m2(sa), sb=m2(sb), sc=m2(sc), s2=m2(s2), s_net=m2(s1 - s2), s0=m2(s0),
             s3=m2(s0 + s1 - s2))

    # ---- debt
    d0, dg, ds, d2 = D('268453.60'), Dz, gB, D('26412.30')
    d1 = dg + ds
    d3 = d0 + d1 - d2
    d3g = D('98326.50')
    d3s = d3 - d3g
    limg, lims = D('105000.00'), D('207600.00')
    lim = limg + lims
    assert d3 < lim
    F.update(d0=m2(d0), d1=m2(d1), dg=m2(dg), ds=m2(ds), d2=m2(d2),
             d3=m2(d3 + D('1000.00')),                # PLANTED: roll-forward off by 1,000.00
             d3g=m2(d3g), d3s=m2(d3s), lim=m2(lim), limg=m2(limg), lims=m2(lims))

    # ---- 三公经费
    sg_a, sg_b1, sg_b2, sg_c = D('12.60'), D('42.00'), D('144.45'), D('58.73')
    sg_b = sg_b1 + sg_b2
    sg = sg_a + sg_b + sg_c
    F.update(sg_total=m2(sg + D('1.00')),              # PLANTED: 合计 off its parts by 1.00
             sg_g='6.4%', sg_a=m2(sg_a), sg_b=m2(sg_b), sg_b1=m2(sg_b1), sg_b2=m2(sg_b2), sg_c=m2(sg_c))

    # ---- other singles
    F.update(tax_cut='3.26', zd=m2(D('96540.00')), zd_paid=m2(D('93871.25')), zd_rate='97.2%',
             bond_n='7', farm_sub=m2(D('2841.60')), pension='178', chk_n='9', recov=m2(D('1263.80')),
             save_g='12.5%')

    # ------------------------------------------------------------ layout
    doc.blank(10)
    doc.centered('关于云溪县2025年预算执行情况的报告', 18, bold=True, lead=34)
    doc.centered('云溪县财政局', 14, lead=24)
    doc.centered('（2026年1月15日）', 12, lead=30)
    doc.para('根据《中华人民共和国预算法》和县人大常委会的有关要求，现将云溪县2025年预算执行情况及财政'
             '重点工作情况报告如下。')
    doc.heading('一、2025年预算执行情况')
    doc.para('2025年，面对复杂严峻的外部环境和财政收支紧平衡的压力，全县财政部门在县委、县政府的坚强领导'
             '下，在县人大及其常委会的监督指导下，认真落实更加积极的财政政策，坚持过紧日子，扎实做好“三保”'
             '工作，全县财政运行总体平稳。全年全县一般公共预算收入完成{R@ov}万元，同比增长{R_g@ov}；'
             '一般公共预算支出{E@ov}万元，同比增长{E_g@ov}，年度预算执行情况总体良好。')
    doc.heading('（一）一般公共预算执行情况', 2)
    doc.para('1.收入情况。全县一般公共预算收入{R@body}万元，完成调整预算{R_b}万元的{R_pct}，同比增长'
             '{R_g}。其中：税收收入{T}万元，非税收入{N}万元。税收收入占一般公共预算收入的比重为{T_sh}，'
             '非税收入占{N_sh}，收入质量保持稳定。分税种看，增值税完成{vat}万元，同比增长{vat_g}；企业'
             '所得税完成{cit}万元，同比下降{cit_g}，主要是受部分重点企业效益下滑影响。非税收入中，国有'
             '资源（资产）有偿使用收入{nr}万元，主要是盘活闲置国有资产、规范公共资源有偿使用取得成效。'
             '收入执行情况见表1。')
    hdr = [cell('项目'), cell('预算数'), cell('执行数'), cell('完成预算%'), cell('同比增长%')]
    rows = [hdr]
    for name, b, e, g, ind, k in t1:
        rows.append([cell(name, a='l', ind=ind), cell(k=k + '_b', a='r'), cell(k=k + '_e', a='r'),
                     cell(k=k + '_p', a='r'), cell(k=k + '_g', a='r')])
    rows.append([cell('合计', a='c', b=True), cell(k='t1_sum_b', a='r'), cell(k='t1_sum_e', a='r'),
                 cell(k='t1_sum_p', a='r'), cell(k='t1_sum_g', a='r')])
    doc.table('表1  2025年云溪县一般公共预算收入执行情况表', '单位：万元', [156, 78, 78, 68, 68], rows, 10.5)
    doc.para('2.支出情况。全县一般公共预算支出{E@body}万元，完成调整预算的{E_pct}，同比增长{E_g}。其中'
             '民生支出{M}万元，占一般公共预算支出的{M_sh}，“三保”支出得到有效保障。从主要支出科目看，'
             '教育支出{e_edu}万元、社会保障和就业支出{e_ss}万元、农林水支出{e_agr}万元、卫生健康支出'
             '{e_hlth}万元、一般公共服务支出{e_gps}万元、城乡社区支出{e_urb}万元，其余各项支出合计'
             '{e_rest}万元，分别占一般公共预算支出的{sh_edu}、{sh_ss}、{sh_agr}、{sh_hlth}、{sh_gps}、'
             '{sh_urb}和{sh_rest}。支出执行情况见表2。')
    rows = [hdr]
    for name, b, e, g, k in fx:
        ind = 1 if name.startswith('其中') else 0
        rows.append([cell(name, a='l', ind=ind), cell(k='t2_' + k + '_b', a='r'),
                     cell(k='t2_' + k + '_e', a='r'), cell(k='t2_' + k + '_p', a='r'),
                     cell(k='t2_' + k + '_g', a='r')])
    rows.append([cell('合计', a='c', b=True), cell(k='t2_sum_b', a='r'), cell(k='t2_sum_e', a='r'),
                 cell(k='t2_sum_p', a='r'), cell(k='t2_sum_g', a='r')])
    doc.table('表2  2025年云溪县一般公共预算支出执行情况表', '单位：万元', [156, 78, 78, 68, 68], rows, 10.5)
    doc.para('3.收支平衡情况。一般公共预算收入{R@bal}万元，加上上级补助收入{U}万元、债务转贷收入{Dz}'
             '万元、调入资金{Tr}万元、上年结转{C0}万元，收入总计{S@in}万元。调入资金中，从政府性基金预算'
             '调入{tr_g}万元，从国有资本经营预算调入{tr_k}万元，动用预算稳定调节基金{tr_s}万元。一般公共'
             '预算支出{E@bal}万元，加上上解上级支出{Up}万元、债务还本支出{Dr}万元、结转下年支出{C1}万元，'
             '支出总计{S@out}万元。全县一般公共预算收支平衡。年末预算稳定调节基金余额{bsf}万元。')
    doc.heading('（二）政府性基金预算执行情况', 2)
    doc.para('全县政府性基金预算收入{G}万元，完成调整预算的{G_pct}，同比下降{G_g}，主要是土地市场持续'
             '低迷。其中国有土地使用权出让收入{L}万元，占政府性基金预算收入的{L_sh}。政府性基金预算支出'
             '{Gs}万元，同比下降{Gs_g}。收支平衡情况为：上年结转{b0}万元，加上本年收入{G@bal}万元、上级'
             '补助收入{gU}万元、专项债务收入{gB}万元，减去本年支出{Gs@bal}万元、调出资金{gT}万元，结转'
             '下年{b1}万元。')
    doc.heading('（三）国有资本经营预算执行情况', 2)
    doc.para('全县国有资本经营预算收入{k1}万元，主要是县属国有企业上缴利润。加上上年结转{k0}万元，减去'
             '国有资本经营预算支出{k2}万元、调出资金{k3}万元，结转下年{k4}万元。国有资本经营预算支出'
             '主要用于国有企业资本金注入和解决历史遗留问题。')
    doc.heading('（四）社会保险基金预算执行情况', 2)
    doc.para('全县社会保险基金预算收入{s1}万元，其中：保险费收入{sa}万元，财政补贴收入{sb}万元，利息及'
             '其他收入{sc}万元。社会保险基金预算支出{s2}万元，当年收支结余{s_net}万元，加上年初滚存结余'
             '{s0}万元，年末滚存结余{s3}万元。各项社会保险待遇按时足额发放。')
    doc.heading('（五）政府债务情况', 2)
    doc.para('2025年初，全县政府债务余额{d0}万元。全年新增政府债务{d1}万元，其中一般债务{dg}万元、专项'
             '债务{ds}万元；偿还到期债务本金{d2}万元。截至2025年底，全县政府债务余额{d3}万元，其中一般'
             '债务余额{d3g}万元、专项债务余额{d3s}万元，控制在省核定的债务限额{lim}万元以内（其中一般'
             '债务限额{limg}万元、专项债务限额{lims}万元）。全县未发生政府债务逾期，债务风险总体可控。')
    doc.heading('（六）“三公”经费支出情况', 2)
    doc.para('全县“三公”经费财政拨款支出合计{sg_total}万元，比上年下降{sg_g}。其中：因公出国（境）费'
             '{sg_a}万元，公务用车购置及运行费{sg_b}万元（其中公务用车购置费{sg_b1}万元、公务用车运行'
             '维护费{sg_b2}万元），公务接待费{sg_c}万元。严格执行公务接待和公务用车管理规定，“三公”经费'
             '持续压减。')
    doc.heading('二、2025年财政重点工作情况')
    doc.heading('（一）落实积极财政政策，助力经济稳定增长', 2)
    doc.para('全面落实结构性减税降费政策，全年为各类经营主体减负{tax_cut}亿元。用好用足地方政府专项债券，'
             '支持县城污水处理厂扩建、工业园区标准厂房等{bond_n}个项目建设。累计争取中央和省直达资金{zd}'
             '万元，已支出{zd_paid}万元，支出进度{zd_rate}，资金直达基层、惠企利民。')
    doc.heading('（二）坚持尽力而为、量力而行，保障和改善民生', 2)
    doc.para('坚持把保障和改善民生作为财政工作的出发点和落脚点，足额发放耕地地力保护补贴{farm_sub}万元，'
             '城乡居民基础养老金最低标准提高到每人每月{pension}元。优化教育支出结构，落实义务教育经费'
             '保障机制，支持改善农村学校办学条件；加大卫生健康投入，支持县域医共体建设和基层医疗卫生机构'
             '能力提升。')
    doc.heading('（三）深化财政管理改革，提升资金使用效益', 2)
    doc.para('深化预算管理一体化建设，实现预算编制、执行、决算全流程电子化管理。推进全面预算绩效管理，'
             '对重点项目开展事前绩效评估和绩效运行监控，评价结果与预算安排挂钩。严控一般性支出，县本级'
             '部门一般性支出同比压减{save_g}。')
    doc.heading('（四）严肃财经纪律，守牢财政安全底线', 2)
    doc.para('加强财会监督，全年开展财会监督专项检查{chk_n}次，清理收回各类沉淀资金{recov}万元，统筹用于'
             '急需领域。坚持“三保”支出在财政支出中的优先顺序，加强库款调度，确保“三保”不出问题。')
    doc.heading('三、存在的问题和下一步工作')
    doc.para('在肯定成绩的同时，我们也清醒地看到，财政运行中还存在一些困难和问题：一是财政收入增长基础还'
             '不稳固，税源结构单一，非税收入占比仍然偏高；二是刚性支出持续增加，“三保”和债务还本付息压力'
             '较大，收支矛盾突出；三是部分项目预算执行进度偏慢，资金使用绩效有待进一步提高。')
    doc.para('下一步，县财政局将认真落实县人大及其常委会的决议和审议意见，持续做大财政收入“蛋糕”，坚持'
             '过紧日子，兜牢“三保”底线，加强政府债务管理，严格落实债务化解方案，推动财政管理提质增效，'
             '为全县经济社会高质量发展提供坚实财力保障。')
    pages = doc.finish()
    return doc, pages


# ====================================================================== expected.json
def main():
    d1, p1 = build_file1()
    d2, p2 = build_file2()
    docs = {FILE1: d1, FILE2: d2}
    breakdowns = []

    def add(file, bid, kind, check, total, parts, unit, total_where, parts_where, signs=None, note=None):
        doc = docs[file]
        assert len(parts) == len(parts_where)
        ptxt = [doc.txt[k] for k in parts]
        signs = signs or ['+'] * len(parts)
        psum = sum((num(t) if s == '+' else -num(t)) for t, s in zip(ptxt, signs))
        if total is None:   # shares of a whole: implicit 100
            ttxt, tval, tpage = '100', D('100'), doc.pos[parts[0]]
        else:
            ttxt, tval, tpage = doc.txt[total], num(doc.txt[total]), doc.pos[total]
        diff = tval - psum
        if kind == 'genuine':
            assert diff == 0, (bid, ttxt, psum)
        else:
            assert diff != 0, bid
        e = {'file': file, 'id': bid, 'kind': kind, 'check': check, 'total': ttxt,
             'total_where': total_where, 'parts': ptxt, 'parts_where': parts_where, 'unit': unit,
             'pdf_page': tpage, 'parts_pages': [doc.pos[k] for k in parts],
             'parts_sum': str(psum), 'difference': str(diff)}
        if check == 'balance':
            e['signs'] = signs
        if total is None:
            e['total_printed'] = False
        if note:
            e['note'] = note
        breakdowns.append(e)

    f = FILE1
    vn = ['青溪村', '石桥村', '柳塘村', '枫林村', '望山村', '白沙村', '新民村', '龙潭村']
    add(f, 'P01', 'planted', 'repeat', 'coll_summary', ['vsum'], '万元',
        '一、总体情况：全镇8个行政村集体经济收入合计', ['二（二）正文：各村集体经济收入 合计'],
        note='PLANTED: summary restates 村集体经济收入合计 as 1018.46 but the body (prose 合计 and 表1 合计) '
             'gives 1023.46; restated figure off by -5.00.')
    add(f, 'P02', 'genuine', 'sum', 'grain', ['rice', 'corn', 'soy', 'potato'], '亩',
        '二（一）粮食播种面积', ['其中水稻', '玉米', '大豆', '薯类'])
    add(f, 'P03', 'genuine', 'sum', 'vsum', [f'v{i+1}' for i in range(8)], '万元',
        '二（二）各村集体经济收入 合计', [f'{n}（正文）' for n in vn])
    add(f, 'P04', 'genuine', 'sum', 't_hh_sum', [f't_hh{i+1}' for i in range(8)], '户',
        '表1 合计行 户数', [f'表1 {n} 户数' for n in vn])
    add(f, 'P05', 'planted', 'sum', 't_pop_sum', [f't_pop{i+1}' for i in range(8)], '人',
        '表1 合计行 人口', [f'表1 {n} 人口' for n in vn],
        note='PLANTED: 表1 合计 row, 人口 cell is one more than the sum of the village rows (last digit off by 1).')
    add(f, 'P06', 'genuine', 'sum', 't_land_sum', [f't_land{i+1}' for i in range(8)], '亩',
        '表1 合计行 耕地面积', [f'表1 {n} 耕地面积' for n in vn])
    add(f, 'P07', 'genuine', 'sum', 't_inc_sum', [f't_inc{i+1}' for i in range(8)], '万元',
        '表1 合计行 集体经济收入', [f'表1 {n} 集体经济收入' for n in vn])
    add(f, 'P08', 'genuine', 'repeat', 't_inc_sum', ['vsum'], '万元',
        '表1 合计行 集体经济收入', ['二（二）正文 合计'])
    add(f, 'P09', 'planted', 'sum', 'hj_total', ['hj_a', 'hj_b', 'hj_c'], '万元',
        '二（三）全年投入人居环境整治资金', ['其中争取上级补助资金', '镇级财政配套', '村级自筹及社会捐助'],
        note='PLANTED: prose total 368.50 has two digits swapped; its 其中 parts sum to 386.50.')
    add(f, 'P10', 'genuine', 'sum', 'wc_total', ['wc_new', 'wc_re'], '户',
        '二（三）完成农村户厕改造', ['其中新建', '改建'])
    add(f, 'P11', 'genuine', 'sum', 'md_total', ['md1', 'md2', 'md3', 'md4', 'md5'], '件',
        '二（四）共受理各类矛盾纠纷', ['婚姻家庭纠纷', '邻里纠纷', '土地山林纠纷', '劳资纠纷', '其他纠纷'])
    add(f, 'P12', 'genuine', 'sum', 'proj_n', ['proj_done', 'proj_cont'], '个',
        '二（五）实施重点项目', ['其中已完工', '续建'])
    cats = ['基础设施', '产业发展', '民生保障']
    items = [['村组道路硬化工程', '农田水利设施修复', '农村安全饮水巩固提升'],
             ['茶叶标准化基地建设', '农产品冷链仓储中心', '乡村旅游配套设施'],
             ['村级养老服务站建设', '中心小学运动场改造', '村卫生室标准化建设']]
    for ci in range(3):
        planted = ci == 1
        add(f, f'P{13+ci:02d}', 'planted' if planted else 'genuine', 'sum', f'sub{ci+1}',
            [f'pj{ci+1}{ii+1}' for ii in range(3)], '万元',
            f'表2 {cats[ci]} 小计', [f'表2 {cats[ci]}/{n}' for n in items[ci]],
            note=('PLANTED: 表2 (类别 merged over its rows) 产业发展 小计 522.45 is 10.00 more than its three '
                  'items (512.45).') if planted else None)
    add(f, 'P16', 'genuine', 'sum', 'proj_tot', [f'pj{ci+1}{ii+1}' for ci in range(3) for ii in range(3)],
        '万元', '表2 总计', [f'表2 {cats[ci]}/{items[ci][ii]}' for ci in range(3) for ii in range(3)])
    add(f, 'P17', 'genuine', 'repeat', 'proj_sum', ['proj_tot'], '万元',
        '二（五）安排项目资金（正文）', ['表2 总计'])

    f = FILE2
    add(f, 'Q01', 'genuine', 'repeat', 'R@ov', ['R@body'], '万元',
        '一、概述段 一般公共预算收入', ['（一）1.收入情况 一般公共预算收入'])
    add(f, 'Q02', 'genuine', 'sum', 'R@body', ['T', 'N'], '万元',
        '（一）1.收入情况 一般公共预算收入', ['其中：税收收入', '非税收入'])
    add(f, 'Q03', 'genuine', 'share', None, ['T_sh', 'N_sh'], '%',
        'implicit 100% (税收/非税收入占一般公共预算收入比重)', ['税收收入占比', '非税收入占比'])
    add(f, 'Q04', 'genuine', 'sum', 't1_sum_b', ['t1_tax_b', 't1_ntax_b'], '万元',
        '表1 合计 预算数', ['表1 税收收入 预算数', '表1 非税收入 预算数'])
    add(f, 'Q05', 'genuine', 'sum', 't1_sum_e', ['t1_tax_e', 't1_ntax_e'], '万元',
        '表1 合计 执行数', ['表1 税收收入 执行数', '表1 非税收入 执行数'])
    add(f, 'Q06', 'genuine', 'repeat', 't1_sum_e', ['R@body'], '万元',
        '表1 合计 执行数', ['（一）1.收入情况 一般公共预算收入'])
    names = {'edu': '教育支出', 'ss': '社会保障和就业支出', 'agr': '农林水支出', 'hlth': '卫生健康支出',
             'gps': '一般公共服务支出', 'urb': '城乡社区支出'}
    nk = ['edu', 'ss', 'agr', 'hlth', 'gps', 'urb']
    add(f, 'Q07', 'genuine', 'sum', 'E@body', ['e_' + k for k in nk] + ['e_rest'], '万元',
        '（一）2.支出情况 一般公共预算支出', [names[k] for k in nk] + ['其余各项支出合计'])
    add(f, 'Q08', 'planted', 'share', None, ['sh_' + k for k in nk] + ['sh_rest'], '%',
        'implicit 100% (各科目分别占一般公共预算支出)', [names[k] + '占比' for k in nk] + ['其余各项支出占比'],
        note='PLANTED: the seven 分别占 shares cover the whole of 一般公共预算支出 but sum to 100.2% '
             '(农林水 share printed 0.2 points high).')
    fxn = {'gps': '一般公共服务支出', 'pub': '公共安全支出', 'edu': '教育支出', 'sci': '科学技术支出',
           'cul': '文化旅游体育与传媒支出', 'ss': '社会保障和就业支出', 'hlth': '卫生健康支出',
           'env': '节能环保支出', 'urb': '城乡社区支出', 'agr': '农林水支出', 'trn': '交通运输支出',
           'hou': '住房保障支出', 'int': '债务付息支出', 'oth': '其他支出'}
    tk = list(fxn)
    rk = [k for k in tk if k not in nk]
    add(f, 'Q09', 'genuine', 'sum', 'e_rest', ['t2_' + k + '_e' for k in rk], '万元',
        '（一）2.支出情况 其余各项支出合计', ['表2 ' + fxn[k] + ' 执行数' for k in rk])
    add(f, 'Q10', 'genuine', 'sum', 't2_sum_b', ['t2_' + k + '_b' for k in tk], '万元',
        '表2 合计 预算数', ['表2 ' + fxn[k] + ' 预算数' for k in tk])
    add(f, 'Q11', 'genuine', 'sum', 't2_sum_e', ['t2_' + k + '_e' for k in tk], '万元',
        '表2 合计 执行数', ['表2 ' + fxn[k] + ' 执行数' for k in tk])
    add(f, 'Q12', 'genuine', 'repeat', 'E@ov', ['t2_sum_e'], '万元',
        '一、概述段 一般公共预算支出', ['表2 合计 执行数'])
    add(f, 'Q13', 'genuine', 'sum', 'S@in', ['R@bal', 'U', 'Dz', 'Tr', 'C0'], '万元',
        '（一）3.收支平衡 收入总计', ['一般公共预算收入', '上级补助收入', '债务转贷收入', '调入资金', '上年结转'])
    add(f, 'Q14', 'genuine', 'sum', 'Tr', ['tr_g', 'tr_k', 'tr_s'], '万元',
        '（一）3.收支平衡 调入资金', ['从政府性基金预算调入', '从国有资本经营预算调入', '动用预算稳定调节基金'])
    add(f, 'Q15', 'genuine', 'sum', 'S@out', ['E@bal', 'Up', 'Dr', 'C1'], '万元',
        '（一）3.收支平衡 支出总计', ['一般公共预算支出', '上解上级支出', '债务还本支出', '结转下年支出'])
    add(f, 'Q16', 'planted', 'balance', 'b1', ['b0', 'G@bal', 'gU', 'gB', 'Gs@bal', 'gT'], '万元',
        '（二）政府性基金 结转下年', ['上年结转', '本年收入', '上级补助收入', '专项债务收入', '本年支出', '调出资金'],
        signs=['+', '+', '+', '+', '-', '-'],
        note='PLANTED: 上年结转+本年收入+上级补助+专项债务收入−本年支出−调出资金 = 7,357.12 but 结转下年 is '
             'printed 7,457.12 (off by 100.00).')
    add(f, 'Q17', 'genuine', 'balance', 'k4', ['k0', 'k1', 'k2', 'k3'], '万元',
        '（三）国有资本经营预算 结转下年', ['上年结转', '国有资本经营预算收入', '国有资本经营预算支出', '调出资金'],
        signs=['+', '+', '-', '-'])
    add(f, 'Q18', 'genuine', 'sum', 's1', ['sa', 'sb', 'sc'], '万元',
        '（四）社会保险基金预算收入', ['其中：保险费收入', '财政补贴收入', '利息及其他收入'])
    add(f, 'Q19', 'genuine', 'balance', 's3', ['s0', 's1', 's2'], '万元',
        '（四）年末滚存结余', ['年初滚存结余', '社会保险基金预算收入', '社会保险基金预算支出'],
        signs=['+', '+', '-'])
    add(f, 'Q20', 'genuine', 'sum', 'd1', ['dg', 'ds'], '万元',
        '（五）全年新增政府债务', ['其中一般债务', '专项债务'])
    add(f, 'Q21', 'planted', 'balance', 'd3', ['d0', 'd1', 'd2'], '万元',
        '（五）2025年底政府债务余额', ['2025年初债务余额', '全年新增政府债务', '偿还到期债务本金'],
        signs=['+', '+', '-'],
        note='PLANTED: 年初余额+新增−偿还 = 290,541.30 but 年末债务余额 is printed 291,541.30 (off by 1,000.00).')
    add(f, 'Q22', 'genuine', 'sum', 'lim', ['limg', 'lims'], '万元',
        '（五）债务限额', ['其中一般债务限额', '专项债务限额'])
    add(f, 'Q23', 'planted', 'sum', 'sg_total', ['sg_a', 'sg_b', 'sg_c'], '万元',
        '（六）“三公”经费财政拨款支出合计', ['因公出国（境）费', '公务用车购置及运行费', '公务接待费'],
        note='PLANTED: 三公经费 合计 258.78 is 1.00 more than its three parts (257.78).')
    add(f, 'Q24', 'genuine', 'sum', 'sg_b', ['sg_b1', 'sg_b2'], '万元',
        '（六）公务用车购置及运行费', ['其中公务用车购置费', '公务用车运行维护费'])

    consequence_of = [
        {'file': FILE1, 'total': d1.txt['proj_tot'], 'pdf_page': d1.pos['proj_tot'], 'of': 'P14',
         'check': 'sum', 'parts': [d1.txt['sub1'], d1.txt['sub2'], d1.txt['sub3']],
         'note': '表2 总计 equals the sum of its nine items but not the sum of the three printed 小计 '
                 '(differs by -10.00) because the 产业发展 小计 is misprinted.'},
        {'file': FILE2, 'total': d2.txt['d3'], 'pdf_page': d2.pos['d3'], 'of': 'Q21',
         'check': 'sum', 'parts': [d2.txt['d3g'], d2.txt['d3s']],
         'note': 'The misprinted 年末债务余额 also differs from its own 其中 一般债务余额+专项债务余额 '
                 '(which sum to the correct 290,541.30), difference 1,000.00.'},
    ]
    for cq in consequence_of:
        s = sum(num(x) for x in cq['parts'])
        cq['difference'] = str(num(cq['total']) - s)
        assert num(cq['total']) != s

    def T(doc, tmpl):
        return re.sub(r'\{([\w@]+)\}', lambda m: doc.F[m.group(1)], tmpl)

    look = [
        (FILE1, T(d1, '同比增长{gdp_g}'), '同比增长 rate of 地区生产总值, not a share or a part.'),
        (FILE1, T(d1, '同比增长{fai_g}，其中工业投资{fai_ind}亿元'),
         '其中 names only one component (工业投资) of 固定资产投资; nothing to add up.'),
        (FILE1, T(d1, '完成年度目标的{rev_pct}'), 'completion rate against target, exceeds 100% legitimately.'),
        (FILE1, T(d1, '农村居民人均可支配收入达到{pinc}元'), 'per-capita figure (元/人), not a total of anything printed.'),
        (FILE1, T(d1, '新建高标准农田{hsf_new}亩，全镇累计建成高标准农田{hsf_cum}亩'),
         'this-year vs cumulative figures; cumulative includes earlier years, not a sum of printed parts.'),
        (FILE1, T(d1, '其中，集体经济收入超过100万元的村有{over100}个'),
         '其中 introduces a count of villages, not a part of the 万元 合计 before it.'),
        (FILE1, T(d1, '调解成功{md_ok}件，调解成功率{md_rate}'),
         '调解成功 is a subset of 受理 and 成功率 = 调解成功/受理 (151/156), a rate; not a breakdown of 受理.'),
        (FILE2, T(d2, '完成调整预算{R_b}万元的{R_pct}'),
         '预算数 vs 执行数 and completion rate; 预算数 is not a part of 执行数.'),
        (FILE2, T(d2, '增值税完成{vat}万元'),
         'partial 分税种 listing (增值税, 企业所得税 only); does not exhaust 税收收入.'),
        (FILE2, T(d2, '其中：增值税'),
         '表1 indented 其中 row under 税收收入: part of its parent row only, excluded from the 合计 row.'),
        (FILE2, T(d2, '其中：义务教育'),
         '表2 indented 其中 row under 教育支出: part of its parent row, not of the column 合计.'),
        (FILE2, '完成预算%', '表1/表2 column of rates (执行数/预算数); not summable, 合计 row is the ratio of totals.'),
        (FILE2, '同比增长%', '表1/表2 column of growth rates; not summable.'),
        (FILE2, T(d2, '民生支出{M}万元，占一般公共预算支出的{M_sh}'),
         '其中 names only 民生支出 with its share of the total; no complete breakdown.'),
        (FILE2, T(d2, '其中国有土地使用权出让收入{L}万元'),
         'partial 其中 of 政府性基金预算收入 with a share (91.6%); not a full breakdown.'),
        (FILE2, T(d2, '债务限额{lim}万元'),
         '限额 (ceiling) printed next to 余额; 余额 below 限额 is expected, they are not meant to be equal.'),
        (FILE2, T(d2, '当年收支结余{s_net}万元'),
         'this-year surplus vs 年末滚存结余 (cumulative); both consistent, not a sum to compare with 收入.'),
        (FILE2, T(d2, '累计争取中央和省直达资金{zd}万元，已支出{zd_paid}万元'),
         'allocated vs spent (支出进度 97.2%); 已支出 is a subset, not a breakdown.'),
        (FILE2, T(d2, '每人每月{pension}元'), 'per-capita monthly standard, not a total.'),
        (FILE2, T(d2, '比上年下降{sg_g}'), 'year-on-year change rate of 三公经费.'),
    ]
    lookalikes = [{'file': a, 'text': b, 'why': c} for a, b, c in look]

    conventions = (
        'Both PDFs are A4 text PDFs with an embedded WenQuanYi Zen Hei subset; page numbers are printed '
        'in the footer ("— n —" in the township report, "- n -" in the budget report) and pdf_page is the '
        '1-based physical page. Township report (xx_zhen_2025_zongjie.pdf, 14 pt body): amounts in 万元 '
        'are printed with two decimals and no thousands separator (e.g. 1023.46), counts (户、人、亩、件、个) '
        'as plain integers without separators; 亿元 figures with two decimals; rates with one decimal and %. '
        'Its 表1 is fully ruled; 表2 has the 类别 column merged vertically over its items and its 小计 row, '
        'and a 总计 row merged across 类别/项目. Budget report (xx_xian_2025_yusuan_zhixing.pdf, 12 pt body): '
        'all 万元 amounts in prose and tables are formatted #,##0.00 (comma thousands separator, period '
        'decimal); shares and rates have one decimal; table columns 完成预算% and 同比增长% are rates printed '
        'without the % sign, and indented "其中：" rows are parts of the row above, not of the 合计. In '
        'breakdowns, "total" and "parts" are strings exactly as printed (commas and % kept); parts_sum and '
        'difference (total − parts_sum) are exact decimal strings after removing separators and %. '
        'check=sum: total should equal the sum of parts; check=share: parts are percentages of one whole that '
        'should add to 100 (total "100" is implicit, total_printed=false, pdf_page is the page of the first '
        'share); check=balance: parts are combined with the given signs (+/−) and should equal the total '
        '(e.g. 年初 + 新增 − 偿还 = 年末); check=repeat: the same quantity printed twice, the single part '
        'should equal the total.')

    expected = {
        'files': [{'file': FILE1, 'pages': p1}, {'file': FILE2, 'pages': p2}],
        'conventions': conventions,
        'breakdowns': breakdowns,
        'consequence_of': consequence_of,
        'lookalikes_not_breakdowns': lookalikes,
    }
    n_pl = sum(1 for b in breakdowns if b['kind'] == 'planted')
    n_ge = sum(1 for b in breakdowns if b['kind'] == 'genuine')
    assert n_pl == 8 and n_ge >= 12
    assert sum(1 for b in breakdowns if b['kind'] == 'planted' and b['file'] == FILE1) == 4
    with open(os.path.join(OUT, 'expected.json'), 'w', encoding='utf-8') as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    print('pages:', p1, p2, 'genuine:', n_ge, 'planted:', n_pl, 'lookalikes:', len(lookalikes))


if __name__ == '__main__':
    main()
