#!/usr/bin/env python3
"""Build two probe PDFs (county fiscal report + east-west cooperation summary)
and expected.json listing every arithmetic breakdown (genuine and planted).

All figures printed in the PDFs come from the data below; expected.json is
computed with decimal.Decimal from the very same strings that are drawn.
Each breakdown figure is tagged with an invisible marker while drawing; the
number actually drawn after each marker is verified against expected.json.
"""
import json
import os
import re
from collections import defaultdict
from decimal import Decimal as D, ROUND_HALF_UP

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont('ZH', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
FONT = 'ZH'
PW, PH = A4

FILE1 = 'qinglan_2024_budget_report.pdf'
FILE2 = 'yunling_2024_east_west_cooperation_summary.pdf'


# ---------------------------------------------------------------- helpers
def sw(s, size):
    return pdfmetrics.stringWidth(s, FONT, size)


def q1(x):
    return D(x).quantize(D('0.1'), ROUND_HALF_UP)


def pct(a, b):
    return q1(D(a) * 100 / D(b))


def growth(a, b):
    return q1((D(a) / D(b) - 1) * 100)


def n(x):
    """integer with thousands separators"""
    return f"{int(x):,}"


def d2(x):
    return f"{D(x):.2f}"


def p1(x):
    return f"{D(x):.1f}"


def parse(s):
    return D(s.replace(',', '').replace('%', '').strip())


# ------------------------------------------------------- breakdown registry
BDS = []
DECOYS = []


class BD:
    def __init__(self, file, check, total, parts, labels, unit, where, note,
                 planted=False, parts_unit=None, signs=None, total_label=None):
        self.i = len(BDS)
        BDS.append(self)
        self.file, self.check = file, check
        self.total, self.parts, self.labels = total, list(parts), list(labels)
        self.unit, self.parts_unit = unit, parts_unit or unit
        self.signs = signs or [1] * len(self.parts)
        self.where, self.note, self.planted = where, note, planted
        self.total_label = total_label
        self.pages = {'T': set(), 'P': set()}
        self.seen = {'T': [], 'P': []}

    @property
    def t(self):
        return f"\x01T{self.i}\x02"

    @property
    def p(self):
        return f"\x01P{self.i}\x02"


def decoy(file, text, why):
    i = len(DECOYS)
    DECOYS.append(dict(file=file, text=text, why_not_an_error=why, _pages=set()))
    return f"\x01X{i}\x02"


MRE = re.compile(r'\x01([TPX])(\d+)\x02')
NUMRE = re.compile(r'[0-9][0-9,]*(?:\.[0-9]+)?')


def strip(s):
    marks, clean, last = [], '', 0
    for m in MRE.finditer(s):
        clean += s[last:m.start()]
        marks.append((len(clean), m.group(1), int(m.group(2))))
        last = m.end()
    clean += s[last:]
    return clean, marks


def record(clean, pos, kind, idx, page):
    if kind == 'X':
        DECOYS[idx]['_pages'].add(page)
        return
    b = BDS[idx]
    b.pages[kind].add(page)
    m = NUMRE.match(clean, pos)
    b.seen[kind].append(m.group() if m else None)


# ---------------------------------------------------------------- layout
ASC = re.compile(r'[A-Za-z0-9.,%+\-]+')
NOSTART = set('，。、；：？！）》”’%…·')
NOEND = set('（《“‘')


def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        m = ASC.match(s, i)
        if m:
            toks.append((m.group(), i))
            i = m.end()
        else:
            toks.append((s[i], i))
            i += 1
    return toks


def is_cjk(ch):
    return '\u3400' <= ch <= '\u9fff'


class Doc:
    def __init__(self, path, fname, margins, body, leading, header_fn, footer_fn, title, author):
        L, R, T, B = margins
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.fname = fname
        self.L, self.R, self.W = L, PW - R, PW - R - L
        self.top, self.bottom = PH - T, B
        self.bs, self.ld = body, leading
        self.header_fn, self.footer_fn = header_fn, footer_fn
        self.page, self.y = 1, self.top
        self.breaks = []

    # -- page handling
    def finish_page(self):
        self.header_fn(self)
        self.footer_fn(self)

    def new_page(self):
        self.finish_page()
        self.c.showPage()
        self.page += 1
        self.y = self.top

    def save(self):
        self.finish_page()
        self.c.save()
        return self.page

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    # -- primitive text
    def text(self, x, y, s, size, bold=False):
        clean, marks = strip(s)
        for pos, k, i in marks:
            record(clean, pos, k, i, self.page)
        if bold:
            self.c.saveState()
        t = self.c.beginText()
        t.setTextOrigin(x, y)
        t.setFont(FONT, size)
        if bold:
            self.c.setLineWidth(size * 0.035)
            t.setTextRenderMode(2)
        t.textOut(clean)
        self.c.drawText(t)
        if bold:
            self.c.restoreState()
        return clean

    def width(self, s, size):
        return sw(strip(s)[0], size)

    def center(self, s, size, bold=False, leading=None):
        leading = leading or size * 1.6
        self.ensure(leading)
        self.y -= leading
        self.text(self.L + (self.W - self.width(s, size)) / 2, self.y, s, size, bold)

    def right(self, s, size, leading=None, xr=None):
        leading = leading or size * 1.6
        self.ensure(leading)
        self.y -= leading
        xr = xr if xr is not None else self.R
        self.text(xr - self.width(s, size), self.y, s, size)

    # -- justified CJK paragraph (Word-like: breaks wherever the width ends)
    def para(self, s, size=None, leading=None, indent=2, align='justify', bold=False,
             keep=0, left=0, after=0):
        size = size or self.bs
        leading = leading or self.ld
        clean, marks = strip(s)
        markat = defaultdict(list)
        for pos, k, i in marks:
            markat[pos].append((k, i))
        toks = tokenize(clean)
        full = self.W - left
        lines, cur, curw = [], [], 0.0
        avail, ind = full - indent * size, indent * size
        for tok in toks:
            w = sw(tok[0], size)
            if not cur and tok[0] == ' ':
                continue
            if curw + w <= avail + 0.01:
                cur.append(tok)
                curw += w
                continue
            carry = []
            if tok[0][0] in NOSTART and cur:
                while cur and cur[-1][0] == ' ':
                    cur.pop()
                if cur:
                    carry = [cur.pop()]
            elif cur and cur[-1][0] in NOEND:
                carry = [cur.pop()]
            while cur and cur[-1][0] == ' ':
                cur.pop()
            lines.append((cur, ind, avail))
            cur = [t for t in carry] + ([tok] if tok[0] != ' ' else [])
            curw = sum(sw(t[0], size) for t in cur)
            ind, avail = 0, full
        while cur and cur[-1][0] == ' ':
            cur.pop()
        lines.append((cur, ind, avail))
        if keep:
            self.ensure(leading * min(len(lines), 2) + keep)
        for li, (ln, ind, avail) in enumerate(lines):
            if self.y - leading < self.bottom:
                self.new_page()
            self.y -= leading
            nat = sum(sw(t[0], size) for t in ln)
            last = li == len(lines) - 1
            gap = 0.0
            x = self.L + left + ind
            if align == 'justify' and not last and len(ln) > 1:
                gap = (avail - nat) / (len(ln) - 1)
            elif align == 'center':
                x = self.L + left + (full - nat) / 2
            elif align == 'right':
                x = self.L + left + full - nat
            if bold:
                self.c.saveState()
                self.c.setLineWidth(size * 0.035)
            t = self.c.beginText()
            t.setFont(FONT, size)
            if bold:
                t.setTextRenderMode(2)
            for tok, pos in ln:
                for p in range(pos, pos + len(tok)):
                    for k, i in markat.get(p, ()):
                        record(clean, p, k, i, self.page)
                t.setTextOrigin(x, self.y)
                t.textOut(tok)
                x += sw(tok, size) + gap
            self.c.drawText(t)
            if bold:
                self.c.restoreState()
            if not last:
                nxt = lines[li + 1][0]
                self.breaks.append((self.page, ''.join(t[0] for t in ln)[-8:],
                                    ''.join(t[0] for t in nxt)[:8]))
        self.y -= after

    # -- ruled table; repeats caption + header when it crosses a page
    def table(self, caption, unit, cols, header, rows, cont_caption, size=10.5,
              rowh=20.0, headh=34.0, together=False):
        c = self.c
        tw = sum(w for w, _ in cols)
        x0 = self.L + (self.W - tw) / 2
        pages = set()

        def cap(text):
            self.y -= 24
            self.text(self.L + (self.W - self.width(text, size + 1.5)) / 2, self.y, text, size + 1.5, True)
            self.y -= 16
            self.text(x0 + tw - sw(unit, size - 1), self.y, unit, size - 1)
            self.y -= 6

        def cells(top, h, vals, level=0, bold=False, head=False):
            x = x0
            c.setLineWidth(0.6)
            for j, (w, al) in enumerate(cols):
                c.rect(x, top - h, w, h, stroke=1, fill=0)
                lines = vals[j].split('\n')
                lg = size * 1.25
                for k, line in enumerate(lines):
                    ymid = top - (h - len(lines) * lg) / 2 - lg * (k + 0.5)
                    base = ymid - size * 0.36
                    wd = self.width(line, size)
                    a = 'c' if head else al
                    if a == 'l':
                        xx = x + 4 + level * size * 2
                    elif a == 'r':
                        xx = x + w - 5 - wd
                    else:
                        xx = x + (w - wd) / 2
                    self.text(xx, base, line, size, bold)
                x += w

        def outer(top, bot):
            c.setLineWidth(1.2)
            c.rect(x0, bot, tw, top - bot, stroke=1, fill=0)

        self.ensure(24 + 16 + 6 + headh + (len(rows) if together else 3) * rowh)
        cap(caption)
        seg_top = self.y
        cells(self.y, headh, header, head=True)
        self.y -= headh
        pages.add(self.page)
        for r in rows:
            if self.y - rowh < self.bottom:
                outer(seg_top, self.y)
                self.new_page()
                cap(cont_caption)
                seg_top = self.y
                cells(self.y, headh, header, head=True)
                self.y -= headh
            cells(self.y, rowh, r['cells'], r.get('level', 0), r.get('bold', False))
            pages.add(self.page)
            self.y -= rowh
        outer(seg_top, self.y)
        self.y -= 8
        return pages


# =================================================================== PDF 1
# 青岚县 2024年财政预算执行情况和2025年预算草案的报告 (amounts in 万元)
REV = [
    ('税收收入', [('增值税', 36000, 37215, 35420),
              ('企业所得税', 14500, 14862, 13970),
              ('个人所得税', 4200, 4108, 3986),
              ('其他税收', 31300, 32045, 30612)]),
    ('非税收入', [('专项收入', 12800, 13426, 12305),
              ('行政事业性收费收入', 6400, 6118, 6530),
              ('罚没收入', 3600, 3892, 4215),
              ('国有资源（资产）有偿使用收入', 16200, 16790, 14880)]),
]
# planted P1: 企业所得税 执行数 printed with two digits transposed (14,862 -> 14,682)
REV_PRINT_OVR = {'企业所得税': 14682}

EXP = [  # name, budget, actual, prior
    ('一般公共服务支出', 32000, 31486, 30215),
    ('公共安全支出', 12500, 12260, 11874),
    ('教育支出', 72000, 71835, 68420),
    ('科学技术支出', 3800, 3652, 3210),
    ('文化旅游体育与传媒支出', 5600, 5418, 5902),
    ('社会保障和就业支出', 66500, 67204, 63185),
    ('卫生健康支出', 41000, 40872, 38650),
    ('节能环保支出', 9800, 9315, 10248),
    ('城乡社区支出', 23500, 22960, 24730),
    ('农林水支出', 62000, 61530, 58964),
    ('交通运输支出', 14200, 13875, 12910),
    ('资源勘探工业信息等支出', 6200, 5874, 5321),
    ('自然资源海洋气象等支出', 4100, 3986, 3540),
    ('住房保障支出', 10600, 10482, 9976),
    ('灾害防治及应急管理支出', 4300, 4156, 3820),
    ('债务付息支出', 9600, 9575, 8760),
    ('其他支出', 8000, None, 7420),
]


def exp_shares(rows):
    tot = sum(r[2] for r in rows)
    return tot, [pct(r[2], tot) for r in rows]


# choose 其他支出 执行数 (deterministically) so that the rounded 占比 column adds to exactly 100.0
_other = 7650
while True:
    _rows = [(a, b, (c if c is not None else _other), d) for a, b, c, d in EXP]
    _tot, _sh = exp_shares(_rows)
    if sum(_sh) == D('100.0'):
        break
    _other += 1
EXP = _rows
EXP_TOT, EXP_SH = _tot, _sh
# planted P2: 教育支出 占比 misprinted (true value asserted below)
SHARE_PLANT_ROW = '教育支出'

DEBT = {  # 亿元: 年初, 新增, 偿还
    '一般债务': (D('18.62'), D('2.35'), D('1.48')),
    '专项债务': (D('31.75'), D('6.80'), D('0.92')),
}
# planted P3/P4: the 年末余额 of the two rows are misprinted by +0.45 / -0.45
# (一般 19.49 printed 19.94 - digits transposed; 专项 37.63 printed 37.18), so the
# 年末 column still adds to the correct 合计 57.12 and only the two rows fail to close.
DEBT_END_PRINT = {'一般债务': D('19.94'), '专项债务': D('37.18')}
DEBT_LIMIT = D('62.30')


def build_pdf1():
    F = FILE1
    # ---------------- revenue table data
    rev_rows = []
    groups = []
    for gname, subs in REV:
        gb = sum(s[1] for s in subs)
        ga = sum(s[2] for s in subs)
        gp = sum(s[3] for s in subs)
        gi = len(rev_rows)
        rev_rows.append(dict(label=gname, level=0, b=gb, a=ga, ap=ga, p=gp))
        si = []
        for nm, b, a, p in subs:
            si.append(len(rev_rows))
            rev_rows.append(dict(label=nm, level=1, b=b, a=a, ap=REV_PRINT_OVR.get(nm, a), p=p))
        groups.append((gi, si))
    tb = sum(rev_rows[g]['b'] for g, _ in groups)
    ta = sum(rev_rows[g]['a'] for g, _ in groups)
    tp = sum(rev_rows[g]['p'] for g, _ in groups)
    rev_tot_i = len(rev_rows)
    rev_rows.append(dict(label='合计', level=0, b=tb, a=ta, ap=ta, p=tp, bold=True))
    for r in rev_rows:
        r['cells'] = [r['label'], n(r['b']), n(r['ap']), p1(pct(r['ap'], r['b'])), p1(growth(r['ap'], r['p']))]
    mk1 = defaultdict(str)  # (row, col) -> markers

    def tbd(mk, rows, tot_i, part_is, col, colname, where, note, planted=False, unit='万元'):
        b = BD(F, 'sum', rows[tot_i]['cells'][col], [rows[i]['cells'][col] for i in part_is],
               [rows[i]['cells'][0] for i in part_is], unit, where, note, planted,
               total_label=rows[tot_i]['cells'][0])
        mk[(tot_i, col)] += b.t
        for i in part_is:
            mk[(i, col)] += b.p
        return b

    for gi, si in groups:
        for col, cn in ((1, '预算数'), (2, '执行数')):
            pl = (gi == 0 and col == 2)
            tbd(mk1, rev_rows, gi, si, col, cn, f'表1 {rev_rows[gi]["label"]} {cn}: sub-rows vs parent row',
                ('PLANTED: 企业所得税 执行数 printed 14,682 (true 14,862, digits 8/6 transposed); '
                 'sub-rows add to 88,050 but 税收收入 shows 88,230' if pl else
                 f'sub-rows add to the {rev_rows[gi]["label"]} row'), planted=pl)
    for col, cn in ((1, '预算数'), (2, '执行数')):
        tbd(mk1, rev_rows, rev_tot_i, [g for g, _ in groups], col, cn, f'表1 合计 {cn}: 税收收入 + 非税收入',
            '税收收入 + 非税收入 = 合计')
    rv = rev_rows[rev_tot_i]
    tax, ntx = rev_rows[groups[0][0]], rev_rows[groups[1][0]]
    vat = rev_rows[groups[0][1][0]]

    # ---------------- expenditure table data
    exp_rows = []
    for (nm, b, a, p), sh in zip(EXP, EXP_SH):
        printed_sh = sh
        if nm == SHARE_PLANT_ROW:
            assert sh == D('18.8'), sh
            printed_sh = D('16.8')
        exp_rows.append(dict(label=nm, b=b, a=a, p=p, sh=printed_sh,
                             cells=[nm, n(b), n(a), p1(pct(a, b)), p1(printed_sh), p1(growth(a, p))]))
    eb = sum(r['b'] for r in exp_rows)
    ea = sum(r['a'] for r in exp_rows)
    ep = sum(r['p'] for r in exp_rows)
    assert ea == EXP_TOT
    exp_tot_i = len(exp_rows)
    exp_rows.append(dict(label='合计', b=eb, a=ea, p=ep, bold=True,
                         cells=['合计', n(eb), n(ea), p1(pct(ea, eb)), '100.0', p1(growth(ea, ep))]))
    mk2 = defaultdict(str)
    idx = list(range(exp_tot_i))
    tbd(mk2, exp_rows, exp_tot_i, idx, 1, '预算数', '表2 合计 预算数: column sum', 'function rows add to 合计 (table crosses a page break)')
    tbd(mk2, exp_rows, exp_tot_i, idx, 2, '执行数', '表2 合计 执行数: column sum', 'function rows add to 合计 (table crosses a page break)')
    edu_a = next(r['a'] for r in exp_rows if r['label'] == '教育支出')
    bsh = BD(F, 'share', '100.0', [r['cells'][4] for r in exp_rows[:exp_tot_i]], [r['label'] for r in exp_rows[:exp_tot_i]],
             '%', '表2 占比(%) column', f'PLANTED: 教育支出 占比 printed 16.8 (true {n(edu_a)}/{n(ea)} = 18.8); column adds to {p1(sum(r["sh"] for r in exp_rows[:exp_tot_i]))} not 100.0',
             planted=True, total_label='合计 占比')
    mk2[(exp_tot_i, 4)] += bsh.t
    for i in idx:
        mk2[(i, 4)] += bsh.p

    def erow(label):
        return next(r for r in exp_rows if r['label'] == label)
    edu, ssj, hlt, agr = erow('教育支出'), erow('社会保障和就业支出'), erow('卫生健康支出'), erow('农林水支出')
    ms_labels = ['教育支出', '社会保障和就业支出', '卫生健康支出', '农林水支出', '住房保障支出', '文化旅游体育与传媒支出', '城乡社区支出']
    minsheng = sum(erow(l)['a'] for l in ms_labels)

    # ---------------- debt table data
    debt_rows = []
    for nm in ('一般债务', '专项债务'):
        o, a, r = DEBT[nm]
        debt_rows.append(dict(label=nm, v=[o, a, r, DEBT_END_PRINT[nm]], true_end=o + a - r))
    tot = [sum(dr['v'][k] for dr in debt_rows) for k in range(4)]
    assert tot[0] + tot[1] - tot[2] == tot[3]
    debt_rows.append(dict(label='合计', v=tot, bold=True))
    for dr in debt_rows:
        dr['cells'] = [dr['label']] + [d2(v) for v in dr['v']]
    mk3 = defaultdict(str)
    for i, dr in enumerate(debt_rows):
        pl = dr['label'] != '合计'
        note = ('PLANTED: 年初 + 新增 - 偿还 = %s but 年末余额 printed %s (the 一般/专项 年末 misprints are +0.45/-0.45 and '
                'offset, so the 合计 row and the 年末 column still close; two separate row errors)' % (d2(dr['true_end']), d2(dr['v'][3]))
                if pl else '合计 row closes: 年初 + 新增 - 偿还 = 年末')
        b = BD(F, 'balance', dr['cells'][4], dr['cells'][1:4], ['年初余额', '本年新增', '本年偿还'], '亿元',
               f'表3 {dr["label"]} row balance', note, planted=pl, signs=[1, 1, -1], total_label=dr['label'] + ' 年末余额')
        mk3[(i, 4)] += b.t
        for c in (1, 2, 3):
            mk3[(i, c)] += b.p
    for c, cn in ((1, '年初余额'), (2, '本年新增'), (3, '本年偿还'), (4, '年末余额')):
        tbd(mk3, debt_rows, 2, [0, 1], c, cn, f'表3 合计 {cn}: column sum', '一般债务 + 专项债务 = 合计' +
            ('; the two misprinted 年末 cells offset each other, so this column still adds' if c == 4 else ''),
            unit='亿元')
    dg, dz, dt = debt_rows

    # ---------------- balances (万元)
    sub, loan, carry = 251340, int(dg['v'][1] * 10000), 6500
    g_rev, g_bud, g_prior, land = 45600, 52000, 51350, 41200
    g_sub, g_loan, g_carry = 3860, int(dz['v'][1] * 10000), 2140
    g_exp, g_repay, g_out = 99300, int(dz['v'][2] * 10000), 10500
    g_tot = g_rev + g_sub + g_loan + g_carry
    g_next = g_tot - g_exp - g_repay - g_out
    assert g_next > 0
    s_rev, s_bud, s_exp = 2180, 2080, 616
    s_out = s_rev - s_exp
    transfer_in = g_out + s_out
    up, repay, stab = 8140, int(dg['v'][2] * 10000), 5000
    tot_in = ta + sub + loan + transfer_in + carry
    nxt = tot_in - ea - up - repay - stab
    assert 5000 < nxt < 20000, nxt
    ss_rev, ss_rbud, ss_exp, ss_ebud, ss_roll = 68950, 67800, 63420, 64100, 41860
    # 2025
    r25, tax25, sub25, loan25, tr25 = 135000, 95500, 238000, 18600, 13000
    tot25 = r25 + sub25 + loan25 + tr25 + nxt
    up25, rp25 = 8300, 16200
    e25 = tot25 - up25 - rp25
    pre25 = 3900
    edu25, ss25, hl25, ag25 = 74600, 70150, 42300, 62800

    # ---------------- prose breakdowns & repeats
    def rep(total_cell, mk, key, label, where, note='prose repeats the table figure exactly', planted=False, unit='万元', parts_unit=None):
        b = BD(F, 'repeat', total_cell, [None], [label + '（正文）'], unit, where, note, planted,
               parts_unit=parts_unit, total_label=label + '（表）')
        if mk is not None:
            mk[key] += b.t
        return b

    def fill(b, printed):
        b.parts = [printed]
        return b

    r_rev = fill(rep(rv['cells'][2], mk1, (rev_tot_i, 2), '一般公共预算收入', '§(一) para 1 vs 表1 合计 执行数'), n(ta))
    r_tax = fill(rep(tax['cells'][2], mk1, (groups[0][0], 2), '税收收入', '§(一) para 1 vs 表1 税收收入 执行数'), n(tax['a']))
    r_ntx = fill(rep(ntx['cells'][2], mk1, (groups[1][0], 2), '非税收入', '§(一) para 1 vs 表1 非税收入 执行数'), n(ntx['a']))
    r_vat = fill(rep(vat['cells'][2], mk1, (groups[0][1][0], 2), '增值税', '§(一) para 1 vs 表1 增值税 执行数'), n(vat['a']))
    b_rev = BD(F, 'sum', n(ta), [n(tax['a']), n(ntx['a'])], ['税收收入', '非税收入'], '万元', '§(一) para 1 prose',
               '其中 names both parts, which add to the total')
    r_exp = fill(rep(exp_rows[exp_tot_i]['cells'][2], mk2, (exp_tot_i, 2), '一般公共预算支出', '§(一) 支出 para vs 表2 合计 执行数'), n(ea))
    ri = {l: next(i for i, r in enumerate(exp_rows) if r['label'] == l) for l in ('教育支出', '社会保障和就业支出', '卫生健康支出', '农林水支出')}
    r_edu = fill(rep(edu['cells'][2], mk2, (ri['教育支出'], 2), '教育支出', '§(一) 主要科目 para vs 表2'), n(edu['a']))
    r_ssj = fill(rep(ssj['cells'][2], mk2, (ri['社会保障和就业支出'], 2), '社会保障和就业支出', '§(一) 主要科目 para vs 表2'), n(ssj['a']))
    r_ssh = fill(rep(ssj['cells'][4], mk2, (ri['社会保障和就业支出'], 4), '社会保障和就业支出占比', '§(一) 主要科目 para vs 表2 占比', unit='%'), p1(ssj['sh']))
    r_hlt = fill(rep(hlt['cells'][2], mk2, (ri['卫生健康支出'], 2), '卫生健康支出', '§(一) 主要科目 para vs 表2'), n(hlt['a']))
    r_agr = fill(rep(agr['cells'][2], mk2, (ri['农林水支出'], 2), '农林水支出', '§(一) 主要科目 para vs 表2'), n(agr['a']))
    b_in = BD(F, 'sum', n(tot_in), [n(ta), n(sub), n(loan), n(transfer_in), n(carry)],
              ['一般公共预算收入', '上级补助收入', '债务转贷收入', '调入资金', '上年结转'], '万元', '§(一) 收支平衡 para', '收入总计 = listed sources')
    b_out = BD(F, 'sum', n(tot_in), [n(ea), n(up), n(repay), n(stab), n(nxt)],
               ['一般公共预算支出', '上解上级支出', '债务还本支出', '补充预算稳定调节基金', '结转下年支出'], '万元', '§(一) 收支平衡 para', '支出总计 = listed uses')
    b_gin = BD(F, 'sum', n(g_tot), [n(g_rev), n(g_sub), n(g_loan), n(g_carry)],
               ['政府性基金预算收入', '上级补助收入', '专项债务转贷收入', '上年结转'], '万元', '§(二) 政府性基金', '收入总计 = listed sources')
    b_gout = BD(F, 'sum', n(g_tot), [n(g_exp), n(g_repay), n(g_out), n(g_next)],
                ['政府性基金预算支出', '专项债务还本支出', '调出资金', '结转下年'], '万元', '§(二) 政府性基金', '支出总计 = listed uses')
    b_soe = BD(F, 'sum', n(s_rev), [n(s_exp), n(s_out)], ['国有资本经营预算支出', '调出至一般公共预算'], '万元',
               '§(三) 国有资本经营预算', '收入 fully used: 支出 + 调出 = 收入 (收支平衡)')
    b_ss = BD(F, 'balance', n(ss_rev - ss_exp), [n(ss_rev), n(ss_exp)], ['社会保险基金收入', '社会保险基金支出'], '万元',
              '§(四) 社会保险基金', '当年结余 = 收入 - 支出 (年末滚存结余 is cumulative, not checked)', signs=[1, -1])
    newt, newg, news = dt['v'][1], dg['v'][1], dz['v'][1]
    b_newb = BD(F, 'sum', d2(newt), [d2(newg), d2(news)], ['一般债券', '专项债券'], '亿元', '§(五) 政府债务 prose',
                '新增政府债券 = 一般债券 + 专项债券')
    r_dnew = fill(rep(dt['cells'][2], mk3, (2, 2), '新增政府债券', '§(五) prose vs 表3 合计 本年新增', unit='亿元'), d2(newt))
    r_dng = fill(rep(dg['cells'][2], mk3, (0, 2), '一般债券新增', '§(五) prose vs 表3 一般债务 本年新增', unit='亿元'), d2(newg))
    r_dns = fill(rep(dz['cells'][2], mk3, (1, 2), '专项债券新增', '§(五) prose vs 表3 专项债务 本年新增', unit='亿元'), d2(news))
    r_drp = fill(rep(dt['cells'][3], mk3, (2, 3), '偿还到期本金', '§(五) prose vs 表3 合计 本年偿还', unit='亿元'), d2(dt['v'][2]))
    r_dend = fill(rep(dt['cells'][4], mk3, (2, 4), '政府债务余额', '§(五) prose vs 表3 合计 年末余额', unit='亿元'), d2(dt['v'][3]))
    hn = [5860, 1240, 3120, 2380]
    b_hn = BD(F, 'sum', '1.26', [n(x) for x in hn], ['耕地地力保护补贴', '农机购置补贴', '生态公益林补偿', '其他惠农补贴'], '亿元',
              '§(六) 2 民生 para', 'total printed in 亿元, parts in 万元: 12,600万元 = 1.26亿元', parts_unit='万元')
    assert sum(hn) == 12600
    pb, pa = D('5.64'), D('5.31')
    b_gp = BD(F, 'balance', d2(pb - pa), [d2(pb), d2(pa)], ['政府采购预算金额', '实际采购金额'], '亿元', '§(六) 4 改革 para',
              '节约资金 = 预算 - 实际', signs=[1, -1])
    r_tax2 = BD(F, 'repeat', tax['cells'][2], [n(tax['a'])], ['税收收入（正文§六）'], '万元', '§(六) 1 vs 表1 税收收入 执行数',
                'prose repeats the table figure exactly', total_label='税收收入（表）')
    mk1[(groups[0][0], 2)] += r_tax2.t
    r_sub = BD(F, 'repeat', n(sub), [n(sub)], ['上级补助收入（§六）'], '万元', '§(六) 1 vs §(一) 收支平衡', 'prose repeats an earlier prose figure exactly',
               total_label='上级补助收入（§一）')
    r_carry = BD(F, 'repeat', n(nxt), [n(nxt)], ['2025年上年结转'], '万元', '2025草案 上年结转 vs 2024 结转下年支出',
                 '2025 上年结转 equals 2024 结转下年', total_label='2024年结转下年支出')
    b_in25 = BD(F, 'sum', n(tot25), [n(r25), n(sub25), n(loan25), n(tr25), n(nxt)],
                ['一般公共预算收入', '上级补助收入', '债务转贷收入', '调入资金', '上年结转'], '万元', '二、(一) 2025 收入总计', '收入总计 = listed sources')
    b_out25 = BD(F, 'sum', n(tot25), [n(e25), n(up25), n(rp25)], ['一般公共预算支出', '上解上级支出', '债务还本支出'], '万元',
                 '二、(一) 2025 支出总计', '支出总计 = listed uses')

    # ---------------- draw
    header_txt = '青岚县2024年财政预算执行情况和2025年预算草案的报告'

    def header(doc):
        if doc.page >= 2:
            doc.c.setLineWidth(0.5)
            doc.text(doc.L + (doc.W - sw(header_txt, 9)) / 2, PH - 44, header_txt, 9)
            doc.c.line(doc.L, PH - 49, doc.R, PH - 49)

    def footer(doc):
        s = f'— {doc.page} —'
        doc.text((PW - sw(s, 11)) / 2, 40, s, 11)

    doc = Doc(os.path.join(OUT, F), F, (72, 72, 76, 66), 12.5, 22, header, footer,
              '青岚县2024年财政预算执行情况和2025年预算草案的报告', '青岚县财政局')
    X = lambda text, why: decoy(F, text, why)

    doc.center('关于青岚县2024年财政预算执行情况', 19, True, 30)
    doc.center('和2025年预算草案的报告', 19, True, 30)
    doc.y -= 6
    doc.center('——2025年1月8日在青岚县第十八届人民代表大会第五次会议上', 12, False, 24)
    doc.center('县财政局局长　周文斌', 12, False, 22)
    doc.y -= 6
    doc.para('各位代表：', indent=0)
    doc.para('受县人民政府委托，现将青岚县2024年财政预算执行情况和2025年预算草案提请县第十八届人民代表大会第五次会议审议，'
             '并请县政协委员和其他列席人员提出意见。')
    doc.para('一、2024年财政预算执行情况', bold=True, keep=60)
    doc.para('2024年，全县财政部门坚持稳中求进工作总基调，全力以赴抓收入、保民生、促发展、防风险，财政运行总体平稳，'
             '较好地完成了县十八届人大四次会议确定的目标任务。')
    doc.para('（一）一般公共预算执行情况', bold=True, keep=60)
    doc.para(f'全县一般公共预算收入完成{b_rev.t}{r_rev.p}{n(ta)}万元，为预算的'
             f'{X("完成预算 102.8% (rate)", "rate = 执行数/预算数, not a sum")}{p1(pct(ta, tb))}%，比上年增长{p1(growth(ta, tp))}%，'
             f'{X("总量首次突破12亿元", "rounded threshold statement, not a figure to reconcile")}总量首次突破12亿元。其中，'
             f'税收收入{b_rev.p}{r_tax.p}{n(tax["a"])}万元，增长{p1(growth(tax["a"], tax["p"]))}%，'
             f'税收收入占一般公共预算收入的比重为{X("税收占比 68.7%", "ratio 税收/收入, a rate not a breakdown")}{p1(pct(tax["a"], ta))}%；'
             f'非税收入{b_rev.p}{r_ntx.p}{n(ntx["a"])}万元，增长{p1(growth(ntx["a"], ntx["p"]))}%。在主体税种中，'
             f'{X("其中增值税 37,215万元", "only one tax named; partial, no sum implied")}增值税完成{r_vat.p}{n(vat["a"])}万元，'
             f'增长{p1(growth(vat["a"], vat["p"]))}%。分项目收入执行情况见表1。')

    hdr1 = ['项目', '预算数', '执行数', '完成预算\n（%）', '比上年增长\n（%）']
    cols1 = [(184, 'l'), (64, 'r'), (64, 'r'), (62, 'r'), (66, 'r')]
    rows_draw = []
    for i, r in enumerate(rev_rows):
        cells = [mk1[(i, j)] + v for j, v in enumerate(r['cells'])]
        if i == rev_tot_i:
            cells[3] = X('表1 完成预算% column', 'execution rate per row, not additive') + cells[3]
        rows_draw.append(dict(cells=cells, level=r['level'], bold=r.get('bold', False)))
    t1pages = doc.table('表1　2024年青岚县一般公共预算收入执行情况表', '单位：万元', cols1, hdr1, rows_draw,
                        '表1　2024年青岚县一般公共预算收入执行情况表（续）', rowh=19.5, headh=32, together=True)
    assert len(t1pages) == 1, t1pages

    doc.para(f'全县一般公共预算支出完成{r_exp.p}{n(ea)}万元，为预算的{p1(pct(ea, eb))}%，比上年增长{p1(growth(ea, ep))}%。'
             f'{X("其中民生支出 (partial)", "民生支出 is one part of 支出; partial 其中, plus a rate")}其中，民生支出{n(minsheng)}万元，'
             f'占一般公共预算支出的{p1(pct(minsheng, ea))}%，财政支出结构持续优化。')
    doc.para(f'从主要支出科目看：教育支出{r_edu.p}{n(edu["a"])}万元，增长{p1(growth(edu["a"], edu["p"]))}%，'
             f'主要是落实义务教育教师工资待遇保障机制、改善农村学校办学条件；社会保障和就业支出{r_ssj.p}{n(ssj["a"])}万元，'
             f'增长{p1(growth(ssj["a"], ssj["p"]))}%，占一般公共预算支出的{r_ssh.p}{p1(ssj["sh"])}%，'
             f'主要是提高城乡居民基础养老金标准和困难群众救助补助标准；卫生健康支出{r_hlt.p}{n(hlt["a"])}万元，'
             f'增长{p1(growth(hlt["a"], hlt["p"]))}%；农林水支出{r_agr.p}{n(agr["a"])}万元，增长{p1(growth(agr["a"], agr["p"]))}%，'
             f'主要用于高标准农田建设、水利设施维修养护和巩固拓展脱贫攻坚成果。分功能科目支出执行情况见表2。')

    sanbao = [('保基本民生', 98460), ('保工资', 112380), ('保运转', 21650)]
    b_sb = BD(F, 'sum', n(sum(v for _, v in sanbao)), [n(v) for _, v in sanbao], [k for k, _ in sanbao], '万元',
              '§(一) 三保 para', '“三保”支出 = 保基本民生 + 保工资 + 保运转')
    doc.para(f'坚持党政机关过紧日子，严控一般性支出，{X("“三公”经费 1,086万元，下降8.3%", "single figure and a rate")}'
             f'全县“三公”经费支出1,086万元，比上年下降8.3%。兜牢基层“三保”底线，全年“三保”支出{b_sb.t}{n(sum(v for _, v in sanbao))}万元，'
             f'具体为：保基本民生{b_sb.p}{n(sanbao[0][1])}万元、保工资{b_sb.p}{n(sanbao[1][1])}万元、保运转{b_sb.p}{n(sanbao[2][1])}万元，'
             '各项工资和民生政策均按时足额兑现。')

    hdr2 = ['项目', '预算数', '执行数', '完成预算\n（%）', '占比\n（%）', '比上年\n增长（%）']
    cols2 = [(150, 'l'), (62, 'r'), (62, 'r'), (58, 'r'), (50, 'r'), (58, 'r')]
    rows_draw = []
    for i, r in enumerate(exp_rows):
        cells = [mk2[(i, j)] + v for j, v in enumerate(r['cells'])]
        rows_draw.append(dict(cells=cells, bold=r.get('bold', False)))
    t2pages = doc.table('表2　2024年青岚县一般公共预算支出执行情况表', '单位：万元', cols2, hdr2, rows_draw,
                        '表2　2024年青岚县一般公共预算支出执行情况表（续）')
    assert len(t2pages) == 2, t2pages

    doc.para(f'收支平衡情况：全县一般公共预算收入{b_in.p}{n(ta)}万元，加上上级补助收入{b_in.p}{r_sub.t}{n(sub)}万元、'
             f'债务转贷收入{b_in.p}{X("债务转贷收入 23,500万元 = 表3 一般债务新增 2.35亿元", "same amount in a different unit; consistent")}{n(loan)}万元、'
             f'调入资金{b_in.p}{X("调入资金 12,064万元 = 基金调出 10,500 + 国资调出 1,564", "implicit cross-fund consistency; holds")}{n(transfer_in)}万元、上年结转{b_in.p}{n(carry)}万元，收入总计{b_in.t}{n(tot_in)}万元；'
             f'一般公共预算支出{b_out.p}{n(ea)}万元，加上上解上级支出{b_out.p}{n(up)}万元、'
             f'债务还本支出{b_out.p}{X("债务还本支出 14,800万元 = 表3 一般债务偿还 1.48亿元", "same amount in a different unit; consistent")}{n(repay)}万元、'
             f'补充预算稳定调节基金{b_out.p}{n(stab)}万元、结转下年支出{b_out.p}{r_carry.t}{n(nxt)}万元，'
             f'支出总计{b_out.t}{n(tot_in)}万元。收支相抵，当年收支平衡。')

    doc.para('（二）政府性基金预算执行情况', bold=True, keep=60)
    doc.para(f'全县政府性基金预算收入完成{b_gin.p}{n(g_rev)}万元，为预算的{p1(pct(g_rev, g_bud))}%，'
             f'比上年下降{p1(-growth(g_rev, g_prior))}%，主要是土地出让收入减少。'
             f'{X("其中国有土地使用权出让收入 41,200万元", "single named part of 基金收入; partial")}其中，国有土地使用权出让收入{n(land)}万元。'
             f'政府性基金预算收入加上上级补助收入{b_gin.p}{n(g_sub)}万元、专项债务转贷收入{b_gin.p}{n(g_loan)}万元、'
             f'上年结转{b_gin.p}{n(g_carry)}万元，收入总计{b_gin.t}{n(g_tot)}万元；政府性基金预算支出{b_gout.p}{n(g_exp)}万元，'
             f'加上专项债务还本支出{b_gout.p}{n(g_repay)}万元、调出资金{b_gout.p}{n(g_out)}万元、结转下年{b_gout.p}{n(g_next)}万元，'
             f'支出总计{b_gout.t}{n(g_tot)}万元。')
    doc.para('（三）国有资本经营预算执行情况', bold=True, keep=60)
    doc.para(f'全县国有资本经营预算收入完成{b_soe.t}{n(s_rev)}万元，为预算的{p1(pct(s_rev, s_bud))}%。按照收支平衡原则，'
             f'当年安排国有资本经营预算支出{b_soe.p}{n(s_exp)}万元，调出至一般公共预算{b_soe.p}{n(s_out)}万元，收支平衡。')
    doc.para('（四）社会保险基金预算执行情况', bold=True, keep=60)
    doc.para(f'全县社会保险基金预算收入{b_ss.p}{n(ss_rev)}万元，完成预算的{p1(pct(ss_rev, ss_rbud))}%；'
             f'社会保险基金预算支出{b_ss.p}{n(ss_exp)}万元，完成预算的{p1(pct(ss_exp, ss_ebud))}%。收支相抵，'
             f'当年结余{b_ss.t}{n(ss_rev - ss_exp)}万元，'
             f'{X("年末滚存结余 41,860万元", "cumulative balance, not the current-year 结余")}年末滚存结余{n(ss_roll)}万元。')
    doc.para('（五）政府债务情况', bold=True, keep=60)
    doc.para(f'2024年，省财政厅转贷我县新增政府债券{b_newb.t}{r_dnew.p}{d2(newt)}亿元，其中一般债券{b_newb.p}{r_dng.p}{d2(newg)}亿元、'
             f'专项债券{b_newb.p}{r_dns.p}{d2(news)}亿元；全年偿还到期政府债务本金{r_drp.p}{d2(dt["v"][2])}亿元。截至2024年末，'
             f'全县政府债务余额{r_dend.p}{d2(dt["v"][3])}亿元，'
             f'{X("债务限额 62.30亿元", "a ceiling, not a balance")}控制在省核定的债务限额{d2(DEBT_LIMIT)}亿元以内，'
             f'债务风险总体可控。政府债务余额变动情况见表3。')
    hdr3 = ['项目', '年初余额', '本年新增', '本年偿还', '年末余额']
    cols3 = [(130, 'l'), (75, 'r'), (75, 'r'), (75, 'r'), (75, 'r')]
    rows_draw = [dict(cells=[mk3[(i, j)] + v for j, v in enumerate(r['cells'])], bold=r.get('bold', False))
                 for i, r in enumerate(debt_rows)]
    doc.table('表3　2024年青岚县政府债务余额变动情况表', '单位：亿元', cols3, hdr3, rows_draw,
              '表3　2024年青岚县政府债务余额变动情况表（续）')
    doc.para(f'{X("近三年累计化解 6.86亿元，其中2024年 2.15亿元", "cumulative vs this-year figure; partial")}'
             '近三年累计化解存量隐性债务6.86亿元，其中2024年化解2.15亿元，隐性债务化解任务按期完成。'
             '新增专项债券资金全部用于有一定收益的公益性项目，未发现挤占挪用情况。')

    doc.para('（六）落实县人大决议和财政重点工作情况', bold=True, keep=60)
    doc.para(f'1.全力以赴稳收增收。加强重点税源监控，完善综合治税协调机制，全年组织税收收入{r_tax2.p}{n(tax["a"])}万元。'
             f'积极向上争取，全年争取上级补助收入{r_sub.p}{n(sub)}万元，'
             f'{X("较上年增加约1.6亿元", "approximate (约)")}较上年增加约1.6亿元，有效缓解了财政收支矛盾。'
             '落实结构性减税降费政策，全年为各类经营主体减负约4,600万元。')
    doc.para(f'2.持续保障和改善民生。坚持尽力而为、量力而行，兜牢“三保”底线。发放惠农补贴资金{b_hn.t}1.26亿元，'
             f'分别为耕地地力保护补贴{b_hn.p}{n(hn[0])}万元、农机购置补贴{b_hn.p}{n(hn[1])}万元、'
             f'生态公益林补偿{b_hn.p}{n(hn[2])}万元、其他惠农补贴{b_hn.p}{n(hn[3])}万元，'
             f'{X("惠及农户近4.2万户", "approximate (近)")}惠及农户近4.2万户。')
    doc.para(f'3.支持经济高质量发展。统筹各类资金约2.3亿元支持县域产业发展，'
             f'{X("奖补 3,460万元，其中技术改造 1,280万元", "partial 其中")}兑现各类产业扶持奖补资金3,460万元，'
             '其中工业企业技术改造奖补1,280万元，助力规模以上工业增加值稳步增长。')
    doc.para(f'4.深化财政管理改革。全面实施预算绩效管理，对186个项目开展绩效目标审核，对32个重点项目开展事前绩效评估。'
             f'全年政府采购预算金额{b_gp.p}{d2(pb)}亿元，实际采购金额{b_gp.p}{d2(pa)}亿元，节约资金{b_gp.t}{d2(pb - pa)}亿元，'
             f'{X("节约率 5.9%", "rate 0.33/5.64")}节约率{p1(pct(pb - pa, pb))}%。')
    doc.para('各位代表，在看到成绩的同时，我们也清醒地认识到财政运行中还存在一些困难和问题：一是财政收入增长的基础还不稳固，'
             '税源结构较为单一；二是刚性支出持续增加，财政收支矛盾突出；三是部分项目资金绩效不够高，预算约束有待进一步加强。'
             '对此，我们将高度重视，采取有力措施加以解决。')

    doc.para('二、2025年预算草案', bold=True, keep=60)
    doc.para('2025年预算编制坚持以收定支、量入为出，坚持党政机关过紧日子，优先保障基本民生、工资发放和机构运转，'
             '集中财力保障县委、县政府重大决策部署落实。')
    doc.para('（一）一般公共预算', bold=True, keep=60)
    doc.para(f'2025年全县一般公共预算收入预期{b_in25.p}{n(r25)}万元，比2024年执行数增长{p1(growth(r25, ta))}%，'
             f'{X("2025 其中税收收入 95,500万元", "partial 其中")}其中税收收入{n(tax25)}万元。'
             f'加上上级补助收入{b_in25.p}{n(sub25)}万元、债务转贷收入{b_in25.p}{n(loan25)}万元、调入资金{b_in25.p}{n(tr25)}万元、'
             f'上年结转{b_in25.p}{r_carry.p}{n(nxt)}万元，收入总计{b_in25.t}{n(tot25)}万元。全县一般公共预算支出安排'
             f'{b_out25.p}{n(e25)}万元，加上上解上级支出{b_out25.p}{n(up25)}万元、债务还本支出{b_out25.p}{n(rp25)}万元，'
             f'支出总计{b_out25.t}{n(tot25)}万元，收支平衡。')
    doc.para(f'{X("重点支出安排如下 (partial list of 2025 支出)", "重点 items only; no total claimed")}重点支出安排如下：', keep=40)
    for s in (f'（1）教育支出{n(edu25)}万元，比2024年执行数增长{p1(growth(edu25, edu["a"]))}%；',
              f'（2）社会保障和就业支出{n(ss25)}万元，增长{p1(growth(ss25, ssj["a"]))}%；',
              f'（3）卫生健康支出{n(hl25)}万元，增长{p1(growth(hl25, hlt["a"]))}%；',
              f'（4）农林水支出{n(ag25)}万元，增长{p1(growth(ag25, agr["a"]))}%；',
              f'（5）安排预备费{n(pre25)}万元，占一般公共预算支出的{p1(pct(pre25, e25))}%。'):
        doc.para(s)
    doc.para('（二）政府性基金预算和国有资本经营预算', bold=True, keep=60)
    doc.para('2025年全县政府性基金预算收入预期43,800万元，政府性基金预算支出按照以收定支、专款专用的原则安排；'
             '国有资本经营预算收入预期2,260万元，按规定比例调入一般公共预算统筹使用。')

    doc.para('三、扎实做好2025年财政工作', bold=True, keep=60)
    doc.para('（一）聚力培植财源，夯实收入基础。坚持把招商引资、项目建设作为培植财源的主抓手，加强税源动态监控，'
             '依法依规组织收入，确保财政收入质量稳步提升。')
    doc.para('（二）优化支出结构，兜牢民生底线。严格落实“三保”支出优先顺序，持续压减一般性支出和非急需非刚性支出，'
             '集中财力办好民生实事。')
    doc.para('（三）防范化解风险，守牢安全底线。严格政府债务限额管理，足额安排偿债资金，坚决遏制新增隐性债务，'
             '加强库款运行监测，确保财政平稳运行。')
    doc.para('各位代表，做好2025年财政工作任务艰巨、责任重大。我们将在县委的坚强领导下，自觉接受县人大的法律监督、'
             '工作监督和县政协的民主监督，攻坚克难，真抓实干，为奋力谱写青岚高质量发展新篇章作出新的更大贡献！')
    pages = doc.save()
    return pages, doc.breaks


# =================================================================== PDF 2
def build_pdf2():
    F = FILE2
    alloc = [('产业发展', 2350), ('劳务协作', 560), ('乡村建设', 1280), ('人才交流', 190), ('社会事业', 480)]
    alloc_tot = sum(v for _, v in alloc)
    projects = [('1', '高山茶叶精深加工厂建设', '龙泉镇', 860, 1240),
                ('2', '肉牛标准化养殖小区', '石桥乡', 620, 835),
                ('3', '东西部协作帮扶车间（5个）', '多个乡镇', 450, 612),
                ('4', '和美乡村示范村基础设施', '清河村', 540, 386),
                ('5', '劳务技能实训基地', '县城', 395, 1080)]
    fund_sum = sum(p[3] for p in projects)
    fund_tot_printed = fund_sum + 30          # planted Q1: 合计 off by 30
    lead_tot = sum(p[4] for p in projects)
    labor = [('到东部省份就业', 4215), ('省内县外就业', 3806), ('县内就近就业', 4465)]
    labor_tot = sum(v for _, v in labor)
    poor = 5327
    sales = [('机关、企事业单位工会采购', 14260), ('商超、批发市场等市场化渠道', 15380), ('“832”平台及电商直播', 6560)]
    sales_yi = D(sum(v for _, v in sales)) / 10000
    assert sales_yi == D('3.62')
    inds = [('农产品加工类企业', 9, D('3.28'), D('3.28')),
            ('轻工制造类企业', 8, D('2.95'), D('2.59')),   # planted Q4: 2.95 printed 2.59
            ('文旅服务类企业', 6, D('2.23'), D('2.23'))]
    firms = sum(x[1] for x in inds)
    inv_tot = sum(x[2] for x in inds)
    cadres = [('我县选派', 35), ('滨江区选派', 18)]
    talents_tot = 156
    talents = [('教育人才', 72), ('医疗人才', 61), ('农技人才', 21)]   # planted Q2: adds to 154
    pairs = [('村村（村企）结对', 86), ('校校结对', 32), ('院院结对', 9)]
    donate = [('捐款', 980), ('捐物折价', 385)]

    tcells = [[p[0], p[1], p[2], n(p[3]), n(p[4])] for p in projects]
    tcells.append(['合计', '', '', n(fund_tot_printed), n(lead_tot)])
    mk = defaultdict(str)
    TI = len(projects)
    bq1 = BD(F, 'sum', tcells[TI][3], [r[3] for r in tcells[:TI]], [r[1] for r in tcells[:TI]], '万元',
             '表1 援助资金（万元） column', f'PLANTED: project rows add to {n(fund_sum)} but 合计 printed {n(fund_tot_printed)}',
             planted=True, total_label='合计')
    blead = BD(F, 'sum', tcells[TI][4], [r[4] for r in tcells[:TI]], [r[1] for r in tcells[:TI]], '人',
               '表1 带动脱贫人口（人） column', 'project rows add to 合计', total_label='合计')
    for b, col in ((bq1, 3), (blead, 4)):
        mk[(TI, col)] += b.t
        for i in range(TI):
            mk[(i, col)] += b.p
    ba = BD(F, 'sum', n(alloc_tot), [n(v) for _, v in alloc], [k for k, _ in alloc], '万元', '§一 para 1 (分别用于)',
            '分别用于 list adds to 到位 total')
    bl = BD(F, 'sum', n(labor_tot), [n(v) for _, v in labor], [k for k, _ in labor], '人', '§二 para 1 (按就业地域分)',
            '省外/省内/就近 add to 转移就业 total (其中脱贫人口 is a separate partial figure)')
    bs = BD(F, 'sum', '3.62', [n(v) for _, v in sales], [k for k, _ in sales], '亿元', '§三 para 1 (销售渠道)',
            'total in 亿元, channels in 万元: 36,200万元 = 3.62亿元', parts_unit='万元')
    bfirm = BD(F, 'sum', str(firms), [str(x[1]) for x in inds], [x[0] for x in inds], '家', '§四 如下 list: 企业家数',
               'company counts add to 23')
    binv = BD(F, 'sum', d2(inv_tot), [d2(x[3]) for x in inds], [x[0] for x in inds], '亿元', '§四 如下 list: 实际到位投资',
              'PLANTED: 轻工制造类 printed 2.59 (true 2.95, digits transposed); items add to 8.10 not 8.46', planted=True)
    bq3 = BD(F, 'repeat', tcells[0][3], [n(680)], ['茶叶加工厂援助资金（正文）'], '万元', '§四 para vs 表1 row 1 援助资金',
             'PLANTED: prose says the tea factory used 680万元 of aid, 表1 row 1 shows 860', planted=True,
             total_label='高山茶叶精深加工厂建设（表1）')
    mk[(0, 3)] += bq3.t
    brl = BD(F, 'repeat', tcells[0][4], [n(1240)], ['茶叶加工厂带动脱贫人口（正文）'], '人', '§四 para vs 表1 row 1 带动脱贫人口',
             'prose repeats the table figure exactly', total_label='高山茶叶精深加工厂建设（表1）')
    mk[(0, 4)] += brl.t
    br2 = BD(F, 'repeat', tcells[1][3], [n(620)], ['肉牛养殖小区援助资金（正文）'], '万元', '§四 para vs 表1 row 2 援助资金',
             'prose repeats the table figure exactly', total_label='肉牛标准化养殖小区（表1）')
    mk[(1, 3)] += br2.t
    bc = BD(F, 'sum', str(sum(v for _, v in cadres)), [str(v) for _, v in cadres], [k for k, _ in cadres], '名',
            '§五 双向挂职干部', 'two directions add to 53')
    bt = BD(F, 'sum', str(talents_tot), [str(v) for _, v in talents], [k for k, _ in talents], '名', '§五 专业技术人才 (分别为)',
            'PLANTED: 分别为 教育72 + 医疗61 + 农技21 = 154, total printed 156', planted=True)
    bp = BD(F, 'sum', str(sum(v for _, v in pairs)), [str(v) for _, v in pairs], [k for k, _ in pairs], '对', '§六 结对关系 (分别为)',
            'pairings add to 127')
    bd = BD(F, 'sum', n(sum(v for _, v in donate)), [n(v) for _, v in donate], [k for k, _ in donate], '万元', '§六 社会帮扶',
            '捐款 + 捐物折价 = 1,365')

    def footer(doc):
        s = f'- {doc.page} -'
        doc.text((PW - sw(s, 10.5)) / 2, 42, s, 10.5)

    doc = Doc(os.path.join(OUT, F), F, (90, 90, 72, 72), 12, 23, lambda d: None, footer,
              '云岭县2024年东西部协作工作总结', 'ylx')
    X = lambda text, why: decoy(F, text, why)
    doc.center('云岭县2024年东西部协作工作总结', 18, True, 30)
    doc.y -= 14
    doc.para('省东西部协作考核组：', indent=0)
    doc.para('2024年，云岭县坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，'
             '认真落实党中央、国务院关于东西部协作的决策部署，在东海市滨江区的倾力帮扶下，围绕巩固拓展脱贫攻坚成果同乡村振兴'
             '有效衔接，聚焦资金援助、劳务协作、消费帮扶、产业合作、人才交流等重点任务，推动东西部协作走深走实。'
             '现将全年工作情况总结如下：')
    doc.para('一、财政援助资金使用管理情况', bold=True, keep=50)
    a = {k: v for k, v in alloc}
    doc.para(f'全年滨江区到位财政援助资金 {ba.t}{n(alloc_tot)} 万元，较上年增长 6.8%，资金到位率100%，'
             f'分别用于产业发展 {ba.p}{n(a["产业发展"])} 万元、劳务协作{ba.p}{n(a["劳务协作"])}万元、乡村建设 '
             f'{ba.p}{n(a["乡村建设"])} 万元、人才交流{ba.p}{n(a["人才交流"])}万元、社会事业 {ba.p}{n(a["社会事业"])} 万元。'
             f'{X("协作以来累计到位 1.86 亿元", "cumulative (累计) vs this year 4,860万元")}协作以来累计到位财政援助资金 1.86 亿元。'
             f'全年实施援助项目 42 个，截至12月底已完工 38 个，{X("完工率 90.5%", "rate 38/42")}完工率 90.5%。'
             f'严格执行“一项目一方案一档案”管理，{X("撬动社会资本约 1.1 亿元", "approximate (约)")}项目资金撬动社会资本约 1.1 亿元。'
             '重点项目安排情况见表1。')
    assert pct(38, 42) == D('90.5')
    cols = [(34, 'c'), (150, 'l'), (66, 'c'), (75, 'r'), (80, 'r')]
    hdr = ['序号', '项目名称', '实施地点', '援助资金\n（万元）', '带动脱贫\n人口（人）']
    rows = [dict(cells=[mk[(i, j)] + v for j, v in enumerate(r)], bold=(i == TI)) for i, r in enumerate(tcells)]
    rows[TI]['cells'][0] = rows[TI]['cells'][0]
    doc.table('表1　2024年东西部协作财政援助资金重点项目表', '', cols, hdr, rows, '表1（续）', size=10.5, rowh=21, headh=36)
    doc.para(f'{X("表1 重点项目 合计 vs 全年 4,860 万元", "表1 lists 重点 projects only; its 合计 is not the 4,860 total")}'
             '项目实施中，县东西部协作工作领导小组办公室会同财政、审计部门开展资金使用专项检查 2 次，发现并整改问题 7 个，'
             '未发现挤占挪用援助资金问题，资金使用绩效评价等次均为良好以上。')
    doc.para('二、劳务协作情况', bold=True, keep=50)
    lb = {k: v for k, v in labor}
    doc.para(f'坚持“输出一人、就业一人、增收一户”，全年帮助农村劳动力转移就业{bl.t}{n(labor_tot)}人，'
             f'{X("其中脱贫人口 5,327 人，占比 42.7%", "partial 其中 and a rate")}其中脱贫人口 {n(poor)} 人，占比 {p1(pct(poor, labor_tot))}%。'
             f'按就业地域分，到东部省份就业{bl.p}{n(lb["到东部省份就业"])} 人、省内县外就业 {bl.p}{n(lb["省内县外就业"])} 人、'
             f'县内就近就业{bl.p}{n(lb["县内就近就业"])}人，{X("省外就业占比 33.8%", "rate")}省外就业占比 '
             f'{p1(pct(lb["到东部省份就业"], labor_tot))}%。')
    doc.para(f'举办东西部劳务协作专场招聘会 26 场，开展订单式、定向式技能培训 68 期、培训 3,420 人次。'
             f'{X("新建 12 个 / 累计 47 个帮扶车间; 吸纳 860 人其中脱贫 318 人", "cumulative vs new; partial 其中")}'
             '新建帮扶车间 12 个，累计认定帮扶车间 47 个，吸纳就业 860 人，其中脱贫人口 318 人。')
    doc.para('三、消费帮扶情况', bold=True, keep=50)
    sl = [v for _, v in sales]
    doc.para(f'全年帮助销售云岭县农特产品{bs.t}3.62 亿元，同比增长 18.4%。从销售渠道看，通过东部地区机关、企事业单位工会采购'
             f'{bs.p}{n(sl[0])}万元，通过东部商超、批发市场等市场化渠道销售 {bs.p}{n(sl[1])} 万元，通过“832”平台及电商直播销售'
             f'{bs.p}{n(sl[2])} 万元。在滨江区设立消费帮扶专馆（专柜）9 个，认定消费帮扶产品 186 个，'
             f'{X("带动近 2,000 户", "approximate (近)")}带动近 2,000 户农户增收。')
    doc.para('四、产业合作情况', bold=True, keep=50)
    doc.para(f'全年引导{bfirm.t}{firms} 家东部企业到我县落地投资，实际到位投资{binv.t}{d2(inv_tot)} 亿元，按行业分如下：', keep=60)
    nums = ['（一）', '（二）', '（三）']
    for k, (nm, cnt, _, pr) in enumerate(inds):
        sep1 = ' ' if k == 1 else ''
        end = '。' if k == 2 else '；'
        unit = '亿元' if k == 2 else ' 亿元'
        doc.para(f'{nums[k]}{nm}{bfirm.p}{cnt} 家，实际到位投资{sep1}{binv.p}{d2(pr)}{unit}{end}')
    doc.para(f'依托援助资金建设的龙泉镇高山茶叶精深加工厂使用援助资金{bq3.p}680 万元，已于9月建成投产，年加工能力 1,500 吨，'
             f'带动{brl.p}{n(1240)} 名脱贫人口增收；石桥乡肉牛标准化养殖小区投入援助资金 {br2.p}620 万元，'
             f'{X("存栏肉牛 1,500 余头", "approximate (余)")}存栏肉牛 1,500 余头。共建东西部协作产业园区 2 个，'
             f'{X("入园企业 17 家，其中东部企业 11 家", "partial 其中")}入园企业 17 家，其中东部企业 11 家。')
    doc.para('五、人才交流情况', bold=True, keep=50)
    doc.para(f'双向选派挂职干部{bc.t}{sum(v for _, v in cadres)} 名，其中我县选派{bc.p}{cadres[0][1]} 名干部到滨江区挂职锻炼、'
             f'滨江区选派{bc.p}{cadres[1][1]} 名干部来县挂职。滨江区全年选派专业技术人才{bt.t}{talents_tot} 名来县开展支医支教支农，'
             f'分别为教育人才{bt.p}{talents[0][1]} 名、医疗人才 {bt.p}{talents[1][1]} 名、农技人才{bt.p}{talents[2][1]} 名；'
             '我县选派 94 名专业技术人才赴滨江区跟岗学习。全年培训党政干部 1,260 人次、专业技术人才 3,840 人次。'
             f'{X("累计互派专业技术人才 468 名", "cumulative (累计)")}协作以来累计互派专业技术人才 468 名。')
    doc.para('六、携手促振兴情况', bold=True, keep=50)
    doc.para(f'深化“携手兴乡村”行动，全年新增结对关系{bp.t}{sum(v for _, v in pairs)} 对，分别为村村（村企）结对{bp.p}{pairs[0][1]} 对、'
             f'校校结对 {bp.p}{pairs[1][1]} 对、院院结对{bp.p}{pairs[2][1]} 对，'
             f'{X("62 个脱贫村结对全覆盖", "coverage statement; 62 is not a part of 127")}实现全县 62 个脱贫村结对帮扶全覆盖。'
             f'动员东部社会力量捐款捐物折合{bd.t}{n(1365)} 万元，其中捐款 {bd.p}{n(donate[0][1])} 万元、捐物折价{bd.p}{n(donate[1][1])} 万元，'
             '全部用于助学、助医和村级公益设施建设。')
    assert sum(v for _, v in donate) == 1365
    doc.para('七、存在的问题和下步打算', bold=True, keep=50)
    doc.para('一是产业协作层次还不够高，落地企业以初加工为主，精深加工和品牌打造不足；二是劳务协作稳岗率有待提升，'
             '部分返乡人员再就业渠道较窄；三是消费帮扶产品标准化、品牌化程度不高。2025年，我县将进一步加强与滨江区的沟通对接，'
             '聚焦产业协作、劳务协作和消费帮扶，推动东西部协作由“输血”向“造血”转变，为全面推进乡村振兴作出新的贡献。')
    doc.y -= 18
    doc.right('云岭县东西部协作工作领导小组办公室', 12, 24, doc.R - 12)
    doc.right('2025年1月10日', 12, 24, doc.R - 60)
    pages = doc.save()
    return pages, doc.breaks


# =================================================================== main
def fmt_like(v, total_str, places):
    if v != v.quantize(D(1).scaleb(-places)):
        return str(v.normalize())
    s = f"{v:,.{places}f}" if (',' in total_str or abs(v) >= 10000) else f"{v:.{places}f}"
    return s


UNITF = {'万元': D(1), '亿元': D(10000)}


def main():
    p1n, br1 = build_pdf1()
    p2n, br2 = build_pdf2()
    out = []
    for b in BDS:
        # verify that what was drawn after each marker is exactly what expected.json says
        assert len(b.pages['T']) == 1 and len(b.seen['T']) == 1, (b.i, b.where, b.seen)
        assert b.seen['T'][0] == b.total.replace('%', ''), (b.where, b.seen['T'], b.total)
        assert b.seen['P'] == b.parts, (b.where, b.seen['P'], b.parts)
        tot = parse(b.total)
        conv = UNITF.get(b.parts_unit, D(1)) / UNITF.get(b.unit, D(1))
        s = sum(sg * parse(p) for sg, p in zip(b.signs, b.parts)) * conv
        places = max([len(x.split('.')[1]) if '.' in x else 0 for x in [b.total] + b.parts])
        diff = s - tot
        kind = 'planted' if diff != 0 else 'genuine'
        assert (kind == 'planted') == b.planted, (b.where, diff)
        if b.check == 'repeat':
            page = min(b.pages['P'])
        else:
            page = min(b.pages['T'])
        e = dict(file=b.file, id=None, kind=kind, check=b.check, total=b.total, parts=list(b.parts),
                 pdf_page=page, parts_sum=fmt_like(s, b.total, places),
                 difference=('0' if diff == 0 else fmt_like(diff, b.total, places)),
                 note=b.note, where=b.where, total_label=b.total_label, part_labels=b.labels, unit=b.unit,
                 pages=sorted(b.pages['T'] | b.pages['P']))
        if b.check == 'balance':
            e['signs'] = b.signs
        if b.parts_unit != b.unit:
            e['parts_unit'] = b.parts_unit
        out.append(e)
    out.sort(key=lambda e: (e['file'] != FILE1, e['pdf_page']))
    for k, e in enumerate(out, 1):
        e['id'] = f'V{k:02d}'
    dec = []
    for d in DECOYS:
        dd = {k: v for k, v in d.items() if k != '_pages'}
        dd['pdf_page'] = min(d['_pages'])
        dec.append(dd)
    planted = [e for e in out if e['kind'] == 'planted']
    assert len(planted) == 8
    res = dict(
        files={FILE1: p1n, FILE2: p2n},
        conventions=dict(
            parts='figures exactly as printed (no unit); for check=balance the field signs gives +1/-1 per part',
            parts_sum='sum of parts (balance: signed sum, e.g. 年初 + 新增 - 偿还; repeat: the prose figure), in the unit of total',
            difference='parts_sum - total; nonzero only for planted items',
            check='sum | balance | share | repeat (prose figure that restates a table/earlier figure)',
            pdf_page='1-based page of the total (for repeat: page of the prose figure); pages = all pages involved'),
        breakdowns=out,
        not_errors=dec,
    )
    with open(os.path.join(OUT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(res, f, ensure_ascii=False, indent=1)
    print('pages:', p1n, p2n)
    print('breakdowns:', len(out), 'genuine:', len(out) - len(planted), 'planted:', len(planted))
    for e in planted:
        print(e['id'], e['file'], 'p', e['pdf_page'], e['where'], '|', e['note'])
    for name, br in ((FILE1, br1), (FILE2, br2)):
        for pg, a, b in br:
            if (a[-1:].isdigit() and b[:1] and is_cjk(b[0])) or (a[-1:].isdigit() and b[:1].isdigit()):
                print('num/unit break', name, pg, repr(a), '|', repr(b))


if __name__ == '__main__':
    main()
