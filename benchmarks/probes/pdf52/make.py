#!/usr/bin/env python3
"""Build two Chinese government-report PDFs (probe set pdf52) and expected.json.

PDF 1: 岚河县2024年国民经济和社会发展统计公报  (unruled tables + one ruled table)
PDF 2: 岚河县2024年东西部协作资金使用情况汇报  (ruled tables, one spanning a page break)
"""
import json
import os
import re
from decimal import Decimal as D, ROUND_HALF_UP

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = "/tmp/s16/pdf52"
F1 = "lanhe_2024_tongji_gongbao.pdf"
F2 = "lanhe_2024_dongxi_xiezuo_zijin_huibao.pdf"

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))

PW, PH = A4
LM = RM = 70
TOP, BOT = 72, 80
TW = PW - LM - RM


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


# ---------------------------------------------------------------- wrapping
NUM_RE = re.compile(r"-?\d[\d,]*(?:\.\d+)?[%‰]?|[A-Za-z]+")
NO_START = set("，。；：、）》”’％%‰！？,.;:)")
NO_END = set("（《“‘(")


def tokenize(t):
    out, i = [], 0
    while i < len(t):
        m = NUM_RE.match(t, i)
        if m and m.end() > i:
            out.append(m.group())
            i = m.end()
        else:
            out.append(t[i])
            i += 1
    return out


def wrap(text, font, size, width, indent=0.0):
    lines, cur, cw = [], [], 0.0
    avail = width - indent
    for t in tokenize(text):
        tw = sw(t, font, size)
        if not cur or cw + tw <= avail + 0.01:
            cur.append(t)
            cw += tw
            continue
        if t in NO_START:  # never start a line with closing punctuation: squeeze it in
            cur.append(t)
            cw += tw
            continue
        carry = []
        while len(cur) > 1 and cur[-1] in NO_END:
            carry.insert(0, cur.pop())
        lines.append(cur)
        avail = width
        cur = carry + [t]
        cw = sum(sw(x, font, size) for x in cur)
    if cur:
        lines.append(cur)
    return ["".join(l) for l in lines]


# ---------------------------------------------------------------- document
class Doc:
    def __init__(self, path, body, head, size=11.5, lead=21, title="", author=""):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.body, self.head, self.size, self.lead = body, head, size, lead
        self.page = 1
        self.y = PH - TOP

    def footer(self):
        self.c.setFont(self.body, 10.5)
        self.c.drawCentredString(PW / 2, 44, f"— {self.page} —")

    def newpage(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = PH - TOP

    def need(self, h):
        if self.y - h < BOT:
            self.newpage()

    def gap(self, h):
        self.y -= h

    def base(self, size, lead):
        return self.y - size - (lead - size) / 2 + 1.5

    def center(self, text, font, size, lead):
        self.need(lead)
        self.c.setFont(font, size)
        self.c.drawCentredString(PW / 2, self.base(size, lead), text)
        self.y -= lead

    def right(self, text, font=None, size=None, lead=None, x=PW - RM):
        font, size, lead = font or self.body, size or self.size, lead or self.lead
        self.need(lead)
        self.c.setFont(font, size)
        self.c.drawRightString(x, self.base(size, lead), text)
        self.y -= lead

    def heading(self, text, font=None, size=None, indent=2):
        font, size = font or self.head, size or self.size + 0.5
        self.need(self.lead * 3)  # keep heading with following text
        self.c.setFont(font, size)
        self.c.drawString(LM + indent * self.size, self.base(size, self.lead), text)
        self.y -= self.lead

    def para(self, text, indent=2, font=None, size=None, lead=None):
        font, size, lead = font or self.body, size or self.size, lead or self.lead
        ind = indent * size
        lines = wrap(text, font, size, TW, ind)
        res = []
        for k, s in enumerate(lines):
            self.need(lead)
            x = LM + (ind if k == 0 else 0)
            avail = TW - (ind if k == 0 else 0)
            w = sw(s, font, size)
            cs = 0.0
            if len(s) > 1 and (k < len(lines) - 1 or w > avail):
                cs = (avail - w) / (len(s) - 1)
            self.c.setFont(font, size)
            self.c.drawString(x, self.base(size, lead), s, charSpace=cs)
            res.append((self.page, s))
            self.y -= lead
        return res

    def save(self):
        self.footer()
        self.c.save()
        return self.page


def page_of(lines, needle):
    """page on which `needle` (a printed number) first appears in para output"""
    for p, s in lines:
        if needle in s:
            return p
    raise KeyError(needle)


# ---------------------------------------------------------------- unruled table
def table_plain(doc, title, unit, cols, header, rows, size=10.5, rowh=15.5, label_x=LM + 6,
                label_center=None, title_gap=4):
    """Statistics table without any ruling.
    cols  : list of (align, x) for value columns; align 'r' (x = right edge) or 'c' (x = centre)
    header: list of header lines; each = [label_header, col1, col2, ...]
    rows  : list of (label, indent_in_chars, [values])
    Returns the page the table is on (tables are kept on one page)."""
    h = 22 + (14 if unit else 0) + title_gap + len(header) * rowh + len(rows) * rowh + 10
    doc.need(h)
    doc.gap(6)
    doc.center(title, doc.head, 11, 18)
    c = doc.c
    if unit:
        c.setFont(doc.body, 9.5)
        c.drawRightString(cols[-1][1] if cols[-1][0] == "r" else PW - RM, doc.y - 10, unit)
        doc.y -= 14
    doc.y -= title_gap
    c.setFont(doc.body, size)
    lc = label_center if label_center is not None else label_x + 70
    for hl in header:
        b = doc.base(size, rowh)
        if hl[0]:
            c.drawCentredString(lc, b, hl[0])
        for (al, x), t in zip(cols, hl[1:]):
            if not t:
                continue
            if al == "r":
                c.drawRightString(x, b, t)
            else:
                c.drawCentredString(x, b, t)
        doc.y -= rowh
    doc.y -= 3
    for label, ind, vals in rows:
        b = doc.base(size, rowh)
        c.drawString(label_x + ind * size, b, label)
        for (al, x), t in zip(cols, vals):
            if not t:
                continue
            if al == "r":
                c.drawRightString(x, b, t)
            else:
                c.drawCentredString(x, b, t)
        doc.y -= rowh
    doc.y -= 8
    return doc.page


# ---------------------------------------------------------------- ruled table
def table_ruled(doc, title, unit, widths, header, rows, size=10, lead=13.0, pad=4.0, font=None,
                repeat_header=True, aligns=None, x0=None):
    """Grid table. header: list of strings ('\n' allowed). rows: list of dicts
    {cells:[...], span:(i,j) optional (merge cells i..j, text of cell i), align:{i:'l'|'c'|'r'}}.
    Returns list of page numbers, one per row."""
    font = font or doc.body
    c = doc.c
    x0 = LM + (TW - sum(widths)) / 2 if x0 is None else x0
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    aligns = aligns or ["c"] * len(widths)

    def cell_lines(text, w):
        out = []
        for part in str(text).split("\n"):
            out += wrap(part, font, size, w - 2 * pad) if part else [""]
        return out

    def layout(cells, span):
        groups = []
        i = 0
        while i < len(cells):
            if span and i == span[0]:
                groups.append((span[0], span[1], cells[i]))
                i = span[1] + 1
            else:
                groups.append((i, i, cells[i]))
                i += 1
        wrapped = [(a, b, cell_lines(t, xs[b + 1] - xs[a])) for a, b, t in groups]
        n = max(len(l) for _, _, l in wrapped)
        return wrapped, n * lead + 2 * pad

    def draw_row(cells, span=None, al_over=None, hdr=False):
        wrapped, h = layout(cells, span)
        top = doc.y
        c.setLineWidth(0.7)
        for a, b, lines in wrapped:
            xl, xr = xs[a], xs[b + 1]
            c.rect(xl, top - h, xr - xl, h, stroke=1, fill=0)
            al = "c" if hdr else (al_over or {}).get(a, aligns[a])
            tot = len(lines) * lead
            y0 = top - (h - tot) / 2 - lead + (lead - size) / 2 + 1.8
            c.setFont(font, size)
            for k, s in enumerate(lines):
                yy = y0 - k * lead
                if al == "l":
                    c.drawString(xl + pad, yy, s)
                elif al == "r":
                    c.drawRightString(xr - pad, yy, s)
                else:
                    c.drawCentredString((xl + xr) / 2, yy, s)
        doc.y -= h

    _, hh = layout(header, None)
    first_h = layout(rows[0]["cells"], rows[0].get("span"))[1]
    doc.need(22 + 14 + hh + first_h * 3)
    doc.gap(4)
    if title:
        doc.center(title, doc.head, 11, 18)
    if unit:
        c.setFont(doc.body, 9.5)
        c.drawRightString(xs[-1], doc.y - 10, unit)
        doc.y -= 14
    draw_row(header, hdr=True)
    pages = []
    for r in rows:
        _, h = layout(r["cells"], r.get("span"))
        if doc.y - h < BOT:
            doc.newpage()
            if repeat_header:
                draw_row(header, hdr=True)
        draw_row(r["cells"], r.get("span"), r.get("align"))
        pages.append(doc.page)
    doc.y -= 10
    return pages


# ---------------------------------------------------------------- bookkeeping
BD = []       # breakdowns (genuine and planted)
SUBSETS = []  # partial "其中" statements: parts must not exceed total (not equalities)


def add(file, kind, total, parts, page, note):
    BD.append(dict(file=file, kind=kind, total=total, parts=list(parts), pdf_page=page, note=note))


def subset(file, total, parts, page, note):
    SUBSETS.append(dict(file=file, total=total, parts=list(parts), pdf_page=page, note=note))


def num(s):
    s = str(s).strip()
    neg = s.startswith("-")
    m = re.search(r"\d[\d,]*(?:\.\d+)?", s)
    v = D(m.group().replace(",", ""))
    return -v if neg else v


def pct2(part, whole):
    return (D(part) * 100 / D(whole)).quantize(D("0.01"), ROUND_HALF_UP)


def pct1(part, whole):
    return (D(part) * 100 / D(whole)).quantize(D("0.1"), ROUND_HALF_UP)


# =====================================================================
# PDF 1  统计公报
# =====================================================================
def build_pdf1():
    f = F1
    doc = Doc(os.path.join(OUT, f), "STSong-Light", "WQY", size=11, lead=19.5,
              title="岚河县2024年国民经济和社会发展统计公报", author="岚河县统计局")
    c = doc.c
    doc.gap(6)
    doc.center("岚河县2024年国民经济和社会发展统计公报", "WQY", 17, 30)
    doc.center("岚河县统计局　国家统计局岚河调查队", doc.body, 11.5, 20)
    doc.center("（2025年3月26日）", doc.body, 11.5, 20)
    doc.gap(8)
    doc.para("2024年，面对复杂多变的外部环境和艰巨繁重的改革发展稳定任务，全县上下坚持以习近平新时代"
             "中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届二中、三中全会精神，完整准确全面"
             "贯彻新发展理念，坚持稳中求进工作总基调，统筹推进稳增长、调结构、惠民生、防风险各项工作，全县"
             "经济运行总体平稳、稳中有进，高质量发展迈出坚实步伐。")

    # ---------------- 一、综合
    doc.heading("一、综合")
    L = doc.para("初步核算，全年全县地区生产总值186.42亿元，按不变价格计算，比上年增长5.6%。其中，第一产业"
                 "增加值28.35亿元，增长3.8%；第二产业增加值71.96亿元，增长6.4%；第三产业增加值86.11亿元，"
                 "增长5.5%。三次产业结构由上年的15.6:38.1:46.3调整为15.2:38.6:46.2。按常住人口计算，全年"
                 "人均地区生产总值41230元，比上年增长6.1%。")
    p_gdp_text = page_of(L, "186.42")
    add(f, "genuine", "186.42亿元", ["28.35亿元", "71.96亿元", "86.11亿元"], p_gdp_text,
        "一、综合 正文：地区生产总值 = 三次产业增加值（其中）")
    add(f, "genuine", "100.0", ["15.6", "38.1", "46.3"], page_of(L, "15.6:38.1"),
        "一、综合 正文：上年三次产业结构比例 15.6:38.1:46.3（隐含合计100）")
    add(f, "genuine", "100.0", ["15.2", "38.6", "46.2"], page_of(L, "15.2:38.6"),
        "一、综合 正文：本年三次产业结构比例 15.2:38.6:46.2（隐含合计100）")
    L = doc.para("年末全县户籍人口52.36万人。年末常住人口45.18万人，比上年末减少0.27万人。其中，城镇常住"
                 "人口24.67万人，乡村常住人口20.51万人。常住人口城镇化率为54.60%，比上年末提高0.92个百分点。"
                 "全年出生人口2846人，人口出生率为6.29‰；死亡人口3975人，人口死亡率为8.79‰；人口自然增长率"
                 "为-2.50‰。")
    p_pop_text = page_of(L, "45.18")
    add(f, "genuine", "45.18万人", ["24.67万人", "20.51万人"], p_pop_text,
        "一、综合 正文：年末常住人口 = 城镇 + 乡村（其中）")
    add(f, "genuine", "-2.50‰", ["6.29‰", "-8.79‰"], page_of(L, "-2.50"),
        "一、综合 正文：人口自然增长率 = 出生率 − 死亡率")

    # 表1 主要经济指标 (style: 指标 | 单位 | 绝对数 | 比上年增长)
    t1 = [
        ("地区生产总值", 0, ["亿元", "186.42", "5.6"]),
        ("第一产业", 1, ["亿元", "28.35", "3.8"]),
        ("第二产业", 1, ["亿元", "71.96", "6.4"]),
        ("第三产业", 1, ["亿元", "86.11", "5.5"]),
        ("规模以上工业增加值", 0, ["亿元", "52.84", "7.2"]),
        ("固定资产投资（不含农户）", 0, ["亿元", "—", "4.3"]),
        ("社会消费品零售总额", 0, ["亿元", "78.56", "4.9"]),
        ("一般公共预算收入", 0, ["亿元", "12.74", "3.1"]),
        ("其中：税收收入", 1, ["亿元", "8.63", "2.7"]),
        ("一般公共预算支出", 0, ["亿元", "41.28", "2.4"]),
        ("金融机构本外币各项存款余额", 0, ["亿元", "356.84", "8.6"]),
        ("金融机构本外币各项贷款余额", 0, ["亿元", "245.63", "9.3"]),
        ("城镇居民人均可支配收入", 0, ["元", "41236", "4.6"]),
        ("农村居民人均可支配收入", 0, ["元", "19847", "6.8"]),
    ]
    p_t1 = table_plain(doc, "表1　2024年全县主要经济指标", None,
                       [("c", LM + 262), ("r", LM + 350), ("r", LM + 440)],
                       [["指　　标", "单位", "绝对数", "比上年增长(%)"]], t1, label_x=LM + 8,
                       label_center=LM + 100)
    add(f, "genuine", "186.42", ["28.35", "71.96", "86.11"], p_t1,
        "表1：地区生产总值行 = 第一、二、三产业行（缩进子行）")
    add(f, "genuine", "186.42亿元", ["186.42"], p_gdp_text,
        "重复数：正文地区生产总值 与 表1 同一指标一致")
    subset(f, "12.74", ["8.63"], p_t1, "表1：一般公共预算收入 ≥ 其中：税收收入")

    # 表2 常住人口构成 (比重)
    pop = dict(city=D("24.67"), rural=D("20.51"), male=D("23.05"), female=D("22.13"),
               a0=D("7.86"), a16=D("26.09"), a60=D("11.23"), a65=D("8.12"))
    tot = D("45.18")
    assert pop["city"] + pop["rural"] == tot == pop["male"] + pop["female"] == pop["a0"] + pop["a16"] + pop["a60"]
    sh = {k: pct1(v, tot) for k, v in pop.items()}
    assert sh["city"] + sh["rural"] == 100 and sh["male"] + sh["female"] == 100
    assert sh["a0"] + sh["a16"] + sh["a60"] == 100
    a60_printed = "29.4"  # PLANTED (true share 24.9)
    assert str(sh["a60"]) == "24.9"
    t2 = [
        ("全县常住人口", 0, ["45.18", "100.0"]),
        ("其中：城镇", 1, [str(pop["city"]), str(sh["city"])]),
        ("乡村", 4, [str(pop["rural"]), str(sh["rural"])]),
        ("其中：男性", 1, [str(pop["male"]), str(sh["male"])]),
        ("女性", 4, [str(pop["female"]), str(sh["female"])]),
        ("其中：0—15岁（含不满16周岁）", 1, [str(pop["a0"]), str(sh["a0"])]),
        ("16—59岁（含不满60周岁）", 4, [str(pop["a16"]), str(sh["a16"])]),
        ("60周岁及以上", 4, [str(pop["a60"]), a60_printed]),
        ("其中：65周岁及以上", 5, [str(pop["a65"]), str(sh["a65"])]),
    ]
    p_t2 = table_plain(doc, "表2　2024年末全县常住人口数及其构成", None,
                       [("r", LM + 330), ("r", LM + 420)],
                       [["指　　标", "年末数(万人)", "比重(%)"]], t2, label_x=LM + 20,
                       label_center=LM + 110)
    add(f, "genuine", "45.18", ["24.67", "20.51"], p_t2, "表2：常住人口 = 城镇 + 乡村（年末数列）")
    add(f, "genuine", "45.18", ["23.05", "22.13"], p_t2, "表2：常住人口 = 男性 + 女性（年末数列）")
    add(f, "genuine", "45.18", ["7.86", "26.09", "11.23"], p_t2,
        "表2：常住人口 = 0—15岁 + 16—59岁 + 60周岁及以上（年末数列）")
    add(f, "genuine", "100.0", ["54.6", "45.4"], p_t2, "表2 比重列：城镇 + 乡村 = 100.0")
    add(f, "genuine", "100.0", ["51.0", "49.0"], p_t2, "表2 比重列：男性 + 女性 = 100.0")
    add(f, "planted", "100.0", ["17.4", "57.7", a60_printed], p_t2,
        "表2（无线表）比重列：三个年龄组比重之和应为100.0，60周岁及以上比重印为29.4"
        "（按11.23/45.18应为24.9，数字对调），合计104.5")
    add(f, "genuine", "45.18万人", ["45.18"], p_pop_text, "重复数：正文年末常住人口 与 表2 一致")
    subset(f, "11.23", ["8.12"], p_t2, "表2：60周岁及以上 ≥ 其中：65周岁及以上")

    doc.para("全年城镇新增就业3156人，城镇失业人员再就业1208人，就业困难人员实现就业436人。全年居民"
             "消费价格比上年上涨0.3%，其中食品烟酒类价格下降0.6%。")

    # ---------------- 二、农业
    doc.heading("二、农业")
    L = doc.para("全年农林牧渔业总产值52.68亿元，按可比价格计算，比上年增长4.1%。全年粮食播种面积63.85"
                 "万亩，比上年增加0.42万亩。粮食总产量28.46万吨，比上年增长1.2%。其中，夏粮产量6.12万吨，"
                 "增长0.8%；秋粮产量22.43万吨，增长1.3%。全年茶叶产量1862吨，增长6.3%；蔬菜及食用菌产量"
                 "36.72万吨，增长4.5%。")
    p_agri = page_of(L, "52.68")
    p_grain_text = page_of(L, "28.46")
    add(f, "planted", "28.46万吨", ["6.12万吨", "22.43万吨"], p_grain_text,
        "二、农业 正文：粮食总产量28.46万吨，其中夏粮6.12万吨、秋粮22.43万吨，两季之和28.55万吨"
        "超过总产量（应为夏粮6.03万吨或秋粮22.34万吨）")
    L2 = doc.para("年末生猪存栏28.60万头，比上年末下降1.4%；全年生猪出栏42.15万头，增长2.8%。全年肉类"
                  "总产量4.87万吨，增长3.0%。年末全县农业机械总动力41.36万千瓦，增长2.2%。全年新建高标准"
                  "农田3.20万亩，新增有效灌溉面积0.86万亩。")
    p_meat_text = page_of(L2, "4.87")

    t3 = [
        ("农林牧渔业总产值", 0, ["52.68", "4.1"]),
        ("其中：农业", 1, ["27.94", "3.6"]),
        ("林业", 4, ["3.12", "5.2"]),
        ("牧业", 4, ["18.75", "4.4"]),  # PLANTED: true 17.85
        ("渔业", 4, ["2.06", "2.9"]),
        ("农林牧渔专业及辅助性活动", 4, ["1.71", "6.0"]),
    ]
    p_t3 = table_plain(doc, "表3　2024年农林牧渔业总产值", "单位：亿元、%",
                       [("r", LM + 320), ("r", LM + 425)],
                       [["指　　标", "总产值", "比上年增长"]], t3, label_x=LM + 20,
                       label_center=LM + 110)
    add(f, "planted", "52.68", ["27.94", "3.12", "18.75", "2.06", "1.71"], p_t3,
        "表3（无线表）：农林牧渔业总产值52.68，其中农、林、牧、渔、专业及辅助性活动五项之和53.58"
        "超过总产值；牧业印为18.75（应为17.85，数字对调）")
    add(f, "genuine", "52.68亿元", ["52.68"], p_agri, "重复数：正文农林牧渔业总产值 与 表3 一致")

    t4 = [
        ("粮食", 0, ["万吨", "28.46", "1.2"]),
        ("其中：稻谷", 1, ["万吨", "14.27", "0.9"]),
        ("玉米", 4, ["万吨", "9.58", "2.1"]),
        ("薯类（折粮）", 4, ["万吨", "3.16", "-0.6"]),
        ("大豆", 4, ["万吨", "1.45", "3.4"]),
        ("油料", 0, ["万吨", "2.31", "1.8"]),
        ("蔬菜及食用菌", 0, ["万吨", "36.72", "4.5"]),
        ("茶叶", 0, ["吨", "1862", "6.3"]),
        ("水果", 0, ["万吨", "11.08", "5.1"]),
        ("肉类总产量", 0, ["万吨", "4.87", "3.0"]),
        ("其中：猪肉", 1, ["万吨", "3.52", "2.6"]),
        ("牛羊肉", 4, ["万吨", "0.41", "5.8"]),
        ("禽肉", 4, ["万吨", "0.94", "3.1"]),
        ("禽蛋", 0, ["万吨", "0.86", "1.5"]),
        ("生猪出栏", 0, ["万头", "42.15", "2.8"]),
        ("生猪年末存栏", 0, ["万头", "28.60", "-1.4"]),
        ("水产品产量", 0, ["万吨", "1.38", "2.2"]),
    ]
    p_t4 = table_plain(doc, "表4　2024年主要农产品产量", None,
                       [("c", LM + 235), ("r", LM + 330), ("r", LM + 430)],
                       [["产品名称", "单位", "产量", "比上年增长(%)"]], t4, label_x=LM + 20,
                       label_center=LM + 90)
    add(f, "genuine", "28.46", ["14.27", "9.58", "3.16", "1.45"], p_t4,
        "表4：粮食 = 其中稻谷、玉米、薯类、大豆（续行缩进不重复“其中”）")
    add(f, "genuine", "4.87", ["3.52", "0.41", "0.94"], p_t4, "表4：肉类总产量 = 猪肉 + 牛羊肉 + 禽肉")
    add(f, "genuine", "28.46万吨", ["28.46"], p_grain_text, "重复数：正文粮食总产量 与 表4 一致")
    add(f, "genuine", "4.87万吨", ["4.87"], p_meat_text, "重复数：正文肉类总产量 与 表4 一致")

    # ---------------- 三、工业和建筑业
    doc.heading("三、工业和建筑业")
    L = doc.para("全年全部工业增加值60.27亿元，比上年增长6.8%。规模以上工业增加值52.84亿元，增长7.2%。"
                 "分经济类型看，规模以上国有控股企业增加值增长3.5%；股份制企业增长7.6%；外商及港澳台商投资"
                 "企业增长4.1%；私营企业增长8.3%。分门类看，采矿业增加值下降1.8%，制造业增长7.9%，电力、"
                 "热力、燃气及水生产和供应业增长4.0%。")
    p_ind_text = page_of(L, "52.84")
    doc.para("全年规模以上工业企业实现营业收入231.46亿元，比上年增长5.3%；实现利润总额13.58亿元，增长"
             "4.6%。规模以上工业企业产品销售率为97.8%。")
    ent = [("农副食品加工业", 24, "8.36", "6.5"), ("酒、饮料和精制茶制造业", 11, "6.92", "9.8"),
           ("木材加工和木、竹、藤、棕、草制品业", 15, "4.17", "3.2"), ("医药制造业", 8, "5.63", "12.4"),
           ("非金属矿物制品业", 29, "9.45", "-2.1"), ("金属制品业", 12, "3.28", "5.7"),
           ("电气机械和器材制造业", 7, "4.51", "15.3"), ("电力、热力生产和供应业", 6, "5.74", "4.0"),
           ("其他行业", 24, "4.78", "8.1")]
    n_true = sum(e[1] for e in ent)
    v_true = sum(D(e[2]) for e in ent)
    assert n_true == 136 and v_true == D("52.84")
    n_printed = "163"  # PLANTED: true 136
    t5 = [("总　　计", 0, [n_printed, "52.84", "7.2"])] + [(e[0], 1, [str(e[1]), e[2], e[3]]) for e in ent]
    p_t5 = table_plain(doc, "表5　2024年规模以上工业分行业增加值", None,
                       [("r", LM + 318), ("r", LM + 378), ("r", LM + 442)],
                       [["行　　业", "企业数", "增加值", "比上年"],
                        ["", "(个)", "(亿元)", "增长(%)"]], t5, label_x=LM + 6,
                       label_center=LM + 100)
    add(f, "planted", "163", [str(e[1]) for e in ent], p_t5,
        "表5（无线表，总计行在前）：企业数总计印为163，下列9个行业企业数之和为136（数字对调）")
    add(f, "genuine", "52.84", [e[2] for e in ent], p_t5, "表5：增加值总计 = 9个行业之和（总计行在前）")
    add(f, "genuine", "52.84亿元", ["52.84"], p_ind_text, "重复数：正文规模以上工业增加值 与 表1、表5 一致")
    L = doc.para("全年建筑业增加值11.69亿元，比上年增长4.9%。年末全县具有资质等级的总承包和专业承包建筑业"
                 "企业42家，全年完成建筑业总产值38.46亿元，增长5.2%；房屋施工面积196.3万平方米，下降3.4%。")
    add(f, "genuine", "71.96亿元", ["60.27亿元", "11.69亿元"], p_gdp_text,
        f"隐含关系：第二产业增加值71.96（第{p_gdp_text}页）= 全部工业增加值60.27（第{p_ind_text}页）+ 建筑业增加值11.69（第{page_of(L, '11.69')}页）")

    # ---------------- 四、固定资产投资
    doc.heading("四、固定资产投资")
    L = doc.para("全年固定资产投资（不含农户）比上年增长4.3%。分产业看，第一产业投资增长12.6%，第二产业投资"
                 "增长7.8%，第三产业投资增长1.5%。第一、二、三产业投资占全部投资的比重分别为8.6%、35.9%和"
                 "55.5%。分领域看，工业投资增长8.1%，其中制造业投资增长9.4%；基础设施投资增长3.2%；民间"
                 "投资下降2.4%。全年新开工项目128个，其中亿元以上项目37个。")
    add(f, "genuine", "100%", ["8.6%", "35.9%", "55.5%"], page_of(L, "55.5"),
        "四、固定资产投资 正文：三次产业投资比重“分别为”之和 = 100%")
    L = doc.para("全年房地产开发投资24.18亿元，比上年下降8.7%。商品房销售面积38.62万平方米，下降6.3%，其中"
                 "住宅销售面积33.85万平方米，下降5.9%。")
    subset(f, "38.62万平方米", ["33.85万平方米"], page_of(L, "33.85"), "商品房销售面积 ≥ 其中住宅")

    # ---------------- 五、国内贸易
    doc.heading("五、国内贸易")
    L = doc.para("全年社会消费品零售总额78.56亿元，比上年增长4.9%。按消费类型分，商品零售70.12亿元，增长"
                 "4.6%；餐饮收入8.44亿元，增长7.3%。全年限额以上单位商品零售额23.65亿元，增长3.8%。其中，"
                 "粮油、食品类零售额增长5.6%，汽车类零售额下降2.1%，新能源汽车零售额增长36.4%。")
    p_retail_text = page_of(L, "78.56")
    add(f, "genuine", "78.56亿元", ["70.12亿元", "8.44亿元"], p_retail_text,
        "五、国内贸易 正文：社会消费品零售总额 = 商品零售 + 餐饮收入")
    L = doc.para("全年接待国内外游客586.4万人次，比上年增长11.2%；实现旅游总收入52.73亿元，增长13.5%。全年"
                 "快递业务量1436万件，增长18.6%。")
    p_tour_text = page_of(L, "586.4")
    t6 = [
        ("社会消费品零售总额", 0, ["亿元", "78.56", "4.9"]),
        ("按经营地分", 1, ["", "", ""]),
        ("城镇", 2, ["亿元", "61.37", "4.5"]),
        ("乡村", 2, ["亿元", "17.91", "6.2"]),  # PLANTED: true 17.19
        ("按消费类型分", 1, ["", "", ""]),
        ("商品零售", 2, ["亿元", "70.12", "4.6"]),
        ("餐饮收入", 2, ["亿元", "8.44", "7.3"]),
        ("限额以上单位商品零售额", 0, ["亿元", "23.65", "3.8"]),
        ("其中：粮油、食品类", 1, ["亿元", "5.12", "5.6"]),
        ("汽车类", 4, ["亿元", "6.84", "-2.1"]),
        ("石油及制品类", 4, ["亿元", "4.37", "1.2"]),
        ("快递业务量", 0, ["万件", "1436", "18.6"]),
        ("公路货物运输量", 0, ["万吨", "642", "5.4"]),
        ("公路旅客运输量", 0, ["万人次", "318", "3.9"]),
        ("接待国内外游客", 0, ["万人次", "586.4", "11.2"]),
        ("旅游总收入", 0, ["亿元", "52.73", "13.5"]),
    ]
    p_t6 = table_plain(doc, "表6　2024年国内贸易、交通及旅游主要指标", None,
                       [("c", LM + 250), ("r", LM + 345), ("r", LM + 438)],
                       [["指　　标", "单位", "绝对数", "比上年增长(%)"]], t6, label_x=LM + 8,
                       label_center=LM + 95)
    add(f, "planted", "78.56", ["61.37", "17.91"], p_t6,
        "表6（无线表，多种单位）：按经营地分城镇61.37 + 乡村17.91 = 79.28，不等于社会消费品零售总额"
        "78.56；乡村印为17.91（应为17.19，数字对调）")
    add(f, "genuine", "78.56", ["70.12", "8.44"], p_t6, "表6：社会消费品零售总额 = 商品零售 + 餐饮收入")
    add(f, "genuine", "78.56亿元", ["78.56"], p_retail_text, "重复数：正文社会消费品零售总额 与 表1、表6 一致")
    add(f, "genuine", "586.4万人次", ["586.4"], p_tour_text, "重复数：正文接待游客 与 表6 一致")
    subset(f, "23.65", ["5.12", "6.84", "4.37"], p_t6, "表6：限额以上单位商品零售额 ≥ 其中三类之和16.33")

    # ---------------- 六、财政金融
    doc.heading("六、财政和金融")
    L = doc.para("全年一般公共预算收入12.47亿元，比上年增长3.1%，其中税收收入8.63亿元，增长2.7%。一般公共"
                 "预算支出41.28亿元，增长2.4%。其中，教育支出7.86亿元，社会保障和就业支出6.93亿元，卫生健康"
                 "支出4.15亿元，农林水支出6.47亿元。")
    p_fin = page_of(L, "12.47")
    add(f, "planted", "12.47亿元", ["12.74"], p_fin,
        "重复数不一致：正文一般公共预算收入印为12.47亿元，表1同一指标为12.74亿元（两位数字对调）")
    add(f, "genuine", "41.28亿元", ["41.28"], page_of(L, "41.28"), "重复数：正文一般公共预算支出 与 表1 一致")
    subset(f, "12.47亿元", ["8.63亿元"], p_fin, "一般公共预算收入 ≥ 其中税收收入")
    subset(f, "41.28亿元", ["7.86亿元", "6.93亿元", "4.15亿元", "6.47亿元"], page_of(L, "6.47"),
           "一般公共预算支出 ≥ 其中四项之和25.41")
    L = doc.para("年末全县金融机构本外币各项存款余额356.84亿元，比年初增加28.37亿元，增长8.6%。其中，住户"
                 "存款余额268.15亿元，非金融企业存款余额51.42亿元，其他存款余额37.27亿元。各项贷款余额245.63"
                 "亿元，比年初增加20.81亿元，增长9.3%。其中，住户贷款余额112.48亿元，企（事）业单位贷款余额"
                 "133.15亿元。")
    add(f, "genuine", "356.84亿元", ["268.15亿元", "51.42亿元", "37.27亿元"], page_of(L, "356.84"),
        "六、财政和金融 正文：存款余额 = 住户 + 非金融企业 + 其他")
    add(f, "genuine", "245.63亿元", ["112.48亿元", "133.15亿元"], page_of(L, "245.63"),
        "六、财政和金融 正文：贷款余额 = 住户 + 企（事）业单位")
    add(f, "genuine", "356.84亿元", ["356.84"], page_of(L, "356.84"), "重复数：正文存款余额 与 表1 一致")

    # ---------------- 七、人民生活
    doc.heading("七、人民生活和社会保障")
    L = doc.para("全年全体居民人均可支配收入31480元，比上年增长5.9%。按常住地分，城镇居民人均可支配收入"
                 "41236元，增长4.6%；农村居民人均可支配收入19847元，增长6.8%。城乡居民收入比为2.08，比上年"
                 "缩小0.04。全年全体居民人均消费支出21365元，增长5.2%。")
    p_inc = page_of(L, "41236")
    add(f, "genuine", "41236元", ["41236"], p_inc, "重复数：正文城镇居民人均可支配收入 与 表1 一致")
    L = doc.para("年末全县参加基本养老保险人数31.46万人，其中，参加城镇职工基本养老保险人数8.27万人，参加"
                 "城乡居民基本养老保险人数23.19万人。参加基本医疗保险人数43.52万人。全年共有1.86万人享受城乡"
                 "居民最低生活保障，发放低保资金1.27亿元。")
    add(f, "genuine", "31.46万人", ["8.27万人", "23.19万人"], page_of(L, "31.46"),
        "七、人民生活 正文：参加基本养老保险人数 = 城镇职工 + 城乡居民")

    # ---------------- 八、教育卫生
    doc.heading("八、教育和卫生健康")
    L = doc.para("年末全县共有各级各类学校151所，在校学生72064人，专任教师5299人。学前三年毛入园率92.6%，"
                 "九年义务教育巩固率98.2%，高中阶段毛入学率93.5%。各级各类学校基本情况见表7。")
    p_edu = page_of(L, "72064")
    sch = [("幼儿园", 68, 11246, 712), ("小学", 54, 30875, 2164), ("初中", 21, 16392, 1358),
           ("普通高中", 5, 9847, 786), ("中等职业学校", 2, 3518, 241), ("特殊教育学校", 1, 186, 38)]
    ts = [sum(r[i] for r in sch) for i in (1, 2, 3)]
    assert ts == [151, 72064, 5299]
    rows = [dict(cells=[r[0], str(r[1]), str(r[2]), str(r[3])]) for r in sch]
    rows.append(dict(cells=["合　　计", str(ts[0]), str(ts[1]), str(ts[2])]))
    pg = table_ruled(doc, "表7　2024年末全县各级各类学校基本情况", None, [130, 95, 110, 110],
                     ["学校类别", "学校数(所)", "在校学生(人)", "专任教师(人)"], rows, size=10.5,
                     aligns=["c", "r", "r", "r"])
    p_t7 = pg[-1]
    for i, nm in ((1, "学校数"), (2, "在校学生"), (3, "专任教师")):
        add(f, "genuine", str(ts[i - 1]), [str(r[i]) for r in sch], p_t7, f"表7（有线表）：{nm}合计 = 6类学校之和")
    add(f, "genuine", "72064人", ["72064"], p_edu, "重复数：正文在校学生 与 表7 合计一致")
    L = doc.para("年末全县共有医疗卫生机构386个，其中，医院14个，基层医疗卫生机构365个，专业公共卫生机构"
                 "7个。医疗卫生机构床位2915张。卫生技术人员3128人，其中，执业（助理）医师1206人，注册护士"
                 "1395人。全年总诊疗人次186.7万人次。")
    add(f, "genuine", "386个", ["14个", "365个", "7个"], page_of(L, "386"),
        "八、教育和卫生健康 正文：医疗卫生机构 = 医院 + 基层 + 专业公共卫生机构")
    subset(f, "3128人", ["1206人", "1395人"], page_of(L, "3128"), "卫生技术人员 ≥ 其中医师 + 护士")

    doc.gap(6)
    doc.para("注：1.本公报中部分数据为初步统计数。2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按"
             "不变价格计算。3.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。", indent=0,
             size=10, lead=17)
    n = doc.save()
    return n


# =====================================================================
# PDF 2  东西部协作资金使用情况汇报
# =====================================================================
PROJ = [  # group, name, unit, town, arranged, spent
    (1, "岚河镇高山茶叶提质增效项目", "岚河镇人民政府", "岚河镇", "600.00", "586.40"),
    (1, "青石乡食用菌产业园建设项目", "青石乡人民政府", "青石乡", "852.30", "812.35"),
    (1, "双河镇中药材种植基地建设项目", "双河镇人民政府", "双河镇", "418.70", "398.62"),
    (1, "白沙乡肉牛养殖小区建设项目", "白沙乡人民政府", "白沙乡", "735.00", "690.18"),
    (1, "县农产品冷链物流中心建设项目", "县商务局", "县级统筹", "976.45", "905.77"),
    (1, "柳坪镇特色水果产业提升项目", "柳坪镇人民政府", "柳坪镇", "386.50", "371.24"),
    (1, "东西部协作产业园标准化厂房（二期）建设项目", "县工业园区管委会", "县级统筹", "1,252.55", "1,102.96"),
    (1, "庭院经济发展奖补项目", "县农业农村局", "县级统筹", "278.50", "265.80"),
    (2, "青石乡村组道路硬化项目", "青石乡人民政府", "青石乡", "521.00", "497.85"),
    (2, "双河镇农村人居环境整治项目", "双河镇人民政府", "双河镇", "364.40", "341.26"),
    (2, "白沙乡农村供水保障巩固提升项目", "县水务局", "白沙乡", "297.60", "297.60"),
    (2, "柳坪镇产业路建设项目", "柳坪镇人民政府", "柳坪镇", "412.00", "385.43"),
    (2, "岚河镇和美乡村示范村建设项目", "岚河镇人民政府", "岚河镇", "560.00", "512.74"),
    (2, "金竹乡小型农田水利设施建设项目", "金竹乡人民政府", "金竹乡", "245.00", "228.65"),
    (3, "劳务协作稳岗就业补贴", "县人力资源和社会保障局", "县级统筹", "180.00", "176.40"),
    (3, "帮扶车间吸纳就业奖补", "县人力资源和社会保障局", "县级统筹", "150.00", "138.00"),
    (3, "农村劳动力职业技能培训", "县人力资源和社会保障局", "县级统筹", "96.30", "96.30"),
    (3, "乡村公益性岗位开发", "县人力资源和社会保障局", "县级统筹", "73.70", "68.52"),
    (4, "党政干部和专业技术人才培训", "县委组织部", "县级统筹", "120.00", "120.00"),
    (4, "教育医疗人才交流", "县教育局、县卫生健康局", "县级统筹", "85.00", "79.36"),
    (4, "项目管理工作经费", "县农业农村局", "县级统筹", "45.00", "38.74"),
]
GROUPS = {1: ("一", "产业发展类"), 2: ("二", "基础设施类"), 3: ("三", "就业帮扶类"), 4: ("四", "人才交流及其他")}


def m(s):
    return D(s.replace(",", ""))


def f2(d):
    return f"{d:,.2f}"


def build_pdf2():
    f = F2
    doc = Doc(os.path.join(OUT, f), "WQY", "WQY", size=12, lead=22,
              title="岚河县2024年东西部协作资金使用情况汇报", author="岚河县农业农村局")
    arr = {g: sum(m(p[4]) for p in PROJ if p[0] == g) for g in GROUPS}
    spn = {g: sum(m(p[5]) for p in PROJ if p[0] == g) for g in GROUPS}
    cnt = {g: sum(1 for p in PROJ if p[0] == g) for g in GROUPS}
    A = sum(arr.values())
    S = sum(spn.values())
    assert A == D("8650.00") and S == D("8114.17"), (A, S)
    assert [arr[g] for g in GROUPS] == [D("5500.00"), D("2400.00"), D("500.00"), D("250.00")]
    for p in PROJ:
        assert m(p[5]) <= m(p[4])
    spn_printed = dict((g, f2(v)) for g, v in spn.items())
    assert spn_printed[2] == "2,263.53"
    spn_printed[2] = "2,236.53"  # PLANTED: 小计 digits swapped
    carry0, income = D("312.46"), A
    spent_all = carry0 + S
    carry1_true = carry0 + income - spent_all
    assert carry1_true == D("535.83")
    carry1_printed = "553.83"  # PLANTED

    doc.gap(4)
    doc.center("岚河县2024年东西部协作资金使用情况汇报", "WQY", 17, 30)
    doc.center("岚河县农业农村局（县乡村振兴局）", doc.body, 12, 22)
    doc.gap(6)
    c = doc.c
    c.setFont(doc.body, 12)
    c.drawString(LM, doc.base(12, 22), "尊敬的考核组各位领导：")
    doc.y -= 22
    doc.para("2024年，在东海市和临江区的倾力帮扶下，我县坚持把东西部协作作为巩固拓展脱贫攻坚成果、全面推进"
             "乡村振兴的重要抓手，严格执行东西部协作财政援助资金管理有关规定，聚焦产业协作、劳务协作、消费"
             "帮扶和人才交流，推动协作资金精准投放、规范使用、发挥实效。现将我县2024年东西部协作资金使用"
             "情况汇报如下：")

    doc.heading("一、资金到位及结转情况")
    L = doc.para("2024年，东海市和临江区共向我县拨付东西部协作财政援助资金8,650.00万元，较上年增加350.00"
                 "万元。按资金来源分，东海市级财政援助资金、临江区级财政援助资金分别为5,200.00万元、3,450.00"
                 "万元，资金全部纳入县级财政专户管理，实行专账核算、专款专用。")
    add(f, "genuine", "8,650.00万元", ["5,200.00万元", "3,450.00万元"], page_of(L, "8,650.00"),
        "一、资金到位 正文：到位资金 = 市级 + 区级（分别为）")
    L2 = doc.para("从到位时间看，2024年3月到位第一批资金5,190.00万元，7月到位第二批资金3,460.00万元，均在"
                  "收到资金后30日内完成项目计划下达，项目计划下达时间较上年平均提前15天。")
    add(f, "genuine", "8,650.00万元", ["5,190.00万元", "3,460.00万元"], page_of(L, "8,650.00"),
        f"一、资金到位 正文：到位资金8,650.00（上一段）= 第一批 + 第二批（第{page_of(L2, '5,190.00')}页下一段）")
    txt = (f"资金结转方面，2023年末结转东西部协作资金{f2(carry0)}万元，2024年到位资金{f2(income)}万元，"
           f"全年累计支出资金{f2(spent_all)}万元（其中，支出上年结转资金{f2(carry0)}万元，支出当年资金"
           f"{f2(S)}万元），年末结转资金{carry1_printed}万元。上年结转资金已于2024年6月底前全部支出完毕，"
           f"当年资金支出进度为{pct2(S, A)}%。")
    L = doc.para(txt)
    p_bal = page_of(L, carry1_printed)
    add(f, "planted", f"{carry1_printed}万元", [f"{f2(carry0)}万元", f"{f2(income)}万元", f"-{f2(spent_all)}万元"],
        p_bal, "一、资金结转 正文（余额滚动）：年初结转312.46 + 本年到位8,650.00 − 本年支出8,426.63 = "
               "535.83，但年末结转印为553.83")
    add(f, "genuine", f"{f2(spent_all)}万元", [f"{f2(carry0)}万元", f"{f2(S)}万元"], page_of(L, f2(spent_all)),
        "一、资金结转 正文：累计支出 = 支出上年结转 + 支出当年资金（其中）")
    p_S_text = page_of(L, f2(S))

    doc.heading("二、资金使用和项目实施情况")
    doc.heading("（一）项目安排情况", font=doc.body, size=12)
    sh = [pct2(arr[g], A) for g in GROUPS]
    assert sum(sh) == 100
    L = doc.para(f"2024年，我县共安排东西部协作财政援助资金项目{len(PROJ)}个，安排资金{f2(A)}万元。其中，"
                 f"产业发展类项目{cnt[1]}个，安排资金{f2(arr[1])}万元；基础设施类项目{cnt[2]}个，安排资金"
                 f"{f2(arr[2])}万元；就业帮扶类项目{cnt[3]}个，安排资金{f2(arr[3])}万元；人才交流及其他类项目"
                 f"{cnt[4]}个，安排资金{f2(arr[4])}万元。四类项目资金占比分别为{sh[0]}%、{sh[1]}%、{sh[2]}%和"
                 f"{sh[3]}%，产业发展类项目资金占比超过60%，符合东西部协作资金重点支持产业发展的要求。项目安排"
                 "时优先支持联农带农效果好、群众参与度高的项目，全部项目共覆盖脱贫村43个，带动脱贫人口和监测"
                 "对象1.86万人。")
    p_arr = page_of(L, f2(A))
    p_cnt = page_of(L, f"项目{len(PROJ)}个")
    add(f, "genuine", f"{len(PROJ)}个", [f"{cnt[g]}个" for g in GROUPS], page_of(L, f"项目{len(PROJ)}个"),
        "二（一）正文：项目总数 = 四类项目个数之和")
    add(f, "genuine", f"{f2(A)}万元", [f"{f2(arr[g])}万元" for g in GROUPS], p_arr,
        "二（一）正文：安排资金 = 四类项目资金之和（其中）")
    add(f, "genuine", "100%", [f"{s}%" for s in sh], page_of(L, f"{sh[3]}%"),
        "二（一）正文：四类项目资金占比“分别为”之和 = 100%")
    doc.heading("（二）资金管理情况", font=doc.body, size=12)
    doc.para("严格落实东西部协作财政援助资金管理有关办法，坚持“项目跟着规划走、资金跟着项目走、监督跟着"
             "资金走”。一是规范项目库管理，全部项目均从县级巩固衔接项目库中选取，经乡镇申报、部门审核、县"
             "东西部协作工作领导小组审定后，报临江区驻岚河工作组备案。二是严格资金拨付程序，按照项目实施"
             "进度和验收结果分批拨付资金，实行县级报账制管理，杜绝以拨代支、挤占挪用。三是强化公告公示，项目"
             "计划、资金安排和实施结果在县人民政府门户网站及项目所在村公示栏公告公示。四是加强监督检查，联合"
             "县财政局、县审计局开展资金使用专项检查2次，发现的3个问题已全部整改到位。")
    doc.heading("（三）资金支出和项目进度情况", font=doc.body, size=12)
    L = doc.para(f"截至2024年12月31日，{len(PROJ)}个项目中已完工17个、在建4个；当年资金已支出{f2(S)}万元，"
                 "资金支出进度总体符合序时要求。在建的4个项目均为产业发展类和基础设施类项目，预计2025年一季度"
                 "全部完工。已完工项目均已组织验收，形成的经营性资产已确权移交村集体经济组织或乡镇管理，资产收益"
                 "主要用于公益性岗位、小型公益事业和帮扶困难群众。各项目资金安排及支出情况见表1。")
    add(f, "genuine", f"{len(PROJ)}个", ["17个", "4个"], doc.page, "二（三）正文：项目数 = 已完工 + 在建")
    add(f, "genuine", f"{f2(S)}万元", [f2(S)], p_S_text, "重复数：正文当年资金支出 与 表1 已支出合计一致")

    # ---- 表1 ruled, spans a page break
    rows = []
    row_ref = []
    no = 0
    for g in GROUPS:
        rows.append(dict(cells=[GROUPS[g][0], GROUPS[g][1], "", "", "", ""], span=(1, 2), align={1: "l"}))
        row_ref.append(("grp", g))
        for p in [p for p in PROJ if p[0] == g]:
            no += 1
            rows.append(dict(cells=[str(no), p[1], p[2], p[4], p[5], str(pct2(m(p[5]), m(p[4])))],
                             align={1: "l", 2: "l"}))
            row_ref.append(("item", g))
        rows.append(dict(cells=["小计", "", f2(arr[g]), spn_printed[g],
                                str(pct2(m(spn_printed[g]), arr[g]))], span=(0, 2)))
        row_ref.append(("sub", g))
    rows.append(dict(cells=["合　　计", "", f2(A), f2(S), str(pct2(S, A))], span=(0, 2)))
    row_ref.append(("tot", 0))
    # fix: span rows have one cell fewer after merge; pad so indices line up
    for r in rows:
        if r.get("span") == (0, 2):
            r["cells"] = [r["cells"][0], "", ""] + r["cells"][2:]
    pages = table_ruled(doc, "表1　2024年东西部协作财政援助资金项目安排及支出情况表", "单位：万元、%",
                        [30, 160, 95, 58, 58, 54],
                        ["序号", "项目名称", "实施单位", "安排资金", "已支出", "支出进度"], rows,
                        size=9.5, lead=12.5, pad=3.5, aligns=["c", "l", "l", "r", "r", "r"])
    sub_page = {g: pages[i] for i, (k, g) in enumerate(row_ref) if k == "sub"}
    grp_pages = {g: sorted({pages[i] for i, (k, gg) in enumerate(row_ref) if gg == g and k != "tot"})
                 for g in GROUPS}
    tot_page = pages[-1]
    table_span = (pages[0], pages[-1])
    print("table1 group pages:", grp_pages)
    assert table_span[0] != table_span[1], "table 1 must span a page break"
    for g in GROUPS:
        items = [p for p in PROJ if p[0] == g]
        add(f, "genuine", f2(arr[g]), [p[4] for p in items], sub_page[g],
            f"表1（有线表，跨页）{GROUPS[g][1]}小计 安排资金 = 本组项目之和（本组在第{grp_pages[g]}页）")
        kind = "planted" if g == 2 else "genuine"
        note = f"表1（有线表，跨页）{GROUPS[g][1]}小计 已支出 = 本组项目之和（本组在第{grp_pages[g]}页）"
        if g == 2:
            note = (f"表1（有线表，跨页）基础设施类小计“已支出”印为2,236.53，本组6个项目已支出之和为2,263.53"
                    f"（数字对调；本组跨第{grp_pages[g]}页）。合计行8,114.17等于全部项目之和，"
                    "故合计与各小计之和（8,087.17）也相差27.00，系同一错误的连带结果")
        add(f, kind, spn_printed[g], [p[5] for p in items], sub_page[g], note)
    add(f, "genuine", f2(A), [f2(arr[g]) for g in GROUPS], tot_page, "表1 合计 安排资金 = 四个小计之和（= 全部21个项目之和）")
    add(f, "genuine", f2(S), [p[5] for p in PROJ], tot_page,
        "表1 合计 已支出 = 全部21个项目之和（按项目行核对；与小计之和不符系E7连带）")

    # ---- (三) 按乡镇分布 + 表2
    towns = ["岚河镇", "青石乡", "双河镇", "白沙乡", "柳坪镇", "金竹乡", "县级统筹"]
    tn = {t: sum(1 for p in PROJ if p[3] == t) for t in towns}
    ta = {t: sum(m(p[4]) for p in PROJ if p[3] == t) for t in towns}
    ts = {t: pct2(ta[t], A) for t in towns}
    assert sum(tn.values()) == len(PROJ) and sum(ta.values()) == A and sum(ts.values()) == 100, sum(ts.values())
    doc.heading("（四）资金分布情况", font=doc.body, size=12)
    L = doc.para(f"从资金分布看，协作资金向脱贫村和乡村振兴重点帮扶村倾斜，6个乡镇共实施项目"
                 f"{len(PROJ) - tn['县级统筹']}个；县级统筹实施项目{tn['县级统筹']}个，安排资金"
                 f"{f2(ta['县级统筹'])}万元，占{ts['县级统筹']}%，主要用于冷链物流、产业园区厂房、就业帮扶和人才"
                 "交流等跨乡镇项目。分乡镇情况见表2。")
    p_cty = page_of(L, f2(ta["县级统筹"]))
    add(f, "genuine", f"{len(PROJ)}个", [f"{len(PROJ) - tn['县级统筹']}个", f"{tn['县级统筹']}个"],
        p_cnt, f"二（一）正文项目总数21个 = 二（四）正文（第{page_of(L, '县级统筹实施项目')}页）6个乡镇实施项目11个 + 县级统筹10个")
    rows = [dict(cells=[str(i + 1), t, str(tn[t]), f2(ta[t]), str(ts[t])]) for i, t in enumerate(towns)]
    rows.append(dict(cells=["合　　计", "", str(len(PROJ)), f2(A), "100.00"], span=(0, 1)))
    pg = table_ruled(doc, "表2　2024年东西部协作财政援助资金分乡镇安排情况", "单位：个、万元、%",
                     [40, 120, 80, 100, 80], ["序号", "乡镇", "项目个数", "安排资金", "占比"], rows,
                     size=10, lead=13, pad=4, aligns=["c", "c", "r", "r", "r"])
    p_t2 = pg[-1]
    t2where = f"表2（有线表，第{pg[0]}—{pg[-1]}页）" if pg[0] != pg[-1] else f"表2（有线表，第{pg[0]}页）"
    add(f, "genuine", str(len(PROJ)), [str(tn[t]) for t in towns], p_t2, t2where + "合计 项目个数 = 各乡镇之和")
    add(f, "genuine", f2(A), [f2(ta[t]) for t in towns], p_t2, t2where + "合计 安排资金 = 各乡镇之和")
    add(f, "genuine", "100.00", [str(ts[t]) for t in towns], p_t2, t2where + "占比列 = 100.00")
    add(f, "genuine", f"{f2(ta['县级统筹'])}万元", [f2(ta["县级统筹"])], p_cty,
        "重复数：正文县级统筹资金 与 表2 一致")

    doc.heading("三、协作成效")
    L = doc.para("1.劳务协作持续深化。全年帮助农村劳动力转移就业3,862人，其中，到东海市等协作地区就业1,125人，"
                 "省内就近就地就业2,047人，到其他省份就业690人。帮扶车间累计吸纳农村劳动力就业612人，其中"
                 "脱贫人口238人。")
    add(f, "genuine", "3,862人", ["1,125人", "2,047人", "690人"], page_of(L, "3,862"),
        "三、协作成效 正文：转移就业 = 协作地区 + 省内 + 其他省份")
    subset(f, "612人", ["238人"], page_of(L, "612"), "帮扶车间吸纳就业 ≥ 其中脱贫人口")
    L = doc.para("2.消费帮扶成效明显。依托东海市消费帮扶专馆、专柜和线上平台，全年采购、帮助销售我县农特"
                 "产品6,428.35万元，其中，东部地区采购3,915.60万元，帮助销售2,512.75万元，带动脱贫人口"
                 "增收1.2万余人次。")
    add(f, "genuine", "6,428.35万元", ["3,915.60万元", "2,512.75万元"], page_of(L, "6,428.35"),
        "三、协作成效 正文：消费帮扶金额 = 东部地区采购 + 帮助销售")
    L = doc.para("3.人才交流不断加强。临江区选派挂职党政干部12人、专业技术人才46人到我县帮扶，其中教师18人、"
                 "医生21人、农业技术人员7人；我县选派32名干部和专业技术人员到东海市跟岗学习。")
    add(f, "genuine", "46人", ["18人", "21人", "7人"], page_of(L, "46"),
        "三、协作成效 正文：专业技术人才 = 教师 + 医生 + 农技人员")
    L = doc.para("4.社会帮扶有序推进。年初社会帮扶资金结余46.80万元，本年新增募集社会帮扶资金385.20万元，"
                 "本年使用371.56万元，年末结余60.44万元，主要用于助学、助医和困难群众临时救助。")
    add(f, "genuine", "60.44万元", ["46.80万元", "385.20万元", "-371.56万元"], page_of(L, "60.44"),
        "三、协作成效 正文（余额滚动）：年初结余 + 新增募集 − 本年使用 = 年末结余")

    doc.heading("四、存在的问题")
    doc.para("一是部分产业项目建设周期较长，资金支出进度不够均衡，下半年支出较为集中；二是个别项目联农带农"
             "机制还不够完善，带动脱贫人口稳定增收的长效作用有待进一步发挥；三是项目资产管护机制需进一步"
             "健全，部分已建成项目的运营管理能力有待提升。")
    doc.heading("五、下一步工作打算")
    doc.para("一是加快结转资金支出，确保年末结转资金于2025年6月底前全部支出完毕；二是强化项目全过程监管，"
             "严格执行资金公告公示制度，主动接受社会监督；三是健全联农带农利益联结机制，推动协作项目资产"
             "确权移交和后续管护，持续提升协作资金使用绩效。")
    doc.gap(24)
    doc.right("岚河县农业农村局（县乡村振兴局）", x=PW - RM - 12)
    doc.right("2025年1月8日", x=PW - RM - 50)
    n = doc.save()
    return n, table_span


def main():
    os.makedirs(OUT, exist_ok=True)
    n1 = build_pdf1()
    n2, span = build_pdf2()
    out = []
    for i, b in enumerate(BD, 1):
        ps = sum(num(p) for p in b["parts"])
        tot = num(b["total"])
        out.append(dict(file=b["file"], id=f"U{i:02d}", kind=b["kind"], total=b["total"], parts=b["parts"],
                        pdf_page=b["pdf_page"], parts_sum=str(ps), difference=str(tot - ps), note=b["note"]))
    sub = []
    for b in SUBSETS:
        ps = sum(num(p) for p in b["parts"])
        assert ps <= num(b["total"])
        sub.append(dict(b, parts_sum=str(ps), relation="parts <= total (partial 其中, not an equality)"))
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"breakdowns": out, "partial_subsets_not_equalities": sub}, fh, ensure_ascii=False, indent=1)
    print(F1, n1, "pages;", F2, n2, "pages; table1 spans", span)
    print(len(out), "breakdowns,", sum(1 for b in out if b["kind"] == "planted"), "planted")


if __name__ == "__main__":
    main()
