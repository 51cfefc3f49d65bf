#!/usr/bin/env python3
"""Generate a blind PDF probe: two Chinese government report PDFs + expected.json.

File 1: xx_xian_tongji_gongbao_2025.pdf  (born-digital county statistical bulletin)
File 2: xx_zhen_2025_huibao_scan.pdf     (town work report, rasterized -> image-only "scan")

Every figure is a decimal.Decimal; planted errors are exact perturbations of the
correct values.  Page numbers of figures are recorded by the layout engine (the
page on which the block containing the figure is drawn).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal as D, ROUND_HALF_UP

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
FILE1 = 'xx_xian_tongji_gongbao_2025.pdf'
FILE2 = 'xx_zhen_2025_huibao_scan.pdf'
FONT = 'ZH'

_font_done = False


def register_font():
    global _font_done
    if not _font_done:
        pdfmetrics.registerFont(TTFont(FONT, '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
        _font_done = True


def q1(x):
    return x.quantize(D('0.1'), rounding=ROUND_HALF_UP)


def q0(x):
    return x.quantize(D('1'), rounding=ROUND_HALF_UP)


def dtext(x):
    return format(x, 'f')


# --------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------
class F:
    """A printed figure.

    inline=True : drawn inside prose as ctx + number (ctx is printed right before it)
    inline=False: a table cell; ctx is the row label, the number follows within `gap` chars
    """

    def __init__(self, value, ctx, where, inline=True, gap=40):
        assert isinstance(value, D)
        self.value = value
        self.text = dtext(value)
        assert D(self.text) == value
        self.ctx = ctx
        self.where = where
        self.inline = inline
        self.gap = gap
        self.page = None


# --------------------------------------------------------------------------
# Layout engine
# --------------------------------------------------------------------------
PAGE_W, PAGE_H = A4
ATOM_RE = re.compile(r'[0-9A-Za-z.%:\-]+|.', re.S)
NOSTART = set('，。、；：）”%％」:')


class Style:
    def __init__(self, body, leading, head, title, table, row_h, margin=60):
        self.body, self.leading, self.head, self.title = body, leading, head, title
        self.table, self.row_h = table, row_h
        self.left = margin
        self.right = PAGE_W - margin
        self.top = PAGE_H - 64
        self.bottom = 60


def sw(s, size):
    return pdfmetrics.stringWidth(s, FONT, size)


def wrap(atoms, size, w_first, w_rest):
    lines, cur, curw = [], '', 0.0
    width = w_first
    for a in atoms:
        aw = sw(a, size)
        if cur and curw + aw > width and a[0] not in NOSTART:
            lines.append(cur)
            cur, curw = '', 0.0
            width = w_rest
        cur += a
        curw += aw
    if cur:
        lines.append(cur)
    return lines


def para_atoms(segs):
    atoms, figs = [], []
    for s in segs:
        if isinstance(s, F):
            figs.append(s)
            atoms.extend(ATOM_RE.findall(s.ctx))
            atoms.append(s.text)
        else:
            atoms.extend(ATOM_RE.findall(s))
    return atoms, figs


def block_ops(b, st):
    """Return (height, ops, figs, plain_text). ops use dy relative to block top (negative = down)."""
    kind = b[0]
    W = st.right - st.left
    ops, figs = [], []
    if kind == 'title':
        size = st.title
        ops.append(('text', size, PAGE_W / 2, -size, b[1], 'c'))
        return size + 14, ops, figs, b[1]
    if kind == 'sub':
        size = st.body
        ops.append(('text', size, PAGE_W / 2, -size, b[1], 'c'))
        return size + 18, ops, figs, b[1]
    if kind == 'h':
        size = st.head
        ops.append(('text', size, st.left, -(size + 6), b[1], 'l'))
        return size + 14, ops, figs, b[1]
    if kind == 'p':
        size = st.body
        atoms, figs = para_atoms(b[1])
        indent = 2 * size
        lines = wrap(atoms, size, W - indent, W)
        for i, ln in enumerate(lines):
            x = st.left + (indent if i == 0 else 0)
            ops.append(('text', size, x, -(size + i * st.leading), ln, 'l'))
        h = size + (len(lines) - 1) * st.leading + (st.leading - size) + 6
        return h, ops, figs, ''.join(lines)
    if kind == 'table':
        spec = b[1]
        size = st.table
        rh = st.row_h
        title = spec['title']
        ops.append(('text', size + 1, PAGE_W / 2, -(size + 1), title, 'c'))
        y0 = -(size + 12)
        cols = spec['cols']
        widths = [c[1] for c in cols]
        tw = sum(widths)
        x0 = st.left + (W - tw) / 2
        rows = [[c[0] for c in cols]] + spec['rows']
        n = len(rows)
        plain = [title]
        # horizontal lines
        for i in range(n + 1):
            y = y0 - i * rh
            ops.append(('line', x0, y, x0 + tw, y, 1.0 if i in (0, 1, n) else 0.5))
        # vertical lines
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        for x in xs:
            ops.append(('line', x, y0, x, y0 - n * rh, 0.7))
        for r, row in enumerate(rows):
            base = y0 - r * rh - (rh + size * 0.72) / 2
            texts = []
            for ci, cell in enumerate(row):
                if isinstance(cell, F):
                    figs.append(cell)
                    txt = cell.text
                else:
                    txt = cell
                texts.append(txt)
                align = 'c' if r == 0 else cols[ci][2]
                if align == 'l':
                    ops.append(('text', size, xs[ci] + 6, base, txt, 'l'))
                elif align == 'r':
                    ops.append(('text', size, xs[ci + 1] - 8, base, txt, 'r'))
                else:
                    ops.append(('text', size, (xs[ci] + xs[ci + 1]) / 2, base, txt, 'c'))
                assert sw(txt, size) < widths[ci] - 8, (txt, widths[ci])
            plain.append(' '.join(texts))
        h = -(y0 - n * rh) + 14
        return h, ops, figs, '\n'.join(plain)
    raise ValueError(kind)


def layout(blocks, st):
    """Place blocks on pages (a block is never split).  Sets F.page.  Returns pages, page plain texts."""
    pages, plains = [[]], ['']
    y = st.top
    for b in blocks:
        if b[0] == 'break':
            pages.append([])
            plains.append('')
            y = st.top
            continue
        h, ops, figs, plain = block_ops(b, st)
        if y - h < st.bottom:
            pages.append([])
            plains.append('')
            y = st.top
        assert y - h >= st.bottom, 'block too tall'
        for op in ops:
            if op[0] == 'text':
                _, size, x, dy, s, al = op
                pages[-1].append(('text', size, x, y + dy, s, al))
            else:
                _, x1, dy1, x2, dy2, lw = op
                pages[-1].append(('line', x1, y + dy1, x2, y + dy2, lw))
        for f in figs:
            assert f.page is None, 'figure object placed twice: ' + f.text
            f.page = len(pages)
        plains[-1] += plain + '\n'
        y -= h
    return pages, plains


def render(pages, path, title):
    register_font()
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(title)
    for ops in pages:
        for op in ops:
            if op[0] == 'text':
                _, size, x, y, s, al = op
                c.setFont(FONT, size)
                if al == 'l':
                    c.drawString(x, y, s)
                elif al == 'r':
                    c.drawRightString(x, y, s)
                else:
                    c.drawCentredString(x, y, s)
            else:
                _, x1, y1, x2, y2, lw = op
                c.setLineWidth(lw)
                c.line(x1, y1, x2, y2)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------
# Breakdown bookkeeping
# --------------------------------------------------------------------------
class B:
    def __init__(self, bid, kind, check, total, parts, unit, signs=None, note=None):
        self.id, self.kind, self.check = bid, kind, check
        self.total, self.parts, self.unit = total, parts, unit
        self.signs = signs or ['+'] * len(parts)
        self.note = note
        if kind == 'planted':
            assert note and note.startswith('PLANTED: ')

    def total_value(self):
        return D('100') if self.check == 'share' else self.total.value

    def parts_sum(self):
        s = D('0')
        for sg, p in zip(self.signs, self.parts):
            s += p.value if sg == '+' else -p.value
        return s

    def to_json(self, fname):
        ps = self.parts_sum()
        d = {
            'file': fname, 'id': self.id, 'kind': self.kind, 'check': self.check,
            'total': '100%' if self.check == 'share' else self.total.text,
            'total_where': ('各项占比之和（应为100%）；各项见parts_where' if self.check == 'share'
                            else self.total.where),
            'parts': [p.text for p in self.parts],
            'parts_where': [p.where for p in self.parts],
            'unit': self.unit,
            'pdf_page': self.parts[0].page if self.check == 'share' else self.total.page,
            'parts_pages': [p.page for p in self.parts],
            'parts_sum': dtext(ps),
            'difference': dtext(self.total_value() - ps),
        }
        if self.check == 'balance':
            d['signs'] = self.signs
        if self.note:
            d['note'] = self.note
        return d


def swap_digits(n, i):
    s = dtext(n)
    assert s[i] != s[i + 1]
    return D(s[:i] + s[i + 1] + s[i] + s[i + 2:])


# --------------------------------------------------------------------------
# File 1 content: county statistical bulletin (born-digital)
# --------------------------------------------------------------------------
def content_xian():
    bd, looks, cons = [], [], []
    S1 = '一、综合'
    # --- GDP
    g1, g2, g3 = D('45.12'), D('108.47'), D('132.04')
    gdp = g1 + g2 + g3
    f_gdp = F(gdp, '地区生产总值', '一、综合 正文“全县实现地区生产总值”')
    f_g1 = F(g1, '第一产业增加值', '一、综合 正文“第一产业增加值”')
    f_g2 = F(g2, '第二产业增加值', '一、综合 正文“第二产业增加值”')
    f_g3 = F(g3, '第三产业增加值', '一、综合 正文“第三产业增加值”')
    bd.append(B('W01', 'genuine', 'sum', f_gdp, [f_g1, f_g2, f_g3], '亿元'))
    r1, r2, r3 = (q1(x / gdp * 100) for x in (g1, g2, g3))
    assert r1 + r2 + r3 == D('100.0'), (r1, r2, r3)
    r2_bad = r2 + D('0.6')
    f_r1 = F(r1, '三次产业结构比为', '一、综合 正文“三次产业结构比为”第1项')
    f_r2 = F(r2_bad, ':', '一、综合 正文“三次产业结构比为”第2项')
    f_r3 = F(r3, ':', '一、综合 正文“三次产业结构比为”第3项')
    bd.append(B('W02', 'planted', 'share', None, [f_r1, f_r2, f_r3], '%',
                note='PLANTED: 三次产业结构比印为%s:%s:%s，三项之和为%s，不等于100（第二项正确值应为%s，即%s/%s）'
                % (r1, r2_bad, r3, r1 + r2_bad + r3, r2, g2, gdp)))
    pop_res = D('37.32')  # 万人
    f_pop1 = F(pop_res, '年末全县常住人口', '一、综合 正文“年末全县常住人口”（第1次）')
    f_pop2 = F(pop_res, '年末全县常住人口', '八、人口和居民生活 正文“年末全县常住人口”（第2次）')
    bd.append(B('W18', 'genuine', 'repeat', f_pop1, [f_pop2], '万人'))
    gdp_pc = q0(gdp * 10000 / pop_res)
    # --- agriculture
    a = [D('38.26'), D('3.17'), D('24.58'), D('4.35'), D('2.91')]
    agr = sum(a)
    f_agr = F(agr, '全年农林牧渔业总产值', '二、农业 正文“全年农林牧渔业总产值”')
    alab = ['农业产值', '林业产值', '牧业产值', '渔业产值', '农林牧渔专业及辅助性活动产值']
    f_a = [F(v, l, '二、农业 正文“%s”' % l) for v, l in zip(a, alab)]
    bd.append(B('W03', 'genuine', 'sum', f_agr, f_a, '亿元'))
    crops = [D('158420'), D('176315'), D('52806'), D('14230'), D('10866')]
    clab = ['小麦产量', '玉米产量', '稻谷产量', '大豆产量', '薯类产量']
    grain = sum(crops)
    grain_bad = grain + 1
    f_grain = F(grain_bad, '全年粮食总产量', '二、农业 正文“全年粮食总产量”')
    f_c = [F(v, l, '二、农业 正文“按品种分，%s”' % l) for v, l in zip(crops, clab)]
    bd.append(B('W04', 'planted', 'sum', f_grain, f_c, '吨',
                note='PLANTED: 粮食总产量印为%s吨，五个品种之和为%s吨，末位差1' % (grain_bad, grain)))
    # table 1
    meat = [D('36518'), D('4127'), D('2346'), D('8245')]
    meat_tot = sum(meat)
    T1 = '表1  2025年主要农产品产量及其增长速度'
    f_meat = F(meat_tot, '肉类总产量', '表1“主要农产品产量”肉类总产量行·产量列', inline=False)
    mlab = ['猪肉', '牛肉', '羊肉', '禽肉']
    f_m = [F(v, l, '表1“主要农产品产量”其中：%s行·产量列' % l, inline=False) for v, l in zip(meat, mlab)]
    bd.append(B('W05', 'genuine', 'sum', f_meat, f_m, '吨'))
    t1_rows = [
        ['油料', '吨', '23418', '2.6'],
        ['蔬菜', '吨', '486350', '4.1'],
        ['水果', '吨', '97624', '-1.3'],
        ['肉类总产量', '吨', f_meat, '3.2'],
        ['  其中：猪肉', '吨', f_m[0], '3.9'],
        ['        牛肉', '吨', f_m[1], '1.5'],
        ['        羊肉', '吨', f_m[2], '0.8'],
        ['        禽肉', '吨', f_m[3], '2.4'],
        ['禽蛋', '吨', '12083', '1.1'],
        ['水产品', '吨', '18652', '2.7'],
    ]
    # --- industry
    ind, cons_ = D('93.15'), D('15.32')
    assert ind + cons_ == g2
    f_g2b = F(g2, '全县第二产业增加值', '三、工业和建筑业 正文“全县第二产业增加值”')
    f_ind = F(ind, '工业增加值', '三、工业和建筑业 正文“工业增加值”')
    f_con = F(cons_, '建筑业增加值', '三、工业和建筑业 正文“建筑业增加值”')
    bd.append(B('W06', 'genuine', 'repeat', f_g2, [f_g2b], '亿元'))
    bd.append(B('W07', 'genuine', 'sum', f_g2b, [f_ind, f_con], '亿元'))
    sectors = [('农副食品加工业', D('125480'), '6.3'), ('纺织业', D('84215'), '2.9'),
               ('化学原料和化学制品制造业', D('96730'), '8.4'), ('非金属矿物制品业', D('71362'), '-2.1'),
               ('通用设备制造业', D('58947'), '9.6'), ('电气机械和器材制造业', D('102586'), '12.3'),
               ('其他行业', D('145094'), '5.2')]
    sec_tot = sum(v for _, v, _ in sectors)
    sec_bad = sec_tot + 10
    T2 = '表2  2025年分行业规模以上工业增加值'
    f_sec = [F(v, l, '表2“分行业规模以上工业增加值”%s行·增加值列' % l, inline=False) for l, v, _ in sectors]
    f_sectot = F(sec_bad, '合计', '表2“分行业规模以上工业增加值”合计行·增加值列', inline=False)
    bd.append(B('W08', 'planted', 'sum', f_sectot, f_sec, '万元',
                note='PLANTED: 表2合计印为%s万元，七个行业之和为%s万元，差10' % (sec_bad, sec_tot)))
    t2_rows = [[l, f, g] for (l, _, g), f in zip(sectors, f_sec)] + [['合计', f_sectot, '7.1']]
    # --- investment
    iv = [D('8.46'), D('52.37'), D('71.95')]
    inv = sum(iv)
    f_inv = F(inv, '全年全县固定资产投资', '四、固定资产投资 正文“全年全县固定资产投资”')
    f_iv = [F(v, l, '四、固定资产投资 正文“%s”' % l) for v, l in
            zip(iv, ['第一产业投资', '第二产业投资', '第三产业投资'])]
    bd.append(B('W09', 'genuine', 'sum', f_inv, f_iv, '亿元'))
    sh = [q1(v / inv * 100) for v in iv]
    assert sum(sh) == D('100.0'), sh
    f_sh = [F(sh[0], '第一产业投资占全部投资的比重为', '四、固定资产投资 正文“第一产业投资占全部投资的比重为”'),
            F(sh[1], '第二产业投资占比', '四、固定资产投资 正文“第二产业投资占比”'),
            F(sh[2], '第三产业投资占比', '四、固定资产投资 正文“第三产业投资占比”')]
    bd.append(B('W10', 'genuine', 'share', None, f_sh, '%'))
    # --- consumption
    cu, cr = D('71.29'), D('25.25')
    f_ret = F(cu + cr, '全年社会消费品零售总额', '五、国内贸易 正文“全年社会消费品零售总额”')
    f_cu = F(cu, '城镇消费品零售额', '五、国内贸易 正文“城镇消费品零售额”')
    f_cr = F(cr, '乡村消费品零售额', '五、国内贸易 正文“乡村消费品零售额”')
    bd.append(B('W11', 'genuine', 'sum', f_ret, [f_cu, f_cr], '亿元'))
    # --- fiscal
    tax, nontax = D('12.35'), D('6.41')
    f_rev = F(tax + nontax, '全年一般公共预算收入', '六、财政 正文“全年一般公共预算收入”')
    f_tax = F(tax, '税收收入', '六、财政 正文“其中，税收收入”')
    f_ntax = F(nontax, '非税收入', '六、财政 正文“非税收入”')
    bd.append(B('W12', 'genuine', 'sum', f_rev, [f_tax, f_ntax], '亿元'))
    exp_, ms = D('45.37'), D('35.62')
    ms_sh = q1(ms / exp_ * 100)
    # --- finance
    dep_open, dep_inc = D('328.35'), D('28.47')
    dep_end = dep_open + dep_inc
    f_dend = F(dep_end, '金融机构人民币各项存款余额', '七、金融 正文“年末全县金融机构人民币各项存款余额”')
    f_dopen = F(dep_open, '年初余额为', '七、金融 正文“年初余额为”')
    f_dinc = F(dep_inc, '全年增加', '七、金融 正文“全年增加”')
    bd.append(B('W13', 'genuine', 'balance', f_dend, [f_dopen, f_dinc], '亿元'))
    dp = [D('248.16'), D('71.53'), D('37.13')]
    assert sum(dp) == dep_end
    f_dp = [F(v, l, '七、金融 正文“%s”' % l) for v, l in zip(dp, ['住户存款', '非金融企业存款', '机关团体及其他存款'])]
    bd.append(B('W14', 'genuine', 'sum', f_dend, f_dp, '亿元'))
    # --- population
    p_open, born, died, m_in, m_out = D('532416'), D('4127'), D('4862'), D('3905'), D('6318')
    p_end = p_open + born - died + m_in - m_out
    died_bad = died + 10
    f_pend = F(p_end, '年末全县户籍人口', '八、人口 正文“年末全县户籍人口”')
    f_pb = [F(p_open, '年初全县户籍人口', '八、人口 正文“年初全县户籍人口”'),
            F(born, '全年出生人口', '八、人口 正文“全年出生人口”'),
            F(died_bad, '死亡人口', '八、人口 正文“死亡人口”'),
            F(m_in, '迁入人口', '八、人口 正文“迁入人口”'),
            F(m_out, '迁出人口', '八、人口 正文“迁出人口”')]
    bd.append(B('W15', 'planted', 'balance', f_pend, f_pb, '人', signs=['+', '+', '-', '+', '-'],
                note='PLANTED: 户籍人口平衡关系不成立：%s+%s-%s+%s-%s=%s，而年末印为%s，差10（死亡人口正确值应为%s）'
                % (p_open, born, died_bad, m_in, m_out, p_open + born - died_bad + m_in - m_out, p_end, died)))
    urb = D('241535')
    rur = p_end - urb
    male = D('270142')
    fem = p_end - male
    f_urb = F(urb, '城镇人口', '八、人口 正文“其中，城镇人口”')
    f_rur = F(rur, '乡村人口', '八、人口 正文“乡村人口”')
    f_male = F(male, '男性人口', '八、人口 正文“男性人口”')
    f_fem = F(fem, '女性人口', '八、人口 正文“女性人口”')
    bd.append(B('W16', 'genuine', 'sum', f_pend, [f_urb, f_rur], '人'))
    bd.append(B('W17', 'genuine', 'sum', f_pend, [f_male, f_fem], '人'))
    urb_res = D('19.63')
    urb_rate = q1(urb_res / pop_res * 100)
    inc_all, inc_u, inc_r = D('31245'), D('42180'), D('21635')

    # --- look-alikes (text must occur verbatim in the document)
    L = lambda t, w: looks.append({'text': t, 'why': w})
    L('比上年增长5.6%', '地区生产总值增速；与各产业增速3.5%、6.2%、5.7%不构成加总关系')
    L('全年人均地区生产总值%s元' % gdp_pc, '人均指标（按常住人口计算），不是任何分项之和')
    L('全年生猪出栏45.17万头', '出栏是全年流量，年末存栏28.64万头是时点存量，二者不相加也不比较')
    L('其中能繁母猪存栏2.87万头', '“其中”只列出一部分（能繁母猪），不要求等于生猪存栏')
    L('比上年增长（%）', '表1、表2中的增长率列，不能相加，也不能与合计行增速做和')
    L('在税收收入中，增值税5.12亿元，企业所得税1.86亿元', '只列举了部分税种，不要求等于税收收入12.35亿元')
    L('其中民生支出%s亿元，占一般公共预算支出的%s%%' % (ms, ms_sh), '“其中”只列一项，单一占比，不需凑满100%')
    L('同比增长15.2%', '同比增速，不是分项')
    L('其中中长期贷款168.42亿元', '贷款余额“其中”只列一项')
    L('常住人口城镇化率为%s%%' % urb_rate, '比率（城镇常住19.63万人/常住37.32万人），不是分项占比之和')
    L('城镇居民人均可支配收入42180元', '人均收入：全体居民31245元不是城镇42180元与农村21635元之和')

    blocks = [
        ('title', '云溪县2025年国民经济和社会发展统计公报'),
        ('sub', '云溪县统计局  2026年3月18日'),
        ('h', S1),
        ('p', ['初步核算，2025年全县实现', f_gdp, '亿元，按不变价格计算，比上年增长5.6%。其中，', f_g1,
               '亿元，增长3.5%；', f_g2, '亿元，增长6.2%；', f_g3, '亿元，增长5.7%。', f_r1, f_r2, f_r3,
               '。按常住人口计算，全年人均地区生产总值%s元，比上年增长6.0%%。' % gdp_pc]),
        ('p', [f_pop1, '万人，全县共有乡镇14个。']),
        ('h', '二、农业'),
        ('p', [f_agr, '亿元，按可比价格计算，比上年增长3.8%。其中，', f_a[0], '亿元，', f_a[1], '亿元，',
               f_a[2], '亿元，', f_a[3], '亿元，', f_a[4], '亿元。']),
        ('p', [f_grain, '吨，比上年增长1.2%。按品种分，', f_c[0], '吨，', f_c[1], '吨，', f_c[2], '吨，',
               f_c[3], '吨，', f_c[4], '吨。']),
        ('p', ['年末生猪存栏28.64万头，其中能繁母猪存栏2.87万头；全年生猪出栏45.17万头，比上年增长2.3%。'
               '年末牛存栏3.82万头，全年牛出栏1.96万头。全县主要农产品产量及其增长速度见表1。']),
        ('break',),
        ('table', {'title': T1,
                   'cols': [('产品名称', 170, 'l'), ('单位', 70, 'c'), ('产量', 110, 'r'), ('比上年增长（%）', 125, 'r')],
                   'rows': t1_rows}),
        ('h', '三、工业和建筑业'),
        ('p', ['全年', f_g2b, '亿元。其中，', f_ind, '亿元，比上年增长6.6%；', f_con, '亿元，增长4.1%。']),
        ('p', ['年末全县规模以上工业企业136家。全年规模以上工业增加值比上年增长7.1%，分行业增加值见表2。']),
        ('table', {'title': T2,
                   'cols': [('行业', 235, 'l'), ('增加值（万元）', 120, 'r'), ('比上年增长（%）', 120, 'r')],
                   'rows': t2_rows}),
        ('break',),
        ('h', '四、固定资产投资'),
        ('p', [f_inv, '亿元，比上年增长6.8%。分产业看，', f_iv[0], '亿元，下降3.2%；', f_iv[1], '亿元，增长9.5%；',
               f_iv[2], '亿元，增长5.4%。', f_sh[0], '%，', f_sh[1], '%，', f_sh[2], '%。']),
        ('h', '五、国内贸易'),
        ('p', [f_ret, '亿元，比上年增长4.8%。按经营地分，', f_cu, '亿元，增长5.1%；', f_cr,
               '亿元，增长3.9%。全年限额以上单位网上零售额同比增长15.2%。']),
        ('h', '六、财政'),
        ('p', [f_rev, '亿元，比上年增长3.4%。其中，', f_tax, '亿元，', f_ntax,
               '亿元。在税收收入中，增值税5.12亿元，企业所得税1.86亿元。全年一般公共预算支出%s亿元，'
               '其中民生支出%s亿元，占一般公共预算支出的%s%%。' % (exp_, ms, ms_sh)]),
        ('break',),
        ('h', '七、金融'),
        ('p', ['年末全县', f_dend, '亿元，', f_dopen, '亿元，', f_dinc, '亿元。在各项存款余额中，', f_dp[0], '亿元，',
               f_dp[1], '亿元，', f_dp[2], '亿元。年末各项贷款余额274.35亿元，比上年末增长9.2%，'
               '其中中长期贷款168.42亿元。']),
        ('h', '八、人口和居民生活'),
        ('p', [f_pb[0], '人。', f_pb[1], '人，', f_pb[2], '人，', f_pb[3], '人，', f_pb[4], '人。', f_pend,
               '人。其中，', f_urb, '人，', f_rur, '人；', f_male, '人，', f_fem, '人。']),
        ('p', [f_pop2, '万人，其中城镇常住人口%s万人，常住人口城镇化率为%s%%。' % (urb_res, urb_rate)]),
        ('p', ['全年全体居民人均可支配收入%s元，比上年增长5.9%%。其中，城镇居民人均可支配收入%s元，增长5.1%%；'
               '农村居民人均可支配收入%s元，增长6.8%%。' % (inc_all, inc_u, inc_r)]),
        ('p', ['注：本公报中部分数据为初步统计数。地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。']),
    ]
    return blocks, bd, cons, looks


# --------------------------------------------------------------------------
# File 2 content: town work report (scanned)
# --------------------------------------------------------------------------
def content_zhen():
    bd, looks, cons = [], [], []
    # village count
    nv, nc = D('16'), D('2')
    f_vt = F(nv + nc, '全镇共辖', '一、正文“全镇共辖…个村（社区）”')
    f_v = F(nv, '其中行政村', '一、正文“其中行政村”')
    f_c = F(nc, '社区', '一、正文“社区…个”')
    bd.append(B('X03', 'genuine', 'sum', f_vt, [f_v, f_c], '个'))
    # agriculture
    ag = [D('21365'), D('9842'), D('1576'), D('2417')]
    agl = ['种植业产值', '畜牧业产值', '林业产值', '渔业产值']
    A = sum(ag)
    p_, q_ = D('76918'), D('15437')
    I = p_ + q_
    I_bad = swap_digits(I, 2)
    T = A + I
    f_T = F(T, '全镇完成工农业总产值', '一、正文“全镇完成工农业总产值”')
    f_A1 = F(A, '农业总产值', '一、正文“其中，农业总产值”')
    f_I1 = F(I_bad, '工业总产值', '一、正文“其中，农业总产值…，工业总产值”（第一次出现）')
    f_ag = [F(v, l, '一、正文“农业总产值中，%s”' % l) for v, l in zip(ag, agl)]
    bd.append(B('X02', 'genuine', 'sum', f_A1, f_ag, '万元'))
    f_I2 = F(I_bad, '全镇工业总产值', '一、正文“全镇工业总产值”（第二次出现）')
    f_p = F(p_, '规模以上工业产值', '一、正文“其中规模以上工业产值”')
    f_q = F(q_, '规模以下工业产值', '一、正文“规模以下工业产值”')
    bd.append(B('X01', 'planted', 'sum', f_I2, [f_p, f_q], '万元',
                note='PLANTED: 工业总产值印为%s万元，其中规上%s+规下%s=%s，第3、4位数字互换（差%s）'
                % (I_bad, p_, q_, I, I_bad - I)))
    bd.append(B('X12', 'genuine', 'repeat', f_I1, [f_I2], '万元',
                note='工业总产值两次出现，印出的数值相同（均为X01中的错误值%s），重述本身一致' % I_bad))
    cons.append({'total': f_T, 'parts': [f_A1, f_I1], 'of': 'X01',
                 'note': '工农业总产值%s（按正确工业总产值%s计算）≠ 农业%s + 印出的工业%s = %s'
                 % (T, I, A, I_bad, A + I_bad)})
    # projects table
    projs = [('青石农产品冷链物流中心', D('18600'), D('7420')),
             ('镇区污水管网改造工程', D('6350'), D('4815')),
             ('高标准农田建设项目', D('9280'), D('9280')),
             ('新型建材产业园二期', D('25400'), D('11630')),
             ('乡村旅游基础设施提升工程', D('4170'), D('2958'))]
    tot_inv = sum(p[1] for p in projs)
    tot_done = sum(p[2] for p in projs)
    done_bad = tot_done + 1
    TT = '表1  2025年重点项目完成情况'
    f_pi = [F(v, l, '表1“重点项目完成情况”%s行·总投资列' % l, inline=False) for l, v, _ in projs]
    f_pd = [F(v, l, '表1“重点项目完成情况”%s行·年度完成列' % l, inline=False) for l, _, v in projs]
    f_ti = F(tot_inv, '合计', '表1“重点项目完成情况”合计行·总投资列', inline=False)
    f_td = F(done_bad, '合计', '表1“重点项目完成情况”合计行·年度完成列', inline=False)
    bd.append(B('X04', 'genuine', 'sum', f_ti, f_pi, '万元'))
    bd.append(B('X05', 'planted', 'sum', f_td, f_pd, '万元',
                note='PLANTED: 表1年度完成合计印为%s万元，五个项目之和为%s万元，差1' % (done_bad, tot_done)))
    rows = []
    for (l, inv, done), fi, fd in zip(projs, f_pi, f_pd):
        rows.append([l, fi, fd, dtext(q1(done / inv * 100))])
    rows.append(['合计', f_ti, f_td, dtext(q1(tot_done / tot_inv * 100))])
    assert q1(tot_done / tot_inv * 100) == q1(done_bad / tot_inv * 100)
    # crop shares (planted)
    cs = [D('62.4'), D('25.3'), D('12.3')]
    assert sum(cs) == 100
    cs_bad = [cs[0], cs[1], cs[2] + D('0.5')]
    f_cs = [F(v, l, '二、正文“%s”' % l) for v, l in zip(cs_bad, ['粮食作物占', '经济作物占', '其他作物占'])]
    bd.append(B('X06', 'planted', 'share', None, f_cs, '%',
                note='PLANTED: 播种面积结构%s%%+%s%%+%s%%=%s%%，不等于100%%（其他作物正确值应为%s%%）'
                % (cs_bad[0], cs_bad[1], cs_bad[2], sum(cs_bad), cs[2])))
    ls = [D('41.6'), D('33.9'), D('24.5')]
    assert sum(ls) == 100
    f_ls = [F(v, l, '二、正文“%s”' % l) for v, l in zip(ls, ['县内就业占', '县外省内就业占', '省外就业占'])]
    bd.append(B('X07', 'genuine', 'share', None, f_ls, '%'))
    # fiscal balance (planted)
    fo, fi_, fe = D('1286'), D('9735'), D('9468')
    fend = fo + fi_ - fe
    fend_bad = fend + 100
    f_fend = F(fend_bad, '年末结转', '三、正文“年末结转”')
    f_fb = [F(fo, '镇级财政年初结转', '三、正文“镇级财政年初结转”'),
            F(fi_, '全年收入', '三、正文“全年收入”'),
            F(fe, '全年支出', '三、正文“全年支出”')]
    bd.append(B('X08', 'planted', 'balance', f_fend, f_fb, '万元', signs=['+', '+', '-'],
                note='PLANTED: 镇级财政结转%s+%s-%s=%s，年末结转印为%s，差100' % (fo, fi_, fe, fend, fend_bad)))
    ms = [D('1850'), D('2135'), D('968'), D('1287')]
    mst = sum(ms)
    ms_sh = q1(mst / fe * 100)
    f_ms = F(mst, '全年民生支出', '三、正文“全年民生支出”')
    f_msp = [F(v, l, '三、正文“%s”' % l) for v, l in
             zip(ms, ['教育支出', '社会保障和就业支出', '卫生健康支出', '农林水支出'])]
    bd.append(B('X09', 'genuine', 'sum', f_ms, f_msp, '万元'))
    lo, ln, lx = D('1342'), D('186'), D('215')
    f_lend = F(lo + ln - lx, '年末', '三、正文“年末…人”（低保对象）')
    f_lb = [F(lo, '年初全镇农村低保对象', '三、正文“年初全镇农村低保对象”'),
            F(ln, '全年新增', '三、正文“全年新增”'), F(lx, '退出', '三、正文“退出”')]
    bd.append(B('X10', 'genuine', 'balance', f_lend, f_lb, '人', signs=['+', '+', '-']))
    sb = [D('842'), D('376'), D('345')]
    f_sbt = F(sum(sb), '全年发放各类惠农补贴资金', '三、正文“全年发放各类惠农补贴资金”')
    f_sb = [F(v, l, '三、正文“%s”' % l) for v, l in zip(sb, ['耕地地力保护补贴', '农机购置补贴', '其他补贴'])]
    bd.append(B('X11', 'genuine', 'sum', f_sbt, f_sb, '万元'))

    L = lambda t, w: looks.append({'text': t, 'why': w})
    L('同比增长6.1%', '增速，不是分项')
    L('其中省外资金21470万元', '“其中”只列一项，不要求等于到位资金38650万元')
    L('农村居民人均可支配收入23460元', '人均指标')
    L('完成率（%）', '表1完成率列是比率（年度完成/总投资），不能相加；合计行的完成率也不是各行之和')
    L('占全年支出的%s%%' % ms_sh, '单一占比（民生支出/全年支出），不需凑满100%')
    L('重点项目年度完成投资同比增长12.4%', '同比增速')
    L('全镇农作物播种面积48600亩', '播种面积总量，后面的占比是结构，不是以亩为单位的分项')

    blocks = [
        ('title', '青石镇2025年工作情况汇报'),
        ('sub', '青石镇人民政府  2026年1月'),
        ('h', '一、主要经济指标完成情况'),
        ('p', [f_vt, '个村（社区），', f_v, '个、', f_c, '个。']),
        ('p', ['2025年，', f_T, '万元，同比增长6.1%。其中，', f_A1, '万元，', f_I1, '万元。']),
        ('p', ['农业总产值中，', f_ag[0], '万元，', f_ag[1], '万元，', f_ag[2], '万元，', f_ag[3], '万元。']),
        ('p', [f_I2, '万元，其中', f_p, '万元，', f_q, '万元。']),
        ('p', ['全年招商引资到位资金38650万元，其中省外资金21470万元。农村居民人均可支配收入23460元，同比增长6.5%。']),
        ('break',),
        ('h', '二、重点项目建设与农业农村'),
        ('p', ['全年实施重点项目5个，重点项目年度完成投资同比增长12.4%，具体情况见表1。']),
        ('table', {'title': TT,
                   'cols': [('项目名称', 175, 'l'), ('总投资（万元）', 105, 'r'), ('年度完成（万元）', 110, 'r'),
                            ('完成率（%）', 85, 'r')],
                   'rows': rows}),
        ('p', ['全镇农作物播种面积48600亩，其中', f_cs[0], '%，', f_cs[1], '%，', f_cs[2], '%。']),
        ('p', ['全年农村劳动力转移就业6845人，其中', f_ls[0], '%，', f_ls[1], '%，', f_ls[2], '%。']),
        ('break',),
        ('h', '三、财政收支与民生保障'),
        ('p', [f_fb[0], '万元，', f_fb[1], '万元，', f_fb[2], '万元，', f_fend, '万元。']),
        ('p', [f_ms, '万元，占全年支出的%s%%。其中，' % ms_sh, f_msp[0], '万元，', f_msp[1], '万元，', f_msp[2], '万元，',
               f_msp[3], '万元。']),
        ('p', [f_lb[0], '人，', f_lb[1], '人，', f_lb[2], '人，', f_lend, '人。']),
        ('p', [f_sbt, '万元，', f_sb[0], '万元，', f_sb[1], '万元，', f_sb[2], '万元。']),
        ('h', '四、2026年工作打算'),
        ('p', ['2026年，全镇将继续抓好项目建设和产业发展，力争工农业总产值增长6%以上，持续改善民生。']),
    ]
    return blocks, bd, cons, looks


STYLE1 = dict(body=12, leading=20, head=14, title=18, table=11.5, row_h=21)
STYLE2 = dict(body=14, leading=24, head=15, title=20, table=12.5, row_h=26)


def build(which):
    """Build content + layout (no file written). Returns dict."""
    register_font()
    if which == 1:
        blocks, bd, cons, looks = content_xian()
        st = Style(**STYLE1)
    else:
        blocks, bd, cons, looks = content_zhen()
        st = Style(**STYLE2)
    pages, plains = layout(blocks, st)
    figs = []
    for b in bd:
        for f in ([b.total] if b.total else []) + b.parts:
            if f not in figs:
                figs.append(f)
    for c in cons:
        for f in [c['total']] + c['parts']:
            if f not in figs:
                figs.append(f)
    for f in figs:
        assert f.page is not None, f.text
    return dict(blocks=blocks, bd=bd, cons=cons, looks=looks, pages=pages, plains=plains, figs=figs)


# --------------------------------------------------------------------------
# Checking helpers (also used by verify.py)
# --------------------------------------------------------------------------
def pdf_npages(path):
    out = subprocess.run(['pdfinfo', path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r'^Pages:\s+(\d+)', out, re.M).group(1))


def pdf_page_texts(path):
    """Per-page text from pdftotext -layout; whitespace runs inside a line -> one space, lines joined."""
    res = []
    for i in range(1, pdf_npages(path) + 1):
        raw = subprocess.run(['pdftotext', '-layout', '-f', str(i), '-l', str(i), path, '-'],
                             capture_output=True, text=True, check=True).stdout
        res.append(''.join(re.sub(r'\s+', ' ', ln.strip()) for ln in raw.splitlines()))
    return res


def fig_regex(f):
    num = r'(?<![0-9.])' + re.escape(f.text) + r'(?![0-9]|\.[0-9])'
    if f.inline:
        return re.compile(r'\s*'.join(re.escape(ch) for ch in f.ctx) + r'\s*' + num)
    return re.compile(re.escape(f.ctx) + r'.{0,%d}?' % f.gap + num)


def check_figs_on_pages(figs, texts):
    errs = []
    for f in figs:
        t = texts[f.page - 1]
        if not fig_regex(f).search(t):
            errs.append('figure %s (%s) not found on page %d' % (f.text, f.where, f.page))
    return errs


def check_looks(looks, texts):
    allt = re.sub(r'\s+', '', ''.join(texts))
    return ['look-alike text not found: ' + l['text'] for l in looks
            if re.sub(r'\s+', '', l['text']) not in allt]


# --------------------------------------------------------------------------
# Scan simulation
# --------------------------------------------------------------------------
def make_scan(digital_pdf, out_pdf, tmp):
    import numpy as np
    from PIL import Image, ImageFilter
    prefix = os.path.join(tmp, 'pg')
    subprocess.run(['pdftoppm', '-r', '200', '-gray', '-png', digital_pdf, prefix], check=True)
    pngs = sorted(p for p in os.listdir(tmp) if p.startswith('pg') and p.endswith('.png'))
    rng = np.random.default_rng(20250619)
    angles = [0.45, -0.6, 0.35, -0.7, 0.5]
    from reportlab.pdfbase.pdfdoc import PDFDictionary
    c = canvas.Canvas(out_pdf, pagesize=A4, invariant=1)
    # A real scan has no fonts at all: drop reportlab's default Helvetica resource and the
    # empty 'BT /F1 12 Tf ... ET' page preamble, so the PDF carries images only.
    c._preamble = '1 0 0 1 0 0 cm'
    c._doc.fontMapping.clear()
    c._doc.idToObject['BasicFonts'].dict.clear()
    c._doc.idToObject['F1'] = PDFDictionary({})
    for i, name in enumerate(pngs):
        im = Image.open(os.path.join(tmp, name)).convert('L')
        im = im.rotate(angles[i % len(angles)], resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        arr = np.asarray(im).astype(np.float32)
        arr = arr * 0.93 + 10                      # slightly grey paper, slightly lighter ink
        arr += rng.normal(0, 9, arr.shape)          # sensor noise
        specks = rng.random(arr.shape) < 0.0004     # dust
        arr[specks] = rng.uniform(60, 160, int(specks.sum()))
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), 'L')
        jpg = os.path.join(tmp, 'scan%d.jpg' % (i + 1))
        im.save(jpg, 'JPEG', quality=80)
        c.drawImage(jpg, 0, 0, width=PAGE_W, height=PAGE_H)
        c.showPage()
    c.save()
    return len(pngs)


# --------------------------------------------------------------------------
CONVENTIONS = (
    "Numbers are recorded exactly as printed (no thousands separators are used in either document); "
    "units are given separately in 'unit' and the '%' sign is omitted from share parts. "
    "parts_sum and difference are exact decimal strings; difference = total - parts_sum (total of a share "
    "check is 100). check='sum': total should equal the sum of parts. check='share': percentages that should "
    "add up to exactly 100 (total given as \"100%\"). check='balance': total (closing figure) should equal the "
    "signed sum of parts; the extra key 'signs' gives '+'/'-' for each part in order (e.g. 年初 +, 出生 +, "
    "死亡 -, 迁入 +, 迁出 -). check='repeat': the same quantity stated twice; total is the first statement and "
    "parts holds the restatement (difference 0 = consistent). kind='planted' entries are deliberate errors "
    "(note starts with 'PLANTED:'); every genuine breakdown adds up exactly, with no rounding tolerance needed. "
    "pdf_page / parts_pages are 1-based physical PDF pages; for shares pdf_page is the page of the parts. "
    "*_where are human-readable locations (section, the label printed before the number, or table/row/column). "
    "consequence_of lists totals that are correct in themselves but fail a check only because a planted "
    "error is one of their parts (extra keys: total_where, parts, note). File 2 is image-only (no text layer): "
    "its page numbers were verified on the born-digital intermediate before rasterizing at 200 dpi grey."
)


def main():
    register_font()
    outdir = HERE
    for fn in (FILE1, FILE2, 'expected.json'):
        p = os.path.join(outdir, fn)
        if os.path.exists(p):
            os.remove(p)
    # ---- file 1
    d1 = build(1)
    p1 = os.path.join(outdir, FILE1)
    render(d1['pages'], p1, '云溪县2025年国民经济和社会发展统计公报')
    t1 = pdf_page_texts(p1)
    errs = check_figs_on_pages(d1['figs'], t1) + check_looks(d1['looks'], t1)
    assert not errs, errs
    n1 = pdf_npages(p1)
    assert 4 <= n1 <= 5, n1
    # ---- file 2
    d2 = build(2)
    p2 = os.path.join(outdir, FILE2)
    with tempfile.TemporaryDirectory() as tmp:
        inter = os.path.join(tmp, 'zhen_digital.pdf')
        render(d2['pages'], inter, '青石镇2025年工作情况汇报')
        t2 = pdf_page_texts(inter)
        errs = check_figs_on_pages(d2['figs'], t2) + check_looks(d2['looks'], t2)
        assert not errs, errs
        assert pdf_npages(inter) == 3
        n2 = make_scan(inter, p2, tmp)
    assert n2 == 3 and pdf_npages(p2) == 3
    # ---- expected.json
    exp = {'files': [{'file': FILE1, 'pages': n1}, {'file': FILE2, 'pages': n2}],
           'conventions': CONVENTIONS, 'breakdowns': [], 'consequence_of': [],
           'lookalikes_not_breakdowns': []}
    for fname, d in ((FILE1, d1), (FILE2, d2)):
        for b in sorted(d['bd'], key=lambda b: b.id):
            exp['breakdowns'].append(b.to_json(fname))
        for c in d['cons']:
            exp['consequence_of'].append({
                'file': fname, 'total': c['total'].text, 'pdf_page': c['total'].page, 'of': c['of'],
                'total_where': c['total'].where, 'parts': [p.text for p in c['parts']], 'note': c['note']})
        for l in d['looks']:
            exp['lookalikes_not_breakdowns'].append({'file': fname, 'text': l['text'], 'why': l['why']})
    with open(os.path.join(outdir, 'expected.json'), 'w', encoding='utf-8') as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    planted = [b['id'] for b in exp['breakdowns'] if b['kind'] == 'planted']
    genuine = [b['id'] for b in exp['breakdowns'] if b['kind'] == 'genuine']
    print('pages:', n1, n2, 'planted:', planted, 'genuine:', len(genuine),
          'lookalikes:', len(exp['lookalikes_not_breakdowns']))


if __name__ == '__main__':
    main()
