#!/usr/bin/env python
"""Generate two Chinese government-report PDFs with planted arithmetic errors
and expected.json describing every breakdown.  All figures are Decimal."""
import json
import os
from decimal import Decimal as D, ROUND_HALF_UP

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont('ZH', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
FONT = 'ZH'

PAGE_W, PAGE_H = A4
MM = 72.0 / 25.4
LM, RM, TM, BM = 28 * MM, 26 * MM, 30 * MM, 27 * MM
TEXT_W = PAGE_W - LM - RM
TOP = PAGE_H - TM
BOTTOM = BM
GUTTER = 9 * MM


def sw(t, size):
    return pdfmetrics.stringWidth(t, FONT, size)


# ---------------------------------------------------------------- formatting
def m(d, sep=False):
    """money, two decimals"""
    assert isinstance(d, D) and d == d.quantize(D('0.01')), d
    return format(d, ',.2f' if sep else '.2f')


def n(d, sep=False):
    """integer"""
    d = D(d)
    assert d == d.to_integral_value(), d
    return format(d, ',.0f' if sep else '.0f')


def rate(num, den, q='0.01'):
    return (D(num) * 100 / D(den)).quantize(D(q), rounding=ROUND_HALF_UP)


def val(text):
    return D(text.replace(',', '').replace('%', ''))


# ---------------------------------------------------------------- registry
class Reg:
    """Every figure that matters is registered under a key; the page is
    recorded at the moment the text is drawn on the canvas."""

    def __init__(self, fname):
        self.fname = fname
        self.items = {}

    def __call__(self, key, text):
        assert key not in self.items, key
        assert '\x01' not in text
        self.items[key] = {'text': text, 'page': None}
        return '\x01%s\x02%s\x03' % (key, text)

    def text(self, key):
        return self.items[key]['text']

    def page(self, key):
        p = self.items[key]['page']
        assert p is not None, ('never drawn', key)
        return p


# ---------------------------------------------------------------- line breaking
ASCII = set('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,%+-/')
NO_START = set('，。、；：？！）》」』”’％%…·—')
NO_END = set('（《「『“‘')


def tokenize(s):
    units = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == '\x01':
            j = s.index('\x02', i)
            k = s.index('\x03', j)
            units.append((s[j + 1:k], s[i + 1:j]))
            i = k + 1
        elif c in ASCII:
            j = i
            while j < len(s) and s[j] in ASCII:
                j += 1
            units.append((s[i:j], None))
            i = j
        else:
            units.append((c, None))
            i += 1
    return units


def group(units):
    """Unbreakable groups: numbers are atomic; closing punctuation sticks to
    the preceding unit, opening punctuation to the following one."""
    groups = []
    attach_next = False
    for u in units:
        t = u[0]
        if groups and (attach_next or t[0] in NO_START):
            groups[-1].append(u)
        else:
            groups.append([u])
        attach_next = t[-1] in NO_END
    return groups


SQUEEZE = set('，。、；：！？）》”’')


def breaklines(text, width, size, indent):
    """Greedy CJK line breaking on unbreakable groups.  When the next group
    does not fit, full-width pause/closing punctuation on the line may be
    squeezed by up to half an em each (标点挤压) so that it does.
    Returns a list of (units, squeeze) where squeeze is the total width to
    take out of the line's squeezable punctuation."""
    groups = group(tokenize(text))
    lines = []
    cur, cw, nsq = [], 0.0, 0
    avail = width - indent
    for g in groups:
        gw = sum(sw(u[0], size) for u in g)
        gsq = sum(1 for u in g if u[0] in SQUEEZE)
        if cur and cw + gw > avail + 0.01:
            over = cw + gw - avail
            if over <= (nsq + gsq) * size * 0.5:
                cur.extend(g)
                lines.append((cur, over))
                cur, cw, nsq = [], 0.0, 0
                avail = width
                continue
            lines.append((cur, 0.0))
            cur, cw, nsq = [], 0.0, 0
            avail = width
        cur.extend(g)
        cw += gw
        nsq += gsq
    if cur:
        lines.append((cur, 0.0))
    return lines


class LayoutError(Exception):
    pass


# ---------------------------------------------------------------- document
class Doc:
    def __init__(self, path, reg, title):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle(title)
        self.c.setAuthor('云溪县')
        self.reg = reg
        self.page = 1
        self.cols = 1
        self.col = 0
        self.y = TOP
        self.auto_break = True

    # frames
    def frame(self):
        if self.cols == 1:
            return LM, TEXT_W
        w = (TEXT_W - GUTTER) / 2
        return LM + self.col * (w + GUTTER), w

    def footer(self):
        self.c.setFont(FONT, 10.5)
        self.c.drawCentredString(PAGE_W / 2, 15 * MM, '— %d —' % self.page)

    def new_page(self, cols=None):
        self.footer()
        self.c.showPage()
        self.page += 1
        if cols:
            self.cols = cols
        self.col = 0
        self.y = TOP

    def next_frame(self):
        if self.col < self.cols - 1:
            self.col += 1
            self.y = TOP
        else:
            if not self.auto_break:
                raise LayoutError('automatic page break not allowed here (page %d)' % self.page)
            self.new_page()

    def mark(self, key):
        it = self.reg.items[key]
        assert it['page'] is None, ('drawn twice', key)
        it['page'] = self.page

    # drawing primitives
    def draw_run(self, x, y, t, size, bold):
        c = self.c
        if bold:
            c.saveState()
            c.setLineWidth(size * 0.035)
            to = c.beginText(x, y)
            to.setFont(FONT, size)
            to.setTextRenderMode(2)
            to.textOut(t)
            c.drawText(to)
            c.restoreState()
        else:
            c.setFont(FONT, size)
            c.drawString(x, y, t)

    def draw_line(self, x, y, units, size, bold, extra=0.0, squeeze=0.0):
        nsq = sum(1 for u in units if u[0] in SQUEEZE)
        per = squeeze / nsq if squeeze else 0.0
        for t, key in units:
            self.draw_run(x, y, t, size, bold)
            if key:
                self.mark(key)
            x += sw(t, size) + extra - (per if t in SQUEEZE else 0.0)

    # flowing text
    def para(self, text, size=12, leading=None, indent=2, align='J', before=0, after=0,
             bold=False, keep=1):
        leading = leading or round(size * 1.75, 1)
        x0, w = self.frame()
        lines = breaklines(text, w, size, indent * size)
        self.y -= before
        need = min(keep, len(lines)) * leading
        if self.y - need < BOTTOM:
            self.next_frame()
        for i, (line, squeeze) in enumerate(lines):
            nleft = len(lines) - i
            if self.y - leading < BOTTOM:
                self.next_frame()
            elif nleft == 2 and i >= 2 and self.y - 2 * leading < BOTTOM:
                self.next_frame()          # widow control: never leave one last line alone
            x0, w = self.frame()
            self.y -= leading
            base = self.y + (leading - size) / 2 + size * 0.14
            ind = indent * size if i == 0 else 0.0
            nat = sum(sw(u[0], size) for u in line) - squeeze
            avail = w - ind
            extra = 0.0
            x = x0 + ind
            last = i == len(lines) - 1
            if align == 'C':
                x = x0 + (w - nat) / 2
            elif align == 'R':
                x = x0 + w - nat
            elif align == 'J' and not last and len(line) > 1 and not squeeze:
                e = (avail - nat) / (len(line) - 1)
                if 0 < e <= size * 0.09:
                    extra = e
            self.draw_line(x, base, line, size, bold, extra, squeeze)
        self.y -= after

    def heading(self, text, size=14, before=8, after=4, align='L', indent=0):
        # keep heading with at least two following lines
        if self.y - before - size * 1.8 - 2 * 21 < BOTTOM:
            self.next_frame()
            before = 0
        self.para(text, size=size, indent=indent, align=align, before=before, after=after, bold=True)

    # ruled table
    def table(self, colw, rows, spans=(), header_rows=1, size=10, pad=3.5, aligns=None,
              bold_rows=(), min_h=None, dry=False):
        leading = round(size * 1.35, 2)
        nrow, ncol = len(rows), len(colw)
        assert all(len(r) == ncol for r in rows)
        origin = {}
        covered = set()
        for (c0, r0, c1, r1) in spans:
            origin[(r0, c0)] = (r1, c1)
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        covered.add((r, c))
        for r in range(nrow):
            for c in range(ncol):
                if (r, c) in covered:
                    assert rows[r][c] is None, (r, c)
                else:
                    assert rows[r][c] is not None, (r, c)
        aligns = aligns or ['C'] * ncol
        min_h = min_h or leading + 2 * pad

        def cell_w(r, c):
            r1, c1 = origin.get((r, c), (r, c))
            return sum(colw[c:c1 + 1])

        wrapped = {}
        heights = [min_h] * nrow
        for r in range(nrow):
            for c in range(ncol):
                if (r, c) in covered:
                    continue
                lines = breaklines(rows[r][c], cell_w(r, c) - 2 * pad, size, 0)
                wrapped[(r, c)] = lines
                r1, c1 = origin.get((r, c), (r, c))
                if r1 == r:
                    heights[r] = max(heights[r], len(lines) * leading + 2 * pad)
        for (r, c), (r1, c1) in origin.items():
            need = len(wrapped[(r, c)]) * leading + 2 * pad
            have = sum(heights[r:r1 + 1])
            if need > have:
                heights[r1] += need - have
        total_h = sum(heights)
        if dry:
            return total_h
        if self.y - total_h < BOTTOM:
            raise LayoutError('table does not fit on page %d (need %.1f, have %.1f)'
                              % (self.page, total_h, self.y - BOTTOM))
        fx, fw = self.frame()
        tw = sum(colw)
        assert tw <= fw + 0.01, (tw, fw)
        x0 = fx + (fw - tw) / 2
        c = self.c
        c.setLineWidth(0.6)
        for r in range(nrow):
            for col in range(ncol):
                if (r, col) in covered:
                    continue
                r1, c1 = origin.get((r, col), (r, col))
                x = x0 + sum(colw[:col])
                w = sum(colw[col:c1 + 1])
                ytop = self.y - sum(heights[:r])
                h = sum(heights[r:r1 + 1])
                c.rect(x, ytop - h, w, h, stroke=1, fill=0)
                lines = wrapped[(r, col)]
                th = len(lines) * leading
                ly = ytop - (h - th) / 2
                bold = r < header_rows or r in bold_rows
                al = 'C' if r < header_rows else aligns[col]
                for line, sq in lines:
                    ly -= leading
                    base = ly + (leading - size) / 2 + size * 0.14
                    nat = sum(sw(u[0], size) for u in line) - sq
                    if al == 'C':
                        tx = x + (w - nat) / 2
                    elif al == 'R':
                        tx = x + w - pad - nat
                    else:
                        tx = x + pad
                    self.draw_line(tx, base, line, size, bold, 0.0, sq)
        c.setLineWidth(1.1)
        c.rect(x0, self.y - total_h, tw, total_h, stroke=1, fill=0)
        self.y -= total_h

    def ensure(self, h):
        if self.y - h < BOTTOM:
            self.next_frame()

    def finish(self):
        self.footer()
        self.c.save()
        return self.page


# ---------------------------------------------------------------- expected.json helpers
class Book:
    def __init__(self, reg, fname, prefix):
        self.reg = reg
        self.fname = fname
        self.prefix = prefix
        self.items = []
        self.cons = []
        self.looks = []

    def bd(self, kind, check, total, parts, unit, total_where, parts_where, signs=None,
           note=None, expect_diff=D(0)):
        assert len(parts) == len(parts_where)
        self.items.append(dict(kind=kind, check=check, total=total, parts=parts, unit=unit,
                               total_where=total_where, parts_where=parts_where, signs=signs,
                               note=note, expect_diff=D(expect_diff)))

    def consequence(self, total_key, of_index, why):
        self.cons.append((total_key, of_index, why))

    def look(self, text, why, keys):
        self.looks.append((text, why, keys))

    def build(self):
        R = self.reg
        out = []
        for i, it in enumerate(self.items, 1):
            bid = '%s%02d' % (self.prefix, i)
            it['id'] = bid
            parts_txt = [R.text(k) for k in it['parts']]
            parts_pages = [R.page(k) for k in it['parts']]
            signs = it['signs'] or [1] * len(parts_txt)
            psum = sum((D(s) * val(t) for s, t in zip(signs, parts_txt)), D(0))
            if it['check'] == 'share':
                total_txt = '100%'
                tval = D(100)
                tpage = parts_pages[0]
            else:
                total_txt = R.text(it['total'])
                tval = val(total_txt)
                tpage = R.page(it['total'])
            diff = tval - psum
            assert diff == it['expect_diff'], (bid, diff, it['expect_diff'])
            if it['kind'] == 'genuine':
                assert diff == 0, bid
            else:
                assert diff != 0 and it['note'].startswith('PLANTED'), bid
            d = {'file': self.fname, 'id': bid, 'kind': it['kind'], 'check': it['check'],
                 'total': total_txt, 'total_where': it['total_where'],
                 'parts': parts_txt, 'parts_where': it['parts_where'], 'unit': it['unit'],
                 'pdf_page': tpage, 'parts_pages': parts_pages,
                 'parts_sum': str(psum), 'difference': str(diff)}
            if it['signs']:
                d['signs'] = it['signs']
            if it['note']:
                d['note'] = it['note']
            out.append(d)
        cons = []
        for key, idx, why in self.cons:
            cons.append({'file': self.fname, 'total': R.text(key), 'pdf_page': R.page(key),
                         'of': self.items[idx]['id'], 'why': why})
        looks = []
        for text, why, keys in self.looks:
            looks.append({'file': self.fname, 'text': text, 'why': why,
                          'figures': [R.text(k) for k in keys],
                          'pdf_page': [R.page(k) for k in keys]})
        return out, cons, looks


# ====================================================================== FILE 1
def make_shenji():
    fname = 'xx_xian_shenji_2025_baogao.pdf'
    F = Reg(fname)
    B = Book(F, fname, 'Y')

    # ---- data (万元)
    cats = [  # 类别, 违规, 管理不规范, 问题个数, 已整改金额
        ('县级预算管理', D('1286.45'), D('532.18'), 9, D('1102.36')),
        ('部门预算执行', D('842.37'), D('1175.62'), 14, D('1436.80')),
        ('重点民生资金', D('615.90'), D('308.44'), 11, D('655.17')),
        ('政府债务管理', D('420.00'), D('1836.75'), 5, D('1208.44')),
        ('国有资产管理', D('97.26'), D('643.81'), 8, D('392.05')),
        ('工程建设项目', D('1532.08'), D('219.53'), 7, D('1367.90')),
    ]
    Vtot = sum(c[1] for c in cats)
    Mtot = sum(c[2] for c in cats)
    T = Vtot + Mtot
    CNT = sum(c[3] for c in cats)
    A = sum(c[4] for c in cats)
    for c in cats:
        assert c[4] <= c[1] + c[2]
    PLANT_ROW = 2                 # 重点民生资金
    P1_DELTA = D('-20.00')        # row 合计 printed 20.00 too low
    P2_DELTA = 10                 # 问题个数 column total printed 10 too high

    v_names = ['虚列支出', '挤占挪用专项资金', '超范围超标准支出', '违规发放津贴补贴', '应收未收非税收入']
    v_vals = [D('623.40'), D('1158.92'), D('947.35'), D('86.27')]
    v_vals.append(Vtot - sum(v_vals))
    m_names = ['资金闲置沉淀', '会计核算不规范', '未按规定执行政府采购', '资产账实不符']
    m_vals = [D('2387.60'), D('715.26'), D('634.18')]
    m_vals.append(Mtot - sum(m_vals))
    assert min(v_vals + m_vals) > 0

    R1, R2 = D('86423.57'), D('31268.94')
    Rv = R1 + R2
    P_adj, Q_act = D('356800.00'), D('349215.63')
    g1, g2 = D('58736.20'), D('4182.65')
    Gf = g1 + g2

    C_move = D('321.70')
    C_summary = C_move + D('5.00')      # P4: summary restates 移送 amount differently
    Bz = T - A - C_move
    assert Bz > 0

    depts = ['县教育局', '县卫生健康局', '县农业农村局', '县水利局', '县交通运输局',
             '县住房和城乡建设局', '县民政局', '县人力资源和社会保障局', '县自然资源和规划局',
             '县生态环境分局', '县文化广电旅游体育局', '县市场监督管理局', '县应急管理局',
             '县林业局', '县退役军人事务局', '县医疗保障局']
    budg = [D(x) for x in ['48625.30', '36218.74', '21457.06', '18392.51', '15640.28',
                           '12873.95', '9846.12', '8735.60', '7452.83', '5318.47', '4927.16',
                           '3864.09', '2751.38', '2436.72', '1687.45', '1523.90']]
    prob = [D(x) for x in ['412.36', '287.15', '236.48', '198.72', '176.30', '142.85', '97.64',
                           '88.20', '75.13', '61.47', '52.09', '43.76', '37.28', '33.51',
                           '21.90']]
    row2_total = cats[1][1] + cats[1][2]          # table 2 problems = 部门预算执行 row of table 1
    prob.append(row2_total - sum(prob))
    assert prob[-1] > 0
    BUD = sum(budg)
    PROB = sum(prob)
    P3_DELTA = D('1.00')          # 续表 合计 of 预算支出 printed 1.00 too high

    j = [D('8625.00'), D('3410.50'), D('1286.30'), D('2156.84')]
    J = sum(j)
    D0, Nn, Rp = D('486520.00'), D('73600.00'), D('41285.36')
    D1 = D0 + Nn - Rp
    d1 = D('196427.18')
    d2 = D1 - d1
    cum = D('28764.15')
    pl, ac = D('4260.00'), D('2874.55')

    doc = Doc(os.path.join(OUT, fname), F,
              '关于云溪县2025年度县级预算执行和其他财政收支的审计工作报告')
    # ---------------- page 1
    doc.para('关于云溪县2025年度县级预算执行和其他财政收支的审计工作报告',
             size=19, leading=30, indent=0, align='C', bold=True, after=6)
    doc.para('——2026年6月24日在云溪县第十八届人民代表大会常务委员会第二十一次会议上',
             size=12, leading=20, indent=0, align='C')
    doc.para('云溪县审计局局长　林晓峰', size=12, leading=22, indent=0, align='C', after=10)
    doc.para('县人大常委会：', indent=0)
    doc.para('受县人民政府委托，现向县人大常委会报告2025年度县级预算执行和其他财政收支的审计情况，请予审议。')
    doc.para('根据审计法及相关法律法规，县审计局依法审计了2025年度县级预算执行和其他财政收支情况。'
             '审计工作坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届历次全会精神，'
             '认真落实县委审计委员会决策部署，聚焦财政资金提质增效、重点民生资金安全和政府债务风险防范，'
             '依法全面履行审计监督职责。')
    doc.para('2025年，县审计局共完成审计（调查）项目26个，审计查出问题金额%s万元，其中违规问题金额%s万元、'
             '管理不规范问题金额%s万元；移送问题线索6件，涉及金额%s万元；提出审计建议87条，'
             '推动建立健全制度27项。'
             % (F('T1', m(T)), F('V1', m(Vtot)), F('M1', m(Mtot)), F('C0', m(C_summary))))
    doc.para('审计结果表明，县人民政府及各部门落实过紧日子要求，保障基本民生和重点项目支出，'
             '县级预算执行情况总体较好。')
    doc.heading('一、县级预算执行和决算草案审计情况')
    doc.para('县审计局重点审计了县财政局具体组织县级预算执行和编制决算草案情况。决算草案反映，'
             '2025年县级一般公共预算收入%s万元，其中税收收入%s万元、非税收入%s万元；'
             '一般公共预算支出调整预算%s万元，实际支出%s万元，完成调整预算的%s%%。'
             '政府性基金预算收入%s万元，其中国有土地使用权出让收入%s万元、其他政府性基金收入%s万元。'
             % (F('R', m(Rv)), F('R1', m(R1)), F('R2', m(R2)), F('Padj', m(P_adj)),
                F('Qact', m(Q_act)), F('Qrate', m(rate(Q_act, P_adj))),
                F('G', m(Gf)), F('g1', m(g1)), F('g2', m(g2))))
    doc.para('审计发现的主要问题：一是部分项目预算编制不够细化，执行中调整较为频繁；'
             '二是部分专项资金未在规定时限内分解下达；三是部分项目绩效目标设置不够科学。')
    # ---------------- page 2
    doc.heading('二、审计查出问题的类型和分布')
    doc.para('从问题性质看，违规问题金额%s万元，其中：虚列支出%s万元，挤占挪用专项资金%s万元，'
             '超范围超标准支出%s万元，违规发放津贴补贴%s万元，应收未收非税收入%s万元。'
             % ((F('V2', m(Vtot)),) + tuple(F('v%d' % i, m(x)) for i, x in enumerate(v_vals))))
    doc.para('管理不规范问题金额%s万元，其中：资金闲置沉淀%s万元，会计核算不规范%s万元，'
             '未按规定执行政府采购%s万元，资产账实不符%s万元。'
             % ((F('M2', m(Mtot)),) + tuple(F('m%d' % i, m(x)) for i, x in enumerate(m_vals))))
    doc.para('从审计领域看，查出问题主要集中在县级预算管理、部门预算执行、政府债务管理和工程建设项目等方面，'
             '各类别问题个数、金额及整改情况见表1。')
    hdr = [['序号', '问题类别', '问题个数（个）', '问题金额（万元）', None, None, '已整改金额（万元）'],
           [None, None, None, '合计', '违规', '管理不规范', None]]
    spans = [(0, 0, 0, 1), (1, 0, 1, 1), (2, 0, 2, 1), (3, 0, 5, 0), (6, 0, 6, 1)]
    rows = []
    for i, (nm, v, mm, cnt, a) in enumerate(cats):
        tot = v + mm + (P1_DELTA if i == PLANT_ROW else 0)
        rows.append([str(i + 1), nm, F('a_cnt%d' % i, str(cnt)), F('a_tot%d' % i, m(tot, True)),
                     F('a_v%d' % i, m(v, True)), F('a_m%d' % i, m(mm, True)),
                     F('a_z%d' % i, m(a, True))])
    rows.append(['合计', None, F('a_cntT', str(CNT + P2_DELTA)), F('a_totT', m(T, True)),
                 F('a_vT', m(Vtot, True)), F('a_mT', m(Mtot, True)), F('a_zT', m(A, True))])
    spans.append((0, 8, 1, 8))
    doc.ensure(4 + 21.6 + doc.table([28, 92, 52, 64, 64, 66, 70], hdr + rows, spans=spans,
                                    header_rows=2, size=10, dry=True))
    doc.para('表1　审计发现问题分类汇总表', size=12, indent=0, align='C', bold=True, before=4)
    doc.table([28, 92, 52, 64, 64, 66, 70], hdr + rows, spans=spans, header_rows=2, size=10,
              aligns=['C', 'L', 'R', 'R', 'R', 'R', 'R'], bold_rows=(8,))
    doc.para('注：已整改金额为截至2026年4月30日的数据。', size=10, indent=0, before=2)
    doc.heading('三、部门预算执行审计情况')
    doc.para('县审计局对县教育局、县卫生健康局等16个县级部门2025年度预算执行情况进行了审计，'
             '重点关注预算编制执行、“三公”经费和会议费培训费管理、政府采购、国有资产管理等方面。'
             '各部门审计发现问题情况见表2。')
    hdr2 = [['序号', '单位', '预算支出', '问题金额', '问题金额占比（%）']]
    colw2 = [32, 150, 88, 88, 82]
    al2 = ['C', 'L', 'R', 'R', 'R']
    body2 = []
    for i in range(16):
        body2.append([str(i + 1), depts[i], F('b_bud%d' % i, m(budg[i], True)),
                      F('b_prob%d' % i, m(prob[i], True)),
                      F('b_rate%d' % i, m(rate(prob[i], budg[i])))])
    # the table starts at the foot of this page: as many rows as fit, the rest under 续表
    cap_h = 4 + 21 + 16
    room = doc.y - BOTTOM - cap_h
    SPLIT = max(kk for kk in range(1, 17)
                if doc.table(colw2, hdr2 + body2[:kk], size=10, dry=True) <= room)
    assert 5 <= SPLIT <= 12, SPLIT
    doc.para('表2　部门预算执行审计发现问题情况表', size=12, indent=0, align='C', bold=True, before=4)
    doc.para('单位：万元', size=10, leading=16, indent=0, align='R')
    doc.table(colw2, hdr2 + body2[:SPLIT], size=10, aligns=al2)
    tpage1 = doc.page
    # ---------------- continuation
    doc.new_page()
    doc.para('续表2', size=11, indent=0, align='L', bold=True)
    doc.para('单位：万元', size=10, leading=16, indent=0, align='R')
    tot2 = ['合计', None, F('b_budT', m(BUD + P3_DELTA, True)), F('b_probT', m(PROB, True)),
            F('b_rateT', m(rate(PROB, BUD)))]
    doc.table(colw2, hdr2 + body2[SPLIT:] + [tot2], spans=[(0, 17 - SPLIT, 1, 17 - SPLIT)],
              size=10, aligns=al2, bold_rows=(17 - SPLIT,))
    tpage2 = doc.page
    assert tpage2 == tpage1 + 1
    assert rate(PROB, BUD) == rate(PROB, BUD + P3_DELTA)  # rate cell not disturbed
    doc.para('注：问题金额占比＝问题金额÷预算支出×100%。', size=10, indent=0, before=2)
    doc.para('审计发现的主要问题：一是部分部门预算执行进度偏慢，县农业农村局等3个部门年初预算安排项目资金'
             '%s万元，实际支出%s万元，执行率%s%%；二是个别部门无预算、超预算列支会议费和培训费；'
             '三是部分部门政府采购管理不规范，存在化整为零规避公开招标的情况；'
             '四是部分部门固定资产管理不严格，资产报废处置未履行审批程序。'
             % (F('pl', m(pl)), F('ac', m(ac)), F('er', m(rate(ac, pl)))), before=4)
    doc.heading('四、重点民生资金审计情况')
    doc.para('县审计局对2025年度财政衔接推进乡村振兴补助资金管理使用情况进行了专项审计，抽查资金%s万元，'
             '其中中央资金%s万元、省级资金%s万元、市级资金%s万元、县级资金%s万元。'
             '审计涉及9个乡镇、42个村，发现问题%s个，涉及金额%s万元，主要是部分项目资产确权移交不及时、'
             '少数帮扶项目联农带农机制不健全、个别村集体经济项目收益分配不规范。'
             % ((F('J', m(J)),) + tuple(F('j%d' % i, m(x)) for i, x in enumerate(j))
                + (F('rv_cnt', '17'), F('rv_amt', '386.52'))))
    doc.para('从资金性质看，本年度审计查出问题金额中，涉及民生领域资金%s万元，涉及乡镇和村级单位%s万元'
             '（部分问题同时涉及上述两类情形）。'
             % (F('ov1', '3615.27'), F('ov2', '2208.93')))
    doc.heading('五、政府债务审计情况')
    doc.para('2025年初，县政府债务余额%s万元，当年新增举借债务%s万元，偿还到期债务本金%s万元，'
             '年末债务余额%s万元，其中一般债务%s万元、专项债务%s万元，债务余额控制在上级核定的限额以内。'
             '审计发现，个别专项债券项目建设进度滞后，部分债券资金闲置超过1年；少数项目专项收入未按规定'
             '及时足额归集，偿债保障能力有待加强。'
             % (F('D0', m(D0)), F('Dn', m(Nn)), F('Dr', m(Rp)), F('D1', m(D1)),
                F('d1', m(d1)), F('d2', m(d2))))
    # ---------------- page 5
    doc.heading('六、审计查出问题整改情况')
    doc.para('县人民政府高度重视审计整改工作，召开专题会议研究部署。截至2026年4月底，对审计查出问题金额'
             '%s万元，已整改%s万元，正在整改%s万元，移送有关部门处理%s万元，整改率%s%%。'
             '2023年以来，县审计局累计推动整改问题金额%s万元，整改长效机制逐步完善。'
             % (F('T3', m(T)), F('A2', m(A)), F('Bz', m(Bz)), F('C', m(C_move)),
                F('zr', m(rate(A, T))), F('cum', m(cum))))
    doc.para('对正在整改的问题，县审计局将持续跟踪督促，整改结果将按规定向县人大常委会报告。')
    doc.heading('七、审计建议')
    doc.para('（一）持续深化预算管理改革。加强财政资源统筹，细化预算编制，减少年初代编预算，'
             '严格预算调整程序，提高预算执行的约束力和时效性。')
    doc.para('（二）严格规范财政资金管理。加大对专项资金分配使用的监管力度，及时盘活闲置沉淀资金，'
             '健全预算绩效管理链条，强化绩效评价结果应用。')
    doc.para('（三）有效防范政府债务风险。加强专项债券项目全生命周期管理，加快债券资金支出进度，'
             '足额归集项目专项收入，牢牢守住不发生系统性风险的底线。')
    doc.para('（四）压实审计整改主体责任。健全审计整改督促检查和结果运用机制，'
             '推动审计查出问题整改到位，做好审计“后半篇文章”。')
    doc.para('以上报告，请予审议。')
    pages = doc.finish()

    # ---- expected
    k = B.bd
    k('genuine', 'sum', 'T1', ['V1', 'M1'], '万元', '第1页导语段 审计查出问题金额',
      ['同段 其中违规问题金额', '同段 管理不规范问题金额'])
    k('planted', 'repeat', 'C0', ['C'], '万元', '导语段 移送问题线索涉及金额（首次出现）',
      ['六、整改情况 移送有关部门处理金额'],
      note='PLANTED: 移送金额 in the summary is %s but the body (整改情况) gives %s; differs by %s'
      % (m(C_summary), m(C_move), m(C_summary - C_move)), expect_diff=C_summary - C_move)
    k('genuine', 'sum', 'R', ['R1', 'R2'], '万元', '一、一般公共预算收入',
      ['税收收入', '非税收入'])
    k('genuine', 'sum', 'G', ['g1', 'g2'], '万元', '一、政府性基金预算收入',
      ['国有土地使用权出让收入', '其他政府性基金收入'])
    k('genuine', 'sum', 'V2', ['v%d' % i for i in range(5)], '万元', '二、违规问题金额',
      ['其中：' + x for x in v_names])
    k('genuine', 'sum', 'M2', ['m%d' % i for i in range(4)], '万元', '二、管理不规范问题金额',
      ['其中：' + x for x in m_names])
    for i, c in enumerate(cats):
        if i == PLANT_ROW:
            k('planted', 'sum', 'a_tot%d' % i, ['a_v%d' % i, 'a_m%d' % i], '万元',
              '表1 第%d行（%s）问题金额·合计' % (i + 1, c[0]),
              ['表1 同行 违规', '表1 同行 管理不规范'],
              note='PLANTED: 表1 row %s: 合计 under the spanning header printed %s, but 违规+管理不规范 = %s (off by %s)'
              % (c[0], m(c[1] + c[2] + P1_DELTA, True), m(c[1] + c[2], True), m(P1_DELTA)),
              expect_diff=P1_DELTA)
        else:
            k('genuine', 'sum', 'a_tot%d' % i, ['a_v%d' % i, 'a_m%d' % i], '万元',
              '表1 第%d行（%s）问题金额·合计' % (i + 1, c[0]), ['表1 同行 违规', '表1 同行 管理不规范'])
    k('genuine', 'sum', 'a_totT', ['a_vT', 'a_mT'], '万元', '表1 合计行 问题金额·合计',
      ['表1 合计行 违规', '表1 合计行 管理不规范'])
    k('genuine', 'sum', 'a_vT', ['a_v%d' % i for i in range(6)], '万元', '表1 合计行 违规列',
      ['表1 违规列 第%d行' % (i + 1) for i in range(6)])
    k('genuine', 'sum', 'a_mT', ['a_m%d' % i for i in range(6)], '万元', '表1 合计行 管理不规范列',
      ['表1 管理不规范列 第%d行' % (i + 1) for i in range(6)])
    k('planted', 'sum', 'a_cntT', ['a_cnt%d' % i for i in range(6)], '个', '表1 合计行 问题个数列',
      ['表1 问题个数列 第%d行' % (i + 1) for i in range(6)],
      note='PLANTED: 表1 问题个数 column total printed %d, rows sum to %d (off by 10)'
      % (CNT + P2_DELTA, CNT), expect_diff=P2_DELTA)
    k('genuine', 'sum', 'a_zT', ['a_z%d' % i for i in range(6)], '万元', '表1 合计行 已整改金额列',
      ['表1 已整改金额列 第%d行' % (i + 1) for i in range(6)])
    k('planted', 'sum', 'b_budT', ['b_bud%d' % i for i in range(16)], '万元',
      '续表2 合计行 预算支出列',
      ['表2 预算支出列 第%d行%s' % (i + 1, '（续表）' if i >= SPLIT else '') for i in range(16)],
      note='PLANTED: 表2 (continued onto next page) 预算支出 合计 printed %s, rows on both pages sum to %s (off by 1.00)'
      % (m(BUD + P3_DELTA, True), m(BUD, True)), expect_diff=P3_DELTA)
    k('genuine', 'sum', 'b_probT', ['b_prob%d' % i for i in range(16)], '万元',
      '续表2 合计行 问题金额列',
      ['表2 问题金额列 第%d行%s' % (i + 1, '（续表）' if i >= SPLIT else '') for i in range(16)])
    k('genuine', 'repeat', 'a_tot1', ['b_probT'], '万元', '表1 第2行（部门预算执行）问题金额·合计',
      ['续表2 合计行 问题金额'])
    k('genuine', 'sum', 'J', ['j%d' % i for i in range(4)], '万元', '四、抽查乡村振兴衔接资金',
      ['中央资金', '省级资金', '市级资金', '县级资金'])
    k('genuine', 'balance', 'D1', ['D0', 'Dn', 'Dr'], '万元', '五、年末债务余额',
      ['年初债务余额', '新增举借债务', '偿还到期债务本金'], signs=[1, 1, -1])
    k('genuine', 'sum', 'D1', ['d1', 'd2'], '万元', '五、年末债务余额',
      ['其中一般债务', '专项债务'])
    k('genuine', 'sum', 'T3', ['A2', 'Bz', 'C'], '万元', '六、整改情况 审计查出问题金额',
      ['已整改', '正在整改', '移送有关部门处理'])
    k('genuine', 'repeat', 'T1', ['T3'], '万元', '导语段 审计查出问题金额', ['六、整改情况 审计查出问题金额'])
    k('genuine', 'repeat', 'T1', ['a_totT'], '万元', '导语段 审计查出问题金额', ['表1 合计行 问题金额·合计'])
    k('genuine', 'repeat', 'a_zT', ['A2'], '万元', '表1 合计行 已整改金额', ['六、整改情况 已整改'])
    k('genuine', 'repeat', 'V1', ['V2'], '万元', '导语段 违规问题金额', ['二、违规问题金额'])
    k('genuine', 'repeat', 'M1', ['M2'], '万元', '导语段 管理不规范问题金额', ['二、管理不规范问题金额'])
    B.consequence('a_totT', PLANT_ROW + 6,
                  '表1 问题金额·合计 column: printed row 合计 cells sum to %s, not the printed 合计 %s (caused by the planted row cell)'
                  % (m(T + P1_DELTA, True), m(T, True)))

    L = B.look
    L('完成调整预算的%s%%' % m(rate(Q_act, P_adj)),
      '计划 vs 实际: 调整预算 and 实际支出 are not parts of anything; the rate is an execution ratio',
      ['Padj', 'Qact', 'Qrate'])
    L('年初预算安排项目资金%s万元，实际支出%s万元，执行率%s%%' % (m(pl), m(ac), m(rate(ac, pl))),
      '计划 vs 实际 with an execution rate, not a breakdown', ['pl', 'ac', 'er'])
    L('表2 问题金额占比（%）列', 'rates column: per-row ratios do not add to the 合计 row ratio (which is 问题合计/预算合计)',
      ['b_rate0', 'b_rateT'])
    L('发现问题17个，涉及金额386.52万元', '问题个数 vs 金额: a count and an amount, not parts of one total',
      ['rv_cnt', 'rv_amt'])
    L('涉及民生领域资金3615.27万元，涉及乡镇和村级单位2208.93万元',
      'overlapping categories (stated as overlapping); they are not a partition of the 问题金额', ['ov1', 'ov2'])
    L('整改率%s%%' % m(rate(A, T)), '整改率 = 已整改/问题金额, a ratio not a share list', ['zr'])
    L('2023年以来，县审计局累计推动整改问题金额%s万元' % m(cum),
      'cumulative (since 2023) vs this year’s 已整改; not a total of this year’s parts', ['cum'])
    L('表1 问题个数列 与 已整改金额列', '表1 row 合计 = 违规 + 管理不规范 only; 问题个数 and 已整改金额 are not parts of it',
      ['a_cnt0', 'a_z0'])
    return fname, pages, B


# ====================================================================== FILE 2
def make_liangshi():
    fname = 'xx_xian_liangshi_2025_zongjie.pdf'
    F = Reg(fname)
    B = Book(F, fname, 'Z')

    f1, f2 = D('1260.00'), D('835.60')
    Ff = f1 + f2
    r = [D('12486'), D('26735'), D('3218')]         # 早籼稻 中晚籼稻 粳稻
    w = [D('5260'), D('13947')]                     # 最低收购价 市场化
    cc = [D('6318'), D('4062')]                     # 订单 市场化
    Rr, Ww, Cc = sum(r), sum(w), sum(cc)
    G = Rr + Ww + Cc
    Gp = D('70000')
    shares = [rate(x, G, '0.1') for x in (Rr, Ww, Cc)]
    assert sum(shares) == 100, shares                # the true rounded shares add to 100.0
    SHARE_DELTA = D('0.4')
    shares_pr = [shares[0] + SHARE_DELTA, shares[1], shares[2]]
    Ks = D('15500')
    k0, ki, ko = D('15200'), D('6850'), D('6420')
    K = k0 + ki - ko
    x0, xi, xo = D('4800'), D('2150'), D('1980')
    X = x0 + xi - xo
    XO_DELTA = D('100')                              # 轮出 printed 100 too high
    depots = ['城关粮库', '东岭粮库', '白沙粮站', '青石粮站', '河口粮站']
    dk = [D('6920'), D('4380'), D('2150'), D('1360')]
    dk.append(K - sum(dk))
    dx = [D('1240'), D('960'), D('880'), D('1150')]
    dx.append(X - sum(dx))
    assert min(dk + dx) > 0
    GRAND = K + X
    GRAND_DELTA = D('-30')
    cap_ok, cap_bad = D('31500'), D('4800')
    cap = cap_ok + cap_bad
    low = D('12000')
    e = [D('342.58'), D('126.35'), D('487.96')]
    Ev = sum(e)
    es = m(Ev)
    es_sw = es[0] + es[2] + es[1] + es[3:]          # swap 2nd and 3rd digit
    assert es_sw != es
    SW_DELTA = val(es_sw) - Ev
    sub = [D('468.90'), D('219.15'), D('186.42')]
    Sv = sum(sub)

    doc = Doc(os.path.join(OUT, fname), F, '云溪县粮食和物资储备局2025年工作总结')
    # ---------------- page 1 (one column)
    doc.para('云溪县粮食和物资储备局2025年工作总结', size=20, leading=34, indent=0, align='C',
             bold=True, after=4)
    doc.para('（2026年1月12日）', size=12, leading=22, indent=0, align='C', after=10)
    doc.para('2025年，县粮食和物资储备局在县委、县政府的坚强领导下，在市粮食和物资储备局的精心指导下，'
             '深入贯彻落实国家粮食安全战略，紧紧围绕“保供稳价、储备安全、应急有力”工作目标，'
             '扎实做好粮食收购、储备管理、仓储设施建设和应急物资保障等工作，全县粮食和物资储备事业'
             '保持平稳健康发展。现将全年工作总结如下。')
    doc.heading('一、全年工作总体情况')
    doc.para('全年收购粮食%s吨，完成年度收购计划%s吨的%s%%；年末县级储备粮库存%s吨，高于省下达的'
             '县级储备粮规模%s吨，储备粮数量真实、质量良好、储存安全。全年争取上级粮食安全和物资储备资金'
             '%s万元，其中中央资金%s万元、省级资金%s万元，全部按规定用途拨付使用。'
             % (F('G1', n(G)), F('Gp', n(Gp)), F('Gr', m(rate(G, Gp))), F('K1', n(K)),
                F('Ks', n(Ks)), F('F', m(Ff)), F('f1', m(f1)), F('f2', m(f2))))
    doc.para('粮食安全党政同责考核继续保持优秀等次，全年未发生储粮安全事故和安全生产责任事故。'
             '县局深入开展政策性粮食购销领域腐败问题专项整治“回头看”，围绕收购、储存、轮换、销售等关键环节'
             '建立问题清单、任务清单和制度清单，完善内控制度14项，粮食购销监管的制度笼子进一步扎紧。')
    doc.para('粮食市场保持总体稳定。县局依托全县6个粮油市场信息监测点，坚持每周采集发布粮油价格信息，'
             '及时掌握市场供求和价格变化情况；在元旦、春节等重要节点组织开展粮油市场供应保障专项检查，'
             '全年未发生区域性、阶段性粮油供应紧张情况。')
    doc.para('应急保障能力不断提升。县局修订完善《云溪县粮食应急预案》，新认定粮食应急供应网点4个，'
             '全县应急加工、储运、配送和供应网络进一步健全；组织开展粮食应急演练1次，'
             '检验了应急队伍快速响应和协同处置能力。')
    doc.para('干部队伍建设持续加强。县局坚持以党建引领业务，深化“党建+粮安”品牌创建，'
             '组织干部职工参加粮油保管、质量检验等业务培训120余人次，干部队伍依法履职能力和专业化水平'
             '明显提升。各项主要工作的具体情况如下。')
    # ---------------- pages 2-3 (two columns)
    doc.new_page(cols=2)
    doc.auto_break = False
    S, LD = 10.5, 18.5

    def P(t, **kw):
        kw.setdefault('size', S)
        kw.setdefault('leading', LD)
        doc.para(t, **kw)

    def H(t):
        doc.heading(t, size=12, before=4, after=2)

    H('二、粮食收购工作')
    P('全年全县粮食收购工作平稳有序。县局提前谋划，组织各库点做好仓容腾并、设备检修和人员培训，'
      '开设收购网点11个，积极推行预约收购、上门收购和“一站式”服务，切实方便售粮农户。')
    P('全年收购粮食%s吨，其中稻谷%s吨、小麦%s吨、玉米%s吨。按品种分，稻谷占%s，小麦占%s，玉米占%s，'
      '稻谷仍是我县收购的主要品种。'
      % (F('G2', n(G)), F('Rr', n(Rr)), F('Ww', n(Ww)), F('Cc', n(Cc)),
         F('sR', '%s%%' % shares_pr[0]), F('sW', '%s%%' % shares_pr[1]), F('sC', '%s%%' % shares_pr[2])))
    P('稻谷收购%s吨，其中早籼稻%s吨、中晚籼稻%s吨、粳稻%s吨。早籼稻执行国家最低收购价政策，'
      '每50公斤%s元，与上年持平；中晚籼稻每50公斤%s元。'
      % (F('Rr2', n(Rr)), F('r0', n(r[0])), F('r1', n(r[1])), F('r2', n(r[2])),
         F('pr1', '124'), F('pr2', '129')))
    P('小麦收购%s吨，其中最低收购价收购%s吨、市场化收购%s吨。玉米收购%s吨，其中订单收购%s吨、'
      '市场化收购%s吨。'
      % (F('Ww2', n(Ww)), F('w0', n(w[0])), F('w1', n(w[1])), F('Cc2', n(Cc)),
         F('c0', n(cc[0])), F('c1', n(cc[1]))))
    P('在收购工作中，县局严格执行国家粮食收购政策，坚持“五要五不准”收购守则，做到依质论价、'
      '优质优价，按时足额结算售粮款，未发生“打白条”和压级压价现象。同时加强入库粮食质量检验监测，'
      '对每批次入库粮食实行扦样检验，入库粮食质量全部达到国家标准。')
    P('县局大力发展订单农业，与种粮大户、家庭农场和农民专业合作社签订优质粮食订单，'
      '引导农户种植优质稻品种，推动“优粮优产、优粮优购、优粮优储”，促进种粮农民持续增收。'
      '同时依托粮食产后服务中心，为农户提供清理、干燥、收储等服务，有效减少了产后损失。')
    H('三、储备粮管理')
    P('县局认真落实储备粮管理各项制度，严格执行“一符四无”和“四个一致”要求，'
      '扎实开展储备粮库存数量和质量专项检查，做到账实相符、账账相符。')
    P('县级储备方面，年初库存%s吨，全年轮入%s吨，轮出%s吨，年末库存%s吨，储备规模落实到位。'
      '储备粮轮换坚持“推陈储新、均衡轮换”原则，轮换粮源全部通过省粮食交易平台公开竞价采购和销售，'
      '轮换架空期均控制在规定时限以内。'
      % (F('k0', n(k0)), F('ki', n(ki)), F('ko', n(ko)), F('K2', n(K))))
    P('乡级储备方面，年初库存%s吨，全年轮入%s吨，轮出%s吨，年末库存%s吨。乡级储备粮由各乡镇'
      '委托相关库点代储，县局加强业务指导和日常监管，定期开展库存检查。'
      % (F('x0', n(x0)), F('xi', n(xi)), F('xo', n(xo + XO_DELTA)), F('X1', n(X))))
    P('县局组织对各库点储备粮开展春秋两季普查，对储粮温度、水分、虫害等情况实行动态监测，'
      '推广应用低温储粮、内环流控温和氮气气调等绿色储粮技术。委托市粮油质量监测站对县级储备粮'
      '开展质量和储存品质检测，各批次储备粮质量指标和储存品质指标均符合国家标准要求。')
    P('近五年来，全县累计轮换储备粮%s吨，未发生因轮换不及时造成储备粮陈化或损失的情况。'
      % F('cumr', '41360'))
    P('县局持续推进储备粮管理信息化建设，县级储备粮库点全部接入省级粮食储备监管平台，'
      '实现库存数量、粮情温湿度和出入库作业在线监管，对异常情况实时预警、及时处置。'
      '各库点年末储备粮库存情况见表1。')
    p2_end = doc.page
    doc.new_page(cols=2)
    H('四、仓储设施建设')
    P('全县现有粮食仓容%s吨，其中完好仓容%s吨、需维修仓容%s吨。完好仓容中，低温、准低温仓容'
      '%s吨。完好仓容占全县粮食仓容的%s%%。'
      % (F('cap', n(cap)), F('cap_ok', n(cap_ok)), F('cap_bad', n(cap_bad)), F('low', n(low)),
         F('util', m(rate(cap_ok, cap)))))
    P('2025年，县局争取上级资金实施城关粮库仓房维修改造和白沙粮站智能化升级项目，'
      '完成屋面防水、门窗气密性改造和粮情测控系统更新，仓储条件明显改善。对需维修仓房，'
      '县局已建立问题台账，分轻重缓急纳入年度维修计划。')
    P('县局还开展了粮食仓储企业安全生产隐患排查整治，重点整治有限空间作业、熏蒸作业和'
      '电气线路等方面的隐患，全年排查整改各类隐患37处，实现安全储粮和安全生产“双安全”。')
    H('五、粮食流通监督检查')
    P('县局认真履行粮食流通监管职责，联合市场监管等部门开展粮食购销领域监管执法检查，'
      '重点检查粮食收购资格、收购政策执行、库存管理和粮食质量安全等情况，'
      '对发现的问题督促有关企业限期整改到位。')
    P('全年开展“双随机、一公开”抽查12次，检查粮食经营企业46家次，受理处理涉粮举报3件，'
      '依法规范粮食经营秩序。县局还健全粮食经营台账制度，督促粮食经营者建立购进、销售、'
      '储存台账，按规定报送粮食流通统计数据，统计数据质量进一步提高。')
    assert doc.col == 0, 'left column of page 3 overflowed'
    doc.next_frame()                      # table at the top of the right column
    doc.para('表1　各库点储备粮年末库存', size=10.5, leading=18, indent=0, align='C', bold=True)
    doc.para('单位：吨', size=9, leading=14, indent=0, align='R')
    trows = [['库点', '县级储备', '乡级储备', '合计']]
    for i, nm in enumerate(depots):
        trows.append([nm, F('t_k%d' % i, n(dk[i], True)), F('t_x%d' % i, n(dx[i], True)),
                      F('t_s%d' % i, n(dk[i] + dx[i], True))])
    trows.append(['合计', F('t_kT', n(K, True)), F('t_xT', n(X, True)),
                  F('t_sT', n(GRAND + GRAND_DELTA, True))])
    doc.table([64, 46, 46, 50], trows, size=9, pad=3, aligns=['C', 'R', 'R', 'R'], bold_rows=(6,))
    doc.y -= 10
    P('从各库点承储情况看，县级储备粮主要集中在城关粮库和东岭粮库，乡级储备粮由各库点分散代储。'
      '下一步，县局将结合仓储设施改造，进一步优化储备布局，推动储备粮向设施条件较好的库点集中，'
      '提高集约化管理水平。')
    P('县局深入开展粮食节约减损行动，推广应用先进适用的收获、干燥、储存技术，'
      '引导农户科学储粮，指导粮食加工企业提高出品率，在全县范围内营造爱粮节粮的良好氛围。')
    P('同时，县局积极推进“优质粮食工程”，支持粮食产后服务中心和质检体系建设，'
      '提升粮食产后服务能力和质量安全检验监测能力。')
    p3_end = doc.page
    assert p2_end == 2 and p3_end == 3, (p2_end, p3_end)
    # ---------------- page 4 (one column)
    doc.new_page(cols=1)
    doc.auto_break = True
    doc.heading('六、应急物资储备', before=0)
    doc.para('县级应急物资储备体系进一步完善。年末储备应急物资总价值%s万元，其中防汛物资%s万元、'
             '抗旱物资%s万元、生活类救灾物资%s万元。主要储备帐篷%s顶、折叠床%s张、棉被%s床，'
             '以及冲锋舟、抽水泵、发电机组等防汛抗旱装备，能够满足全县突发自然灾害初期应急救助需要。'
             % (F('E', es_sw), F('e0', m(e[0])), F('e1', m(e[1])), F('e2', m(e[2])),
                F('tent', '1200'), F('bed', '3500'), F('quilt', '5000')))
    doc.para('全年拨付县级储备粮费用补贴%s万元，其中保管费用补贴%s万元、轮换费用补贴%s万元、'
             '贷款利息补贴%s万元，补贴资金全部按时足额拨付到承储企业。'
             % (F('S', m(Sv)), F('s0', m(sub[0])), F('s1', m(sub[1])), F('s2', m(sub[2]))))
    doc.heading('七、存在的问题')
    doc.para('一是部分库点仓房建设年代较早，设施老化，需维修仓容占比较高，绿色储粮技术应用还不够广泛；'
             '二是粮食收购期间部分乡镇收购网点布局不够均衡，偏远地区农户售粮仍不够便捷；'
             '三是应急物资储备品种结构有待优化，部分物资临近储存年限，轮换更新压力较大；'
             '四是基层粮食行业专业技术人员不足，年龄结构偏大，队伍建设有待加强。')
    doc.heading('八、2026年工作打算')
    doc.para('（一）抓好粮食收购。科学布设收购网点，落实国家粮食收购政策，持续推进订单收购和预约收购，'
             '切实守住农民“种粮卖得出”的底线。')
    doc.para('（二）强化储备管理。严格落实储备粮轮换计划，深化库存数量和质量常态化监管，'
             '确保储备粮数量真实、质量良好、储存安全。')
    doc.para('（三）加快仓储设施改造。积极争取上级资金支持，推进需维修仓房维修改造，'
             '扩大低温、准低温储粮仓容，提升仓储设施现代化水平。')
    doc.para('（四）提升应急保障能力。优化应急物资储备品种和规模，完善应急供应网络，'
             '做好临期物资轮换，确保关键时刻调得出、用得上。')
    pages = doc.finish()

    k = B.bd
    k('genuine', 'sum', 'F', ['f1', 'f2'], '万元', '一、总体情况 争取上级资金', ['中央资金', '省级资金'])
    k('genuine', 'repeat', 'G1', ['G2'], '吨', '一、总体情况 全年收购粮食', ['二、粮食收购 全年收购粮食（双栏）'])
    k('genuine', 'sum', 'G2', ['Rr', 'Ww', 'Cc'], '吨', '二、粮食收购 全年收购粮食（双栏）',
      ['稻谷', '小麦', '玉米'])
    k('planted', 'share', None, ['sR', 'sW', 'sC'], '%', '隐含100%', ['稻谷占', '小麦占', '玉米占'],
      note='PLANTED: 品种 shares printed %s%%+%s%%+%s%% = %s%% (稻谷 true share %s%%)'
      % (shares_pr[0], shares_pr[1], shares_pr[2], sum(shares_pr), shares[0]),
      expect_diff=-SHARE_DELTA)
    k('genuine', 'sum', 'Rr2', ['r0', 'r1', 'r2'], '吨', '二、稻谷收购（双栏）', ['早籼稻', '中晚籼稻', '粳稻'])
    k('genuine', 'sum', 'Ww2', ['w0', 'w1'], '吨', '二、小麦收购（双栏）', ['最低收购价收购', '市场化收购'])
    k('genuine', 'sum', 'Cc2', ['c0', 'c1'], '吨', '二、玉米收购（双栏）', ['订单收购', '市场化收购'])
    k('genuine', 'repeat', 'Rr', ['Rr2'], '吨', '二、稻谷（品种列举）', ['二、稻谷收购'])
    k('genuine', 'repeat', 'Ww', ['Ww2'], '吨', '二、小麦（品种列举）', ['二、小麦收购'])
    k('genuine', 'repeat', 'Cc', ['Cc2'], '吨', '二、玉米（品种列举）', ['二、玉米收购'])
    k('genuine', 'balance', 'K2', ['k0', 'ki', 'ko'], '吨', '三、县级储备 年末库存（双栏，第2页右栏）',
      ['年初库存', '全年轮入', '轮出'], signs=[1, 1, -1])
    k('genuine', 'repeat', 'K1', ['K2'], '吨', '一、总体情况 年末县级储备粮库存', ['三、县级储备 年末库存'])
    k('planted', 'balance', 'X1', ['x0', 'xi', 'xo'], '吨', '三、乡级储备 年末库存（双栏，第2页右栏）',
      ['年初库存', '全年轮入', '轮出'], signs=[1, 1, -1],
      note='PLANTED: 乡级储备 balance 年初%s + 轮入%s − 轮出%s = %s, but 年末 printed %s (off by 100; 轮出 misprinted, true %s)'
      % (n(x0), n(xi), n(xo + XO_DELTA), n(X - XO_DELTA), n(X), n(xo)), expect_diff=XO_DELTA)
    for i, nm in enumerate(depots):
        k('genuine', 'sum', 't_s%d' % i, ['t_k%d' % i, 't_x%d' % i], '吨', '表1 %s 合计列' % nm,
          ['表1 同行 县级储备', '表1 同行 乡级储备'])
    k('genuine', 'sum', 't_kT', ['t_k%d' % i for i in range(5)], '吨', '表1 合计行 县级储备',
      ['表1 县级储备 ' + x for x in depots])
    k('genuine', 'sum', 't_xT', ['t_x%d' % i for i in range(5)], '吨', '表1 合计行 乡级储备',
      ['表1 乡级储备 ' + x for x in depots])
    k('planted', 'sum', 't_sT', ['t_s%d' % i for i in range(5)], '吨', '表1 合计行 合计列',
      ['表1 合计列 ' + x for x in depots],
      note='PLANTED: 库点表 合计 (合计行×合计列) printed %s, 合计 column rows sum to %s (off by %s)'
      % (n(GRAND + GRAND_DELTA, True), n(GRAND, True), n(GRAND_DELTA)), expect_diff=GRAND_DELTA)
    planted_grand_idx = len(B.items) - 1
    k('genuine', 'repeat', 'K2', ['t_kT'], '吨', '三、县级储备 年末库存', ['表1 合计行 县级储备'])
    k('genuine', 'repeat', 'X1', ['t_xT'], '吨', '三、乡级储备 年末库存', ['表1 合计行 乡级储备'])
    k('genuine', 'sum', 'cap', ['cap_ok', 'cap_bad'], '吨', '四、仓储设施 粮食仓容（双栏，第3页左栏）',
      ['完好仓容', '需维修仓容'])
    k('planted', 'sum', 'E', ['e0', 'e1', 'e2'], '万元', '六、应急物资总价值',
      ['防汛物资', '抗旱物资', '生活类救灾物资'],
      note='PLANTED: 应急物资总价值 printed %s with two digits swapped; parts sum to %s' % (es_sw, es),
      expect_diff=SW_DELTA)
    k('genuine', 'sum', 'S', ['s0', 's1', 's2'], '万元', '六、储备粮费用补贴',
      ['保管费用补贴', '轮换费用补贴', '贷款利息补贴'])
    B.consequence('t_sT', planted_grand_idx,
                  'same cell also fails the 合计-row check 县级合计 %s + 乡级合计 %s = %s'
                  % (n(K, True), n(X, True), n(GRAND, True)))

    L = B.look
    L('完成年度收购计划%s吨的%s%%' % (n(Gp), m(rate(G, Gp))),
      '计划 vs 实际: plan and completion rate, not parts of the 收购 total', ['Gp', 'Gr'])
    L('高于省下达的县级储备粮规模%s吨' % n(Ks), '计划规模 vs 实际年末库存; not equal and not meant to be', ['Ks'])
    L('早籼稻…每50公斤124元…中晚籼稻每50公斤129元', 'unit prices, not quantities to add', ['pr1', 'pr2'])
    L('近五年来，全县累计轮换储备粮41360吨', 'cumulative five-year figure vs this year’s 轮入/轮出', ['cumr'])
    L('完好仓容中，低温、准低温仓容%s吨' % n(low), 'single-part subset of 完好仓容, not a complete breakdown', ['low'])
    L('完好仓容占全县粮食仓容的%s%%' % m(rate(cap_ok, cap)),
      'a single ratio (完好/总仓容), not a share list that must reach 100%', ['util'])
    L('帐篷1200顶、折叠床3500张、棉被5000床', 'counts in mixed units listed after the 价值 breakdown; not parts of 万元 total',
      ['tent', 'bed', 'quilt'])
    return fname, pages, B


def main():
    res = [make_shenji(), make_liangshi()]
    assert res[0][1] in (4, 5) and res[1][1] == 4, [r[1] for r in res]
    files, bds, cons, looks = [], [], [], []
    for fname, pages, B in res:
        files.append({'file': fname, 'pages': pages})
        a, b, c = B.build()
        bds += a
        cons += b
        looks += c
    exp = {
        'files': files,
        'conventions': (
            'Figures are exactly as printed (thousand separators and % kept); for arithmetic strip "," and "%" '
            'and use Decimal. difference = total - parts_sum. check=sum: total = sum(parts). '
            'check=balance: total (年末) = sum(sign_i*part_i) with signs in "signs" (年初 +, 轮入/新增 +, 轮出/偿还 -). '
            'check=share: total is the implicit "100%", parts are printed percentages; pdf_page is the page of the shares. '
            'check=repeat: total is the first printing, parts = [restatement]. pdf_page / parts_pages are 1-based PDF pages. '
            'Money in 万元 with two decimals; grain in 吨; 表1 of the 审计 report has a two-level header; '
            '表2 continues on the next page under 续表2 with the header repeated. '
            'File 2 pages 2-3 are two-column; its 库点 table (with a 合计 column and a 合计 row) sits inside the right text column of page 3.'),
        'breakdowns': bds,
        'consequence_of': cons,
        'lookalikes_not_breakdowns': looks,
    }
    with open(os.path.join(OUT, 'expected.json'), 'w', encoding='utf-8') as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    for b in bds:
        print(b['id'], b['kind'], b['check'], b['total'], 'p%d' % b['pdf_page'], b['parts_pages'],
              b['difference'])


if __name__ == '__main__':
    main()
