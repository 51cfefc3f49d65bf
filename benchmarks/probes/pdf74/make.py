#!/usr/bin/env python
"""Generate the PDF probe: two Chinese government-report PDFs with planted
arithmetic errors, plus expected.json describing every breakdown.

All figures are computed from decimal.Decimal values; planted errors are made by
perturbing a correct value so that the difference is exact.
Run with: /work/main/.venv/bin/python make.py
"""
import json
import os
import re
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

getcontext().prec = 40
pdfmetrics.registerFont(TTFont('ZH', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))

OUT = os.path.dirname(os.path.abspath(__file__))
F1 = 'xx_bumen_2025_juesuan.pdf'
F2 = 'xx_yiyuan_2025_zongjie.pdf'

C2 = D('0.01')


def r2(x):
    return x.quantize(C2, ROUND_HALF_UP)


def pct(part, whole):
    return r2(part * 100 / whole)


def dtxt(x):
    """Plain Decimal text (no thousands separators)."""
    return format(x, 'f')


def sw(s, size):
    return pdfmetrics.stringWidth(s, 'ZH', size)


# ----------------------------------------------------------------------------
# Text layout
# ----------------------------------------------------------------------------
TOK = re.compile(r'\[\[([^|\]]+)\|([^\]]+)\]\]|[0-9A-Za-z][0-9A-Za-z,.%]*|.', re.S)
NO_START = set('，。、；：？！）》”’%％…·')
NO_END = set('（《“‘')


def tokenize(s):
    out = []
    for m in TOK.finditer(s):
        if m.group(1):
            out.append((m.group(2), m.group(1)))
        else:
            out.append((m.group(0), None))
    return out


def wrap(toks, size, width, first_indent):
    """Greedy line breaking; numbers/markers are unbreakable; no line starts
    with closing punctuation and none ends with opening punctuation."""
    lines, cur, w = [], [], first_indent
    for t in toks:
        s = t[0]
        if not cur and s == ' ':
            continue
        tw = sw(s, size)
        if cur and w + tw > width + 0.01:
            if s[0] in NO_START:
                nxt = [cur.pop()]          # pull the previous token down with it
                while cur and cur[-1][0][-1] in NO_END:
                    nxt.insert(0, cur.pop())
            else:
                nxt = []
                while cur and cur[-1][0][-1] in NO_END:
                    nxt.insert(0, cur.pop())
            lines.append(cur)
            cur = nxt
            w = sum(sw(x[0], size) for x in cur)
        cur.append(t)
        w += tw
    if cur:
        lines.append(cur)
    return lines


class Doc:
    W, H = A4
    L, R, TOP, BOT = 62, 62, 72, 68

    def __init__(self, path, short, total=None):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle(short)
        self.c.setAuthor(short)
        self.short = short
        self.total = total
        self.page = 1
        self.y = self.H - self.TOP
        self.TW = self.W - self.L - self.R
        self.pages, self.txt, self.vals = {}, {}, {}

    # -- figures -------------------------------------------------------------
    def v(self, key, val, fmt='m'):
        if fmt == 'm':
            assert r2(val) == val, (key, val)
            s = f"{val:,.2f}"
        elif fmt == 'i':
            assert val == int(val)
            s = f"{int(val):,}"
        elif fmt == 'p':
            val = r2(val)
            s = f"{val:.2f}%"
        elif fmt == 'd1':
            s = f"{val:.1f}"
        else:
            raise ValueError(fmt)
        assert key not in self.txt, key
        self.txt[key] = s
        self.vals[key] = D(val)
        return f"[[{key}|{s}]]"

    # -- page furniture --------------------------------------------------------
    def _text(self, x, y, s, size, bold=False, align='l', gray=None):
        w = sw(s, size)
        if align == 'r':
            x -= w
        elif align == 'c':
            x -= w / 2
        t = self.c.beginText(x, y)
        t.setFont('ZH', size)
        if gray is not None:
            t.setFillGray(gray)
        if bold:
            self.c.setLineWidth(0.3)
            t.setTextRenderMode(2)
        t.textOut(s)
        self.c.drawText(t)
        self.c.setFillGray(0)

    def furniture(self):
        c = self.c
        if self.page > 1:
            self._text(self.L, self.H - 44, self.short, 8, gray=0.35)
            c.setLineWidth(0.5)
            c.setStrokeGray(0.5)
            c.line(self.L, self.H - 50, self.W - self.R, self.H - 50)
            c.setStrokeGray(0)
        tot = self.total if self.total else '?'
        self._text(self.W / 2, 34, f"第 {self.page} 页  共 {tot} 页", 9, align='c')

    def newpage(self):
        self.furniture()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.TOP

    def ensure(self, h):
        if self.y - h < self.BOT:
            self.newpage()

    def finish(self):
        self.furniture()
        self.c.save()
        return self.page

    # -- blocks ------------------------------------------------------------------
    def title(self, s, sub=None):
        self.y -= 10
        self._text(self.W / 2, self.y - 20, s, 18, bold=True, align='c')
        self.y -= 34
        if sub:
            self._text(self.W / 2, self.y - 12, sub, 10.5, align='c')
            self.y -= 24
        self.y -= 8

    def h1(self, s):
        self.ensure(28 + 19 * 3)
        self.y -= 8
        self._text(self.L, self.y - 14, s, 13.5, bold=True)
        self.y -= 24

    def h2(self, s):
        self.ensure(22 + 19 * 2)
        self.y -= 2
        self._text(self.L + 21, self.y - 12, s, 11, bold=True)
        self.y -= 20

    def para(self, text, size=10.5, lead=19, indent=2, after=3):
        lines = wrap(tokenize(text), size, self.TW, indent * size)
        for i, ln in enumerate(lines):
            if self.y - lead < self.BOT:
                self.newpage()
            x = self.L + (indent * size if i == 0 else 0)
            s = ''.join(t for t, _ in ln)
            assert sw(s, size) + (x - self.L) <= self.TW + size + 0.1, s
            self._text(x, self.y - size - 4, s, size)
            for _, k in ln:
                if k:
                    self.pages[k] = self.page
            self.y -= lead
        self.y -= after

    def caption(self, s, unit=None, keep=0):
        self.ensure(40 + keep)
        self.y -= 4
        self._text(self.W / 2, self.y - 12, s, 11, bold=True, align='c')
        self.y -= 20
        if unit:
            self._text(self.W - self.R, self.y - 10, unit, 9, align='r')
            self.y -= 15

    def table(self, cols, header, rows, ruled=True, size=9, rowh=17, bold_rows=(), cont=None):
        c = self.c
        totw = sum(w for w, _ in cols)
        assert totw <= self.TW + 0.1
        xs = [self.L]
        for w, _ in cols:
            xs.append(xs[-1] + w)

        def draw_row(cells, hdr=False, bold=False):
            top = self.y
            base = top - rowh + (rowh - size) / 2 + 1.5
            if ruled and hdr:
                c.setFillGray(0.88)
                c.rect(self.L, top - rowh, totw, rowh, stroke=0, fill=1)
                c.setFillGray(0)
            for i, ((w, al), cell) in enumerate(zip(cols, cells)):
                ind = 0
                if isinstance(cell, tuple):
                    cell, ind = cell
                toks = tokenize(cell)
                s = ''.join(t for t, _ in toks)
                assert sw(s, size) + ind <= w - 6, (s, w)
                for _, k in toks:
                    if k:
                        self.pages[k] = self.page
                if hdr and ruled:
                    self._text(xs[i] + w / 2, base, s, size, bold=True, align='c')
                elif al == 'r':
                    self._text(xs[i] + w - 4, base, s, size, bold=bold or hdr, align='r')
                elif al == 'c':
                    self._text(xs[i] + w / 2, base, s, size, bold=bold or hdr, align='c')
                else:
                    self._text(xs[i] + 4 + ind, base, s, size, bold=bold or hdr)
            if ruled:
                c.setLineWidth(0.6)
                if hdr:
                    c.line(self.L, top, self.L + totw, top)
                c.line(self.L, top - rowh, self.L + totw, top - rowh)
                for x in xs:
                    c.line(x, top, x, top - rowh)
            self.y -= rowh

        self.ensure(rowh * 4)
        draw_row(header, hdr=True)
        for ri, row in enumerate(rows):
            if self.y - rowh < self.BOT:
                self.newpage()
                if cont:
                    self._text(self.L, self.y - 10, cont, 9)
                    self.y -= 16
                draw_row(header, hdr=True)
            draw_row(row, bold=ri in bold_rows)
        self.y -= 8


# ----------------------------------------------------------------------------
# Expected-record helpers
# ----------------------------------------------------------------------------
class Rec:
    def __init__(self, fname):
        self.fname = fname
        self.bds = []       # breakdown specs
        self.cons = []      # consequence specs
        self.looks = []     # look-alike specs

    def bd(self, kind, check, total, parts, unit, total_where, parts_where, note=None,
           signs=None, implied_total=None):
        self.bds.append(dict(kind=kind, check=check, total=total, parts=parts, unit=unit,
                             total_where=total_where, parts_where=parts_where, note=note,
                             signs=signs, implied_total=implied_total))

    def con(self, total, of, check, note):
        self.cons.append(dict(total=total, of=of, check=check, note=note))

    def look(self, text, keys, why):
        self.looks.append(dict(text=text, keys=keys, why=why))


def resolve(rec, doc, prefix):
    out_b, ids = [], {}
    for i, b in enumerate(rec.bds, 1):
        bid = f"{prefix}{i:02d}"
        signs = b['signs'] or [1] * len(b['parts'])
        psum = sum((D(s) * doc.vals[k] for s, k in zip(signs, b['parts'])), D(0))
        if b['implied_total'] is not None:
            tval = b['implied_total']
            ttxt = dtxt(tval)
            tpage = doc.pages[b['parts'][0]]
        else:
            tval = doc.vals[b['total']]
            ttxt = doc.txt[b['total']]
            tpage = doc.pages[b['total']]
        diff = tval - psum
        if b['kind'] == 'genuine':
            assert diff == 0, (bid, b, diff)
        else:
            assert diff != 0, (bid, b)
        ids[b['total'] or b['parts'][0] + '#share'] = bid
        r = {
            'file': rec.fname, 'id': bid, 'kind': b['kind'], 'check': b['check'],
            'total': ttxt, 'total_where': b['total_where'],
            'parts': [doc.txt[k] for k in b['parts']],
            'parts_where': b['parts_where'],
            'unit': b['unit'], 'pdf_page': tpage,
            'parts_pages': [doc.pages[k] for k in b['parts']],
            'parts_sum': dtxt(psum), 'difference': dtxt(diff),
        }
        if b['signs']:
            r['part_signs'] = b['signs']
        if b['implied_total'] is not None:
            r['total_printed'] = False
        if b['note']:
            r['note'] = b['note']
        assert len(r['parts_where']) == len(r['parts']), bid
        out_b.append(r)
        b['id'] = bid
    return out_b


def resolve_cons(rec, doc):
    byname = {b.get('name'): b['id'] for b in rec.bds if b.get('name')}
    out = []
    for c in rec.cons:
        out.append({'file': rec.fname, 'total': doc.txt[c['total']], 'pdf_page': doc.pages[c['total']],
                    'of': byname[c['of']], 'check': c['check'], 'note': c['note']})
    return out


def resolve_looks(rec, doc):
    out = []
    for l in rec.looks:
        out.append({'file': rec.fname, 'text': l['text'], 'why': l['why'],
                    'figures': [doc.txt[k] for k in l['keys']],
                    'pdf_page': doc.pages[l['keys'][0]]})
    return out


# ----------------------------------------------------------------------------
# Document 1: 县农业农村局 2025年度部门决算说明
# ----------------------------------------------------------------------------
ITEMS = [
    ('208', '社会保障和就业支出', None, None),
    ('20805', '行政事业单位养老支出', None, None),
    ('2080505', '机关事业单位基本养老保险缴费支出', D('186.42'), D('0')),
    ('2080506', '机关事业单位职业年金缴费支出', D('74.57'), D('0')),
    ('210', '卫生健康支出', None, None),
    ('21011', '行政事业单位医疗', None, None),
    ('2101101', '行政单位医疗', D('38.16'), D('0')),
    ('2101102', '事业单位医疗', D('65.29'), D('0')),
    ('213', '农林水支出', None, None),
    ('21301', '农业农村', None, None),
    ('2130101', '行政运行', D('512.38'), D('0')),
    ('2130104', '事业运行', D('896.75'), D('0')),
    ('2130122', '农业生产发展', D('0'), D('1368.40')),
    ('2130153', '农田建设', D('0'), D('2415.66')),
    ('2130199', '其他农业农村支出', D('0'), D('287.93')),
    ('21305', '巩固脱贫攻坚成果衔接乡村振兴', None, None),
    ('2130504', '农村基础设施建设', D('0'), D('1046.28')),
    ('2130599', '其他巩固脱贫攻坚成果衔接乡村振兴支出', D('0'), D('193.55')),
    ('21307', '农村综合改革', None, None),
    ('2130705', '对村民委员会和村党支部的补助', D('0'), D('356.80')),
    ('221', '住房保障支出', None, None),
    ('22102', '住房改革支出', None, None),
    ('2210201', '住房公积金', D('142.07'), D('0')),
]
LEVEL_NAME = {3: '类', 5: '款', 7: '项'}


def parent(code):
    return {3: 'ALL', 5: code[:3], 7: code[:5]}[len(code)]


def data1():
    d = {}
    # functional-classification table (财政拨款支出)
    vals = {}
    children = {}
    for code, name, b, p in ITEMS:
        children.setdefault(parent(code), []).append(code)
        if b is not None:
            vals[code] = {'bas': b, 'pro': p, 'tot': b + p}
    # roll up bottom-up (款 then 类 then 合计)
    for lvl in (5, 3):
        for code, name, b, p in ITEMS:
            if len(code) == lvl:
                vals[code] = {col: sum((vals[ch][col] for ch in children[code]), D(0))
                              for col in ('bas', 'pro', 'tot')}
    vals['ALL'] = {col: sum((vals[ch][col] for ch in children['ALL']), D(0)) for col in ('bas', 'pro', 'tot')}
    for k, v in vals.items():
        assert v['tot'] == v['bas'] + v['pro'], k
    d['fvals'], d['children'] = vals, children
    d['fin_bas'], d['fin_pro'], d['fin_tot'] = vals['ALL']['bas'], vals['ALL']['pro'], vals['ALL']['tot']

    d['other_pro'] = D('298.40')                     # 其他资金安排的项目支出（农林水）
    d['E'] = d['fin_tot'] + d['other_pro']            # 本年支出
    d['bas_all'] = d['fin_bas']
    d['pro_all'] = d['fin_pro'] + d['other_pro']
    assert d['bas_all'] + d['pro_all'] == d['E']
    d['F'] = D('7602.18')                             # 财政拨款收入
    d['O'] = D('326.50')                              # 其他收入
    d['B'] = D('412.36')                              # 上年结转（均为财政拨款）
    d['inc_year'] = d['F'] + d['O']
    d['inc_total'] = d['inc_year'] + d['B']
    d['exp_total'] = d['inc_total']
    d['Dend'] = d['exp_total'] - d['E']
    d['fin_end'] = d['B'] + d['F'] - d['fin_tot']
    d['oth_end'] = d['O'] - d['other_pro']
    assert d['fin_end'] + d['oth_end'] == d['Dend'] and d['oth_end'] > 0
    # 总表 支出 by 类 (all funds)
    d['zb'] = [('一、社会保障和就业支出', vals['208']['tot']),
               ('二、卫生健康支出', vals['210']['tot']),
               ('三、农林水支出', vals['213']['tot'] + d['other_pro']),
               ('四、住房保障支出', vals['221']['tot'])]
    assert sum((x for _, x in d['zb']), D(0)) == d['E']
    # shares
    d['sF'], d['sO'] = pct(d['F'], d['inc_year']), pct(d['O'], d['inc_year'])
    assert d['sF'] + d['sO'] == 100
    d['sB'], d['sP'] = pct(d['bas_all'], d['E']), pct(d['pro_all'], d['E'])
    assert d['sB'] + d['sP'] == 100
    # 人员经费/公用经费
    d['ry'] = D('1652.37')
    d['gy'] = d['bas_all'] - d['ry']
    # growth (look-alike)
    d['inc_prev'] = D('7442.43')
    d['inc_incr'] = d['inc_year'] - d['inc_prev']
    d['inc_gr'] = pct(d['inc_incr'], d['inc_prev'])
    d['budget0'] = D('6985.00')
    d['exec_rate'] = pct(d['fin_tot'], d['budget0'])
    # 三公
    d['sg_cg'], d['sg_jd'], d['sg_gz'], d['sg_yx'] = D('0.00'), D('6.84'), D('18.60'), D('21.37')
    d['sg_car'] = d['sg_gz'] + d['sg_yx']
    d['sg_tot'] = d['sg_cg'] + d['sg_jd'] + d['sg_car']
    d['sgb_cg'], d['sgb_jd'], d['sgb_car'] = D('0.00'), D('9.00'), D('45.00')
    d['sgb_tot'] = d['sgb_cg'] + d['sgb_jd'] + d['sgb_car']
    d['sg_dec'] = d['sgb_tot'] - d['sg_tot']
    d['sg_decr'] = pct(d['sg_dec'], d['sgb_tot'])
    # 机关运行经费
    d['jg'], d['jg_prev'] = D('118.46'), D('128.28')
    d['jg_dec'] = d['jg_prev'] - d['jg']
    d['jg_decr'] = pct(d['jg_dec'], d['jg_prev'])
    d['jg_bg'], d['jg_sd'], d['jg_cl'] = D('32.18'), D('14.05'), D('11.62')
    assert d['jg_bg'] + d['jg_sd'] + d['jg_cl'] < d['jg']
    # 政府采购
    d['cg_hw'], d['cg_gc'], d['cg_fw'] = D('312.60'), D('845.20'), D('128.65')
    d['cg_tot'] = d['cg_hw'] + d['cg_gc'] + d['cg_fw']
    d['cg_zx'] = D('1042.37')
    d['cg_zxr'] = pct(d['cg_zx'], d['cg_tot'])
    # 固定资产
    d['fa0'], d['fa_add'], d['fa_sub'] = D('2734.56'), D('318.92'), D('96.40')
    d['fa1'] = d['fa0'] + d['fa_add'] - d['fa_sub']

    # ---- planted perturbations ----
    d['P_inc_total_prose'] = d['inc_total'] - D('100.00')          # S: 收入总计 in prose
    d['P_exp_total_table'] = d['exp_total'] - D('20.00')           # S: 总表 支出总计
    d['P_sP'] = d['sP'] + D('0.30')                                # S: shares sum 100.30
    d['P_213_tot'] = vals['213']['tot'] + D('30.00')               # S: 类 row ≠ 款 rows
    return d


def build1(path, total):
    d = data1()
    doc = Doc(path, '青禾县农业农村局2025年度部门决算说明', total)
    rec = Rec(F1)
    v = doc.v
    fv = d['fvals']

    doc.title('青禾县农业农村局2025年度部门决算说明', '青禾县农业农村局　　2026年4月')

    # ---------------------------------------------------------------- 一
    doc.h1('一、部门基本情况')
    doc.h2('（一）主要职能')
    doc.para('青禾县农业农村局是县人民政府工作部门，为正科级。主要职责是：贯彻落实党中央关于“三农”工作的'
             '方针政策和决策部署，统筹研究和组织实施全县“三农”工作发展规划；负责种植业、畜牧业、渔业、'
             '农业机械化等农业各产业的监督管理；指导农村集体经济组织发展和集体资产管理，组织开展农村宅基地'
             '改革和管理工作；负责高标准农田建设、耕地质量管理和农业防灾减灾工作；负责农产品质量安全监督管理，'
             '组织农业综合执法；指导乡村产业发展和农业社会化服务体系建设；承担县委农村工作领导小组的具体工作。')
    doc.h2('（二）机构设置及人员情况')
    doc.para('纳入本部门2025年度部门决算编制范围的单位共5个，包括局机关本级和所属4个事业单位，即县农业技术'
             '推广中心、县畜牧兽医服务中心、县农村经营管理站和县农业机械化服务中心。局机关内设办公室、'
             '发展规划科、农村经营管理科、种植业管理科、畜牧渔业科和农田建设管理科6个职能科室。')
    doc.para(f"截至2025年12月31日，本部门编制总数{v('bz', D(98), 'i')}名，其中行政编制{v('bz_x', D(26), 'i')}名、"
             f"事业编制{v('bz_s', D(72), 'i')}名；实有在职人员{v('zz', D(91), 'i')}人，其中行政人员"
             f"{v('zz_x', D(24), 'i')}人、事业人员{v('zz_s', D(67), 'i')}人。另有离退休人员63人，离退休人员"
             '不计入在职人员数。')
    rec.bd('genuine', 'sum', 'bz', ['bz_x', 'bz_s'], '名', '一（二）机构设置及人员情况，编制总数',
           ['同段，行政编制', '同段，事业编制'])
    rec.bd('genuine', 'sum', 'zz', ['zz_x', 'zz_s'], '人', '一（二），实有在职人员',
           ['同段，行政人员', '同段，事业人员'])
    doc.h2('（三）2025年度主要工作')
    doc.para(f"2025年，全县粮食播种面积{v('L_bz', D('68.42'))}万亩，其中水稻{v('L_sd', D('41.30'))}万亩、"
             f"玉米{v('L_ym', D('18.75'))}万亩，粮食总产量29.86万吨，连续五年稳定在29万吨以上。截至2025年末，"
             f"全县累计建成高标准农田{v('L_gb', D('42.6'), 'd1')}万亩，其中本年新建{v('L_gbn', D('3.2'), 'd1')}万亩。"
             '全年完成农作物病虫害统防统治面积35.6万亩次，农产品质量安全例行监测合格率稳定在98%以上；新培育'
             '县级以上农业产业化龙头企业4家、家庭农场87家，农村集体经济组织经营性收入稳步增长。')
    rec.look('粮食播种面积68.42万亩，其中水稻41.30万亩、玉米18.75万亩', ['L_bz', 'L_sd', 'L_ym'],
             '其中 names only two crops (others such as soybean/oilseed omitted); parts need not sum to the total')
    rec.look('累计建成高标准农田42.6万亩，其中本年新建3.2万亩', ['L_gb', 'L_gbn'],
             'cumulative stock vs this year\'s addition; not a breakdown')

    # ---------------------------------------------------------------- 二
    doc.h1('二、收入支出决算总体情况说明')
    doc.para(f"2025年度收入总计{v('inc_total_p', d['P_inc_total_prose'])}万元，其中本年收入"
             f"{v('inc_year_2', d['inc_year'])}万元、上年结转{v('B_2', d['B'])}万元。本年收入较上年增加"
             f"{v('L_inc_incr', d['inc_incr'])}万元，增长{v('L_inc_gr', d['inc_gr'], 'p')}，主要原因是中央和省级"
             '衔接推进乡村振兴补助资金、高标准农田建设补助资金增加。')
    doc.para(f"2025年度支出总计{v('exp_total_2', d['exp_total'])}万元，其中本年支出{v('E_2', d['E'])}万元、"
             f"年末结转结余{v('Dend_2', d['Dend'])}万元。年末结转结余中，财政拨款结转结余"
             f"{v('fin_end', d['fin_end'])}万元、其他资金结转结余{v('oth_end', d['oth_end'])}万元，主要为跨年度"
             '实施的高标准农田建设项目尚未完成竣工决算，资金按规定结转下年继续使用。')
    rec.bd('planted', 'sum', 'inc_total_p', ['inc_year_2', 'B_2'], '万元',
           '二、收入支出决算总体情况说明，第1段“收入总计”',
           ['同段，本年收入', '同段，上年结转'],
           note=f"PLANTED: 收入总计 printed 100.00 below 本年收入 + 上年结转 (correct {d['inc_total']:,.2f})")
    rec.bds[-1]['name'] = 'inc_total_p'
    rec.bd('genuine', 'sum', 'exp_total_2', ['E_2', 'Dend_2'], '万元', '二，第2段“支出总计”',
           ['同段，本年支出', '同段，年末结转结余'])
    rec.bd('genuine', 'sum', 'Dend_2', ['fin_end', 'oth_end'], '万元', '二，第2段“年末结转结余”',
           ['同段，财政拨款结转结余', '同段，其他资金结转结余'])
    rec.look('本年收入较上年增加486.25万元，增长6.53%', ['L_inc_incr', 'L_inc_gr'],
             'year-on-year change and growth rate, not a breakdown')

    doc.caption('表1　2025年度收入支出决算总表', '单位：万元', keep=17 * 11)
    zb = d['zb']
    rows = [
        ['一、财政拨款收入', v('t1_F', d['F']), zb[0][0], v('t1_z0', zb[0][1])],
        ['二、上级补助收入', '', zb[1][0], v('t1_z1', zb[1][1])],
        ['三、事业收入', '', zb[2][0], v('t1_z2', zb[2][1])],
        ['四、经营收入', '', zb[3][0], v('t1_z3', zb[3][1])],
        ['五、其他收入', v('t1_O', d['O']), '', ''],
        ['本年收入合计', v('t1_incy', d['inc_year']), '本年支出合计', v('t1_E', d['E'])],
        ['上年结转', v('t1_B', d['B']), '年末结转结余', v('t1_D', d['Dend'])],
        ['收入总计', v('t1_inct', d['inc_total']), '支出总计', v('t1_expt', d['P_exp_total_table'])],
    ]
    doc.table([(150, 'l'), (88, 'r'), (157, 'l'), (76, 'r')],
              ['收入项目', '决算数', '支出项目', '决算数'], rows, bold_rows=(5, 6, 7))
    rec.bd('genuine', 'sum', 't1_incy', ['t1_F', 't1_O'], '万元', '表1 收入总表 左半“本年收入合计”',
           ['表1 左半 一、财政拨款收入', '表1 左半 五、其他收入（二～四行空白）'])
    rec.bd('genuine', 'sum', 't1_inct', ['t1_incy', 't1_B'], '万元', '表1 左半“收入总计”',
           ['表1 左半 本年收入合计', '表1 左半 上年结转'])
    rec.bd('genuine', 'sum', 't1_E', ['t1_z0', 't1_z1', 't1_z2', 't1_z3'], '万元', '表1 右半“本年支出合计”',
           ['表1 右半 一、社会保障和就业支出', '表1 右半 二、卫生健康支出', '表1 右半 三、农林水支出',
            '表1 右半 四、住房保障支出'])
    rec.bd('planted', 'balance', 't1_expt', ['t1_inct'], '万元', '表1 右半最后一行“支出总计”',
           ['表1 左半最后一行“收入总计”'],
           note=f"PLANTED: 总表 支出总计 printed 20.00 below 收入总计 (correct {d['exp_total']:,.2f}); "
                'the side-by-side halves do not balance')
    rec.bds[-1]['name'] = 't1_expt'
    rec.bd('genuine', 'repeat', 't1_incy', ['inc_year_2'], '万元', '表1 本年收入合计',
           ['二、第1段 本年收入（同一数字重述）'])
    rec.bd('genuine', 'repeat', 't1_D', ['Dend_2'], '万元', '表1 年末结转结余',
           ['二、第2段 年末结转结余（同一数字重述）'])
    rec.con('t1_expt', 't1_expt', 'sum',
            f"表1 支出总计 {d['P_exp_total_table']:,.2f} ≠ 本年支出合计 {d['E']:,.2f} + 年末结转结余 {d['Dend']:,.2f} = {d['exp_total']:,.2f}")
    rec.con('exp_total_2', 't1_expt', 'repeat',
            f"正文 支出总计 {d['exp_total']:,.2f} (correct) disagrees with 表1 支出总计 {d['P_exp_total_table']:,.2f}")
    rec.con('inc_total_p', 'inc_total_p', 'balance',
            f"正文 收入总计 {d['P_inc_total_prose']:,.2f} ≠ 正文 支出总计 {d['exp_total']:,.2f} (收支总计应相等)")
    rec.con('t1_inct', 'inc_total_p', 'repeat',
            f"表1 收入总计 {d['inc_total']:,.2f} (correct) disagrees with 正文 收入总计 {d['P_inc_total_prose']:,.2f}")

    # ---------------------------------------------------------------- 三
    doc.h1('三、收入决算情况说明')
    doc.para(f"2025年度本年收入{v('inc_year_3', d['inc_year'])}万元，其中财政拨款收入{v('F_3', d['F'])}万元，"
             f"占本年收入的{v('sF', d['sF'], 'p')}；其他收入{v('O_3', d['O'])}万元，占本年收入的"
             f"{v('sO', d['sO'], 'p')}，主要为农业技术服务收入和银行存款利息收入。本部门本年无上级补助收入、"
             '事业收入和经营收入。')
    rec.bd('genuine', 'sum', 'inc_year_3', ['F_3', 'O_3'], '万元', '三、收入决算情况说明“本年收入”',
           ['同段，财政拨款收入', '同段，其他收入'])
    rec.bd('genuine', 'share', None, ['sF', 'sO'], '%', 'implicit 100%: shares of 本年收入',
           ['同段，财政拨款收入占比', '同段，其他收入占比'], implied_total=D('100.00'))

    # ---------------------------------------------------------------- 四
    doc.h1('四、支出决算情况说明')
    doc.para(f"2025年度本年支出{v('E_4', d['E'])}万元，其中基本支出{v('bas_4', d['bas_all'])}万元，占本年支出的"
             f"{v('sB', d['sB'], 'p')}；项目支出{v('pro_4', d['pro_all'])}万元，占本年支出的"
             f"{v('sP', d['P_sP'], 'p')}。")
    doc.para(f"基本支出中，人员经费{v('ry', d['ry'])}万元，主要包括基本工资、津贴补贴、奖金、机关事业单位"
             f"基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金等；公用经费{v('gy', d['gy'])}万元，"
             '主要包括办公费、印刷费、水电费、邮电费、差旅费、维修（护）费、公务用车运行维护费等。')
    doc.para('项目支出主要用于高标准农田建设、农业生产发展、巩固脱贫攻坚成果衔接乡村振兴、村级组织运转'
             '保障、动物疫病防控和农业技术推广等方面。')
    rec.bd('genuine', 'sum', 'E_4', ['bas_4', 'pro_4'], '万元', '四、支出决算情况说明“本年支出”',
           ['同段，基本支出', '同段，项目支出'])
    rec.bd('planted', 'share', None, ['sB', 'sP'], '%', 'implicit 100%: shares of 本年支出',
           ['同段，基本支出占比', '同段，项目支出占比'], implied_total=D('100.00'),
           note=f"PLANTED: 项目支出占比 printed {d['P_sP']}% instead of {d['sP']}%; {d['sB']}% + {d['P_sP']}% = {d['sB'] + d['P_sP']}%")
    rec.bds[-1]['name'] = 'sP'
    rec.con('sP', 'sP', 'share-of-amount',
            f"{d['P_sP']}% ≠ 项目支出 {d['pro_all']:,.2f} / 本年支出 {d['E']:,.2f} = {d['sP']}%")
    rec.bd('genuine', 'sum', 'bas_4', ['ry', 'gy'], '万元', '四、第1段 基本支出',
           ['第2段，人员经费', '第2段，公用经费'])

    # ---------------------------------------------------------------- 五
    doc.h1('五、财政拨款支出决算情况说明')
    doc.h2('（一）财政拨款支出决算总体情况')
    doc.para(f"2025年度财政拨款支出{v('fin_tot_5', d['fin_tot'])}万元，其中基本支出{v('fin_bas_5', d['fin_bas'])}"
             f"万元、项目支出{v('fin_pro_5', d['fin_pro'])}万元。财政拨款支出决算数为年初预算数"
             f"{v('L_bud0', d['budget0'])}万元的{v('L_exec', d['exec_rate'], 'p')}，决算数大于年初预算数的主要"
             '原因是年中追加了中央和省级高标准农田建设、衔接推进乡村振兴等转移支付资金。')
    rec.bd('genuine', 'sum', 'fin_tot_5', ['fin_bas_5', 'fin_pro_5'], '万元', '五（一）财政拨款支出',
           ['同段，基本支出', '同段，项目支出'])
    rec.look('财政拨款支出决算数为年初预算数6,985.00万元的108.58%', ['L_bud0', 'L_exec'],
             'execution rate of 决算数 vs 年初预算数 (预算数 vs 决算数), not a breakdown')
    doc.h2('（二）财政拨款支出决算具体情况')
    doc.para('按支出功能分类科目（类、款、项）列示的财政拨款支出决算情况见表2。表中“类”级科目金额等于所属'
             '“款”级科目之和，“款”级科目金额等于所属“项”级科目之和；各行合计数等于基本支出与项目支出之和。')
    doc.caption('表2　2025年度财政拨款支出决算表（按支出功能分类）', '单位：万元', keep=17 * 8)

    def cell(code, col):
        val = fv[code][col]
        if val == 0:
            return ''
        if code == '213' and col == 'tot':
            val = d['P_213_tot']
        return v(f"t2_{code}_{col}", val)

    rows = [['', '合计', cell('ALL', 'tot'), cell('ALL', 'bas'), cell('ALL', 'pro')]]
    bold = [0]
    names = {'ALL': '合计'}
    for code, name, _, _ in ITEMS:
        names[code] = name
        ind = {3: 0, 5: 9, 7: 18}[len(code)]
        if len(code) == 3:
            bold.append(len(rows))
        rows.append([code, (name, ind), cell(code, 'tot'), cell(code, 'bas'), cell(code, 'pro')])
    doc.table([(58, 'l'), (197, 'l'), (76, 'r'), (70, 'r'), (70, 'r')],
              ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], rows, bold_rows=bold,
              cont='表2（续）　　　　单位：万元')
    colname = {'tot': '合计', 'bas': '基本支出', 'pro': '项目支出'}

    def rowname(code):
        return '合计行' if code == 'ALL' else f"{code} {names[code]}"

    # column roll-ups: parent = sum of children (only where >=2 printed parts)
    for par in ['ALL', '208', '20805', '210', '21011', '213', '21301', '21305', '21307', '221', '22102']:
        for col in ('tot', 'bas', 'pro'):
            tk = f"t2_{par}_{col}"
            if tk not in doc.txt:
                continue
            parts = [f"t2_{ch}_{col}" for ch in d['children'][par] if f"t2_{ch}_{col}" in doc.txt]
            lvl = {'ALL': '类', 3: '款', 5: '项'}[par if par == 'ALL' else len(par)]
            if par == 'ALL' and col == 'tot':
                rec.con(tk, 't2_213_tot', 'sum',
                        f"表2 合计行“合计”列 {fv['ALL']['tot']:,.2f} ≠ 各类合计之和 {fv['ALL']['tot'] + d['P_213_tot'] - fv['213']['tot']:,.2f} (213 类 misprinted as {d['P_213_tot']:,.2f})")
                continue
            if par == '213' and col == 'tot':
                rec.bd('planted', 'sum', tk, parts, '万元', f"表2 {rowname(par)}（类）“合计”列",
                       [f"表2 {rowname(p.split('_')[1])}（款）“合计”列" for p in parts],
                       note=f"PLANTED: 213 农林水支出 类 row 合计 printed {d['P_213_tot']:,.2f}, "
                            f"30.00 more than the sum of its 款 rows 21301+21305+21307 = {fv['213']['tot']:,.2f}")
                rec.bds[-1]['name'] = 't2_213_tot'
                continue
            if len(parts) < 2:
                continue
            rec.bd('genuine', 'sum', tk, parts, '万元', f"表2 {rowname(par)}“{colname[col]}”列",
                   [f"表2 {rowname(p.split('_')[1])}（{lvl}）“{colname[col]}”列" for p in parts])
    # row-wise: 合计 = 基本支出 + 项目支出 (rows where both are printed)
    for code in ['ALL'] + [c for c, *_ in ITEMS]:
        ks = [f"t2_{code}_{c}" for c in ('tot', 'bas', 'pro')]
        if all(k in doc.txt for k in ks):
            if code == '213':
                rec.con(ks[0], 't2_213_tot', 'sum',
                        f"表2 213 农林水支出 row: 合计 {d['P_213_tot']:,.2f} ≠ 基本支出 {fv['213']['bas']:,.2f} + 项目支出 {fv['213']['pro']:,.2f}")
                continue
            rec.bd('genuine', 'sum', ks[0], ks[1:], '万元', f"表2 {rowname(code)}“合计”列（横向）",
                   [f"表2 {rowname(code)}“基本支出”列", f"表2 {rowname(code)}“项目支出”列"])
    rec.bd('genuine', 'repeat', 't2_ALL_tot', ['fin_tot_5'], '万元', '表2 合计行“合计”列',
           ['五（一）正文 财政拨款支出（同一数字重述）'])

    doc.para(f"主要支出项目情况：农林水支出（类）农业农村（款）农田建设（项）{fv['2130153']['tot']:,.2f}万元，主要用于"
             '新建和改造提升高标准农田、农田水利设施配套及耕地质量提升；农业生产发展（项）'
             f"{fv['2130122']['tot']:,.2f}万元，主要用于耕地地力保护补贴以外的农机购置与应用补贴、"
             '绿色种养循环试点和良种繁育基地建设；巩固脱贫攻坚成果衔接乡村振兴（款）农村基础设施建设（项）'
             f"{fv['2130504']['tot']:,.2f}万元，主要用于脱贫村产业路、机耕道和小型农田水利设施建设；"
             f"农村综合改革（款）对村民委员会和村党支部的补助（项）{fv['2130705']['tot']:,.2f}万元，用于保障"
             '全县村级组织正常运转。')

    # ---------------------------------------------------------------- 六
    doc.h1('六、“三公”经费财政拨款支出决算情况说明')
    doc.para(f"2025年度“三公”经费财政拨款支出决算数为{v('sg_tot', d['sg_tot'])}万元，其中因公出国（境）费"
             f"{v('sg_cg', d['sg_cg'])}万元、公务接待费{v('sg_jd', d['sg_jd'])}万元、公务用车购置及运行维护费"
             f"{v('sg_car', d['sg_car'])}万元（其中公务用车购置费{v('sg_gz', d['sg_gz'])}万元、公务用车运行"
             f"维护费{v('sg_yx', d['sg_yx'])}万元）。")
    doc.para(f"“三公”经费财政拨款年初预算数为{v('sgb_tot', d['sgb_tot'])}万元，其中因公出国（境）费"
             f"{v('sgb_cg', d['sgb_cg'])}万元、公务接待费{v('sgb_jd', d['sgb_jd'])}万元、公务用车购置及运行"
             f"维护费{v('sgb_car', d['sgb_car'])}万元。决算数比预算数减少{v('L_sgdec', d['sg_dec'])}万元，"
             f"下降{v('L_sgdecr', d['sg_decr'], 'p')}，主要原因：一是严格执行中央八项规定及其实施细则精神，"
             '从严控制公务接待标准和陪餐人数；二是通过合理调度车辆、推行定点维修和定点加油，压减公务用车'
             '运行维护费支出；三是本年未安排因公出国（境）团组。')
    doc.para(f"具体情况：公务接待费主要用于上级部门来我县开展业务指导、检查调研等，全年国内公务接待"
             f"{v('L_jdpc', D(32), 'i')}批次、{v('L_jdrc', D(256), 'i')}人次；公务用车购置费用于更新购置执法"
             f"执勤用车1辆；公务用车运行维护费主要用于公务用车燃料、维修、保险、过路过桥等支出。截至2025年"
             f"12月31日，本部门公务用车保有量{v('L_gwc', D(6), 'i')}辆。")
    rec.bd('genuine', 'sum', 'sg_tot', ['sg_cg', 'sg_jd', 'sg_car'], '万元', '六、第1段“三公”经费决算数',
           ['同段，因公出国（境）费', '同段，公务接待费', '同段，公务用车购置及运行维护费'])
    rec.bd('genuine', 'sum', 'sg_car', ['sg_gz', 'sg_yx'], '万元', '六、第1段 公务用车购置及运行维护费',
           ['同段括号内，公务用车购置费', '同段括号内，公务用车运行维护费'])
    rec.bd('genuine', 'sum', 'sgb_tot', ['sgb_cg', 'sgb_jd', 'sgb_car'], '万元', '六、第2段“三公”经费年初预算数',
           ['同段，因公出国（境）费预算', '同段，公务接待费预算', '同段，公务用车购置及运行维护费预算'])
    rec.look('“三公”经费年初预算数为54.00万元 … 决算数比预算数减少7.19万元，下降13.31%',
             ['sgb_tot', 'L_sgdec', 'L_sgdecr'],
             '预算数 vs 决算数 (46.81 vs 54.00): a budget-vs-actual comparison, not a breakdown; 决算数 below budget is explained')
    rec.look('全年国内公务接待32批次、256人次', ['L_jdpc', 'L_jdrc'],
             'batches vs person-times: different units, not parts of a whole')

    # ---------------------------------------------------------------- 七
    doc.h1('七、机关运行经费支出情况说明')
    doc.para(f"2025年度本部门机关运行经费支出{v('L_jg', d['jg'])}万元，比上年减少{v('L_jgdec', d['jg_dec'])}万元，"
             f"下降{v('L_jgdecr', d['jg_decr'], 'p')}，主要原因是认真落实过紧日子要求，压减一般性支出，严控"
             f"会议、培训规模和差旅支出。其中办公费{v('L_jgbg', d['jg_bg'])}万元、水电费{v('L_jgsd', d['jg_sd'])}"
             f"万元、差旅费{v('L_jgcl', d['jg_cl'])}万元等。")
    rec.look('机关运行经费支出118.46万元，比上年减少9.82万元，下降7.66%', ['L_jg', 'L_jgdec', 'L_jgdecr'],
             'year-on-year decrease and rate, not a breakdown')
    rec.look('其中办公费32.18万元、水电费14.05万元、差旅费11.62万元等', ['L_jgbg', 'L_jgsd', 'L_jgcl'],
             '其中 … 等 names only some items of 机关运行经费; parts are not meant to sum to 118.46')

    # ---------------------------------------------------------------- 八
    doc.h1('八、其他重要事项的情况说明')
    doc.h2('（一）政府采购支出情况')
    doc.para(f"2025年度本部门政府采购支出总额{v('cg_tot', d['cg_tot'])}万元，其中政府采购货物支出"
             f"{v('cg_hw', d['cg_hw'])}万元、政府采购工程支出{v('cg_gc', d['cg_gc'])}万元、政府采购服务支出"
             f"{v('cg_fw', d['cg_fw'])}万元。授予中小企业合同金额{v('L_cgzx', d['cg_zx'])}万元，占政府采购"
             f"支出总额的{v('L_cgzxr', d['cg_zxr'], 'p')}。")
    rec.bd('genuine', 'sum', 'cg_tot', ['cg_hw', 'cg_gc', 'cg_fw'], '万元', '八（一）政府采购支出总额',
           ['同段，货物', '同段，工程', '同段，服务'])
    rec.look('授予中小企业合同金额1,042.37万元，占政府采购支出总额的81.03%', ['L_cgzx', 'L_cgzxr'],
             'a single share of one sub-amount; no complementary shares expected to sum to 100%')
    doc.h2('（二）国有资产占用情况')
    doc.para(f"截至2025年12月31日，本部门共有车辆{v('car', D(9), 'i')}辆，其中执法执勤用车{v('car_zf', D(5), 'i')}"
             f"辆、特种专业技术用车{v('car_tz', D(3), 'i')}辆、其他用车{v('car_qt', D(1), 'i')}辆；单价50万元以上"
             '通用设备2台（套），单价100万元以上专用设备1台（套）。')
    doc.para(f"本部门年初固定资产原值{v('fa0', d['fa0'])}万元，本年增加{v('fa_add', d['fa_add'])}万元，本年"
             f"减少{v('fa_sub', d['fa_sub'])}万元，年末固定资产原值{v('fa1', d['fa1'])}万元。本年增加主要是"
             '购置农产品质量安全检测设备和执法执勤用车，本年减少主要是按规定报废处置已达使用年限的办公设备。')
    rec.bd('genuine', 'sum', 'car', ['car_zf', 'car_tz', 'car_qt'], '辆', '八（二）车辆总数',
           ['同段，执法执勤用车', '同段，特种专业技术用车', '同段，其他用车'])
    rec.bd('genuine', 'balance', 'fa1', ['fa0', 'fa_add', 'fa_sub'], '万元', '八（二）第2段 年末固定资产原值',
           ['同段，年初固定资产原值', '同段，本年增加', '同段，本年减少'], signs=[1, 1, -1])
    rec.look(f"本年支出中项目支出{d['pro_all']:,.2f}万元 vs 财政拨款项目支出{d['fin_pro']:,.2f}万元", ['pro_4', 'fin_pro_5'],
             'different scope: 本年支出 (all funds, incl. 其他资金 298.40) vs 财政拨款 only; not a restatement')
    rec.look('公务用车保有量6辆 vs 共有车辆9辆', ['L_gwc', 'car'],
             '公务用车 (执法执勤5 + 其他1) is a subset of all vehicles (also 特种专业技术用车3); not a restatement')
    doc.h2('（三）预算绩效管理情况')
    doc.para('本部门组织对2025年度一般公共预算项目支出全面开展绩效自评，并对高标准农田建设、农业生产发展等'
             '重点项目开展部门评价。从评价情况看，项目资金到位及时，支出进度总体符合要求，绩效目标基本完成；'
             '存在的主要问题是个别项目绩效指标设置不够细化、量化。下一步将加强绩效目标管理，强化评价结果应用。')

    # ---------------------------------------------------------------- 九
    doc.h1('九、名词解释')
    for t in [
        '（一）财政拨款收入：指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款和政府性基金预算财政拨款。',
        '（二）其他收入：指单位取得的除上述“财政拨款收入”“事业收入”“经营收入”等以外的各项收入，主要是存款利息收入、技术服务收入等。',
        '（三）上年结转：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。',
        '（四）年末结转结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需要延迟到以后年度按有关规定继续使用的资金，以及项目已完成等产生的结余资金。',
        '（五）基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。',
        '（六）项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
        '（七）“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。',
        '（八）机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务等的各项资金。',
    ]:
        doc.para(t, indent=2)

    pages = doc.finish()
    return doc, rec, pages


# ----------------------------------------------------------------------------
# Document 2: 县人民医院 2025年工作总结
# ----------------------------------------------------------------------------
DEPTS = [
    ('心血管内科', 32416, 2318, 612),
    ('呼吸与危重症医学科', 28905, 2647, 186),
    ('消化内科', 24380, 1906, 428),
    ('神经内科', 21754, 2012, 97),
    ('内分泌科', 19862, 984, 0),
    ('肾内科', 9743, 865, 154),
    ('肿瘤科', 8261, 1428, 236),
    ('感染性疾病科', 12508, 746, 0),
    ('普通外科', 18627, 1935, 1562),
    ('骨科', 22314, 1802, 1485),
    ('神经外科', 6385, 842, 398),
    ('泌尿外科', 9127, 1036, 854),
    ('胸心外科', 4216, 528, 312),
    ('妇科', 21468, 1214, 736),
    ('产科', 16842, 1987, 884),
    ('儿科', 38264, 2206, 0),
    ('新生儿科', 3102, 512, 0),
    ('眼科', 17935, 684, 583),
    ('耳鼻咽喉头颈外科', 14286, 593, 402),
    ('口腔科', 19517, 218, 167),
    ('皮肤科', 15904, 96, 0),
    ('中医科', 26483, 604, 0),
    ('康复医学科', 11342, 826, 0),
    ('重症医学科', 0, 213, 38),
    ('全科医学科', 20376, 675, 0),
    ('其他（体检中心、发热门诊等）', 9618, 0, 0),
]


def data2():
    d = {}
    d['mz'] = D(sum(x[1] for x in DEPTS))
    d['cy'] = D(sum(x[2] for x in DEPTS))
    d['ss'] = D(sum(x[3] for x in DEPTS))
    d['jz'] = D(45117)
    d['mjz'] = d['mz'] + d['jz']
    d['mjz_prev'] = D(463518)
    d['mjz_gr'] = pct(d['mjz'] - d['mjz_prev'], d['mjz_prev'])
    d['zj'] = D(86540)
    d['zj_r'] = pct(d['zj'], d['mz'])
    d['qj'], d['qj_r'] = D(3862), D('96.43')
    d['cy_prev'] = D(27698)
    d['cy_gr'] = pct(d['cy'] - d['cy_prev'], d['cy_prev'])
    # surgery levels
    d['s1'], d['s2'], d['s3'] = D(1906), D(3215), D(2871)
    d['s4'] = d['ss'] - d['s1'] - d['s2'] - d['s3']
    assert d['s4'] > 0
    d['s34r'] = pct(d['s3'] + d['s4'], d['ss'])
    # beds
    d['bz_bed'] = D(600)
    d['bed0'] = D(512)
    d['bed_icu'], d['bed_kf'], d['bed_ek'] = D(20), D(30), D(18)
    d['bed_add'] = d['bed_icu'] + d['bed_kf'] + d['bed_ek']
    d['bed1'] = d['bed0'] + d['bed_add']
    assert d['bed1'] <= d['bz_bed']
    # equipment balance
    d['eq0'], d['eq_add'], d['eq_sub'] = D(1286), D(134), D(47)
    d['eq1'] = d['eq0'] + d['eq_add'] - d['eq_sub']
    # staff
    d['zg_ws'], d['zg_qt'], d['zg_gl'], d['zg_gq'] = D(968), D(42), D(51), D(65)
    d['zg'] = d['zg_ws'] + d['zg_qt'] + d['zg_gl'] + d['zg_gq']
    d['zg_bn'] = D(724)
    d['zg_bw'] = d['zg'] - d['zg_bn']
    d['zc_zg'], d['zc_fg'], d['zc_zj'] = D(38), D(142), D(386)
    d['zc_cj'] = d['zg_ws'] - d['zc_zg'] - d['zc_fg'] - d['zc_zj']
    d['dy'], d['ss_xl'], d['ys'], d['hs'] = D(276), D(118), D(392), D(468)
    assert d['ys'] + d['hs'] < d['zg_ws']
    # income
    d['mzsr'], d['zysr'] = D('19634.27'), D('34582.53')
    d['ylsr'] = d['mzsr'] + d['zysr']
    d['czsr'], d['qtsr'] = D('6318.42'), D('2312.13')
    d['zsr'] = d['ylsr'] + d['czsr'] + d['qtsr']
    d['r_yl'], d['r_cz'], d['r_qt'] = pct(d['ylsr'], d['zsr']), pct(d['czsr'], d['zsr']), pct(d['qtsr'], d['zsr'])
    assert d['r_yl'] + d['r_cz'] + d['r_qt'] == 100
    d['yp_mz'], d['yp_zy'] = D('7106.38'), D('9786.07')
    d['yp'] = d['yp_mz'] + d['yp_zy']
    d['yzb'] = pct(d['yp'], d['ylsr'])
    d['zzc'] = D('61204.18')
    d['jy'] = d['zsr'] - d['zzc']
    assert d['jy'] > 0

    # ---- planted perturbations ----
    d['P_ss'] = d['ss'] + 1                                    # 手术台次 total one off
    assert pct(d['s3'] + d['s4'], d['P_ss']) == d['s34r']      # look-alike share unaffected
    mz_txt = f"{d['mzsr']:,.2f}"
    sw_txt = mz_txt[:3] + mz_txt[4] + mz_txt[3] + mz_txt[5:]    # swap two adjacent digits
    d['P_mzsr'] = D(sw_txt.replace(',', ''))
    assert d['P_mzsr'] != d['mzsr'] and sorted(sw_txt) == sorted(mz_txt)
    d['P_cy_tab'] = d['cy'] + 10                               # unruled table 出院 合计 off by 10
    d['P_bed1'] = d['bed1'] + 4                                # bed balance does not close
    return d


def build2(path, total):
    d = data2()
    doc = Doc(path, '青禾县人民医院2025年工作总结', total)
    rec = Rec(F2)
    v = doc.v

    doc.title('青禾县人民医院2025年工作总结', '青禾县人民医院　　2026年1月')
    doc.para('2025年，在县委、县政府的坚强领导和县卫生健康局的具体指导下，我院坚持以人民健康为中心，'
             '深入推进公立医院高质量发展，持续深化紧密型县域医共体建设，着力提升医疗服务能力、医疗质量'
             '安全水平和精细化运营管理水平，较好地完成了全年各项目标任务。现将全年工作总结如下。')

    # ---------------------------------------------------------------- 一
    doc.h1('一、基本情况')
    doc.para(f"我院是一所集医疗、教学、科研、预防保健和急诊急救于一体的三级综合医院，是全县医疗救治中心和"
             f"县域医共体牵头医院。医院核定编制床位{v('L_bzbed', d['bz_bed'], 'i')}张。2025年初实际开放床位"
             f"{v('bed0', d['bed0'], 'i')}张，全年新增开放床位{v('bed_add', d['bed_add'], 'i')}张，其中重症医学科"
             f"{v('bed_icu', d['bed_icu'], 'i')}张、康复医学科{v('bed_kf', d['bed_kf'], 'i')}张、儿科"
             f"{v('bed_ek', d['bed_ek'], 'i')}张，年末实际开放床位{v('bed1', d['P_bed1'], 'i')}张，实际开放床位"
             '仍低于编制床位。')
    doc.para(f"全年新购置万元以上医疗设备{v('eq_add', d['eq_add'], 'i')}台（件），报废处置"
             f"{v('eq_sub', d['eq_sub'], 'i')}台（件），万元以上医疗设备由年初的{v('eq0', d['eq0'], 'i')}台（件）"
             f"增加到年末的{v('eq1', d['eq1'], 'i')}台（件），新引进3.0T磁共振、64排CT和数字减影血管造影机等"
             '大型设备，诊疗条件进一步改善。')
    rec.bd('genuine', 'sum', 'bed_add', ['bed_icu', 'bed_kf', 'bed_ek'], '张', '一、基本情况，全年新增开放床位',
           ['同段，重症医学科', '同段，康复医学科', '同段，儿科'])
    rec.bd('planted', 'balance', 'bed1', ['bed0', 'bed_add'], '张', '一、基本情况，年末实际开放床位',
           ['同段，年初实际开放床位', '同段，全年新增开放床位'],
           note=f"PLANTED: 年末实际开放床位 printed {d['P_bed1']}, but 年初 {d['bed0']} + 新增 {d['bed_add']} = {d['bed1']} (no reductions mentioned)")
    rec.bds[-1]['name'] = 'bed1'
    rec.bd('genuine', 'balance', 'eq1', ['eq0', 'eq_add', 'eq_sub'], '台（件）', '一、第2段，年末万元以上医疗设备',
           ['同段，年初', '同段，新购置', '同段，报废处置'], signs=[1, 1, -1])
    rec.look('医院核定编制床位600张 … 年末实际开放床位', ['L_bzbed'],
             '编制床位 (authorised) vs 实际开放床位 (open); they are not expected to be equal')

    # ---------------------------------------------------------------- 二
    doc.h1('二、医疗服务能力持续提升')
    doc.h2('（一）门急诊服务')
    doc.para(f"全年完成门急诊总人次{v('mjz', d['mjz'], 'i')}人次，同比增长{v('L_mjzgr', d['mjz_gr'], 'p')}，"
             f"其中门诊{v('mz', d['mz'], 'i')}人次、急诊{v('jz', d['jz'], 'i')}人次。门诊人次中，专家门诊"
             f"{v('L_zj', d['zj'], 'i')}人次，占门诊人次的{v('L_zjr', d['zj_r'], 'p')}。急诊全年抢救危重患者"
             f"{v('L_qj', d['qj'], 'i')}人次，抢救成功率{v('L_qjr', d['qj_r'], 'p')}。全面推行分时段预约诊疗，"
             '预约诊疗率达到65%以上，患者平均候诊时间进一步缩短。')
    rec.bd('genuine', 'sum', 'mjz', ['mz', 'jz'], '人次', '二（一）门急诊总人次', ['同段，门诊', '同段，急诊'])
    rec.look(f"全年完成门急诊总人次{d['mjz']:,}人次，同比增长{d['mjz_gr']}%", ['L_mjzgr'], 'year-on-year growth rate, not a breakdown')
    rec.look(f"专家门诊{d['zj']:,}人次，占门诊人次的{d['zj_r']}%", ['L_zj', 'L_zjr'],
             'single sub-share of 门诊 (其中 naming only one part); not expected to sum')
    rec.look('急诊全年抢救危重患者3,862人次，抢救成功率96.43%', ['L_qj', 'L_qjr'],
             'a subset of 急诊 and a success rate, not a breakdown')
    doc.h2('（二）住院服务')
    doc.para(f"全年出院患者{v('cy', d['cy'], 'i')}人次，同比增长{v('L_cygr', d['cy_gr'], 'p')}；床位使用率"
             f"{v('L_bedr', D('91.36'), 'p')}，较上年提高2.4个百分点；出院患者平均住院日"
             f"{v('L_pjzy', D('6.1'), 'd1')}天，较上年缩短0.3天。持续推进临床路径管理和日间医疗服务，"
             f"日间手术自2021年开展以来累计完成{v('L_rj', D(4327), 'i')}台次，其中2025年完成"
             f"{v('L_rjn', D(1046), 'i')}台次。")
    rec.look('床位使用率91.36%，较上年提高2.4个百分点', ['L_bedr'], 'a utilisation rate, not a share of a whole')
    rec.look('出院患者平均住院日6.1天，较上年缩短0.3天', ['L_pjzy'], 'an average, not a breakdown')
    rec.look('日间手术…累计完成4,327台次，其中2025年完成1,046台次', ['L_rj', 'L_rjn'],
             'cumulative since 2021 vs this year; 其中 is a subset of the cumulative, not a breakdown')
    doc.h2('（三）手术服务')
    doc.para(f"全年完成住院手术{v('ss_p', d['P_ss'], 'i')}台次。按手术分级管理目录统计，一级手术、二级手术、"
             f"三级手术、四级手术分别为{v('s1', d['s1'], 'i')}台次、{v('s2', d['s2'], 'i')}台次、"
             f"{v('s3', d['s3'], 'i')}台次和{v('s4', d['s4'], 'i')}台次，三、四级手术占比"
             f"{v('L_s34', d['s34r'], 'p')}。腹腔镜、关节镜、胸腔镜等微创手术广泛开展，新开展经皮冠状动脉"
             '介入治疗、全膝关节置换等新技术新项目15项。')
    rec.bd('planted', 'sum', 'ss_p', ['s1', 's2', 's3', 's4'], '台次', '二（三）手术服务，全年完成住院手术',
           ['同段，一级手术', '同段，二级手术', '同段，三级手术', '同段，四级手术'],
           note=f"PLANTED: 住院手术 total printed {d['P_ss']:,}, one more than 一级+二级+三级+四级 = {d['ss']:,}")
    rec.bds[-1]['name'] = 'ss_p'
    rec.look('三、四级手术占比43.93%', ['L_s34'],
             'share of two levels only (三级+四级), not a set of shares summing to 100%')

    # ---------------------------------------------------------------- 三
    doc.h1('三、医疗质量与安全持续改进')
    doc.para('健全院科两级质量管理体系，严格落实十八项医疗质量安全核心制度。全年开展医疗质量专项检查'
             '48次，组织病历质量评审12次，甲级病历率保持在95%以上；持续开展抗菌药物临床应用专项整治，'
             '门诊患者抗菌药物使用率、住院患者抗菌药物使用强度均控制在国家规定范围内。加强院感防控，'
             '医院感染发生率控制在合理水平，全年未发生医院感染暴发事件。')

    # ---------------------------------------------------------------- 四
    doc.h1('四、人才队伍与学科建设')
    doc.para(f"截至2025年末，全院在职职工{v('zg', d['zg'], 'i')}人，其中卫生技术人员{v('zg_ws', d['zg_ws'], 'i')}人、"
             f"其他专业技术人员{v('zg_qt', d['zg_qt'], 'i')}人、管理人员{v('zg_gl', d['zg_gl'], 'i')}人、工勤技能"
             f"人员{v('zg_gq', d['zg_gq'], 'i')}人。按用人方式分，在编人员{v('zg_bn', d['zg_bn'], 'i')}人、编外聘用"
             f"人员{v('zg_bw', d['zg_bw'], 'i')}人。")
    doc.para(f"卫生技术人员中，具有正高级职称{v('zc_zg', d['zc_zg'], 'i')}人、副高级职称{v('zc_fg', d['zc_fg'], 'i')}人、"
             f"中级职称{v('zc_zj', d['zc_zj'], 'i')}人、初级职称{v('zc_cj', d['zc_cj'], 'i')}人；执业（助理）医师"
             f"{v('L_ys', d['ys'], 'i')}人、注册护士{v('L_hs', d['hs'], 'i')}人。全院职工中有中共党员"
             f"{v('L_dy', d['dy'], 'i')}人，具有硕士研究生及以上学历{v('L_ssxl', d['ss_xl'], 'i')}人。全年引进"
             '高层次和紧缺专业人才12名，选派32名骨干赴省市三级医院进修学习。')
    rec.bd('genuine', 'sum', 'zg', ['zg_ws', 'zg_qt', 'zg_gl', 'zg_gq'], '人', '四、第1段 在职职工（按岗位类别）',
           ['同段，卫生技术人员', '同段，其他专业技术人员', '同段，管理人员', '同段，工勤技能人员'])
    rec.bd('genuine', 'sum', 'zg', ['zg_bn', 'zg_bw'], '人', '四、第1段 在职职工（按用人方式）',
           ['同段，在编人员', '同段，编外聘用人员'])
    rec.bd('genuine', 'sum', 'zg_ws', ['zc_zg', 'zc_fg', 'zc_zj', 'zc_cj'], '人', '四、第1段 卫生技术人员（按职称）',
           ['第2段，正高级', '第2段，副高级', '第2段，中级', '第2段，初级'])
    rec.look('执业（助理）医师392人、注册护士468人', ['L_ys', 'L_hs'],
             'names only some categories of 卫生技术人员 (药、技、检 etc. omitted); not meant to sum to 968')
    rec.look('全院职工中有中共党员276人，具有硕士研究生及以上学历118人', ['L_dy', 'L_ssxl'],
             'overlapping categories that cut across 职称/岗位; not a breakdown')

    # ---------------------------------------------------------------- 五
    doc.h1('五、经济运行总体平稳')
    doc.para(f"2025年全院总收入{v('zsr', d['zsr'])}万元，其中医疗收入{v('ylsr', d['ylsr'])}万元、财政拨款收入"
             f"{v('czsr', d['czsr'])}万元、其他收入{v('qtsr', d['qtsr'])}万元，分别占总收入的"
             f"{v('r_yl', d['r_yl'], 'p')}、{v('r_cz', d['r_cz'], 'p')}和{v('r_qt', d['r_qt'], 'p')}。")
    doc.para(f"医疗收入{v('ylsr_2', d['ylsr'])}万元，其中门诊收入{v('mzsr', d['P_mzsr'])}万元、住院收入"
             f"{v('zysr', d['zysr'])}万元。药品收入{v('yp', d['yp'])}万元，其中门诊药品收入"
             f"{v('yp_mz', d['yp_mz'])}万元、住院药品收入{v('yp_zy', d['yp_zy'])}万元，药占比"
             f"{v('L_yzb', d['yzb'], 'p')}，较上年下降1.2个百分点。")
    doc.para(f"全年总支出{v('zzc', d['zzc'])}万元，收支结余{v('jy', d['jy'])}万元。严格落实药品耗材集中带量"
             '采购政策，全面推行全面预算管理和成本核算，百元医疗收入消耗的卫生材料费用同比下降，医院运营'
             '效率稳步提高。')
    rec.bd('genuine', 'sum', 'zsr', ['ylsr', 'czsr', 'qtsr'], '万元', '五、第1段 总收入',
           ['同段，医疗收入', '同段，财政拨款收入', '同段，其他收入'])
    rec.bd('genuine', 'share', None, ['r_yl', 'r_cz', 'r_qt'], '%', 'implicit 100%: shares of 总收入',
           ['同段，医疗收入占比', '同段，财政拨款收入占比', '同段，其他收入占比'], implied_total=D('100.00'))
    rec.bd('planted', 'sum', 'ylsr_2', ['mzsr', 'zysr'], '万元', '五、第2段 医疗收入',
           ['同段，门诊收入', '同段，住院收入'],
           note=f"PLANTED: 门诊收入 printed {d['P_mzsr']:,.2f} (two adjacent digits swapped from {d['mzsr']:,.2f}); "
                f"{d['P_mzsr']:,.2f} + {d['zysr']:,.2f} = {d['P_mzsr'] + d['zysr']:,.2f} ≠ 医疗收入 {d['ylsr']:,.2f}")
    rec.bds[-1]['name'] = 'ylsr_2'
    rec.bd('genuine', 'sum', 'yp', ['yp_mz', 'yp_zy'], '万元', '五、第2段 药品收入',
           ['同段，门诊药品收入', '同段，住院药品收入'])
    rec.bd('genuine', 'balance', 'jy', ['zsr', 'zzc'], '万元', '五、第3段 收支结余',
           ['第1段，总收入', '第3段，总支出'], signs=[1, -1])
    rec.bd('genuine', 'repeat', 'ylsr_2', ['ylsr'], '万元', '五、第2段 医疗收入',
           ['五、第1段 医疗收入（同一数字重述）'])
    rec.look('药占比31.16%', ['L_yzb'], '药品收入 / 医疗收入 ratio, not a set of shares summing to 100%')

    # ---------------------------------------------------------------- 六 (unruled table)
    doc.h1('六、主要科室业务量')
    doc.para('2025年各临床科室门诊人次、出院人次和住院手术台次见表3（门诊人次不含急诊）。')
    doc.caption('表3　2025年各科室业务量统计', None, keep=0)
    rows = []
    for i, (name, m, c_, s) in enumerate(DEPTS):
        rows.append([name,
                     v(f"t3_{i}_mz", D(m), 'i') if m else '—',
                     v(f"t3_{i}_cy", D(c_), 'i') if c_ else '—',
                     v(f"t3_{i}_ss", D(s), 'i') if s else '—'])
    rows.append(['合计', v('t3_mz', d['mz'], 'i'), v('t3_cy', d['P_cy_tab'], 'i'), v('t3_ss', d['ss'], 'i')])
    doc.table([(200, 'l'), (90, 'r'), (90, 'r'), (90, 'r')], ['科室', '门诊人次', '出院人次', '手术台次'],
              rows, ruled=False, size=9.5, rowh=16.5, bold_rows=(len(rows) - 1,), cont='表3（续）')
    pk = lambda col: [f"t3_{i}_{col}" for i in range(len(DEPTS)) if f"t3_{i}_{col}" in doc.txt]
    rec.bd('genuine', 'sum', 't3_mz', pk('mz'), '人次', '表3 合计行“门诊人次”列',
           [f"表3 {DEPTS[int(k.split('_')[1])][0]} 行" for k in pk('mz')])
    rec.bd('planted', 'sum', 't3_cy', pk('cy'), '人次', '表3 合计行“出院人次”列',
           [f"表3 {DEPTS[int(k.split('_')[1])][0]} 行" for k in pk('cy')],
           note=f"PLANTED: 表3 出院人次 合计 printed 10 more than the column sum ({d['P_cy_tab']:,} vs {d['cy']:,})")
    rec.bds[-1]['name'] = 't3_cy'
    rec.bd('genuine', 'sum', 't3_ss', pk('ss'), '台次', '表3 合计行“手术台次”列',
           [f"表3 {DEPTS[int(k.split('_')[1])][0]} 行" for k in pk('ss')])
    rec.bd('genuine', 'repeat', 't3_mz', ['mz'], '人次', '表3 合计行“门诊人次”列',
           ['二（一）正文 门诊人次（同一数字重述）'])
    rec.con('t3_ss', 'ss_p', 'repeat', f"表3 手术台次合计 {d['ss']:,} (correct) disagrees with 正文 住院手术 {d['P_ss']:,}")
    rec.con('cy', 't3_cy', 'repeat', f"正文 出院患者 {d['cy']:,} (correct) disagrees with 表3 出院人次合计 {d['P_cy_tab']:,}")
    doc.para('从科室分布看，儿科、心血管内科、呼吸与危重症医学科门诊量位居前列；外科系统手术量稳步增长，'
             '普通外科、骨科住院手术台次均超过1,400台次。')

    # ---------------------------------------------------------------- 七/八
    doc.h1('七、学科建设与医共体建设')
    doc.para('学科建设方面，心血管内科、骨科获评市级临床重点专科，呼吸与危重症医学科通过国家PCCM规范化'
             f"建设项目评审；全年获批市级科研立项5项，发表学术论文{v('L_lw', D(46), 'i')}篇，其中中文核心期刊论文"
             f"{v('L_lwhx', D(9), 'i')}篇。")
    rec.look('发表学术论文46篇，其中中文核心期刊论文9篇', ['L_lw', 'L_lwhx'],
             '其中 names a single subset (core-journal papers); not a breakdown')
    doc.para('强化急诊急救“五大中心”建设，胸痛中心、卒中中心、创伤中心通过省级验收，危急重症患者救治'
             '能力明显增强。深化医共体建设，向乡镇卫生院下派骨干医师36名，开展远程会诊和远程心电、影像'
             '诊断服务，基层首诊、双向转诊、急慢分治、上下联动的分级诊疗格局逐步形成。统一医共体内药品'
             '目录和采购配送，推动检查检验结果互认，牵头组建县域医学影像、心电诊断、临床检验和消毒供应'
             '四个资源共享中心，乡镇卫生院常见病、多发病诊疗能力稳步提升。')
    doc.para('认真履行公共卫生职责，规范开展传染病疫情报告、慢性病管理和健康教育工作；做好重大活动医疗'
             '保障和突发公共卫生事件应急处置，全年组织应急演练8次，圆满完成县级各类医疗保障任务。')
    doc.h1('八、党建引领与行风建设')
    doc.para('坚持和加强党对医院的全面领导，全面落实党委领导下的院长负责制，修订完善党委会、院长办公会'
             '议事规则，把党的领导融入医院治理各环节。深化“党建+业务”融合，将党支部建在科室上，开展'
             '党员示范岗、党员先锋队创建活动。扎实开展医药领域腐败问题集中整治，围绕药品耗材采购、基建'
             '项目、设备采购等重点领域开展自查自纠，持续纠治医疗服务中的不正之风；严格落实医务人员'
             '“九项准则”，患者满意度持续保持在较高水平。')
    doc.para('推进智慧医院建设，上线电子病历系统升级版和互联网医院平台，实现诊间结算、床旁结算和检查'
             '检验结果线上查询，门诊患者平均就诊时间明显缩短。持续改善就医环境，完成门诊楼适老化改造，'
             '设置“一站式”综合服务中心，为老年人、残疾人等特殊群体提供绿色通道和陪诊服务。')
    doc.h1('九、存在的问题')
    doc.para('一是优质医疗资源总量仍然不足，部分专科技术水平与群众需求相比还有差距，县域内就诊率有待进一步'
             '提高；二是高层次人才引进难、留住难的问题依然突出，学科带头人和青年骨干梯队建设需要加强；'
             '三是运营管理精细化程度不高，成本管控和绩效考核的信息化支撑不足；四是医院基础设施相对陈旧，'
             '部分病区布局不合理，与患者日益增长的就医需求不相适应。')
    doc.h1('十、2026年工作打算')
    doc.para('2026年，我院将围绕创建三级甲等综合医院目标，重点抓好以下工作：一是加强重点专科建设，力争新增'
             '市级临床重点专科2个，打造一批县域特色专科；二是实施人才强院战略，完善人才引进培养和激励机制，'
             '落实薪酬制度改革；三是持续改进医疗质量，推进智慧医院建设，改善患者就医体验；四是深化医共体'
             '建设，推动优质资源下沉，提升县域整体医疗服务能力；五是加强全面预算和成本管控，提升运营效率，'
             '推动医院高质量发展再上新台阶。')
    pages = doc.finish()
    # the unruled table must continue onto a new page with a repeated header
    p_first = doc.pages['t3_0_mz']
    p_last = doc.pages['t3_mz']
    assert p_last == p_first + 1, (p_first, p_last)
    return doc, rec, pages


def main():
    results = []
    for fname, builder, prefix in ((F1, build1, 'S'), (F2, build2, 'T')):
        path = os.path.join(OUT, fname)
        _, _, n = builder(path, None)            # pass 1: count pages
        doc, rec, n2 = builder(path, n)          # pass 2: final with "共 N 页"
        assert n == n2
        assert 4 <= n2 <= 6, (fname, n2)
        bds = resolve(rec, doc, prefix)
        results.append((fname, n2, bds, resolve_cons(rec, doc), resolve_looks(rec, doc)))

    exp = {
        'files': [{'file': f, 'pages': n} for f, n, *_ in results],
        'conventions': (
            'Amounts: 万元 with 2 decimals and thousands separators (file 1 and file 2 income); counts are '
            'integers (人, 人次, 台次, 张, 辆). "total"/"parts" are the strings exactly as printed; blank cells and '
            '"—" cells are not listed as parts. parts_sum and difference are plain Decimal text '
            '(difference = total − parts_sum, with part_signs applied when present, e.g. balance '
            '年初+增加−减少=年末). check="share": parts are percentages of one whole, total is the implicit '
            '100.00 (total_printed=false, pdf_page = page of the shares). check="balance" with one part '
            '(file 1 表1) means the two halves of the side-by-side 总表 must be equal (支出总计 = 收入总计). '
            'check="repeat": the same quantity printed twice must agree. pdf_page/parts_pages are 1-based '
            'physical pages where make.py drew the figure. Table rows in 表2 are listed only where a parent '
            'has ≥2 printed children; single-child parents (e.g. 208 = 20805) trivially agree. '
            'consequence_of lists checks that fail only because of a planted misprint (not extra errors).'),
        'breakdowns': [b for *_, bds, _, _ in results for b in bds],
        'consequence_of': [c for *_, cons, _ in results for c in cons],
        'lookalikes_not_breakdowns': [l for *_, looks in results for l in looks],
    }
    planted = [b for b in exp['breakdowns'] if b['kind'] == 'planted']
    assert len(planted) == 8, len(planted)
    assert sum(1 for b in planted if b['file'] == F1) == 4
    assert sum(1 for b in exp['breakdowns'] if b['kind'] == 'genuine') >= 12
    assert len(exp['lookalikes_not_breakdowns']) >= 8
    with open(os.path.join(OUT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    for f, n, bds, cons, looks in results:
        print(f, n, 'pages;', sum(b['kind'] == 'genuine' for b in bds), 'genuine,',
              sum(b['kind'] == 'planted' for b in bds), 'planted,', len(cons), 'consequences,',
              len(looks), 'look-alikes')


if __name__ == '__main__':
    main()
