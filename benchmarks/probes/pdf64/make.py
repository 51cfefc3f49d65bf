"""Tiny deterministic CJK layout engine on top of reportlab.canvas.

Every printed figure is a registered Fig (name -> Decimal value, printed
text, label, unit).  The page number on which a figure is actually drawn is
recorded at draw time, so expected.json never guesses pages.
"""
import re
from decimal import Decimal as D, ROUND_HALF_UP
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont('ZH', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
FONT = 'ZH'
PW, PH = A4
ML, MR, MT, MB = 72, 72, 70, 68
BODY, LEAD = 11.5, 20.5

NOSTART = set('，。、；：？！）》」』”’%‰·…')
NOEND = set('（《「『“‘')


def q(v, dp=0):
    return D(v).quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def sw(t, size):
    return pdfmetrics.stringWidth(t, FONT, size)


class Fig:
    def __init__(self, name, value, text, label, unit):
        self.name, self.value, self.text, self.label, self.unit = name, value, text, label, unit
        self.page = None
        self.used = False


class Atom:
    __slots__ = ('text', 'w', 'bold', 'fig')

    def __init__(self, text, w, bold, fig):
        self.text, self.w, self.bold, self.fig = text, w, bold, fig


TOK = re.compile(r'(\{[A-Za-z0-9_]+\}|\*\*)')
RUN = re.compile(r'[\x21-\x7e]+|.', re.S)


class Doc:
    def __init__(self, path, title, author):
        self.path = path
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator('Microsoft Word')
        self.figs = {}
        self.page = 1
        self.y = PH - MT

    # ---------------------------------------------------------------- figures
    def f(self, name, value, text, label, unit=''):
        assert name not in self.figs, name
        self.figs[name] = Fig(name, D(value), text, label, unit)
        return name

    # ----------------------------------------------------------------- paging
    def footer(self):
        t = '— %d —' % self.page
        self.c.setFont(FONT, 10)
        self.c.drawString((PW - sw(t, 10)) / 2, MB - 34, t)

    def newpage(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = PH - MT

    def ensure(self, h):
        if self.y - h < MB:
            self.newpage()

    def space(self, h):
        self.y -= h

    def finish(self):
        self.footer()
        self.c.showPage()
        self.c.save()
        unused = [n for n, fg in self.figs.items() if not fg.used]
        assert not unused, unused
        return self.page

    # ------------------------------------------------------------------ text
    def atoms(self, tmpl, size, bold_all=False):
        out, bold = [], bold_all
        for piece in TOK.split(tmpl):
            if not piece:
                continue
            if piece == '**':
                bold = not bold
                continue
            if piece.startswith('{'):
                fg = self.figs[piece[1:-1]]
                assert not fg.used, fg.name
                fg.used = True
                out.append(Atom(fg.text, sw(fg.text, size), bold, fg.name))
                continue
            for r in RUN.findall(piece):
                if r == '\n':
                    continue
                out.append(Atom(r, sw(r, size), bold, None))
        return out

    @staticmethod
    def wrap(atoms, width, first_w):
        lines, cur, cw, lim, hung = [], [], 0.0, first_w, False
        for a in atoms:
            if not cur and a.text == ' ' and lines:
                continue
            if not cur or cw + a.w <= lim + 0.01:
                cur.append(a)
                cw += a.w
                continue
            if a.text in NOSTART and not hung:
                cur.append(a)          # hanging punctuation
                cw += a.w
                hung = True
                continue
            carry = []
            while len(cur) > 1 and cur[-1].text in NOEND:
                carry.insert(0, cur.pop())
            lines.append(cur)
            cur = carry + [a]
            cw = sum(x.w for x in cur)
            lim, hung = width, False
        if cur:
            lines.append(cur)
        return lines

    def draw_atom(self, a, x, base, size):
        c = self.c
        if a.bold:
            t = c.beginText(x, base)
            t.setFont(FONT, size)
            t.setTextRenderMode(2)
            c.setLineWidth(size * 0.028)
            t.textOut(a.text)
            c.drawText(t)
        else:
            c.setFont(FONT, size)
            c.drawString(x, base, a.text)
        if a.fig:
            self.figs[a.fig].page = self.page

    def para(self, tmpl, size=BODY, lead=LEAD, indent=2, align='justify', bold=False, after=0):
        width = PW - ML - MR
        ind = indent * size
        lines = self.wrap(self.atoms(tmpl, size, bold), width, width - ind)
        for i, line in enumerate(lines):
            self.ensure(lead)
            base = self.y - lead * 0.78
            tw = sum(a.w for a in line)
            if align == 'center':
                x, extra = ML + (width - tw) / 2, 0
            else:
                x = ML + (ind if i == 0 else 0)
                avail = width - (ind if i == 0 else 0)
                extra = 0
                if align == 'justify' and i < len(lines) - 1 and len(line) > 1:
                    extra = (avail - tw) / (len(line) - 1)
                    if extra < 0 or extra > 2.5:
                        extra = 0
            for a in line:
                self.draw_atom(a, x, base, size)
                x += a.w + extra
            self.y -= lead
        self.y -= after

    def h1(self, t):   # 一、
        self.ensure(LEAD * 3)
        self.para(t, size=BODY + 0.5, bold=True, align='left', after=1)

    def h2(self, t):   # （一）
        self.ensure(LEAD * 2.5)
        self.para(t, bold=True, align='left')

    # ----------------------------------------------------------------- tables
    def table(self, title, unit_note, cols, header, rows, style, size=9.5, rowh=16.5,
              head_h=None, bold_rows=(), note=None, gap_after=8):
        """cols: [(width, align)], header: [str with optional \\n],
        rows: [[cell]] where a cell is plain text or '@figname'."""
        tw = sum(w for w, _ in cols)
        nlines = max(h.count('\n') + 1 for h in header)
        head_h = head_h or (rowh if nlines == 1 else rowh * 0.8 * nlines + 4)
        title_h = 24
        total = title_h + 15 + head_h + rowh * len(rows) + (16 if note else 0) + gap_after
        assert total < PH - MT - MB, title
        self.ensure(total)
        c = self.c
        x0 = ML + (PW - ML - MR - tw) / 2
        # title
        y = self.y
        t_at = self.atoms(title, 11, True)
        tx = ML + (PW - ML - MR - sum(a.w for a in t_at)) / 2
        for a in t_at:
            self.draw_atom(a, tx, y - 15, 11)
            tx += a.w
        y -= title_h
        if unit_note:
            c.setFont(FONT, 9)
            c.drawString(x0 + tw - sw(unit_note, 9) - 2, y - 9, unit_note)
        y -= 15
        top = y
        # header
        xs = [x0]
        for w, _ in cols:
            xs.append(xs[-1] + w)
        for j, h in enumerate(header):
            hl = h.split('\n')
            lh = size + 2.5
            start = y - (head_h - lh * len(hl)) / 2 - size
            for k, s in enumerate(hl):
                c.setFont(FONT, size)
                c.drawString(xs[j] + (cols[j][0] - sw(s, size)) / 2, start - k * lh + 1, s)
        y -= head_h
        hy = y
        row_ys = []
        for i, row in enumerate(rows):
            base = y - rowh / 2 - size * 0.36
            for j, cell in enumerate(row):
                fg = None
                if cell.startswith('@'):
                    fg = self.figs[cell[1:]]
                    assert not fg.used, fg.name
                    fg.used = True
                    fg.page = self.page
                    txt = fg.text
                else:
                    txt = cell
                w, al = cols[j]
                cw = sw(txt, size)
                assert cw < w - 3, (txt, w)
                if al == 'r':
                    x = xs[j] + w - 5 - cw
                elif al == 'c':
                    x = xs[j] + (w - cw) / 2
                else:
                    x = xs[j] + 5
                if i in bold_rows:
                    a = Atom(txt, cw, True, None)
                    self.draw_atom(a, x, base, size)
                else:
                    c.setFont(FONT, size)
                    c.drawString(x, base, txt)
            y -= rowh
            row_ys.append(y)
        bottom = y
        # rules
        if style == 'grid':
            c.setLineWidth(0.6)
            for yy in [top, hy] + row_ys:
                c.line(x0, yy, x0 + tw, yy)
            for xx in xs:
                c.line(xx, top, xx, bottom)
        elif style == 'three':
            c.setLineWidth(1.5)
            c.line(x0, top, x0 + tw, top)
            c.line(x0, bottom, x0 + tw, bottom)
            c.setLineWidth(0.75)
            c.line(x0, hy, x0 + tw, hy)
            c.setLineWidth(0.35)
            for yy in row_ys[:-1]:
                c.line(x0, yy, x0 + tw, yy)
        elif style == 'none':
            pass
        else:
            raise ValueError(style)
        self.y = bottom
        if note:
            c.setFont(FONT, 8.5)
            c.drawString(x0, self.y - 13, note)
            self.y -= 16
        self.y -= gap_after
# ============================================================================
#  Content.  Helpers for printed forms of numbers.
# ============================================================================
import json
import os
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))


def wy(v):            # text money, integer 万元, no separators
    return '%s万元' % q(v, 0)


def wy2(v):           # text money, 2 dp 万元
    return '%s万元' % q(v, 2)


def pc(v, dp=1):
    return '%s%%' % q(v, dp)


def cm(v, dp=0):      # table money with thousands separators
    return format(q(v, dp), ',.%df' % dp)


def cnt(v, unit):
    return '%s%s' % (q(v, 0), unit)


def pct_of(a, b, dp=1):
    return q(D(a) * 100 / D(b), dp)


def growth(cur, last, dp=1):
    return q((D(cur) / D(last) - 1) * 100, dp)


BREAK = []      # breakdown specs: dict(file, id, kind, check, total, parts, signs, note)
LOOK = []       # lookalikes: dict(file, fig, why)


def bd(doc, id_, kind, check, total, parts, note, signs=None, unit=None):
    BREAK.append(dict(doc=doc, id=id_, kind=kind, check=check, total=total, parts=parts,
                      signs=signs, note=note, unit=unit))


def lk(doc, fig, why):
    LOOK.append(dict(doc=doc, fig=fig, why=why))


# ============================================================================
#  FILE A  财政局 预算执行报告
# ============================================================================
def build_A():
    A = Doc(os.path.join(HERE, 'A_yunxi_budget_report_2024.pdf'),
            '关于云溪县2024年全县和县本级预算执行情况与2025年预算草案的报告', '云溪县财政局')
    f = A.f
    # ---------------- 2024 一般公共预算收入 by 科目 (budget, actual, last year)
    TAX = [('增值税', 39800, 41236, 39162), ('企业所得税', 10500, 9875, 10191),
           ('个人所得税', 2800, 2963, 2738), ('资源税', 1900, 1847, 1795),
           ('城市维护建设税', 4300, 4512, 4367), ('房产税', 3100, 3186, 2954),
           ('印花税', 1600, 1694, 1582), ('城镇土地使用税', 2400, 2358, 2471),
           ('土地增值税', 4500, 3907, 4688), ('车船税', 1100, 1125, 1076),
           ('耕地占用税', 2600, 2741, 3120), ('契税', 7000, 6382, 7303),
           ('环境保护税', 280, 296, 271), ('其他税收收入', 20, 18, 25)]
    NT = [('专项收入', 8000, 8436, 7912), ('行政事业性收费收入', 4100, 3915, 4236),
          ('罚没收入', 2500, 2687, 2861), ('国有资源（资产）有偿使用收入', 11000, 12548, 10463),
          ('其他收入', 1200, 1203, 1318)]
    PLANT_ROW = '房产税'           # printed actual = true + 100
    tb = sum(D(r[1]) for r in TAX); ta = sum(D(r[2]) for r in TAX); tl = sum(D(r[3]) for r in TAX)
    nb = sum(D(r[1]) for r in NT); na = sum(D(r[2]) for r in NT); nl = sum(D(r[3]) for r in NT)
    R, RB, RL = ta + na, tb + nb, tl + nl
    tax_sh, nt_sh = pct_of(ta, R), pct_of(na, R)
    assert tax_sh + nt_sh == 100, (tax_sh, nt_sh)

    # ---------------- 2024 一般公共预算支出 by 功能分类 (adj budget, actual, last year); None = '—'
    EXP = [('一般公共服务支出', 31800, 32415, 30962), ('国防支出', 200, 186, 174),
           ('公共安全支出', 11500, 11247, 10853), ('教育支出', 69500, 68932, 66418),
           ('科学技术支出', 4000, 3865, 3512), ('文化旅游体育与传媒支出', 4300, 4127, 4286),
           ('社会保障和就业支出', 45000, 45386, 42871), ('卫生健康支出', 31600, 31274, 29658),
           ('节能环保支出', 7200, 6913, 7425), ('城乡社区支出', 15300, 14728, 16934),
           ('农林水支出', 53000, 52169, 49837), ('交通运输支出', 9800, 9485, 10216),
           ('资源勘探工业信息等支出', 2500, 2376, 2148), ('商业服务业等支出', 1100, 1052, 987),
           ('金融支出', None, None, None), ('自然资源海洋气象等支出', 2900, 2841, 2693),
           ('住房保障支出', 7800, 7693, 7312), ('粮油物资储备支出', 350, 318, 296),
           ('灾害防治及应急管理支出', 1500, 1467, 1385), ('债务付息支出', 9200, 9126, 8874),
           ('债务发行费用支出', 30, 27, None), ('其他支出', 1300, 1204, 1526)]
    EB = sum(D(r[1]) for r in EXP if r[1] is not None)
    E = sum(D(r[2]) for r in EXP if r[2] is not None)
    EL = sum(D(r[3]) for r in EXP if r[3] is not None)
    EB_PRINTED = EB + 1000            # planted: column 合计 of 调整预算数

    # ---------------- 全县收支平衡 2024
    SUB_FH, SUB_YB, SUB_ZX = D(3214), D(124680), D(40558)
    SUB = SUB_FH + SUB_YB + SUB_ZX
    ZD_NEW_G, ZD_REF_G = D(12000), D(16600)
    ZD = ZD_NEW_G + ZD_REF_G
    CARRY_IN, WD = D(6218), D(5000)
    SJ, HB, AP, CARRY_OUT = D(4872), D(16600), D(3100), D(7836)
    OUT_TOT = E + SJ + HB + AP + CARRY_OUT
    TR = OUT_TOT - (R + SUB + ZD + CARRY_IN + WD)
    TR_G, TR_S = D(6500), D(620)
    TR_O = TR - TR_G - TR_S
    assert 1000 < TR_O < 30000, (TR, TR_O)
    IN_TOT = R + SUB + ZD + TR + CARRY_IN + WD
    assert IN_TOT == OUT_TOT
    MS = D(264318)

    # ---------------- 县本级 2024 (planted: 收入总计 != 支出总计 although 收支平衡)
    C_TAX, C_NT = D(61347), D(20916)
    C_REV = C_TAX + C_NT
    C_SUB, C_ZD, C_TR, C_UP, C_CARRY = SUB, ZD, D(15230), D(2318), D(4905)
    C_IN = C_REV + C_SUB + C_ZD + C_TR + C_UP + C_CARRY
    C_SJ, C_BZ, C_HB, C_NEXT = SJ, D(41856), HB, D(6127)
    C_EXP = C_IN + 27 - (C_SJ + C_BZ + C_HB + C_NEXT)      # expenditure side ends 27 higher
    C_OUT = C_EXP + C_SJ + C_BZ + C_HB + C_NEXT
    assert C_OUT - C_IN == 27

    # ---------------- 政府性基金 2024
    F_LAND, F_OTHER = D(41375), D(7277)
    F_REV = F_LAND + F_OTHER
    F_SUB, F_ZD_NEW, F_ZD_REF, F_CARRY = D(3186), D(38000), D(13300), D(5742)
    F_ZD = F_ZD_NEW + F_ZD_REF
    F_IN = F_REV + F_SUB + F_ZD + F_CARRY
    F_HB, F_NEXT = F_ZD_REF, D(4216)
    F_EXP = F_IN - TR_G - F_HB - F_NEXT
    F_OUT = F_EXP + TR_G + F_HB + F_NEXT

    # ---------------- 国有资本经营 2024 (planted: total 1 higher than parts)
    S_P, S_D, S_C, S_O = D(1286), D(347), D(512), D(63)
    S_TRUE = S_P + S_D + S_C + S_O
    S_PRINT = S_TRUE + 1
    S_EXP = D(1486)

    # ---------------- 社保 2024
    I1, I2, I3, I4 = D(24386), D(38652), D(41927), D(21473)
    I_REV = I1 + I2 + I3 + I4
    SRC1, SRC2, SRC3 = D(58214), D(64391), D(1287)
    SRC4 = I_REV - SRC1 - SRC2 - SRC3
    I_DY, I_QT = D(116942), D(1823)
    I_EXP = I_DY + I_QT
    I_BAL = I_REV - I_EXP
    I_PREV = D(86419)
    I_END = I_PREV + I_BAL

    # ---------------- 债务
    DG = dict(open=D(168420), add=ZD, rep=HB, lim=D(196800))
    DZ = dict(open=D(243180), add=F_ZD, rep=F_HB, lim=D(302500))
    for d_ in (DG, DZ):
        d_['close'] = d_['open'] + d_['add'] - d_['rep']
    DT = {k: DG[k] + DZ[k] for k in DG}
    DC_OPEN, DC_ADD, DC_REP = D(352610), D(71500), D(24350)
    DC_CLOSE_TRUE = DC_OPEN + DC_ADD - DC_REP
    DC_CLOSE_PRINT = DC_CLOSE_TRUE + 100

    # ---------------- 2025 草案
    B_TAX, B_NT = D(86900), D(30700)
    B_REV = B_TAX + B_NT
    B_SUB, B_TR, B_CARRY, B_WD = D(168000), D(19600), CARRY_OUT, AP
    B_IN = B_REV + B_SUB + B_TR + B_CARRY + B_WD
    B_SJ, B_HB = D(4900), D(18200)
    B_EXP = B_IN - B_SJ - B_HB
    B_OUT = B_EXP + B_SJ + B_HB
    BF_REV, BF_SUB, BF_ZD, BF_CARRY = D(52000), D(2000), D(45000), F_NEXT
    BF_IN = BF_REV + BF_SUB + BF_ZD + BF_CARRY
    BF_TR, BF_HB = D(5000), D(12000)
    BF_EXP = BF_IN - BF_TR - BF_HB
    BF_OUT = BF_EXP + BF_TR + BF_HB
    BS_REV, BS_EXP, BS_TR = D(2300), D(1600), D(700)
    BI_REV, BI_EXP = D(131580), D(124260)
    BI_BAL = BI_REV - BI_EXP
    BI_END = I_END + BI_BAL

    # ======================================================= figures (text)
    rowd = {r[0]: r for r in TAX + NT}
    f('a_rev', R, wy(R), '全县一般公共预算收入（2024年完成）', '万元')
    f('a_rev_pct', pct_of(R, RB), pc(pct_of(R, RB)), '全县一般公共预算收入完成预算比例', '%')
    f('a_rev_gr', growth(R, RL), pc(growth(R, RL)), '全县一般公共预算收入比上年增长', '%')
    f('a_tax', ta, wy(ta), '全县税收收入', '万元')
    f('a_tax_sh', tax_sh, pc(tax_sh), '税收收入占一般公共预算收入比重', '%')
    f('a_tax_gr', growth(ta, tl), pc(growth(ta, tl)), '税收收入增长', '%')
    f('a_nt', na, wy(na), '全县非税收入', '万元')
    f('a_nt_sh', nt_sh, pc(nt_sh), '非税收入占一般公共预算收入比重', '%')
    f('a_nt_gr', growth(na, nl), pc(growth(na, nl)), '非税收入增长', '%')
    f('a_vat', D(41236), wy(41236), '增值税（正文）', '万元')
    f('a_cit', D(9875), wy(9875), '企业所得税（正文）', '万元')
    f('a_qs', D(6382), wy(6382), '契税（正文）', '万元')
    f('a_vat_gr', growth(41236, 39162), pc(growth(41236, 39162)), '增值税增长', '%')
    f('a_cit_gr', -growth(9875, 10191), pc(-growth(9875, 10191)), '企业所得税下降', '%')
    f('a_qs_gr', -growth(6382, 7303), pc(-growth(6382, 7303)), '契税下降', '%')
    f('a_gy_inc', D(12548 - 10463), wy(12548 - 10463), '国有资源（资产）有偿使用收入增加额', '万元')
    f('a_jsjf', D('2.3'), '2.3亿元', '减税降费及退缓税费（约数）', '亿元')
    f('a_kfq', D(33416), wy(33416), '县经济开发区税收收入', '万元')
    f('a_kfq_sh', pct_of(33416, ta), pc(pct_of(33416, ta)), '开发区税收占全县税收比重', '%')
    f('a_xz', D(11), '11个', '完成收入目标的乡镇个数', '个')
    f('a_gm', D('41.5'), '41.5%', '规上工业企业贡献税收占比（约数）', '%')
    # table 1 cells
    rows1 = []

    def trow(key, label, bud, act, last, act_print=None, bold=False):
        f('t1b_' + key, bud, cm(bud), '表1 %s 预算数' % label.strip('　'), '万元')
        ap = act if act_print is None else act_print
        f('t1a_' + key, ap, cm(ap), '表1 %s 完成数' % label.strip('　'), '万元')
        f('t1p_' + key, pct_of(act, bud), str(pct_of(act, bud)), '表1 %s 完成预算%%' % label.strip('　'), '%')
        f('t1g_' + key, growth(act, last), str(growth(act, last)), '表1 %s 比上年增长%%' % label.strip('　'), '%')
        rows1.append([label, '@t1b_' + key, '@t1a_' + key, '@t1p_' + key, '@t1g_' + key])

    trow('tax', '一、税收收入', tb, ta, tl)
    for i, r in enumerate(TAX):
        trow('x%02d' % i, '　　' + r[0], D(r[1]), D(r[2]), D(r[3]),
             act_print=D(r[2]) + 100 if r[0] == PLANT_ROW else None)
    trow('nt', '二、非税收入', nb, na, nl)
    for i, r in enumerate(NT):
        trow('n%02d' % i, '　　' + r[0], D(r[1]), D(r[2]), D(r[3]))
    trow('tot', '收入合计', RB, R, RL)
    tax_keys = ['x%02d' % i for i in range(len(TAX))]
    nt_keys = ['n%02d' % i for i in range(len(NT))]

    # table 2 cells
    rows2 = []
    for i, r in enumerate(EXP):
        k = 'e%02d' % i
        nm, b_, a_, l_ = r
        f('t2b_' + k, b_ or 0, cm(b_) if b_ is not None else '—', '表2 %s 调整预算数' % nm, '万元')
        f('t2a_' + k, a_ or 0, cm(a_) if a_ is not None else '—', '表2 %s 完成数' % nm, '万元')
        p_ = pct_of(a_, b_) if b_ else None
        g_ = growth(a_, l_) if (a_ and l_) else None
        f('t2p_' + k, p_ or 0, str(p_) if p_ is not None else '—', '表2 %s 完成调整预算%%' % nm, '%')
        f('t2g_' + k, g_ or 0, str(g_) if g_ is not None else '—', '表2 %s 比上年增长%%' % nm, '%')
        rows2.append([nm, '@t2b_' + k, '@t2a_' + k, '@t2p_' + k, '@t2g_' + k])
    exp_keys = ['e%02d' % i for i in range(len(EXP))]
    f('t2b_tot', EB_PRINTED, cm(EB_PRINTED), '表2 合计 调整预算数', '万元')
    f('t2a_tot', E, cm(E), '表2 合计 完成数', '万元')
    f('t2p_tot', pct_of(E, EB), str(pct_of(E, EB)), '表2 合计 完成调整预算%', '%')
    f('t2g_tot', growth(E, EL), str(growth(E, EL)), '表2 合计 比上年增长%', '%')
    rows2.append(['合计', '@t2b_tot', '@t2a_tot', '@t2p_tot', '@t2g_tot'])

    f('b_exp', E, wy(E), '全县一般公共预算支出（2024年完成）', '万元')
    f('b_exp_pct', pct_of(E, EB), pc(pct_of(E, EB)), '支出完成调整预算比例', '%')
    f('b_exp_gr', growth(E, EL), pc(growth(E, EL)), '支出增长', '%')
    f('b_ms', MS, wy(MS), '民生支出', '万元')
    f('b_ms_sh', pct_of(MS, E), pc(pct_of(MS, E)), '民生支出占比', '%')
    f('b_edu', D(68932), wy(68932), '教育支出（正文）', '万元')
    f('b_edu_gr', growth(68932, 66418), pc(growth(68932, 66418)), '教育支出增长', '%')
    f('b_sb', D(45386), wy(45386), '社会保障和就业支出（正文）', '万元')
    f('b_sb_gr', growth(45386, 42871), pc(growth(45386, 42871)), '社保就业支出增长', '%')
    f('b_ws', D(31274), wy(31274), '卫生健康支出（正文）', '万元')
    f('b_nl', D(52169), wy(52169), '农林水支出（正文）', '万元')
    f('b_cx_gr', -growth(14728, 16934), pc(-growth(14728, 16934)), '城乡社区支出下降', '%')
    # 收支平衡
    f('c_rev', R, wy(R), '全县一般公共预算收入（收支平衡段）', '万元')
    f('c_sub', SUB, wy(SUB), '全县上级补助收入', '万元')
    f('c_sub_fh', SUB_FH, wy(SUB_FH), '返还性收入', '万元')
    f('c_sub_yb', SUB_YB, wy(SUB_YB), '一般性转移支付收入', '万元')
    f('c_sub_zx', SUB_ZX, wy(SUB_ZX), '专项转移支付收入', '万元')
    f('c_zd', ZD, wy(ZD), '全县一般债务转贷收入', '万元')
    f('c_tr', TR, wy(TR), '全县调入资金', '万元')
    f('c_tr_g', TR_G, wy(TR_G), '从政府性基金预算调入', '万元')
    f('c_tr_s', TR_S, wy(TR_S), '从国有资本经营预算调入', '万元')
    f('c_tr_o', TR_O, wy(TR_O), '从其他资金调入', '万元')
    f('c_carry', CARRY_IN, wy(CARRY_IN), '全县上年结转', '万元')
    f('c_wd', WD, wy(WD), '动用预算稳定调节基金', '万元')
    f('c_in', IN_TOT, wy(IN_TOT), '全县一般公共预算收入总计', '万元')
    f('c_exp', E, wy(E), '全县一般公共预算支出（收支平衡段）', '万元')
    f('c_sj', SJ, wy(SJ), '全县上解支出', '万元')
    f('c_hb', HB, wy(HB), '全县债务还本支出', '万元')
    f('c_ap', AP, wy(AP), '安排预算稳定调节基金', '万元')
    f('c_next', CARRY_OUT, wy(CARRY_OUT), '全县结转下年（2024）', '万元')
    f('c_out', OUT_TOT, wy(OUT_TOT), '全县一般公共预算支出总计', '万元')
    # 县本级
    f('d_rev', C_REV, wy(C_REV), '县本级一般公共预算收入', '万元')
    f('d_rev_pct', pct_of(C_REV, D(80500)), pc(pct_of(C_REV, D(80500))), '县本级收入完成预算比例', '%')
    f('d_tax', C_TAX, wy(C_TAX), '县本级税收收入', '万元')
    f('d_nt', C_NT, wy(C_NT), '县本级非税收入', '万元')
    f('d_sub', C_SUB, wy(C_SUB), '县本级上级补助收入', '万元')
    f('d_zd', C_ZD, wy(C_ZD), '县本级债务转贷收入', '万元')
    f('d_tr', C_TR, wy(C_TR), '县本级调入资金', '万元')
    f('d_up', C_UP, wy(C_UP), '乡镇上解收入', '万元')
    f('d_carry', C_CARRY, wy(C_CARRY), '县本级上年结转', '万元')
    f('d_in', C_IN, wy(C_IN), '县本级一般公共预算收入总计', '万元')
    f('d_exp', C_EXP, wy(C_EXP), '县本级一般公共预算支出', '万元')
    f('d_sj', C_SJ, wy(C_SJ), '县本级上解支出', '万元')
    f('d_bz', C_BZ, wy(C_BZ), '补助乡镇支出', '万元')
    f('d_hb', C_HB, wy(C_HB), '县本级债务还本支出', '万元')
    f('d_next', C_NEXT, wy(C_NEXT), '县本级结转下年', '万元')
    f('d_out', C_OUT, wy(C_OUT), '县本级一般公共预算支出总计', '万元')
    # 基金
    f('e_rev', F_REV, wy(F_REV), '全县政府性基金预算收入', '万元')
    f('e_pct', pct_of(F_REV, D(52600)), pc(pct_of(F_REV, D(52600))), '基金收入完成预算比例', '%')
    f('e_gr', -growth(F_REV, D(57780)), pc(-growth(F_REV, D(57780))), '基金收入下降', '%')
    f('e_land', F_LAND, wy(F_LAND), '国有土地使用权出让收入', '万元')
    f('e_land_gr', -growth(F_LAND, D(50212)), pc(-growth(F_LAND, D(50212))), '土地出让收入下降', '%')
    f('e_sub', F_SUB, wy(F_SUB), '基金上级补助收入', '万元')
    f('e_zd', F_ZD, wy(F_ZD), '专项债务转贷收入', '万元')
    f('e_carry', F_CARRY, wy(F_CARRY), '基金上年结转', '万元')
    f('e_in', F_IN, wy(F_IN), '政府性基金收入总计', '万元')
    f('e_exp', F_EXP, wy(F_EXP), '全县政府性基金预算支出', '万元')
    f('e_zx', F_ZD_NEW, wy(F_ZD_NEW), '新增专项债券安排的支出', '万元')
    f('e_trg', TR_G, wy(TR_G), '基金调出资金', '万元')
    f('e_hb', F_HB, wy(F_HB), '专项债务还本支出', '万元')
    f('e_next', F_NEXT, wy(F_NEXT), '基金结转下年（2024）', '万元')
    f('e_out', F_OUT, wy(F_OUT), '政府性基金支出总计', '万元')
    # 国资
    f('g_rev', S_PRINT, wy(S_PRINT), '全县国有资本经营预算收入', '万元')
    f('g_pct', pct_of(S_PRINT, D(2110)), pc(pct_of(S_PRINT, D(2110))), '国资收入完成预算比例', '%')
    f('g_p', S_P, wy(S_P), '利润收入', '万元')
    f('g_d', S_D, wy(S_D), '股利、股息收入', '万元')
    f('g_c', S_C, wy(S_C), '产权转让收入', '万元')
    f('g_o', S_O, wy(S_O), '其他国有资本经营预算收入', '万元')
    f('g_exp', S_EXP, wy(S_EXP), '国有资本经营预算支出', '万元')
    f('g_tr', TR_S, wy(TR_S), '国资调出资金', '万元')
    # 社保
    f('h_rev', I_REV, wy(I_REV), '全县社会保险基金预算收入', '万元')
    f('h_pct', pct_of(I_REV, D(123800)), pc(pct_of(I_REV, D(123800))), '社保收入完成预算比例', '%')
    f('h_1', I1, wy(I1), '城乡居民基本养老保险基金收入', '万元')
    f('h_2', I2, wy(I2), '机关事业单位基本养老保险基金收入', '万元')
    f('h_3', I3, wy(I3), '城乡居民基本医疗保险基金收入', '万元')
    f('h_4', I4, wy(I4), '职工基本医疗保险（含生育保险）基金收入', '万元')
    f('h_s1', SRC1, wy(SRC1), '保险费收入', '万元')
    f('h_s2', SRC2, wy(SRC2), '财政补贴收入', '万元')
    f('h_s3', SRC3, wy(SRC3), '利息收入', '万元')
    f('h_s4', SRC4, wy(SRC4), '其他收入（社保）', '万元')
    f('h_exp', I_EXP, wy(I_EXP), '全县社会保险基金预算支出', '万元')
    f('h_dy', I_DY, wy(I_DY), '社会保险待遇支出', '万元')
    f('h_qt', I_QT, wy(I_QT), '其他支出（社保）', '万元')
    f('h_bal', I_BAL, wy(I_BAL), '社保当年收支结余', '万元')
    f('h_prev', I_PREV, wy(I_PREV), '社保上年滚存结余', '万元')
    f('h_end', I_END, wy(I_END), '社保年末滚存结余（2024）', '万元')
    f('h_cb', D(28), '28万人', '城乡居民养老保险参保人数（约数）', '万人')
    # 债务 text
    f('k_new', ZD_NEW_G + F_ZD_NEW, wy(ZD_NEW_G + F_ZD_NEW), '新增政府债券', '万元')
    f('k_new_g', ZD_NEW_G, wy(ZD_NEW_G), '新增一般债券', '万元')
    f('k_new_z', F_ZD_NEW, wy(F_ZD_NEW), '新增专项债券', '万元')
    f('k_ref', ZD_REF_G + F_ZD_REF, wy(ZD_REF_G + F_ZD_REF), '再融资债券', '万元')
    f('k_ref_g', ZD_REF_G, wy(ZD_REF_G), '再融资一般债券', '万元')
    f('k_ref_z', F_ZD_REF, wy(F_ZD_REF), '再融资专项债券', '万元')
    f('k_open', DT['open'], wy(DT['open']), '全县政府债务年初余额（正文）', '万元')
    f('k_add', DT['add'], wy(DT['add']), '全县当年新增债务（正文）', '万元')
    f('k_rep', DT['rep'], wy(DT['rep']), '全县偿还到期本金（正文）', '万元')
    f('k_close', DT['close'], wy(DT['close']), '全县政府债务年末余额（正文）', '万元')
    f('k_close_g', DG['close'], wy(DG['close']), '一般债务年末余额（正文）', '万元')
    f('k_close_z', DZ['close'], wy(DZ['close']), '专项债务年末余额（正文）', '万元')
    f('k_lim', DT['lim'], wy(DT['lim']), '全县政府债务限额（正文）', '万元')
    f('k_c_open', DC_OPEN, wy(DC_OPEN), '县本级政府债务年初余额', '万元')
    f('k_c_add', DC_ADD, wy(DC_ADD), '县本级新增债务', '万元')
    f('k_c_rep', DC_REP, wy(DC_REP), '县本级偿还债务本金', '万元')
    f('k_c_close', DC_CLOSE_PRINT, wy(DC_CLOSE_PRINT), '县本级政府债务年末余额', '万元')
    f('k_ratio', D('86.5'), '86.5%', '债务率（比率）', '%')
    # table 3
    rows3 = []
    for key, nm, d_ in (('g', '一般债务', DG), ('z', '专项债务', DZ), ('t', '合计', DT)):
        r = [nm]
        for col, cl in (('open', '年初余额'), ('add', '本年新增'), ('rep', '本年偿还'),
                        ('close', '年末余额'), ('lim', '债务限额')):
            f('t3_%s_%s' % (key, col), d_[col], cm(d_[col]), '表3 %s %s' % (nm, cl), '万元')
            r.append('@t3_%s_%s' % (key, col))
        rows3.append(r)
    # 2025
    f('m_rev', B_REV, wy(B_REV), '2025年全县一般公共预算收入预算', '万元')
    f('m_gr', growth(B_REV, R), pc(growth(B_REV, R)), '2025年收入预算增长', '%')
    f('m_tax', B_TAX, wy(B_TAX), '2025年税收收入预算', '万元')
    f('m_nt', B_NT, wy(B_NT), '2025年非税收入预算', '万元')
    f('m_sub', B_SUB, wy(B_SUB), '2025年上级补助收入', '万元')
    f('m_tr', B_TR, wy(B_TR), '2025年调入资金', '万元')
    f('m_carry', B_CARRY, wy(B_CARRY), '2025年上年结转', '万元')
    f('m_wd', B_WD, wy(B_WD), '2025年动用预算稳定调节基金', '万元')
    f('m_in', B_IN, wy(B_IN), '2025年一般公共预算收入总计', '万元')
    f('m_exp', B_EXP, wy(B_EXP), '2025年一般公共预算支出安排', '万元')
    f('m_sj', B_SJ, wy(B_SJ), '2025年上解支出', '万元')
    f('m_hb', B_HB, wy(B_HB), '2025年债务还本支出', '万元')
    f('m_out', B_OUT, wy(B_OUT), '2025年一般公共预算支出总计', '万元')
    f('m_edu', D(70800), wy(70800), '2025年教育支出安排', '万元')
    f('m_sb', D(47200), wy(47200), '2025年社保就业支出安排', '万元')
    f('m_ws', D(32500), wy(32500), '2025年卫生健康支出安排', '万元')
    f('n_rev', BF_REV, wy(BF_REV), '2025年政府性基金收入', '万元')
    f('n_sub', BF_SUB, wy(BF_SUB), '2025年基金上级补助', '万元')
    f('n_zd', BF_ZD, wy(BF_ZD), '2025年专项债务转贷收入', '万元')
    f('n_carry', BF_CARRY, wy(BF_CARRY), '2025年基金上年结转', '万元')
    f('n_in', BF_IN, wy(BF_IN), '2025年基金收入总计', '万元')
    f('n_exp', BF_EXP, wy(BF_EXP), '2025年基金支出', '万元')
    f('n_tr', BF_TR, wy(BF_TR), '2025年基金调出资金', '万元')
    f('n_hb', BF_HB, wy(BF_HB), '2025年专项债务还本支出', '万元')
    f('n_out', BF_OUT, wy(BF_OUT), '2025年基金支出总计', '万元')
    f('o_rev', BS_REV, wy(BS_REV), '2025年国资收入', '万元')
    f('o_exp', BS_EXP, wy(BS_EXP), '2025年国资支出', '万元')
    f('o_tr', BS_TR, wy(BS_TR), '2025年国资调出资金', '万元')
    f('p_rev', BI_REV, wy(BI_REV), '2025年社保基金收入', '万元')
    f('p_exp', BI_EXP, wy(BI_EXP), '2025年社保基金支出', '万元')
    f('p_bal', BI_BAL, wy(BI_BAL), '2025年社保当年结余', '万元')
    f('p_prev', I_END, wy(I_END), '2024年末社保滚存结余（草案段重述）', '万元')
    f('p_end', BI_END, wy(BI_END), '2025年末社保滚存结余', '万元')
    f('q_zt', D('1.2'), '1.2万户', '惠及经营主体（约数）', '万户')
    f('q_nm', D('3.6'), '3.6亿元', '统筹整合涉农资金（约数）', '亿元')
    f('q_sb', D(95), '95%', '三保支出占比（约数）', '%')

    # ======================================================= layout
    P = A.para
    A.space(6)
    A.para('关于云溪县2024年全县和县本级预算执行情况', size=17, lead=27, indent=0, align='center', bold=True)
    A.para('与2025年预算草案的报告', size=17, lead=27, indent=0, align='center', bold=True)
    A.space(6)
    A.para('——2025年1月9日在云溪县第十八届人民代表大会第五次会议上', size=11.5, indent=0, align='center')
    A.para('云溪县财政局局长　周建明', size=11.5, indent=0, align='center', after=10)
    P('各位代表：', indent=0)
    P('受县人民政府委托，现将云溪县2024年全县和县本级预算执行情况与2025年预算草案提请县第十八届人民代表大会'
      '第五次会议审议，并请县政协各位委员和其他列席人员提出意见。')
    A.h1('一、2024年预算执行情况')
    P('2024年，面对经济恢复基础尚不稳固、房地产市场持续调整、部分行业企业经营困难等多重因素叠加影响，'
      '全县财税部门在县委的坚强领导下，在县人大及其常委会的依法监督和县政协的民主监督下，坚持稳中求进'
      '工作总基调，认真落实积极的财政政策，依法依规组织收入，持续优化支出结构，兜牢基层“三保”底线，'
      '稳妥防范化解政府债务风险，全县和县本级预算执行情况总体良好，为全县经济社会高质量发展提供了有力的'
      '财力保障。')
    A.h2('（一）一般公共预算执行情况')
    P('**1.全县一般公共预算收入。**全县一般公共预算收入完成{a_rev}，为预算的{a_rev_pct}，比上年增长'
      '{a_rev_gr}。其中：税收收入{a_tax}，占一般公共预算收入的{a_tax_sh}，比上年增长{a_tax_gr}；非税收入'
      '{a_nt}，占一般公共预算收入的{a_nt_sh}，比上年增长{a_nt_gr}。从主体税种看，增值税{a_vat}、企业所得税'
      '{a_cit}、契税{a_qs}等税种收入规模较大，其中增值税比上年增长{a_vat_gr}，主要是规模以上工业企业增加值'
      '稳步回升，新能源材料、农产品精深加工等重点产业链条带动作用明显；企业所得税比上年下降{a_cit_gr}，'
      '主要是部分重点企业受产品价格下行影响利润下滑，汇算清缴退税增加；契税比上年下降{a_qs_gr}，主要是'
      '商品房销售面积和成交价格双双回落。非税收入增长较快，主要是盘活闲置低效国有资产、规范国有资源'
      '有偿使用，国有资源（资产）有偿使用收入比上年增加{a_gy_inc}。全年累计落实新增减税降费及退税缓费'
      '超{a_jsjf}，在减收的同时有力支持了经营主体纾困发展。分科目收入完成情况详见表1。')
    P('从收入区域分布看，县经济开发区实现税收收入{a_kfq}，占全县税收收入的{a_kfq_sh}，园区财源支撑作用'
      '持续增强；全县18个乡镇中，有{a_xz}完成年度收入目标，城关、龙泉、柳河等重点乡镇收入规模'
      '位居前列。从收入结构看，规模以上工业企业贡献的税收约占全县税收收入的{a_gm}，新能源材料、绿色'
      '食品加工、文旅康养三大主导产业税收合计增长较快，但房地产业及相关行业税收持续下滑，对收入增长'
      '形成一定拖累，收入结构仍需进一步优化。')
    A.table('表1　2024年全县一般公共预算收入完成情况表', '单位：万元',
            [(168, 'l'), (70, 'r'), (70, 'r'), (66, 'r'), (72, 'r')],
            ['项　　目', '预算数', '完成数', '完成预算%', '比上年增长%'], rows1, 'grid',
            bold_rows=(0, len(TAX) + 1, len(rows1) - 1),
            note='注：完成预算%＝完成数÷预算数×100%；比上年增长按同口径计算。')
    P('**2.全县一般公共预算支出。**全县一般公共预算支出完成{b_exp}，为调整预算的{b_exp_pct}，比上年增长'
      '{b_exp_gr}。坚持以人民为中心的发展思想，持续加大民生投入，全县民生支出{b_ms}，占一般公共预算支出的'
      '比重达到{b_ms_sh}。重点支出方面：教育支出{b_edu}，比上年增长{b_edu_gr}，主要是落实教师工资待遇'
      '“两个不低于”要求、改善农村学校办学条件；社会保障和就业支出{b_sb}，比上年增长{b_sb_gr}，主要是'
      '提高城乡居民基础养老金、城乡低保和特困人员救助供养标准；卫生健康支出{b_ws}，主要用于城乡居民'
      '基本医疗保险财政补助、基本公共卫生服务和县域医共体建设；农林水支出{b_nl}，主要用于高标准农田'
      '建设、衔接推进乡村振兴和农村饮水安全巩固提升。城乡社区支出比上年下降{b_cx_gr}，主要是上年一次性'
      '安排的老旧小区改造项目资金减少。分功能科目支出情况详见表2。')
    A.table('表2　2024年全县一般公共预算支出完成情况表', '单位：万元',
            [(150, 'l'), (72, 'r'), (72, 'r'), (72, 'r'), (70, 'r')],
            ['项　　目', '调整预算数', '完成数', '完成调整预算%', '比上年增长%'], rows2, 'grid',
            bold_rows=(len(rows2) - 1,),
            note='注：“—”表示无数据或无此项支出；债务发行费用支出上年无发生数。')
    P('**3.全县一般公共预算收支平衡情况。**全县一般公共预算收入{c_rev}，加上上级补助收入{c_sub}（其中返还性'
      '收入{c_sub_fh}、一般性转移支付收入{c_sub_yb}、专项转移支付收入{c_sub_zx}）、债务转贷收入{c_zd}、调入'
      '资金{c_tr}（其中从政府性基金预算调入{c_tr_g}、从国有资本经营预算调入{c_tr_s}、从其他资金调入'
      '{c_tr_o}）、上年结转{c_carry}、动用预算稳定调节基金{c_wd}，收入总计{c_in}。全县一般公共预算支出'
      '{c_exp}，加上上解支出{c_sj}、债务还本支出{c_hb}、安排预算稳定调节基金{c_ap}、结转下年{c_next}，'
      '支出总计{c_out}。全县一般公共预算收支平衡。')
    P('**4.县本级一般公共预算执行情况。**县本级一般公共预算收入完成{d_rev}，为预算的{d_rev_pct}，其中税收'
      '收入{d_tax}、非税收入{d_nt}。加上上级补助收入{d_sub}、债务转贷收入{d_zd}、调入资金{d_tr}、乡镇'
      '上解收入{d_up}、上年结转{d_carry}，县本级收入总计{d_in}。县本级一般公共预算支出完成{d_exp}，加上'
      '上解上级支出{d_sj}、补助乡镇支出{d_bz}、债务还本支出{d_hb}、结转下年{d_next}，县本级支出总计'
      '{d_out}。县本级一般公共预算收支平衡。')
    A.h2('（二）政府性基金预算执行情况')
    P('全县政府性基金预算收入完成{e_rev}，为预算的{e_pct}，比上年下降{e_gr}，其中国有土地使用权出让收入'
      '{e_land}，比上年下降{e_land_gr}，主要是土地市场持续低迷，部分经营性地块流拍或延期出让。加上上级'
      '补助收入{e_sub}、专项债务转贷收入{e_zd}、上年结转{e_carry}，收入总计{e_in}。全县政府性基金预算支出'
      '{e_exp}，其中使用新增专项债券安排的支出{e_zx}，主要用于产业园区基础设施、城镇老旧管网改造和'
      '县域医疗卫生服务能力提升等项目；加上调出资金{e_trg}、专项债务还本支出{e_hb}、结转下年{e_next}，'
      '支出总计{e_out}，全县政府性基金预算收支平衡。')
    A.h2('（三）国有资本经营预算执行情况')
    P('全县国有资本经营预算收入完成{g_rev}，为预算的{g_pct}，分别为：利润收入{g_p}，股利、股息收入'
      '{g_d}，产权转让收入{g_c}，其他国有资本经营预算收入{g_o}。全县国有资本经营预算支出{g_exp}，主要用于'
      '县属国有企业资本金注入、国有企业退休人员社会化管理补助和解决历史遗留问题；按规定调出资金{g_tr}'
      '至一般公共预算，统筹用于保障和改善民生。')
    A.h2('（四）社会保险基金预算执行情况')
    P('全县社会保险基金预算收入完成{h_rev}，为预算的{h_pct}。分险种看，城乡居民基本养老保险基金收入'
      '{h_1}，机关事业单位基本养老保险基金收入{h_2}，城乡居民基本医疗保险基金收入{h_3}，职工基本医疗'
      '保险（含生育保险）基金收入{h_4}。从收入来源看，保险费收入{h_s1}，财政补贴收入{h_s2}，利息收入'
      '{h_s3}，其他收入{h_s4}。全县社会保险基金预算支出{h_exp}，其中社会保险待遇支出{h_dy}、其他支出'
      '{h_qt}。收支相抵，当年收支结余{h_bal}，加上上年滚存结余{h_prev}，年末滚存结余{h_end}。全县城乡'
      '居民基本养老保险参保人数近{h_cb}，各项社会保险待遇按时足额发放。')
    A.h2('（五）政府债务情况')
    P('2024年，省财政厅下达我县新增政府债券{k_new}，其中一般债券{k_new_g}、专项债券{k_new_z}；下达再融资'
      '债券{k_ref}，其中一般债券{k_ref_g}、专项债券{k_ref_z}，全部用于偿还到期政府债券本金。全县政府'
      '债务年初余额{k_open}，当年新增{k_add}，偿还到期本金{k_rep}，年末余额{k_close}，其中一般债务'
      '{k_close_g}、专项债务{k_close_z}，控制在省核定的债务限额{k_lim}以内，债务率为{k_ratio}，风险总体'
      '可控。县本级政府债务年初余额{k_c_open}，当年新增{k_c_add}，偿还本金{k_c_rep}，年末余额{k_c_close}。'
      '全县政府债务分类情况见表3。')
    A.table('表3　2024年全县政府债务余额及限额情况表', '单位：万元',
            [(86, 'l'), (76, 'r'), (70, 'r'), (70, 'r'), (76, 'r'), (76, 'r')],
            ['项　目', '年初余额', '本年新增', '本年偿还', '年末余额', '债务限额'], rows3, 'three',
            rowh=18, gap_after=10)
    A.h2('（六）落实县人大预算决议情况')
    P('一是全力稳定财政收入。健全财税收入分析调度机制，强化重点税源监控和综合治税，深入开展闲置低效'
      '资产清理处置，推动财政收入质量稳步提升。二是集中财力保障重点。坚持党政机关过紧日子，一般性支出'
      '压减比例不低于上年，“三保”支出占县级可用财力的比重约{q_sb}；统筹整合财政涉农资金{q_nm}以上，支持'
      '巩固拓展脱贫攻坚成果同乡村振兴有效衔接。三是助力经营主体发展。落实结构性减税降费政策，兑现惠企'
      '资金“免申即享”，全年惠及各类经营主体近{q_zt}。四是深化预算管理改革。全面推进预算管理一体化，'
      '将全部预算单位纳入预算绩效运行监控，对绩效评价结果较差的项目压减预算安排。五是严守风险底线。'
      '严格落实政府债务限额管理和预算管理，按时足额偿还到期债务本息，坚决遏制新增隐性债务。')
    A.h1('二、2025年预算草案')
    P('2025年预算编制的指导思想是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和'
      '二十届二中、三中全会精神，完整准确全面贯彻新发展理念，落实更加积极的财政政策，加强财政资源统筹，'
      '坚持党政机关习惯过紧日子，严格预算约束，强化绩效管理，兜牢兜实基层“三保”底线，为全县经济社会'
      '高质量发展提供坚实财力保障。')
    A.h2('（一）一般公共预算草案')
    P('全县一般公共预算收入预期{m_rev}，比上年完成数增长{m_gr}，其中税收收入{m_tax}、非税收入{m_nt}。'
      '加上上级补助收入{m_sub}、调入资金{m_tr}、上年结转{m_carry}、动用预算稳定调节基金{m_wd}，收入总计'
      '{m_in}。全县一般公共预算支出安排{m_exp}，加上上解支出{m_sj}、债务还本支出{m_hb}，支出总计{m_out}，'
      '收支平衡。一般公共预算支出中，安排教育支出{m_edu}、社会保障和就业支出{m_sb}、卫生健康支出{m_ws}'
      '等，重点领域支出得到有效保障。')
    A.h2('（二）政府性基金预算草案')
    P('全县政府性基金预算收入预期{n_rev}，加上上级补助收入{n_sub}、专项债务转贷收入{n_zd}、上年结转'
      '{n_carry}，收入总计{n_in}。全县政府性基金预算支出安排{n_exp}，加上调出资金{n_tr}、专项债务还本'
      '支出{n_hb}，支出总计{n_out}，收支平衡。')
    A.h2('（三）国有资本经营预算草案')
    P('全县国有资本经营预算收入预期{o_rev}；国有资本经营预算支出安排{o_exp}，调出资金{o_tr}至一般公共预算，'
      '收支平衡。')
    A.h2('（四）社会保险基金预算草案')
    P('全县社会保险基金预算收入{p_rev}，支出{p_exp}，当年收支结余{p_bal}；加上2024年末滚存结余{p_prev}，'
      '预计2025年末滚存结余{p_end}。')
    A.h1('三、完成2025年预算任务的主要措施')
    P('一是积极培植财源，提升收入质量。聚焦主导产业延链补链强链，加快培育新的税源增长点，加强非税收入'
      '征管，依法依规组织收入，坚决防止收“过头税费”。二是优化支出结构，保障重点民生。严格执行“三保”'
      '支出优先顺序，从严从紧控制一般性支出，集中财力支持教育、医疗、养老、就业等民生实事。三是深化财政'
      '改革，提升管理效能。全面实施预算绩效管理，推动绩效目标、绩效监控、绩效评价与预算安排深度融合。'
      '四是强化风险防控，守牢安全底线。落实一揽子化债方案，加强专项债券项目全生命周期管理，防范政府'
      '债务风险和基层财政运行风险。')
    P('各位代表，做好2025年财政工作任务艰巨、责任重大。我们将在县委的坚强领导下，自觉接受县人大的法律'
      '监督和县政协的民主监督，坚定信心，迎难而上，扎实做好各项财政工作，为奋力谱写云溪高质量发展新篇章'
      '作出新的更大贡献！')
    npages = A.finish()

    # ======================================================= breakdowns
    a = 'A'
    bd(a, 'S01', 'genuine', 'sum', 'a_rev', ['a_tax', 'a_nt'], '全县一般公共预算收入＝税收收入＋非税收入（其中：…）')
    bd(a, 'S02', 'genuine', 'share', None, ['a_tax_sh', 'a_nt_sh'], '税收、非税收入占比合计100%')
    bd(a, 'S03', 'planted', 'sum', 't1a_tax', ['t1a_' + k for k in tax_keys],
       '表1 完成数列：房产税完成数印为3,286，应为3,186（分项多印100），税收收入小计按正确值汇总，故分项合计比小计多100。'
       '注意：小计行位于分项之上（“一、税收收入”）。房产税的完成预算%/增长%按正确值3,186计算。')
    bd(a, 'S04', 'genuine', 'sum', 't1a_nt', ['t1a_' + k for k in nt_keys], '表1 完成数列 非税收入（小计行在分项之上）')
    bd(a, 'S05', 'genuine', 'sum', 't1a_tot', ['t1a_tax', 't1a_nt'], '表1 完成数列 收入合计＝一、税收收入＋二、非税收入')
    bd(a, 'S06', 'genuine', 'sum', 't1b_tax', ['t1b_' + k for k in tax_keys], '表1 预算数列 税收收入')
    bd(a, 'S07', 'genuine', 'sum', 't1b_nt', ['t1b_' + k for k in nt_keys], '表1 预算数列 非税收入')
    bd(a, 'S08', 'genuine', 'sum', 't1b_tot', ['t1b_tax', 't1b_nt'], '表1 预算数列 收入合计')
    bd(a, 'S09', 'genuine', 'repeat', 'a_rev', ['t1a_tot'], '正文收入总额与表1收入合计（不同格式：无/有千分位）')
    bd(a, 'S10', 'genuine', 'repeat', 'a_tax', ['t1a_tax'], '正文税收收入与表1税收收入小计')
    bd(a, 'S11', 'genuine', 'sum', 't2a_tot', ['t2a_' + k for k in exp_keys], '表2 完成数列合计，“—”按0计')
    bd(a, 'S12', 'planted', 'sum', 't2b_tot', ['t2b_' + k for k in exp_keys],
       '表2 调整预算数列：合计印为%s，各行之和为%s，合计多印1000（一位数字错）。' % (cm(EB_PRINTED), cm(EB)))
    bd(a, 'S13', 'genuine', 'repeat', 'b_exp', ['t2a_tot'], '正文支出总额与表2合计完成数')
    bd(a, 'S14', 'genuine', 'sum', 'c_in',
       ['c_rev', 'c_sub', 'c_zd', 'c_tr', 'c_carry', 'c_wd'], '全县一般公共预算收入总计')
    bd(a, 'S15', 'genuine', 'sum', 'c_sub', ['c_sub_fh', 'c_sub_yb', 'c_sub_zx'], '上级补助收入（括号内其中）')
    bd(a, 'S16', 'genuine', 'sum', 'c_tr', ['c_tr_g', 'c_tr_s', 'c_tr_o'], '调入资金（括号内其中）')
    bd(a, 'S17', 'genuine', 'sum', 'c_out', ['c_exp', 'c_sj', 'c_hb', 'c_ap', 'c_next'], '全县一般公共预算支出总计')
    bd(a, 'S18', 'genuine', 'balance', 'c_in', ['c_out'], '全县收支平衡：收入总计＝支出总计', signs=[1])
    bd(a, 'S19', 'genuine', 'sum', 'd_rev', ['d_tax', 'd_nt'], '县本级收入＝税收＋非税')
    bd(a, 'S20', 'genuine', 'sum', 'd_in', ['d_rev', 'd_sub', 'd_zd', 'd_tr', 'd_up', 'd_carry'], '县本级收入总计')
    bd(a, 'S21', 'genuine', 'sum', 'd_out', ['d_exp', 'd_sj', 'd_bz', 'd_hb', 'd_next'], '县本级支出总计（分项与总计一致）')
    bd(a, 'S22', 'planted', 'balance', 'd_in', ['d_out'],
       '正文称“县本级一般公共预算收支平衡”，但收入总计比支出总计少27万元（两边各自分项相加均正确）。', signs=[1])
    bd(a, 'S23', 'genuine', 'sum', 'e_in', ['e_rev', 'e_sub', 'e_zd', 'e_carry'], '政府性基金收入总计')
    bd(a, 'S24', 'genuine', 'sum', 'e_out', ['e_exp', 'e_trg', 'e_hb', 'e_next'], '政府性基金支出总计')
    bd(a, 'S25', 'genuine', 'balance', 'e_in', ['e_out'], '政府性基金收支平衡', signs=[1])
    bd(a, 'S26', 'planted', 'sum', 'g_rev', ['g_p', 'g_d', 'g_c', 'g_o'],
       '国有资本经营预算收入印为%s，“分别为”四项之和为%s，总数多1。' % (wy(S_PRINT), wy(S_TRUE)))
    bd(a, 'S27', 'genuine', 'sum', 'h_rev', ['h_1', 'h_2', 'h_3', 'h_4'], '社保基金收入分险种')
    bd(a, 'S28', 'genuine', 'sum', 'h_rev', ['h_s1', 'h_s2', 'h_s3', 'h_s4'], '社保基金收入按来源（同一总数，第二种口径）')
    bd(a, 'S29', 'genuine', 'sum', 'h_exp', ['h_dy', 'h_qt'], '社保基金支出（其中两项完整）')
    bd(a, 'S30', 'genuine', 'balance', 'h_bal', ['h_rev', 'h_exp'], '当年收支结余＝收入－支出', signs=[1, -1])
    bd(a, 'S31', 'genuine', 'balance', 'h_end', ['h_prev', 'h_bal'], '年末滚存结余＝上年滚存结余＋当年结余', signs=[1, 1])
    bd(a, 'S32', 'genuine', 'sum', 'k_new', ['k_new_g', 'k_new_z'], '新增政府债券')
    bd(a, 'S33', 'genuine', 'sum', 'k_ref', ['k_ref_g', 'k_ref_z'], '再融资债券')
    bd(a, 'S34', 'genuine', 'balance', 'k_close', ['k_open', 'k_add', 'k_rep'], '全县债务 年初＋新增－偿还＝年末（正文）', signs=[1, 1, -1])
    bd(a, 'S35', 'genuine', 'sum', 'k_close', ['k_close_g', 'k_close_z'], '全县年末债务余额＝一般＋专项（正文）')
    bd(a, 'S36', 'planted', 'balance', 'k_c_close', ['k_c_open', 'k_c_add', 'k_c_rep'],
       '县本级债务：%s＋%s－%s＝%s，但年末余额印为%s（多100）。' % (DC_OPEN, DC_ADD, DC_REP, DC_CLOSE_TRUE, DC_CLOSE_PRINT),
       signs=[1, 1, -1])
    n = 37
    for col, cl in (('open', '年初余额'), ('add', '本年新增'), ('rep', '本年偿还'), ('close', '年末余额'), ('lim', '债务限额')):
        bd(a, 'S%02d' % n, 'genuine', 'sum', 't3_t_' + col, ['t3_g_' + col, 't3_z_' + col], '表3（三线表）%s列 合计' % cl)
        n += 1
    for key, nm in (('g', '一般债务'), ('z', '专项债务'), ('t', '合计')):
        bd(a, 'S%02d' % n, 'genuine', 'balance', 't3_%s_close' % key,
           ['t3_%s_open' % key, 't3_%s_add' % key, 't3_%s_rep' % key], '表3 %s行 年初＋新增－偿还＝年末' % nm, signs=[1, 1, -1])
        n += 1
    rest = [
        ('genuine', 'repeat', 'k_close', ['t3_t_close'], '正文年末债务余额与表3合计'),
        ('genuine', 'repeat', 'k_add', ['t3_t_add'], '正文新增债务与表3合计'),
        ('genuine', 'sum', 'm_rev', ['m_tax', 'm_nt'], '2025年收入预算＝税收＋非税'),
        ('genuine', 'sum', 'm_in', ['m_rev', 'm_sub', 'm_tr', 'm_carry', 'm_wd'], '2025年收入总计'),
        ('genuine', 'sum', 'm_out', ['m_exp', 'm_sj', 'm_hb'], '2025年支出总计'),
        ('genuine', 'balance', 'm_in', ['m_out'], '2025年收支平衡'),
        ('genuine', 'repeat', 'c_next', ['m_carry'], '2024年结转下年＝2025年上年结转'),
        ('genuine', 'sum', 'n_in', ['n_rev', 'n_sub', 'n_zd', 'n_carry'], '2025年基金收入总计'),
        ('genuine', 'sum', 'n_out', ['n_exp', 'n_tr', 'n_hb'], '2025年基金支出总计'),
        ('genuine', 'repeat', 'e_next', ['n_carry'], '2024年基金结转下年＝2025年基金上年结转'),
        ('genuine', 'balance', 'o_rev', ['o_exp', 'o_tr'], '2025年国资：收入＝支出＋调出（收支平衡）'),
        ('genuine', 'balance', 'p_bal', ['p_rev', 'p_exp'], '2025年社保当年结余＝收入－支出'),
        ('genuine', 'balance', 'p_end', ['p_prev', 'p_bal'], '2025年末滚存结余＝2024年末＋当年结余'),
        ('genuine', 'repeat', 'h_end', ['p_prev'], '2024年末社保滚存结余前后两处一致'),
        ('genuine', 'repeat', 'e_trg', ['c_tr_g'], '基金调出资金＝一般公共预算从基金调入'),
        ('genuine', 'repeat', 'g_tr', ['c_tr_s'], '国资调出资金＝一般公共预算从国资调入'),
        ('genuine', 'repeat', 'a_rev', ['c_rev'], '全县收入在第1、3小节两次出现'),
    ]
    signs_map = {'balance': None}
    for kind, chk, tot, parts, note in rest:
        sg = None
        if chk == 'balance':
            sg = [1] if len(parts) == 1 else ([1, -1] if tot in ('p_bal',) else [1, 1])
        bd(a, 'S%02d' % n, kind, chk, tot, parts, note, signs=sg)
        n += 1
    # lookalikes
    lk(a, 'a_vat', '“增值税…、企业所得税…、契税…等税种”只列举部分税种（带“等”），不是税收收入的完整分解')
    lk(a, 't1p_tot', '表1“完成预算%”列是完成率，不是构成比，各行相加不等于100')
    lk(a, 't1g_tot', '表1“比上年增长%”列为增速，不可相加')
    lk(a, 'b_ms_sh', '民生支出占比是单一比重（民生支出与功能科目交叉），无配套分项')
    lk(a, 'b_edu', '重点支出列举教育、社保、卫生、农林水四项，仅为部分科目，不等于支出总额')
    lk(a, 'e_land', '“其中国有土地使用权出让收入”只列一项，不是完整分解')
    lk(a, 'k_lim', '债务限额是上限，不是余额的合计；余额<限额是正常的')
    lk(a, 'k_ratio', '债务率是比率，不是构成比')
    lk(a, 'a_jsjf', '“超2.3亿元”为约数（亿元），不参与核对')
    lk(a, 'q_zt', '“近1.2万户”为约数')
    lk(a, 'q_sb', '“约95%”三保支出占可用财力比重，是单一比率')
    lk(a, 'h_cb', '“近28万人”为约数，参保人数')
    lk(a, 'm_gr', '2025年预算比2024年完成数增长，是预算与决算口径的比较，不是分解')
    lk(a, 'm_edu', '2025年“安排教育…卫生健康支出等”只列部分科目（带“等”）')
    lk(a, 'a_xz', '“全县18个乡镇中，有11个完成年度收入目标”只给出满足条件的部分，不是分解')
    lk(a, 'a_kfq_sh', '开发区税收占全县税收比重为单一比重，无配套分项')
    lk(a, 'a_gm', '“约占41.5%”为约数比重')
    lk(a, 'a_gy_inc', '“比上年增加2085万元”是增量，不是分项')
    return A, npages


# ============================================================================
#  FILE B  卫健局 2024年工作总结
# ============================================================================
def build_B():
    B = Doc(os.path.join(HERE, 'B_yunxi_health_summary_2024.pdf'),
            '云溪县卫生健康局2024年工作总结', '云溪县卫生健康局')
    f = B.f
    POP = D(463000)
    # institutions
    H_PUB, H_PRI = D(5), D(9)
    HOSP = H_PUB + H_PRI
    TOWN, COMM, VILL = D(18), D(3), D(286)
    PH_ = [('县疾病预防控制中心', 1), ('县妇幼保健院', 1), ('县卫生健康综合监督执法大队', 1), ('县120急救指挥中心', 1)]
    PHT = sum(D(x[1]) for x in PH_)
    CLIN = D(87)
    INST = HOSP + TOWN + COMM + VILL + PHT + CLIN
    INST_PRINT = D(str(INST)[0] + str(INST)[2] + str(INST)[1])       # swap last two digits
    assert INST_PRINT != INST
    # beds
    BED = [('县级公立医院', 1350), ('民营医院', 628), ('乡镇卫生院', 796), ('社区卫生服务中心', 62)]
    BEDT = sum(D(x[1]) for x in BED)
    # staff
    ST_COUNTY, ST_BASE, ST_PRI = D(1842), D(1139), D(437)
    STAFF = ST_COUNTY + ST_BASE + ST_PRI
    DOC_, NURSE = D(1326), D(1487)
    EDU = [('本科及以上学历', D(1163)), ('大专学历', D(1458)), ('中专及以下学历', None)]
    EDU[2] = (EDU[2][0], STAFF - EDU[0][1] - EDU[1][1])
    edu_sh = [pct_of(x[1], STAFF) for x in EDU]
    assert sum(edu_sh) == 100, edu_sh
    # township outpatient table (门急诊, 急诊, 住院, growth%)
    TW = [('城关镇', 96482, 5316, 3842, '6.8'), ('青石镇', 58317, 2104, 2216, '4.2'),
          ('柳河镇', 62945, 2687, 2583, '7.5'), ('白沙镇', 47203, 1538, 1674, '-2.3'),
          ('龙泉镇', 71836, 3025, 2958, '9.1'), ('石桥镇', 43619, 1287, 1392, '3.6'),
          ('永安镇', 55274, 2046, 2105, '5.4'), ('高坪乡', 31528, 864, 936, '-4.7'),
          ('双河乡', 38742, 1126, 1248, '2.9'), ('桃源乡', 29865, 792, 874, '1.8'),
          ('马鞍乡', 34106, 958, 1017, '6.1'), ('新华乡', 41357, 1402, 1365, '8.4'),
          ('黄土乡', 27914, 703, 812, '-1.6'), ('长岭乡', 36281, 1045, 1126, '4.9'),
          ('三江乡', 45790, 1613, 1587, '7.2'), ('杨柳乡', 32467, 917, 985, '3.3'),
          ('大坝乡', 28653, 746, 843, '-0.8'), ('金鸡乡', 39508, 1219, 1302, '5.7')]
    TW_MJ = sum(D(x[1]) for x in TW)
    TW_JZ = sum(D(x[2]) for x in TW)
    TW_ZY = sum(D(x[3]) for x in TW)
    TW_LAST = sum(q(D(x[1]) / (1 + D(x[4]) / 100), 0) for x in TW)
    TW_GR = growth(TW_MJ, TW_LAST)
    # total outpatient visits and shares
    OP_CTY, OP_VIL = D(868540), D(398260)
    OP_TOT = OP_CTY + TW_MJ + OP_VIL
    op_sh = [pct_of(OP_CTY, OP_TOT), pct_of(TW_MJ, OP_TOT), pct_of(OP_VIL, OP_TOT)]
    assert sum(op_sh) == 100, op_sh
    RMYY_MJ, RMYY_CY = D(536218), D(24315)
    # family doctors
    QY, QY_RATE = D(218460), pct_of(D(218460), POP)
    QY_PRINT2 = D(218640)
    KEY_QY = D(126385)
    GROUPS = [('65岁及以上老年人', 58642), ('高血压患者', 41275), ('2型糖尿病患者', 12938), ('孕产妇', 2146),
              ('0～6岁儿童', 18725), ('残疾人', 7384), ('脱贫人口', 21560)]
    assert sum(D(g[1]) for g in GROUPS) > KEY_QY
    # funds
    GW = [('中央', D('2870.34')), ('省级', D('652.83')), ('市级', D('217.61')), ('县级', D('611.40'))]
    GWT = sum(x[1] for x in GW)
    ZD = [('妇幼健康项目', D('128.40')), ('疾病预防控制项目', D('167.25')), ('精神卫生项目', D('46.85')),
          ('其他重大公共卫生项目', D('44.00'))]
    ZDT = sum(x[1] for x in ZD)
    XM = [('中央预算内投资', D(6500)), ('地方政府专项债券', D(4800)), ('省市卫生健康专项补助', D(1380))]
    XMT = sum(x[1] for x in XM)
    # vaccination
    V_MY, V_FMY = D(112386), D(56039)
    V_TOT = V_MY + V_FMY
    # infectious disease
    CR_B, CR_C = D(412), D(874)
    CR_T = CR_B + CR_C
    # births / deaths
    BM, BF = D(1702), D(1584)
    BIRTH = BM + BF
    DM, DF = D(2015), D(1637)
    DEATH = DM + DF
    BR = q(BIRTH * 1000 / POP, 2)
    DR = q(DEATH * 1000 / POP, 2)
    NR = BR - DR
    PAR = [D('42.3'), D('39.6'), D('17.3')]            # planted: sums to 99.2
    assert sum(PAR) == D('99.2')
    SEXR = q(BM * 100 / BF, 2)

    # ---------------- figures
    f('pop', D('46.3'), '46.3万', '常住人口（约数）', '万人')
    f('inst', INST_PRINT, cnt(INST_PRINT, '个'), '全县医疗卫生机构总数', '个')
    f('hosp', HOSP, cnt(HOSP, '个'), '医院', '个')
    f('hosp_pub', H_PUB, cnt(H_PUB, '个'), '公立医院', '个')
    f('hosp_pri', H_PRI, cnt(H_PRI, '个'), '民营医院', '个')
    f('town', TOWN, cnt(TOWN, '个'), '乡镇卫生院', '个')
    f('comm', COMM, cnt(COMM, '个'), '社区卫生服务中心', '个')
    f('vill', VILL, cnt(VILL, '个'), '村卫生室', '个')
    f('pht', PHT, cnt(PHT, '个'), '专业公共卫生机构', '个')
    for i, (nm, v) in enumerate(PH_):
        f('ph%d' % i, D(v), cnt(v, '个'), nm, '个')
    f('clin', CLIN, cnt(CLIN, '个'), '诊所、门诊部及医务室', '个')
    f('bed', BEDT, cnt(BEDT, '张'), '实有床位', '张')
    for i, (nm, v) in enumerate(BED):
        f('bed%d' % i, D(v), cnt(v, '张'), '床位：' + nm, '张')
    f('bed_k', q(BEDT * 1000 / POP, 2), '%s张' % q(BEDT * 1000 / POP, 2), '每千常住人口床位数', '张')
    f('staff', STAFF, cnt(STAFF, '人'), '卫生技术人员', '人')
    f('doc', DOC_, cnt(DOC_, '人'), '执业（助理）医师', '人')
    f('nurse', NURSE, cnt(NURSE, '人'), '注册护士', '人')
    f('doc_k', q(DOC_ * 1000 / POP, 2), '%s人' % q(DOC_ * 1000 / POP, 2), '每千人口执业（助理）医师', '人')
    f('nurse_k', q(NURSE * 1000 / POP, 2), '%s人' % q(NURSE * 1000 / POP, 2), '每千人口注册护士', '人')
    f('st_c', ST_COUNTY, cnt(ST_COUNTY, '人'), '县级医疗卫生机构卫生技术人员', '人')
    f('st_b', ST_BASE, cnt(ST_BASE, '人'), '基层医疗卫生机构卫生技术人员', '人')
    f('st_p', ST_PRI, cnt(ST_PRI, '人'), '民营医疗机构卫生技术人员', '人')
    for i, (nm, v) in enumerate(EDU):
        f('edu%d' % i, edu_sh[i], pc(edu_sh[i]), '卫技人员' + nm + '占比', '%')
    f('vdoc', D(395), '395名', '乡村医生', '人')
    f('op_tot', OP_TOT, cnt(OP_TOT, '人次'), '全县总诊疗人次', '人次')
    f('op_gr', D('4.6'), '4.6%', '总诊疗增长', '%')
    f('op_s1', op_sh[0], pc(op_sh[0]), '县级医院诊疗占比', '%')
    f('op_s2', op_sh[1], pc(op_sh[1]), '乡镇卫生院诊疗占比', '%')
    f('op_s3', op_sh[2], pc(op_sh[2]), '村卫生室及其他诊疗占比', '%')
    f('rm_mj1', RMYY_MJ, cnt(RMYY_MJ, '人次'), '县人民医院门急诊人次（第二部分）', '人次')
    f('rm_cy1', RMYY_CY, cnt(RMYY_CY, '人次'), '县人民医院出院人次（第二部分）', '人次')
    f('rm_ss', D(6842), '6842台次', '县人民医院手术', '台次')
    f('rm_cmi', D('0.93'), '0.93', 'CMI值', '')
    f('tw_mj_txt', TW_MJ, cnt(TW_MJ, '人次'), '乡镇卫生院门急诊人次（正文）', '人次')
    f('tw_zy_txt', TW_ZY, cnt(TW_ZY, '人次'), '乡镇卫生院住院人次（正文）', '人次')
    f('tw_gr_txt', TW_GR, pc(TW_GR), '乡镇卫生院门急诊增长（正文）', '%')
    f('std_t', TOWN, cnt(TOWN, '个'), '乡镇卫生院（能力标准段）', '个')
    f('std_1', D(5), cnt(5, '个'), '达到推荐标准', '个')
    f('std_2', D(11), cnt(11, '个'), '达到基本标准', '个')
    f('std_3', D(2), cnt(2, '个'), '尚未达标', '个')
    f('vil_t', VILL, cnt(VILL, '个'), '村卫生室（村卫生室段）', '个')
    f('vil_1', D(241), cnt(241, '个'), '公有产权村卫生室', '个')
    f('vil_2', VILL - 241, cnt(VILL - 241, '个'), '其他产权村卫生室', '个')
    # table
    rowsT = []
    for i, (nm, mj, jz, zy, g) in enumerate(TW):
        k = 'w%02d' % i
        f('tw_mj_' + k, D(mj), cm(mj), '乡镇表 %s卫生院 门急诊人次' % nm, '人次')
        f('tw_jz_' + k, D(jz), cm(jz), '乡镇表 %s卫生院 急诊' % nm, '人次')
        f('tw_zy_' + k, D(zy), cm(zy), '乡镇表 %s卫生院 住院人次' % nm, '人次')
        f('tw_gr_' + k, D(g), g, '乡镇表 %s卫生院 门急诊增长%%' % nm, '%')
        rowsT.append([nm + '卫生院', '@tw_mj_' + k, '@tw_jz_' + k, '@tw_zy_' + k, '@tw_gr_' + k])
    f('tw_mj_tot', TW_MJ, cm(TW_MJ), '乡镇表 合计 门急诊人次', '人次')
    f('tw_jz_tot', TW_JZ, cm(TW_JZ), '乡镇表 合计 急诊', '人次')
    f('tw_zy_tot', TW_ZY, cm(TW_ZY), '乡镇表 合计 住院人次', '人次')
    f('tw_gr_tot', TW_GR, str(TW_GR), '乡镇表 合计 增长%', '%')
    rowsT.append(['合　　计', '@tw_mj_tot', '@tw_jz_tot', '@tw_zy_tot', '@tw_gr_tot'])
    tw_keys = ['w%02d' % i for i in range(len(TW))]
    # public health
    f('gw_t', GWT, wy2(GWT), '基本公共卫生服务补助资金', '万元')
    for i, (nm, v) in enumerate(GW):
        f('gw%d' % i, v, wy2(v), '基本公卫资金：' + nm, '万元')
    f('gw_bz', D(94), '94元', '人均基本公卫补助标准', '元')
    f('gw_xc', D(40), '40%', '乡村医生承担任务资金比例', '%')
    f('qy1', QY, cnt(QY, '人'), '家庭医生签约人数（第一次）', '人')
    f('qy_rate', QY_RATE, pc(QY_RATE), '常住人口签约率', '%')
    f('kq', KEY_QY, cnt(KEY_QY, '人'), '重点人群签约人数', '人')
    f('kq_rate', D('78.6'), '78.6%', '重点人群签约率', '%')
    for i, (nm, v) in enumerate(GROUPS):
        f('gp%d' % i, D(v), cnt(v, '人'), '签约重点人群：' + nm, '人')
    f('da', D(412865), cnt(412865, '份'), '电子健康档案', '份')
    f('da_rate', pct_of(412865, POP), pc(pct_of(412865, POP)), '电子健康档案建档率', '%')
    f('gxy', D(38216), cnt(38216, '人'), '高血压规范管理人数', '人')
    f('gxy_r', D('76.3'), '76.3%', '高血压规范管理率', '%')
    f('tnb', D(11042), cnt(11042, '人'), '糖尿病规范管理人数', '人')
    f('tnb_r', D('74.8'), '74.8%', '糖尿病规范管理率', '%')
    f('lnr', D(52318), cnt(52318, '人'), '老年人健康管理人数', '人')
    f('lnr_r', D('71.5'), '71.5%', '老年人健康管理率', '%')
    f('zd_t', ZDT, wy2(ZDT), '重大公共卫生服务项目资金', '万元')
    for i, (nm, v) in enumerate(ZD):
        f('zd%d' % i, v, wy2(v), '重大公卫资金：' + nm, '万元')
    f('v_tot', V_TOT, cnt(V_TOT, '剂次'), '全年接种疫苗剂次', '剂次')
    f('v_my', V_MY, cnt(V_MY, '剂次'), '免疫规划疫苗剂次', '剂次')
    f('v_fmy', V_FMY, cnt(V_FMY, '剂次'), '非免疫规划疫苗剂次', '剂次')
    f('v_rate', D(95), '95%', '免疫规划疫苗接种率（下限）', '%')
    f('hpv_y', D(3126), cnt(3126, '剂次'), 'HPV疫苗当年接种', '剂次')
    f('hpv_c', D(9847), cnt(9847, '剂次'), 'HPV疫苗累计接种', '剂次')
    f('cr_t', CR_T, cnt(CR_T, '例'), '乙丙类法定传染病报告病例', '例')
    f('cr_b', CR_B, cnt(CR_B, '例'), '乙类传染病', '例')
    f('cr_c', CR_C, cnt(CR_C, '例'), '丙类传染病', '例')
    f('cr_rate', q(CR_T * 100000 / POP, 2), '%s/10万' % q(CR_T * 100000 / POP, 2), '法定传染病报告发病率', '/10万')
    # births
    f('birth', BIRTH, cnt(BIRTH, '人'), '出生人口', '人')
    f('bm', BM, cnt(BM, '人'), '出生男婴', '人')
    f('bf', BF, cnt(BF, '人'), '出生女婴', '人')
    f('sexr', SEXR, str(SEXR), '出生人口性别比', '')
    f('br', BR, '%s‰' % BR, '出生率', '‰')
    f('death', DEATH, cnt(DEATH, '人'), '死亡人口', '人')
    f('dm', DM, cnt(DM, '人'), '死亡男性', '人')
    f('dfm', DF, cnt(DF, '人'), '死亡女性', '人')
    f('dr', DR, '%s‰' % DR, '死亡率', '‰')
    f('nr', NR, '%s‰' % NR, '人口自然增长率', '‰')
    for i, nm in enumerate(['一孩', '二孩', '三孩及以上']):
        f('par%d' % i, PAR[i], pc(PAR[i]), '出生孩次构成：' + nm, '%')
    f('imr', D('2.74'), '2.74‰', '婴儿死亡率', '‰')
    f('u5', D('3.96'), '3.96‰', '5岁以下儿童死亡率', '‰')
    f('zyfm', D(100), '100%', '住院分娩率', '%')
    # investment
    f('xm_t', XMT, wy(XMT), '争取上级项目资金', '万元')
    for i, (nm, v) in enumerate(XM):
        f('xm%d' % i, v, wy(v), '上级资金：' + nm, '万元')
    f('wsjk', D(31274), wy(31274), '全县卫生健康支出', '万元')
    f('wsjk_gr', growth(31274, 29658), pc(growth(31274, 29658)), '卫生健康支出增长', '%')
    # highlights (repeats)
    f('rm_mj2', RMYY_MJ, cnt(RMYY_MJ, '人次'), '县人民医院门急诊人次（工作亮点段重述）', '人次')
    f('qy2', QY_PRINT2, cnt(QY_PRINT2, '人'), '家庭医生签约人数（工作亮点段重述）', '人')
    f('tw_round', q(TW_MJ / 10000, 1), '%s万人次' % q(TW_MJ / 10000, 1), '乡镇卫生院门急诊（约数重述）', '万人次')
    f('yg', D('1.2'), '1.2万余人次', '远程会诊等（约数）', '万人次')
    # 2025 targets
    f('t_qy', D(50), '50%', '2025年签约率目标', '%')
    f('xyjz', D('88.6'), '88.6%', '县域内就诊率', '%')
    f('gtbz', D(12), '12个', '医共体统一管理的中心（数量）', '个')
    f('jc', D(1486), '1486户次', '监督检查户次', '户次')
    f('aj', D(37), '37起', '查处违法违规案件', '起')
    f('aj1', D(21), '21起', '案件：医疗机构类', '起')
    f('aj2', D(9), '9起', '案件：公共场所类', '起')
    f('aj3', D(4), '4起', '案件：生活饮用水类', '起')
    f('aj4', D(3), '3起', '案件：职业卫生类', '起')
    f('fm', D('18.65'), '18.65万元', '罚没款', '万元')
    f('tj', D('96.3'), '96.3%', '医疗纠纷调解成功率', '%')
    f('zyb', D(1264), '1264人', '职业健康检查人数（约）', '人')
    f('t_bed', D('6.5'), '6.5张', '2025年每千人床位目标', '张')

    # ---------------- layout
    P = B.para
    B.space(6)
    B.para('云溪县卫生健康局2024年工作总结', size=18, lead=30, indent=0, align='center', bold=True, after=8)
    P('2024年，县卫生健康局在县委、县政府的坚强领导和上级业务部门的精心指导下，坚持以人民健康为中心，'
      '深入推进健康云溪建设，持续深化医药卫生体制改革，扎实推进紧密型县域医共体建设，全面提升医疗服务、'
      '公共卫生和基层卫生健康服务能力，全县卫生健康事业保持稳中有进、进中向好的发展态势，为服务常住人口'
      '约{pop}群众的健康提供了坚实保障。现将全年工作总结如下：')
    B.h1('一、卫生健康资源基本情况')
    P('截至2024年底，全县共有各级各类医疗卫生机构{inst}，其中：医院{hosp}（公立医院{hosp_pub}、民营医院'
      '{hosp_pri}），乡镇卫生院{town}，社区卫生服务中心{comm}，村卫生室{vill}，专业公共卫生机构{pht}（包括'
      '县疾病预防控制中心{ph0}、县妇幼保健院{ph1}、县卫生健康综合监督执法大队{ph2}、县120急救指挥中心'
      '{ph3}），诊所、门诊部及医务室{clin}。全县医疗卫生机构实有床位{bed}，分别为县级公立医院{bed0}、'
      '民营医院{bed1}、乡镇卫生院{bed2}、社区卫生服务中心{bed3}，每千常住人口床位数达到{bed_k}。')
    P('全县共有卫生技术人员{staff}，其中执业（助理）医师{doc}、注册护士{nurse}，每千常住人口执业（助理）'
      '医师{doc_k}、注册护士{nurse_k}。按机构类别分，县级医疗卫生机构{st_c}，基层医疗卫生机构{st_b}，'
      '民营医疗机构{st_p}。从学历结构看，本科及以上学历占{edu0}，大专学历占{edu1}，中专及以下学历占'
      '{edu2}，人才队伍结构持续优化。另有在岗乡村医生{vdoc}，村卫生室服务网络实现行政村全覆盖。')
    B.h1('二、主要工作及成效')
    B.h2('（一）医疗服务能力稳步提升')
    P('全年全县医疗卫生机构总诊疗{op_tot}，比上年增长{op_gr}。从诊疗流向看，县级医院占{op_s1}，乡镇卫生院'
      '占{op_s2}，村卫生室及其他基层机构占{op_s3}，基层首诊、双向转诊格局逐步形成。县人民医院全年完成'
      '门急诊{rm_mj1}、出院{rm_cy1}，开展手术{rm_ss}，病例组合指数（CMI）提升至{rm_cmi}，胸痛、卒中、'
      '创伤三大中心通过省级验收。全县18家乡镇卫生院全年完成门急诊{tw_mj_txt}，比上年增长{tw_gr_txt}，'
      '住院{tw_zy_txt}，各乡镇卫生院门急诊服务情况见下表。')
    P('持续深化紧密型县域医共体建设，组建以县人民医院、县中医医院为龙头的2个医共体，建成医学检验、'
      '医学影像、心电诊断、消毒供应等资源共享中心{gtbz}，推行医共体内人员统一招聘、统一培训、统一'
      '调配，县级医院下沉专家常驻乡镇卫生院开展坐诊、查房和带教，全县县域内就诊率达到{xyjz}，“小病'
      '不出乡、大病不出县”的目标加快实现。')
    B.table('2024年各乡镇卫生院门急诊服务情况', '',
            [(110, 'l'), (88, 'r'), (80, 'r'), (80, 'r'), (88, 'r')],
            ['乡镇卫生院', '门急诊人次\n（人次）', '其中：急诊\n（人次）', '住院人次\n（人次）', '门急诊比上年\n增长（%）'],
            rowsT, 'none', size=9.5, rowh=15, bold_rows=(len(rowsT) - 1,),
            note='资料来源：县卫生健康统计直报系统。')
    P('全县{std_t}乡镇卫生院中，达到国家“优质服务基层行”推荐标准的{std_1}，达到基本标准的{std_2}，'
      '尚未达标的{std_3}，均已制定达标提升计划。全县{vil_t}村卫生室中，公有产权村卫生室{vil_1}，其他'
      '产权形式{vil_2}，全部纳入乡村一体化管理。依托县域医共体，全年开展远程心电、远程影像和远程会诊'
      '{yg}，让群众在家门口享受到县级医院专家服务。')
    B.h2('（二）基本公共卫生服务提质增效')
    P('2024年基本公共卫生服务补助资金到位{gw_t}，分别为中央资金{gw0}、省级资金{gw1}、市级资金{gw2}、'
      '县级配套资金{gw3}，人均财政补助标准提高到{gw_bz}，按照不低于{gw_xc}的比例用于支付乡村医生承担的'
      '基本公共卫生服务任务。全县累计建立居民电子健康档案{da}，建档率{da_rate}；高血压患者规范管理'
      '{gxy}，规范管理率{gxy_r}；2型糖尿病患者规范管理{tnb}，规范管理率{tnb_r}；65岁及以上老年人健康'
      '管理{lnr}，健康管理率{lnr_r}。')
    P('深入推进家庭医生签约服务，组建家庭医生团队146个，全县常住人口家庭医生签约{qy1}，签约率'
      '{qy_rate}；重点人群签约{kq}，签约率{kq_rate}。其中，签约65岁及以上老年人{gp0}、高血压患者{gp1}、'
      '2型糖尿病患者{gp2}、孕产妇{gp3}、0～6岁儿童{gp4}、残疾人{gp5}、脱贫人口{gp6}（同一签约对象可能'
      '同时属于多类重点人群）。推行“1+1+1”组合签约和个性化付费服务包，签约居民续约率稳步提高。')
    B.h2('（三）重大疾病防控扎实有效')
    P('全年安排重大公共卫生服务项目资金{zd_t}，分别用于妇幼健康项目{zd0}、疾病预防控制项目{zd1}、精神'
      '卫生项目{zd2}、其他重大公共卫生项目{zd3}。规范开展预防接种工作，全年累计接种各类疫苗{v_tot}，其中'
      '免疫规划疫苗{v_my}、非免疫规划疫苗{v_fmy}，适龄儿童免疫规划疫苗接种率均保持在{v_rate}以上。持续'
      '推进适龄女生HPV疫苗免费接种项目，全年接种{hpv_y}，项目实施以来累计接种{hpv_c}。全年共报告乙类、'
      '丙类法定传染病{cr_t}，其中乙类{cr_b}、丙类{cr_c}，报告发病率{cr_rate}，无甲类传染病报告，未发生'
      '较大及以上突发公共卫生事件。')
    B.h2('（四）妇幼健康和人口监测持续加强')
    P('2024年全县出生人口{birth}，其中男婴{bm}、女婴{bf}，出生人口性别比为{sexr}；出生率{br}。全年死亡'
      '人口{death}，其中男性{dm}、女性{dfm}，死亡率{dr}，人口自然增长率为{nr}。从出生孩次看，一孩占'
      '{par0}，二孩占{par1}，三孩及以上占{par2}。住院分娩率保持{zyfm}，婴儿死亡率{imr}，5岁以下儿童死亡率'
      '{u5}，连续三年无孕产妇死亡。落实生育支持政策，开展托育服务示范创建，新增普惠性托位320个。')
    B.h2('（五）项目建设和卫生健康投入持续加大')
    P('全年争取上级卫生健康项目资金{xm_t}，其中中央预算内投资{xm0}、地方政府专项债券{xm1}、省市卫生健康'
      '专项补助{xm2}，重点支持县人民医院综合楼、县中医医院康复中心和5个中心卫生院提质改造项目建设。'
      '全县卫生健康支出{wsjk}，比上年增长{wsjk_gr}，财政投入保障力度持续加大。')
    B.h2('（六）综合监管和平安医院建设')
    P('扎实开展医疗卫生行业综合监管，全年开展医疗机构、公共场所、生活饮用水和职业卫生等监督检查'
      '{jc}，查处违法违规案件{aj}，其中医疗机构类{aj1}、公共场所类{aj2}、生活饮用水类{aj3}、职业卫生类'
      '{aj4}，收缴罚没款{fm}。深入开展医药领域腐败问题集中整治和群众身边不正之风整治，持续推进平安医院'
      '建设，医疗纠纷人民调解成功率达到{tj}。督促用人单位落实职业病防治主体责任，全年为接触职业病危害'
      '因素的劳动者开展职业健康检查约{zyb}，未发生重大职业病危害事件。')
    B.h2('（七）工作亮点')
    P('一是县域龙头医院带动作用凸显。县人民医院门急诊量达到{rm_mj2}，创历史新高，县域内就诊率稳步提升。'
      '二是基层服务网底更加牢固。乡镇卫生院全年门急诊约{tw_round}，基层诊疗量占比持续提高。三是家庭医生'
      '服务更加贴心。全年家庭医生签约服务覆盖{qy2}，签约服务从“签而不约”向“签约即服务”转变。')
    B.h1('三、存在的问题')
    P('一是优质医疗资源总量不足，县级医院学科建设与群众多层次医疗需求仍有差距，部分疑难重症患者仍需外转'
      '就医。二是基层卫生人才引不进、留不住的问题依然突出，乡村医生老龄化严重，后备力量不足。三是公共'
      '卫生服务体系仍有短板，疾控机构实验室检测能力和应急处置能力有待进一步提升。')
    B.h1('四、2025年工作计划')
    P('一是深化紧密型县域医共体建设，推进医共体内人员、财务、药品耗材统一管理，力争县域内就诊率进一步'
      '提高。二是持续提升基层服务能力，每千常住人口床位数力争达到{t_bed}，推动更多乡镇卫生院达到推荐'
      '标准。三是做实家庭医生签约服务，常住人口签约率力争达到{t_qy}以上。四是加强公共卫生体系建设，'
      '完善传染病监测预警和应急处置机制。五是推进生育友好型社会建设，落实各项生育支持措施，促进人口长期'
      '均衡发展。')
    npages = B.finish()

    b = 'B'
    items = [
        ('planted', 'sum', 'inst', ['hosp', 'town', 'comm', 'vill', 'pht', 'clin'],
         '医疗卫生机构总数印为%s，各类之和为%s（末两位数字颠倒）' % (INST_PRINT, INST)),
        ('genuine', 'sum', 'hosp', ['hosp_pub', 'hosp_pri'], '医院＝公立＋民营（括号内）'),
        ('genuine', 'sum', 'pht', ['ph0', 'ph1', 'ph2', 'ph3'], '专业公共卫生机构（包括…）'),
        ('genuine', 'sum', 'bed', ['bed0', 'bed1', 'bed2', 'bed3'], '实有床位 分别为'),
        ('genuine', 'sum', 'staff', ['st_c', 'st_b', 'st_p'], '卫生技术人员按机构类别'),
        ('genuine', 'share', None, ['edu0', 'edu1', 'edu2'], '学历结构占比'),
        ('genuine', 'share', None, ['op_s1', 'op_s2', 'op_s3'], '诊疗流向占比'),
        ('genuine', 'sum', 'tw_mj_tot', ['tw_mj_' + k for k in tw_keys], '乡镇表（无线表）门急诊合计'),
        ('genuine', 'sum', 'tw_jz_tot', ['tw_jz_' + k for k in tw_keys], '乡镇表 急诊合计'),
        ('genuine', 'sum', 'tw_zy_tot', ['tw_zy_' + k for k in tw_keys], '乡镇表 住院合计'),
        ('genuine', 'repeat', 'tw_mj_txt', ['tw_mj_tot'], '正文乡镇卫生院门急诊＝表合计'),
        ('genuine', 'repeat', 'tw_zy_txt', ['tw_zy_tot'], '正文乡镇卫生院住院＝表合计'),
        ('genuine', 'sum', 'std_t', ['std_1', 'std_2', 'std_3'], '乡镇卫生院按能力标准'),
        ('genuine', 'sum', 'vil_t', ['vil_1', 'vil_2'], '村卫生室按产权'),
        ('genuine', 'repeat', 'vill', ['vil_t'], '村卫生室数两处一致'),
        ('genuine', 'sum', 'gw_t', ['gw0', 'gw1', 'gw2', 'gw3'], '基本公卫资金 分别为（两位小数）'),
        ('genuine', 'sum', 'zd_t', ['zd0', 'zd1', 'zd2', 'zd3'], '重大公卫资金 分别用于'),
        ('genuine', 'sum', 'v_tot', ['v_my', 'v_fmy'], '接种剂次'),
        ('genuine', 'sum', 'cr_t', ['cr_b', 'cr_c'], '乙丙类传染病'),
        ('genuine', 'sum', 'birth', ['bm', 'bf'], '出生人口＝男＋女'),
        ('genuine', 'sum', 'death', ['dm', 'dfm'], '死亡人口＝男＋女'),
        ('genuine', 'balance', 'nr', ['br', 'dr'], '自然增长率＝出生率－死亡率（‰，负值）'),
        ('planted', 'share', None, ['par0', 'par1', 'par2'], '出生孩次构成三项合计99.2%，缺0.8个百分点'),
        ('genuine', 'sum', 'xm_t', ['xm0', 'xm1', 'xm2'], '上级项目资金'),
        ('genuine', 'sum', 'aj', ['aj1', 'aj2', 'aj3', 'aj4'], '查处案件按类别'),
        ('genuine', 'repeat', 'rm_mj1', ['rm_mj2'], '县人民医院门急诊人次在（一）和（七）两节重复出现，一致'),
        ('planted', 'repeat', 'qy1', ['qy2'],
         '家庭医生签约人数在（二）印为%s，在（七）重述为%s（数字不同）' % (QY, QY_PRINT2)),
    ]
    for i, (kind, chk, tot, parts, note) in enumerate(items, 1):
        sg = [1, -1] if chk == 'balance' else None
        bd(b, 'T%02d' % i, kind, chk, tot, parts, note, signs=sg)
    lk(b, 'doc', '卫生技术人员“其中执业（助理）医师、注册护士”是子集，不是完整分解（还有药师、技师等）')
    lk(b, 'gp0', '重点人群签约按人群分类互相重叠，各类之和大于重点人群签约总数，不是分解')
    lk(b, 'qy_rate', '签约率是比率，不是构成比')
    lk(b, 'kq_rate', '重点人群签约率是比率')
    lk(b, 'bed_k', '每千人口床位数为比率')
    lk(b, 'doc_k', '每千人口医师、护士为比率')
    lk(b, 'hpv_y', 'HPV疫苗当年接种与项目累计接种，累计不是当年的分解或重复')
    lk(b, 'v_rate', '“95%以上”为下限表述的比率')
    lk(b, 'tw_gr_tot', '乡镇表“门急诊比上年增长（%）”列是增速，合计行增速不是各行之和')
    lk(b, 'tw_jz_w00', '“其中：急诊”列是同行门急诊人次的子集，同一行内门急诊与急诊不是并列分项，不能相加')
    lk(b, 'tw_round', '“约84.2万人次”是正文/表中门急诊合计的约数重述，不应视为数字不一致')
    lk(b, 'sexr', '出生人口性别比（女＝100）为比值')
    lk(b, 'imr', '婴儿死亡率、5岁以下儿童死亡率为比率，不可与出生率、死亡率相加')
    lk(b, 'da_rate', '建档率、规范管理率、健康管理率为比率')
    lk(b, 'pop', '“约46.3万”为约数')
    lk(b, 't_qy', '2025年目标值（力争…以上），不是实绩')
    lk(b, 'op_gr', '总诊疗人次比上年增长率')
    lk(b, 'xyjz', '县域内就诊率为比率')
    return B, npages


# ============================================================================
#  expected.json
# ============================================================================
CONVENTIONS = (
    "Values are the printed figures exactly as drawn (generated from Decimal). 'total'/'parts' are the printed "
    "strings; text figures carry their unit (e.g. '110929万元', '5.3%'); table cells are printed without unit and "
    "with thousands separators (e.g. '110,929'), the unit is given in 'unit' (from the table's 单位 note or column "
    "header). A table cell printed as '—' counts as 0 in parts_sum. pdf_page is the 1-based page on which the total "
    "is drawn (for share checks: page of the first share); parts_pages are the pages of the parts, all recorded "
    "from the layout engine at draw time. check='sum': total = sum(parts). check='share': parts are percentages "
    "that should add to 100% (total '100%'). check='balance': total = sum(sign_i*part_i) with signs in 'signs' "
    "(e.g. closing = opening + new - repaid; 收入总计 = 支出总计 where the text says 收支平衡; 当年结余 = 收入 - 支出). "
    "check='repeat': the same quantity printed twice; total is the first printing, parts = [second printing]. "
    "difference = total - parts_sum (for share: 100 - sum). genuine => difference 0; planted => nonzero. "
    "In file A table 1 the subtotal rows ('一、税收收入', '二、非税收入') are printed ABOVE their item rows and '收入合计' "
    "is the last row; items are indented with ideographic spaces. Table 3 is a three-line table (thick top/bottom "
    "rules, thin rule under header, hairlines between body rows, no vertical rules). File B's township table has no "
    "rules at all; its 合计 row is last. Each planted error is designed to trip exactly one listed check; no other "
    "listed relation is affected. Percent columns (完成预算%, 增长%) are rates, never shares. Lookalikes are "
    "statements a checker should NOT flag as errors.")


def main():
    docs = {}
    A, na = build_A()
    B, nb = build_B()
    docs['A'] = A
    docs['B'] = B
    fname = {k: os.path.basename(v.path) for k, v in docs.items()}
    out = {'files': [{'file': fname['A'], 'pages': na}, {'file': fname['B'], 'pages': nb}],
           'conventions': CONVENTIONS, 'breakdowns': [], 'lookalikes_not_breakdowns': []}
    for b_ in BREAK:
        d = docs[b_['doc']]
        parts = [d.figs[p] for p in b_['parts']]
        for p in parts:
            assert p.page is not None, p.name
        signs = b_['signs'] or [1] * len(parts)
        ps = sum(s * p.value for s, p in zip(signs, parts))
        if b_['check'] == 'share':
            tot_txt, tot_val, tot_where, tot_page = '100%', D(100), '占比合计（应为100%）', parts[0].page
        else:
            t = d.figs[b_['total']]
            tot_txt, tot_val, tot_where, tot_page = t.text, t.value, t.label, t.page
        diff = tot_val - ps
        if b_['kind'] == 'genuine':
            assert diff == 0, (b_['id'], diff)
        else:
            assert diff != 0, b_['id']
        units = {p.unit for p in parts}
        rec = {'file': fname[b_['doc']], 'id': b_['id'], 'kind': b_['kind'], 'check': b_['check'],
               'total': tot_txt, 'total_where': tot_where, 'parts': [p.text for p in parts],
               'parts_where': [p.label for p in parts],
               'unit': b_['unit'] or (units.pop() if len(units) == 1 else '/'.join(sorted(units))),
               'pdf_page': tot_page, 'parts_pages': [p.page for p in parts],
               'parts_sum': str(ps), 'difference': str(diff), 'note': b_['note']}
        if b_['signs']:
            rec['signs'] = b_['signs']
        out['breakdowns'].append(rec)
    for l_ in LOOK:
        d = docs[l_['doc']]
        fg = d.figs[l_['fig']]
        out['lookalikes_not_breakdowns'].append(
            {'file': fname[l_['doc']], 'pdf_page': fg.page, 'text': fg.text, 'where': fg.label, 'why': l_['why']})
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    g = sum(1 for r in out['breakdowns'] if r['kind'] == 'genuine')
    p = sum(1 for r in out['breakdowns'] if r['kind'] == 'planted')
    print('pages A=%d B=%d genuine=%d planted=%d lookalikes=%d' % (na, nb, g, p, len(out['lookalikes_not_breakdowns'])))


if __name__ == '__main__':
    main()
