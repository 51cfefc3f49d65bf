#!/usr/bin/env python3
"""Blind probe builder (pdf60).

Builds two county-government PDFs plus expected.json:
  A) yunling_jiaoyuju_2023_bumen_juesuan.pdf  -- 云岭县教育局2023年度部门决算说明
  B) qingxi_2024_dongxi_xiezuo_huibao.pdf     -- 青溪县2024年东西部协作工作汇报
Every figure drawn is a Fig object; every breakdown in expected.json is computed with
decimal.Decimal from the very same Fig objects, and pdf_page is the page on which the
layout engine actually drew the figure.
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
FONT = 'ZH'
pdfmetrics.registerFont(TTFont(FONT, '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))

FILE_A = 'yunling_jiaoyuju_2023_bumen_juesuan.pdf'
FILE_B = 'qingxi_2024_dongxi_xiezuo_huibao.pdf'


def sw(t, size):
    return pdfmetrics.stringWidth(t, FONT, size)


def f2(d):
    return format(d, ',.2f')


def qz(d, places):
    return d.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def dstr(d):
    s = format(d, 'f')
    return s


# ----------------------------------------------------------------------------- figures
class Fig:
    """A number as printed.  num is the printed digits (with separators); unit is the
    unit it is expressed in (for table cells the unit comes from the 单位 line)."""

    def __init__(self, num, unit='', sp=False, cell=False, where=''):
        self.num = num
        self.unit = unit
        self.sp = sp
        self.cell = cell
        self.where = where
        self.value = D(num.replace(',', ''))
        self.page = None
        self.used = False

    def printed(self):
        if self.cell:
            return self.num
        return self.num + (' ' if self.sp else '') + self.unit

    @property
    def places(self):
        return max(0, -self.value.as_tuple().exponent)


def cellfig(d, where, unit='万元'):
    return Fig(f2(d), unit, cell=True, where=where)


UNITS = {'万元': ('money', D(10000)), '亿元': ('money', D(100000000)), '元': ('money', D(1)),
         '人': ('people', D(1)), '万人': ('people', D(10000))}


def conv(v, uf, ut):
    if uf == ut:
        return v
    kf, ff = UNITS[uf]
    kt, ft = UNITS[ut]
    assert kf == kt, (uf, ut)
    return v * ff / ft


# ----------------------------------------------------------------------------- breakdowns
BDS = []
LOOK = []


class BD:
    def __init__(self, file, check, total, parts, note='', planted=False, rounding=False):
        self.file, self.check, self.total, self.parts = file, check, total, parts
        self.note, self.planted, self.rounding = note, planted, rounding
        self.seq = len(BDS)
        BDS.append(self)

    def evaluate(self):
        t = self.total
        if self.check in ('sum', 'balance'):
            ps = sum((conv(p.value, p.unit, t.unit) for p in self.parts), D(0))
            ps = qz(ps, t.places) if ps == qz(ps, t.places) else ps
        elif self.check == 'repeat':
            p = self.parts[0]
            v = conv(p.value, p.unit, t.unit)
            if self.rounding:
                ps = qz(v, t.places)
            else:
                ps = qz(v, t.places) if v == qz(v, t.places) else v
        elif self.check == 'share':
            num, den = self.parts
            ps = qz(conv(num.value, num.unit, den.unit) / den.value * 100, t.places)
        else:
            raise ValueError(self.check)
        diff = t.value - ps
        if diff == 0:
            diff = D(0)
        return ps, diff


def bsum(file, total, parts, note='', planted=False):
    return BD(file, 'sum', total, parts, note, planted)


def brep(file, first, later, note='', planted=False, rounding=False):
    return BD(file, 'repeat', first, [later], note, planted, rounding)


def bshare(file, pct, num, den, note=''):
    return BD(file, 'share', pct, [num, den], note)


def look(file, fig, reason):
    LOOK.append((file, fig, reason))


# ----------------------------------------------------------------------------- layout
RUN = re.compile(r'[0-9A-Za-z.,%+\-/]+| |.', re.S)
CLOSE = set('，。、；：？！）》”’…')
OPEN = set('（《“‘')
UNITCH = set('万亿元人个家次名对辆台批项场趟')


def T(tmpl, F):
    segs, pos = [], 0
    for m in re.finditer(r'\{(\w+)\}', tmpl):
        if m.start() > pos:
            segs.append(tmpl[pos:m.start()])
        segs.append(F[m.group(1)])
        pos = m.end()
    if pos < len(tmpl):
        segs.append(tmpl[pos:])
    return segs


def C(c, a='l', i=0, span=1):
    return {'c': c, 'a': a, 'i': i, 'span': span}


class Doc:
    def __init__(self, path, title, size, leading, margins, footer_size=10.5):
        self.path = path
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle(title)
        self.c.setAuthor('')
        self.c.setCreator('Microsoft Word')
        self.W, self.H = A4
        self.ml, self.mr, self.mt, self.mb = margins
        self.tw = self.W - self.ml - self.mr
        self.top = self.H - self.mt
        self.size, self.leading = size, leading
        self.footer_size = footer_size
        self.page = 1
        self.y = self.top
        self.maxgap = 0.0
        self.unit_breaks = []
        self.table_splits = []
        self.lines = []

    # page handling
    def footer(self):
        self.c.setFillColorRGB(0, 0, 0)
        self.c.setFont(FONT, self.footer_size)
        self.c.drawCentredString(self.W / 2, self.mb - 34, f'- {self.page} -')

    def new_page(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.top

    def need(self, h):
        if self.y - h < self.mb - 0.01:
            self.new_page()

    def finish(self):
        self.footer()
        self.c.save()
        return self.page

    # paragraphs (Word-like: first-line indent, justified, kinsoku, numbers unbreakable)
    def para(self, segs, size=None, leading=None, indent=2, align='justify', before=0,
             after=0, keep=0):
        size = size or self.size
        leading = leading or self.leading
        if isinstance(segs, str):
            segs = [segs]
        atoms = []
        for s in segs:
            if isinstance(s, Fig):
                assert not s.used, 'figure placed twice: ' + s.where
                s.used = True
                txt, fig = s.printed(), s
            else:
                txt, fig = s, None
            for m in RUN.finditer(txt):
                atoms.append([m.group(0), fig, sw(m.group(0), size)])
        units = []
        for a in atoms:
            if units and a[0][0] in CLOSE:
                units[-1].append(a)
                continue
            if units and units[-1][-1][0] in OPEN:
                units[-1].append(a)
                continue
            units.append([a])
        lines, line, w, lim = [], [], 0.0, self.tw - indent * size
        for u in units:
            uw = sum(a[2] for a in u)
            if line and w + uw > lim + 0.01:
                lines.append((line, lim))
                line, w, lim = [], 0.0, self.tw
                if len(u) == 1 and u[0][0] == ' ':
                    continue
            line.extend(u)
            w += uw
        lines.append((line, lim))
        for ln, _ in lines:
            while ln and ln[-1][0] == ' ':
                ln.pop()
        # figure separated from its unit at a line end
        for (l1, _), (l2, _) in zip(lines, lines[1:]):
            if l1 and l2 and re.match(r'[0-9]', l1[-1][0]) and l2[0][0][0] in UNITCH:
                self.unit_breaks.append((l1[-1][0], l2[0][0]))
        if before and self.y < self.top - 0.01:
            self.y -= before
        if keep:
            self.need(keep + leading * min(len(lines), 2))
        self.c.setFillColorRGB(0, 0, 0)
        for i, (ln, lim) in enumerate(lines):
            if self.y - leading < self.mb - 0.01:
                self.new_page()
            self.y -= leading
            base = self.y + (leading - size) / 2 + size * 0.14
            x0 = self.ml + (indent * size if i == 0 else 0)
            nat = sum(a[2] for a in ln)
            extra = 0.0
            if align == 'justify' and i < len(lines) - 1 and len(ln) > 1:
                extra = (lim - nat) / (len(ln) - 1)
                self.maxgap = max(self.maxgap, extra)
            elif align == 'center':
                x0 = self.ml + (self.tw - nat) / 2
            elif align == 'right':
                x0 = self.ml + self.tw - nat
            self.c.setFont(FONT, size)
            x = x0
            for a in ln:
                if a[0] != ' ':
                    self.c.drawString(x, base, a[0])
                if a[1] is not None and a[1].page is None:
                    a[1].page = self.page
                x += a[2] + extra
            self.lines.append((self.page, ''.join(a[0] for a in ln)))
        if after:
            self.y -= after

    # ruled tables
    def _row(self, cells, cols, x0, rh, size, head=False):
        top = self.y
        bot = top - rh
        x = x0
        ci = 0
        self.c.setLineWidth(0.6)
        for cell in cells:
            w = sum(cols[ci:ci + cell['span']])
            ci += cell['span']
            if head:
                self.c.setFillColorRGB(0.88, 0.88, 0.88)
                self.c.rect(x, bot, w, rh, stroke=1, fill=1)
            else:
                self.c.rect(x, bot, w, rh, stroke=1, fill=0)
            self.c.setFillColorRGB(0, 0, 0)
            cont = cell['c']
            if isinstance(cont, Fig):
                assert not cont.used, 'figure placed twice: ' + cont.where
                cont.used = True
                cont.page = self.page
                txt = cont.printed()
            else:
                txt = cont
            base = bot + (rh - size) / 2 + size * 0.16
            self.c.setFont(FONT, size)
            if txt:
                if cell['a'] == 'r':
                    self.c.drawRightString(x + w - 4, base, txt)
                elif cell['a'] == 'c':
                    self.c.drawCentredString(x + w / 2, base, txt)
                else:
                    self.c.drawString(x + 4 + cell['i'] * size, base, txt)
            x += w
        assert ci == len(cols), (ci, len(cols), cells)
        self.y = bot

    def table(self, name, cols, header, rows, size=9, rh=16, split=False, caption=None,
              unit=None, cap_size=None, before=6, after=10):
        tw = sum(cols)
        assert tw <= self.tw + 0.5, (name, tw, self.tw)
        x0 = self.ml + (self.tw - tw) / 2
        cap_size = cap_size or self.size
        cap_h = cap_size + 10 if caption else 0
        unit_h = size + 6 if unit else 0
        head_h = rh * len(header)
        body_need = rh * (min(len(rows), 5) if split else len(rows))
        if self.y < self.top - 0.01:
            self.y -= before
        self.need(cap_h + unit_h + head_h + body_need)
        if caption:
            self.c.setFont(FONT, cap_size)
            self.c.drawCentredString(self.ml + self.tw / 2, self.y - cap_size - 2, caption)
            self.y -= cap_h
        if unit:
            self.c.setFont(FONT, size)
            self.c.drawRightString(x0 + tw, self.y - size - 1, unit)
            self.y -= unit_h
        for hr in header:
            self._row(hr, cols, x0, rh, size, head=True)
        start = self.page
        for k, r in enumerate(rows):
            if self.y - rh < self.mb - 0.01:
                assert split, 'table %s does not fit on one page' % name
                self.new_page()
                self.table_splits.append((name, start, self.page, k))
            self._row(r, cols, x0, rh, size)
        self.y -= after


# ============================================================================ PDF A
def build_a():
    FA = FILE_A
    F = {}

    def fig(key, num, unit, where, sp=False):
        F[key] = Fig(num, unit, sp=sp, where=where)
        return F[key]

    # ---------------- data: 支出决算表（功能分类）
    FUNC = [
        ('205', '教育支出', [
            ('20501', '教育管理事务', [
                ('2050101', '行政运行', '412.36', '405.18'),
                ('2050102', '一般行政管理事务', '86.50', '79.42'),
                ('2050199', '其他教育管理事务支出', '35.00', '31.76')]),
            ('20502', '普通教育', [
                ('2050201', '学前教育', '1268.40', '1236.85'),
                ('2050202', '小学教育', '9856.20', '9812.47'),
                ('2050203', '初中教育', '6437.80', '6395.06'),
                ('2050204', '高中教育', '4125.60', '4088.93'),
                ('2050299', '其他普通教育支出', '356.00', '318.64')]),
            ('20503', '职业教育', [
                ('2050302', '中等职业教育', '1085.30', '1071.28')]),
            ('20507', '特殊教育', [
                ('2050701', '特殊学校教育', '236.40', '229.15')]),
            ('20509', '教育费附加安排的支出', [
                ('2050901', '农村中小学校舍建设', '520.00', '496.30'),
                ('2050999', '其他教育费附加安排的支出', '180.00', '172.45')])]),
        ('208', '社会保障和就业支出', [
            ('20805', '行政事业单位养老支出', [
                ('2080501', '行政单位离退休', '18.60', '18.42'),
                ('2080502', '事业单位离退休', '436.20', '431.87'),
                ('2080505', '机关事业单位基本养老保险缴费支出', '1892.40', '1886.16'),
                ('2080506', '机关事业单位职业年金缴费支出', '946.20', '943.08')]),
            ('20808', '抚恤', [
                ('2080801', '死亡抚恤', '42.00', '38.56')])]),
        ('210', '卫生健康支出', [
            ('21011', '行政事业单位医疗', [
                ('2101102', '事业单位医疗', '1086.50', '1079.34'),
                ('2101103', '公务员医疗补助', '96.00', '94.27')])]),
        ('221', '住房保障支出', [
            ('22102', '住房改革支出', [
                ('2210201', '住房公积金', '1418.90', '1415.02')])]),
    ]
    PLANT_20502 = D('-36.00')   # 20502 决算数 printed 36.00 below the sum of its 项
    # compute values bottom-up on printed values
    rows2 = []  # (code, name, level, budget D, final D)
    cls_vals = []
    for code1, name1, kuan in FUNC:
        kuan_vals = []
        kuan_rows = []
        for code2, name2, xiang in kuan:
            xb = [D(b) for _, _, b, _ in xiang]
            xf = [D(f) for _, _, _, f in xiang]
            kb, kf = sum(xb), sum(xf)
            if code2 == '20502':
                true_20502 = kf
                kf = kf + PLANT_20502
            kuan_vals.append((kb, kf))
            kuan_rows.append((code2, name2, 2, kb, kf))
            for (c3, n3, b, f) in xiang:
                kuan_rows.append((c3, n3, 3, D(b), D(f)))
        cb = sum(v[0] for v in kuan_vals)
        cf = sum(v[1] for v in kuan_vals)
        cls_vals.append((code1, cb, cf))
        rows2.append((code1, name1, 1, cb, cf))
        rows2.extend(kuan_rows)
    tot_b = sum(v[1] for v in cls_vals)
    tot_f = sum(v[2] for v in cls_vals)
    cls_f = {c: f for c, _, f in cls_vals}

    # ---------------- data: 收入支出决算总表
    gp, sy, qt = D('28936.40'), D('612.35'), D('86.20')
    inc = gp + sy + qt
    beg = D('1284.66')
    exp = tot_f
    end_true = beg + inc - exp
    assert end_true > 0
    PLANT_END = D('30.00')
    end_p = end_true + PLANT_END
    prev = D('27815.30')
    incr = inc - prev

    # ---------------- data: 基本支出
    RY = [('30101', '基本工资', '6482.36'), ('30102', '津贴补贴', '1236.84'),
          ('30107', '绩效工资', '4986.53'), ('30108', '机关事业单位基本养老保险缴费', '1886.16'),
          ('30109', '职业年金缴费', '943.08'), ('30110', '职工基本医疗保险缴费', '1079.34'),
          ('30112', '其他社会保障缴费', '86.45'), ('30113', '住房公积金', '1415.02'),
          ('30199', '其他工资福利支出', '126.30'), ('30302', '退休费', '450.29'),
          ('30304', '抚恤金', '38.56'), ('30305', '生活补助', '22.80'),
          ('30399', '其他对个人和家庭的补助', '64.18')]
    GY = [('30201', '办公费', '286.42'), ('30205', '水费', '96.18'), ('30206', '电费', '238.65'),
          ('30207', '邮电费', '42.36'), ('30211', '差旅费', '58.74'),
          ('30213', '维修（护）费', '312.58'), ('30216', '培训费', '46.80'),
          ('30217', '公务接待费', '4.12'), ('30228', '工会经费', '148.36'),
          ('30229', '福利费', '72.40'), ('30231', '公务用车运行维护费', '12.86'),
          ('30299', '其他商品和服务支出', '168.24'), ('31002', '办公设备购置', '84.36'),
          ('31003', '专用设备购置', '126.50')]
    ry = sum(D(v) for _, _, v in RY)
    gy_true = sum(D(v) for _, _, v in GY)
    PLANT_GY = D('-9.00')   # 公用经费小计 printed 9.00 short (digits 98 -> 89)
    gy = gy_true + PLANT_GY
    jb = ry + gy
    xm = exp - jb

    # ---------------- data: 项目支出 (合计 printed first)
    XM = [('义务教育学校公用经费保障资金', '2386.40', '2352.18'),
          ('学生资助补助资金', '1642.50', '1618.36'),
          ('农村义务教育学生营养改善计划补助资金', '1468.20', '1455.72'),
          ('学前教育发展资金', '726.00', '698.45'),
          ('薄弱学校改善与能力提升项目资金', '1580.00', '1537.26'),
          ('教师培训专项经费', '186.00', '172.94'),
          ('普通高中教育发展补助资金', '982.60', '961.35'),
          ('中小学校舍维修改造资金', '520.00', '496.30')]
    PLANT_XM = D('60.00')   # items add up to 60.00 more than the 合计 printed above them
    last_f = xm + PLANT_XM - sum(D(f) for _, _, f in XM)
    XM.append(('其他项目支出', '500.00', str(last_f)))
    assert D(0) < last_f < D('500.00')
    xm_b = sum(D(b) for _, b, _ in XM)

    # ---------------- data: 三公
    SG = {'cg': (D('0.00'), D('0.00')), 'gc': (D('0.00'), D('0.00')),
          'yx': (D('15.00'), D('12.86')), 'jd': (D('6.00'), D('4.12'))}
    sg_b = sum(v[0] for v in SG.values())
    sg_f = sum(v[1] for v in SG.values())

    # ================= Figs (prose) =================
    fig('u_tot', '58', '个', '决算单位总数')
    fig('u1', '1', '个', '局机关')
    fig('u2', '13', '个', '县直学校及直属事业单位')
    fig('u3', '44', '个', '乡镇中心学校及所属学校')
    fig('stu', '38642', '人', '在校学生')
    fig('stu_yw', '31205', '人', '其中义务教育阶段学生')
    fig('sj_x', '720', '元', '小学生均公用经费')
    fig('sj_c', '920', '元', '初中生均公用经费')
    fig('p_tot', '2986', '人', '实有人员')
    fig('p_zz', '2412', '人', '在职人员')
    fig('p_lt', '574', '人', '离退休人员')
    fig('p_js', '2168', '人', '专任教师')
    fig('p_js_s', str(qz(D(2168) / D(2412) * 100, 1)), '%', '专任教师占在职人员%')
    fig('inc_p1', str(inc), '万元', '一、本年收入合计')
    fig('prev', str(prev), '万元', '一、上年决算数')
    fig('incr', str(incr), '万元', '一、比上年增加')
    fig('g_inc', str(qz(incr / prev * 100, 1)), '%', '一、收入增长率')
    fig('exp_p1', str(exp), '万元', '一、本年支出合计')
    fig('beg_p1', str(beg), '万元', '一、年初结转和结余')
    fig('end_p1', str(end_p), '万元', '一、年末结转和结余')
    fig('inc_p2', str(inc), '万元', '二、本年收入合计')
    fig('gp_p', str(gp), '万元', '二、一般公共预算财政拨款收入')
    fig('gp_s', str(qz(gp / inc * 100, 1)), '%', '二、一般公共预算财政拨款收入占比')
    fig('sy_p', str(sy), '万元', '二、事业收入')
    fig('sy_s', str(qz(sy / inc * 100, 1)), '%', '二、事业收入占比')
    fig('qt_p', str(qt), '万元', '二、其他收入')
    fig('qt_s', str(qz(qt / inc * 100, 1)), '%', '二、其他收入占比')
    assert F['gp_s'].value + F['sy_s'].value + F['qt_s'].value == 100
    fig('exp_p3', str(exp), '万元', '三、本年支出合计')
    fig('c_exp', str(qz(exp / tot_b * 100, 1)), '%', '三、完成调整预算%')
    fig('jb_p3', str(jb), '万元', '三、基本支出')
    fig('jb_s', str(qz(jb / exp * 100, 1)), '%', '三、基本支出占比')
    fig('xm_p3', str(xm), '万元', '三、项目支出')
    fig('xm_s', str(qz(xm / exp * 100, 1)), '%', '三、项目支出占比')
    assert F['jb_s'].value + F['xm_s'].value == 100
    fig('exp_p4', str(exp), '万元', '三（一）本年支出合计')
    for c, nm in (('205', '教育支出'), ('208', '社会保障和就业支出'), ('210', '卫生健康支出'),
                  ('221', '住房保障支出')):
        fig('e%s_p' % c, str(cls_f[c]), '万元', '三（一）%s（类）' % nm)
        fig('e%s_s' % c, str(qz(cls_f[c] / exp * 100, 1)), '%', '三（一）%s占比' % nm)
    assert sum(F['e%s_s' % c].value for c in ('205', '208', '210', '221')) == 100
    leaf = {r[0]: r for r in rows2}
    fig('x_f', str(leaf['2050202'][4]), '万元', '说明 小学教育决算数')
    fig('x_c', str(qz(leaf['2050202'][4] / leaf['2050202'][3] * 100, 1)), '%', '小学教育完成%')
    fig('c_f', str(leaf['2050203'][4]), '万元', '说明 初中教育决算数')
    fig('c_c', str(qz(leaf['2050203'][4] / leaf['2050203'][3] * 100, 1)), '%', '初中教育完成%')
    fig('yl_f', str(leaf['2080505'][4]), '万元', '说明 基本养老保险缴费决算数')
    fig('jb_p', str(jb), '万元', '（二）基本支出')
    fig('ry_p', str(ry), '万元', '（二）人员经费')
    fig('gy_p', str(gy), '万元', '（二）公用经费')
    fig('xm_p', str(xm), '万元', '（三）项目支出')
    fig('c_xm', str(qz(xm / xm_b * 100, 1)), '%', '（三）项目支出完成调整预算%')
    fig('sg_p', str(sg_f), '万元', '四、三公经费支出')
    fig('c_sg', str(qz(sg_f / sg_b * 100, 1)), '%', '四、三公完成预算%')
    sg_prev = D('19.33')
    fig('sg_dec', str(sg_prev - sg_f), '万元', '四、三公比上年减少')
    fig('sg_g', str(qz((sg_prev - sg_f) / sg_prev * 100, 1)), '%', '四、三公下降%')
    fig('cg_p', str(SG['cg'][1]), '万元', '四、因公出国（境）费')
    fig('gc_p', str(SG['gc'][1]), '万元', '四、公务用车购置费')
    fig('yx_p', str(SG['yx'][1]), '万元', '四、公务用车运行维护费')
    fig('car1', '2', '辆', '四、年末公务用车保有量')
    fig('jd_p', str(SG['jd'][1]), '万元', '四、公务接待费')
    fig('jd_pc', '36', '批次', '四、接待批次')
    fig('jd_rc', '312', '人次', '四、接待人次')
    fig('jd_rj', str(qz(SG['jd'][1] * 10000 / 312, 0)), '元', '四、人均接待费')
    jg_prev = D('89.46')
    fig('jg', '86.34', '万元', '五（一）机关运行经费')
    fig('jg_dec', str(jg_prev - D('86.34')), '万元', '五（一）比上年减少')
    fig('jg_g', str(qz((jg_prev - D('86.34')) / jg_prev * 100, 1)), '%', '五（一）下降%')
    fig('cg_tot', '1862.45', '万元', '五（二）政府采购支出总额')
    fig('cg_hw', '1206.30', '万元', '五（二）货物')
    fig('cg_gc', '428.60', '万元', '五（二）工程')
    fig('cg_fw', '227.55', '万元', '五（二）服务')
    fig('cg_zx', '1540.18', '万元', '五（二）授予中小企业合同金额')
    fig('cg_zx_s', str(qz(D('1540.18') / D('1862.45') * 100, 1)), '%', '五（二）中小企业占比')
    fig('zc', '86452.37', '万元', '五（三）资产总额')
    fig('zc_ld', '8236.15', '万元', '五（三）流动资产')
    fig('zc_gd', '76980.42', '万元', '五（三）固定资产')
    fig('zc_wx', '1235.80', '万元', '五（三）无形资产')
    fig('cl', '6', '辆', '五（三）车辆')
    fig('car2', '2', '辆', '五（三）一般公务用车')
    fig('cl_tz', '4', '辆', '五（三）特种专业技术用车')
    fig('sb', '12', '台（套）', '五（三）100万元以上专用设备')
    jx_items = ['学生资助补助资金', '农村义务教育学生营养改善计划补助资金', '薄弱学校改善与能力提升项目资金']
    jx = sum(D(f) for n, _, f in XM if n in jx_items)
    fig('jx', str(jx), '万元', '五（四）重点评价项目涉及资金')
    fig('jx_s', str(qz(jx / xm * 100, 1)), '%', '五（四）占项目支出%')

    # ================= table figs =================
    t1 = {}
    inc_items = [('一、一般公共预算财政拨款收入', gp), ('二、政府性基金预算财政拨款收入', D('0.00')),
                 ('三、上级补助收入', D('0.00')), ('四、事业收入', sy), ('五、经营收入', D('0.00')),
                 ('六、附属单位上缴收入', D('0.00')), ('七、其他收入', qt)]
    exp_items = [('一、教育支出', cls_f['205']), ('二、社会保障和就业支出', cls_f['208']),
                 ('三、卫生健康支出', cls_f['210']), ('四、住房保障支出', cls_f['221'])]
    t1['inc_items'] = [cellfig(v, '表1 收入 ' + n) for n, v in inc_items]
    t1['exp_items'] = [cellfig(v, '表1 支出 ' + n) for n, v in exp_items]
    t1['inc'] = cellfig(inc, '表1 本年收入合计')
    t1['exp'] = cellfig(exp, '表1 本年支出合计')
    t1['fb'] = cellfig(D('0.00'), '表1 使用非财政拨款结余')
    t1['jyfp'] = cellfig(D('0.00'), '表1 结余分配')
    t1['beg'] = cellfig(beg, '表1 年初结转和结余')
    t1['end'] = cellfig(end_p, '表1 年末结转和结余')
    t1['tot_in'] = cellfig(beg + inc, '表1 总计（收入）')
    t1['tot_out'] = cellfig(exp + end_p, '表1 总计（支出）')

    t2 = {}
    for code, name, lvl, b, f in rows2:
        t2[code] = (cellfig(b, '表2 %s %s 调整预算数' % (code, name)),
                    cellfig(f, '表2 %s %s 决算数' % (code, name)), lvl, name, b, f)
    t2_tot = (cellfig(tot_b, '表2 合计 调整预算数'), cellfig(tot_f, '表2 合计 决算数'))

    t3_ry = [(c, n, cellfig(D(v), '表3 %s %s' % (c, n))) for c, n, v in RY]
    t3_gy = [(c, n, cellfig(D(v), '表3 %s %s' % (c, n))) for c, n, v in GY]
    t3_rys = cellfig(ry, '表3 人员经费小计')
    t3_gys = cellfig(gy, '表3 公用经费小计')
    t3_tot = cellfig(jb, '表3 合计')

    t4 = [(n, cellfig(D(b), '表4 %s 调整预算数' % n), cellfig(D(f), '表4 %s 决算数' % n)) for n, b, f in XM]
    t4_tot = (cellfig(xm_b, '表4 合计 调整预算数'), cellfig(xm, '表4 合计 决算数'))

    t5 = {k: (cellfig(v[0], '表5 %s 预算数' % k), cellfig(v[1], '表5 %s 决算数' % k)) for k, v in SG.items()}
    t5['car'] = (cellfig(SG['gc'][0] + SG['yx'][0], '表5 公务用车购置及运行维护费 预算数'),
                 cellfig(SG['gc'][1] + SG['yx'][1], '表5 公务用车购置及运行维护费 决算数'))
    t5['tot'] = (cellfig(sg_b, '表5 合计 预算数'), cellfig(sg_f, '表5 合计 决算数'))

    # ================= breakdowns (document order) =================
    bsum(FA, F['u_tot'], [F['u1'], F['u2'], F['u3']], '决算单位构成，其中列举全部三类')
    look(FA, F['stu_yw'], '其中只列出义务教育阶段学生（部分），不是完整分解')
    look(FA, F['sj_x'], '生均公用经费（人均口径），不参与求和')
    look(FA, F['sj_c'], '生均公用经费（人均口径），不参与求和')
    bsum(FA, F['p_tot'], [F['p_zz'], F['p_lt']], '实有人员=在职+离退休')
    look(FA, F['p_js'], '专任教师是在职人员的一部分（部分），不是分解')
    bshare(FA, F['p_js_s'], F['p_js'], F['p_zz'], '专任教师占在职人员比重')
    BD(FA, 'balance', F['inc_p1'], [F['prev'], F['incr']], '本年收入=上年决算数+比上年增加额')
    look(FA, F['g_inc'], '增长率 %s/%s=%s%%（正确，非分解）' % (incr, prev, F['g_inc'].num))
    # table 1
    bsum(FA, t1['inc'], t1['inc_items'], '表1 本年收入合计=七项收入（含0.00项）')
    bsum(FA, t1['tot_in'], [t1['inc'], t1['fb'], t1['beg']], '表1 收入侧总计=本年收入合计+使用非财政拨款结余+年初结转和结余')
    bsum(FA, t1['exp'], t1['exp_items'], '表1 本年支出合计=四类支出')
    bsum(FA, t1['tot_out'], [t1['exp'], t1['jyfp'], t1['end']], '表1 支出侧总计=本年支出合计+结余分配+年末结转和结余')
    BD(FA, 'balance', t1['tot_in'], [t1['tot_out']],
       'PLANTED: 收入侧总计%s ≠ 支出侧总计%s（每一侧自身加总正确）。等价地：年初结转和结余%s+本年收入合计%s−本年支出合计%s=%s，而表中（及正文）年末结转和结余印为%s。'
       % (f2(beg + inc), f2(exp + end_p), beg, inc, exp, end_true, end_p), planted=True)
    brep(FA, F['inc_p1'], t1['inc'], '本年收入合计 正文一 vs 表1')
    brep(FA, F['exp_p1'], t1['exp'], '本年支出合计 正文一 vs 表1')
    brep(FA, F['beg_p1'], t1['beg'], '年初结转和结余 正文 vs 表1')
    brep(FA, F['end_p1'], t1['end'], '年末结转和结余 正文 vs 表1（两处一致，错误体现在总计不平）')
    # section 二
    bsum(FA, F['inc_p2'], [F['gp_p'], F['sy_p'], F['qt_p']], '收入构成（其余收入项为0）')
    for k in ('gp', 'sy', 'qt'):
        bshare(FA, F[k + '_s'], F[k + '_p'], F['inc_p2'], '收入占比')
    brep(FA, F['inc_p1'], F['inc_p2'], '本年收入合计 正文一 vs 正文二')
    brep(FA, t1['inc_items'][0], F['gp_p'], '一般公共预算财政拨款收入 表1 vs 正文')
    brep(FA, t1['inc_items'][3], F['sy_p'], '事业收入 表1 vs 正文')
    brep(FA, t1['inc_items'][6], F['qt_p'], '其他收入 表1 vs 正文')
    # section 三
    bsum(FA, F['exp_p3'], [F['jb_p3'], F['xm_p3']], '本年支出=基本支出+项目支出')
    bshare(FA, F['jb_s'], F['jb_p3'], F['exp_p3'], '基本支出占比')
    bshare(FA, F['xm_s'], F['xm_p3'], F['exp_p3'], '项目支出占比')
    look(FA, F['c_exp'], '完成调整预算%%：%s/%s（表2合计），正确' % (exp, tot_b))
    brep(FA, F['exp_p1'], F['exp_p3'], '本年支出合计 正文一 vs 正文三')
    bsum(FA, F['exp_p4'], [F['e205_p'], F['e208_p'], F['e210_p'], F['e221_p']], '按功能分类：本年支出=四类')
    brep(FA, F['exp_p1'], F['exp_p4'], '本年支出合计 正文一 vs 正文三（一）')
    for i, c in enumerate(('205', '208', '210', '221')):
        bshare(FA, F['e%s_s' % c], F['e%s_p' % c], F['exp_p4'], '功能分类占比')
        brep(FA, t1['exp_items'][i], F['e%s_p' % c], '类级支出 表1 vs 正文')
    # table 2: every parent against its immediate children, both columns
    order = [r[0] for r in rows2]
    for code1, _, kuan in FUNC:
        for col, cname in ((0, '调整预算数'), (1, '决算数')):
            planted = False
            for code2, _, xiang in kuan:
                parts = [t2[c3][col] for c3, _, _, _ in xiang]
                pl = (code2 == '20502' and col == 1)
                note = '表2 款=其下各项（%s）' % cname
                if pl:
                    note = ('PLANTED: 表2 20502普通教育 决算数印为%s，其下5个项合计%s（少印%s）。20502所在行位于续表分页处：20502与前两个项在第一页，其余三个项在下一页（续页不重复表头）。上级205教育支出及合计行与印出的20502一致（按直接下级核对），故只此一处不平。'
                            % (f2(t2['20502'][5]), f2(true_20502), -PLANT_20502))
                bsum(FA, t2[code2][col], parts, note, planted=pl)
            bsum(FA, t2[code1][col], [t2[c2][col] for c2, _, _ in kuan], '表2 类=其下各款（%s）' % cname)
    for col, cname in ((0, '调整预算数'), (1, '决算数')):
        bsum(FA, t2_tot[col], [t2[c][col] for c, _, _ in FUNC], '表2 合计=各类（%s）' % cname)
    for i, c in enumerate(('205', '208', '210', '221')):
        brep(FA, F['e%s_p' % c], t2[c][1], '类级支出 正文 vs 表2')
    brep(FA, F['exp_p1'], t2_tot[1], '本年支出合计 正文 vs 表2合计')
    look(FA, t2_tot[0], '表2“完成率(%)”列全部为决算数/调整预算数，保留一位小数，正确；不是分解')
    brep(FA, t2['2050202'][1], F['x_f'], '小学教育 表2 vs 说明')
    brep(FA, t2['2050203'][1], F['c_f'], '初中教育 表2 vs 说明')
    brep(FA, t2['2080505'][1], F['yl_f'], '基本养老保险缴费 表2 vs 说明')
    look(FA, F['x_c'], '完成调整预算%，正确')
    look(FA, F['c_c'], '完成调整预算%，正确')
    # 基本支出
    bsum(FA, F['jb_p'], [F['ry_p'], F['gy_p']], '基本支出=人员经费+公用经费（正文与表3印出的小计一致）')
    brep(FA, F['jb_p3'], F['jb_p'], '基本支出 正文三 vs 正文（二）')
    bsum(FA, t3_rys, [f for _, _, f in t3_ry], '表3 人员经费小计=各项')
    bsum(FA, t3_gys, [f for _, _, f in t3_gy],
         'PLANTED: 表3 公用经费小计印为%s，其上14项合计%s（少印%s）。表3合计=人员经费小计+公用经费小计按印出数成立（若直接用全部明细重算合计会少%s，此处不另列）。'
         % (f2(gy), f2(gy_true), -PLANT_GY, -PLANT_GY), planted=True)
    bsum(FA, t3_tot, [t3_rys, t3_gys], '表3 合计=人员经费小计+公用经费小计（按印出的小计）')
    brep(FA, F['jb_p'], t3_tot, '基本支出 正文 vs 表3合计')
    brep(FA, F['ry_p'], t3_rys, '人员经费 正文 vs 表3')
    brep(FA, F['gy_p'], t3_gys, '公用经费 正文 vs 表3（两处一致）')
    # 项目支出
    brep(FA, F['xm_p3'], F['xm_p'], '项目支出 正文三 vs 正文（三）')
    look(FA, F['c_xm'], '完成调整预算%%：%s/%s，正确' % (xm, xm_b))
    bsum(FA, t4_tot[0], [r[1] for r in t4], '表4 合计（首行）=下列各项（调整预算数）')
    bsum(FA, t4_tot[1], [r[2] for r in t4],
         'PLANTED: 表4合计行印在表头下第一行，决算数合计%s，而下面9个项目决算数之和为%s（合计少印%s）。合计与正文项目支出一致。'
         % (f2(xm), f2(xm + PLANT_XM), -PLANT_XM), planted=True)
    brep(FA, F['xm_p'], t4_tot[1], '项目支出 正文 vs 表4合计')
    # 三公
    bsum(FA, F['sg_p'], [F['cg_p'], F['gc_p'], F['yx_p'], F['jd_p']], '三公经费=出国+购置+运行+接待')
    look(FA, F['c_sg'], '完成预算%%：%s/%s，正确' % (sg_f, sg_b))
    look(FA, F['sg_g'], '下降%%：%s/%s（上年数未印出），正确' % (sg_prev - sg_f, sg_prev))
    look(FA, F['jd_rj'], '人均接待费=公务接待费/人次（%s万元/312人次），正确，不是分解' % SG['jd'][1])
    for col, cname in ((0, '预算数'), (1, '决算数')):
        bsum(FA, t5['tot'][col], [t5['cg'][col], t5['car'][col], t5['jd'][col]],
             '表5 合计（首行）=出国+公务用车购置及运行维护费+接待（“其中”两行不重复计入）（%s）' % cname)
        bsum(FA, t5['car'][col], [t5['gc'][col], t5['yx'][col]], '表5 公务用车购置及运行维护费=购置+运行（%s）' % cname)
    brep(FA, F['sg_p'], t5['tot'][1], '三公 正文 vs 表5')
    brep(FA, F['cg_p'], t5['cg'][1], '因公出国 正文 vs 表5')
    brep(FA, F['gc_p'], t5['gc'][1], '公务用车购置 正文 vs 表5')
    brep(FA, F['yx_p'], t5['yx'][1], '公务用车运行维护 正文 vs 表5')
    brep(FA, F['jd_p'], t5['jd'][1], '公务接待 正文 vs 表5')
    # 其他
    look(FA, F['jg_g'], '机关运行经费下降%%：%s/%s（上年数未印出），正确' % (jg_prev - D('86.34'), jg_prev))
    bsum(FA, F['cg_tot'], [F['cg_hw'], F['cg_gc'], F['cg_fw']], '政府采购=货物+工程+服务')
    look(FA, F['cg_zx'], '授予中小企业合同金额是采购总额的一部分（与货物/工程/服务交叉），不是分解项')
    bshare(FA, F['cg_zx_s'], F['cg_zx'], F['cg_tot'], '中小企业占比')
    bsum(FA, F['zc'], [F['zc_ld'], F['zc_gd'], F['zc_wx']], '资产总额=流动+固定+无形')
    bsum(FA, F['cl'], [F['car2'], F['cl_tz']], '车辆=一般公务用车+特种专业技术用车')
    brep(FA, F['car1'], F['car2'], '公务用车保有量 三公说明 vs 资产说明')
    bsum(FA, F['jx'], [t4[1][2], t4[2][2], t4[4][2]], '3个重点评价项目资金=表4中对应三项决算数')
    bshare(FA, F['jx_s'], F['jx'], F['xm_p'], '重点评价资金占项目支出')

    # ================= layout =================
    doc = Doc(os.path.join(OUT, FA), '云岭县教育局2023年度部门决算说明', 11, 20.5, (70, 70, 72, 72))
    H1 = dict(size=13, indent=0, align='left', before=8, after=2, keep=20)
    H2 = dict(size=12, indent=2, align='left', before=4, keep=20)
    H3 = dict(size=11, indent=2, align='left', before=2, keep=20)
    doc.y -= 10
    doc.para('云岭县教育局2023年度部门决算说明', size=18, leading=30, indent=0, align='center', after=14)
    doc.para('第一部分　部门概况', **H1)
    doc.para('一、部门职责', **H2)
    doc.para('云岭县教育局是县人民政府主管全县教育工作的工作部门。主要职责是：贯彻执行国家和省、市有关教育工作的方针政策和法律法规，拟订全县教育事业发展规划并组织实施；统筹管理全县各级各类教育，推进义务教育优质均衡发展和城乡教育一体化；负责全县教育经费的统筹管理，参与拟定教育经费筹措、教育拨款、教育基建投资的政策，监督管理教育经费的使用；负责全县中小学、幼儿园教师队伍建设和教职工人事管理；负责全县学生资助、校园安全和教育督导等工作。')
    doc.para('二、机构设置及决算单位构成', **H2)
    doc.para(T('纳入本部门2023年度部门决算编制范围的单位共{u_tot}，其中：局机关{u1}，县直学校及直属事业单位{u2}，乡镇中心学校及所属学校{u3}。截至2023年底，全县共有在校学生{stu}，其中义务教育阶段学生{stu_yw}；小学、初中生均公用经费分别达到{sj_x}和{sj_c}。', F))
    doc.para('三、人员情况', **H2)
    doc.para(T('2023年末本部门实有人员{p_tot}，其中：在职人员{p_zz}，离退休人员{p_lt}。在职人员中，专任教师{p_js}，占在职人员的{p_js_s}。', F))
    doc.para('第二部分　2023年度部门决算情况说明', **H1)
    doc.para('一、收入支出决算总体情况说明', **H2)
    doc.para(T('2023年度本部门本年收入合计{inc_p1}，比上年决算数{prev}增加{incr}，增长{g_inc}；本年支出合计{exp_p1}。年初结转和结余{beg_p1}，年末结转和结余{end_p1}。收支规模增加的主要原因：一是落实义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平政策，人员经费相应增加；二是实施薄弱学校改善与能力提升等项目，项目支出增加。', F))
    # table 1
    hdr1 = [[C('收入', 'c', span=2), C('支出', 'c', span=2)],
            [C('项目', 'c'), C('决算数', 'c'), C('项目', 'c'), C('决算数', 'c')]]
    rows1 = []
    for k in range(7):
        n_in = inc_items[k][0]
        if k < 4:
            rows1.append([C(n_in), C(t1['inc_items'][k], 'r'), C(exp_items[k][0]), C(t1['exp_items'][k], 'r')])
        else:
            rows1.append([C(n_in), C(t1['inc_items'][k], 'r'), C(''), C('')])
    rows1.append([C('本年收入合计', 'c'), C(t1['inc'], 'r'), C('本年支出合计', 'c'), C(t1['exp'], 'r')])
    rows1.append([C('使用非财政拨款结余'), C(t1['fb'], 'r'), C('结余分配'), C(t1['jyfp'], 'r')])
    rows1.append([C('年初结转和结余'), C(t1['beg'], 'r'), C('年末结转和结余'), C(t1['end'], 'r')])
    rows1.append([C('总计', 'c'), C(t1['tot_in'], 'r'), C('总计', 'c'), C(t1['tot_out'], 'r')])
    doc.table('表1', [150, 77.5, 150, 77.5], hdr1, rows1, rh=14.5, caption='表1　收入支出决算总表',
              unit='单位：万元')
    doc.para('二、收入决算情况说明', **H2)
    doc.para(T('本年收入合计{inc_p2}，其中：一般公共预算财政拨款收入{gp_p}，占{gp_s}；事业收入{sy_p}，占{sy_s}；其他收入{qt_p}，占{qt_s}。本部门2023年度无政府性基金预算财政拨款收入、上级补助收入、经营收入和附属单位上缴收入。事业收入主要为普通高中学费、住宿费收入，其他收入主要为银行存款利息收入等。', F))
    doc.para('三、支出决算情况说明', **H2)
    doc.para(T('本年支出合计{exp_p3}，完成调整预算的{c_exp}。其中：基本支出{jb_p3}，占{jb_s}；项目支出{xm_p3}，占{xm_s}。', F))
    doc.para('（一）按支出功能分类科目划分', **H3)
    doc.para(T('按支出功能分类科目划分，本年支出合计{exp_p4}，其中：教育支出（类）{e205_p}，占{e205_s}；社会保障和就业支出（类）{e208_p}，占{e208_s}；卫生健康支出（类）{e210_p}，占{e210_s}；住房保障支出（类）{e221_p}，占{e221_s}。各科目具体情况见表2。', F))
    # table 2 (allowed to split, header NOT repeated)
    hdr2 = [[C('科目编码', 'c'), C('科目名称', 'c'), C('调整预算数', 'c'), C('决算数', 'c'), C('完成率(%)', 'c')]]
    rows2c = []
    for code, name, lvl, b, f in rows2:
        fb, ff = t2[code][0], t2[code][1]
        rows2c.append([C(code), C(name, i=lvl - 1), C(fb, 'r'), C(ff, 'r'), C(str(qz(f / b * 100, 1)), 'r')])
    rows2c.append([C(''), C('合计', 'c'), C(t2_tot[0], 'r'), C(t2_tot[1], 'r'),
                   C(str(qz(tot_f / tot_b * 100, 1)), 'r')])
    doc.table('表2', [62, 178, 80, 80, 55], hdr2, rows2c, rh=15.5, split=True,
              caption='表2　支出决算表（按支出功能分类科目）', unit='单位：万元')
    doc.para(T('主要支出科目说明：普通教育（款）小学教育（项）决算数{x_f}，完成调整预算的{x_c}，主要用于全县小学教职工工资福利、学校运转和设施设备购置；初中教育（项）决算数{c_f}，完成调整预算的{c_c}；行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）决算数{yl_f}，主要用于按规定为在职人员缴纳的基本养老保险费。决算数小于调整预算数的主要原因是部分项目年末尚未完成验收，资金结转下年使用。', F))
    doc.para('（二）基本支出情况', **H3)
    doc.para(T('2023年度基本支出{jb_p}，其中：人员经费{ry_p}，主要包括基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费、抚恤金、生活补助等；公用经费{gy_p}，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、办公设备购置、专用设备购置等。', F))
    hdr3 = [[C('科目编码', 'c'), C('科目名称', 'c'), C('决算数', 'c')]]
    rows3 = [[C('人员经费', 'l', span=3)]]
    rows3 += [[C(c), C(n, i=1), C(f, 'r')] for c, n, f in t3_ry]
    rows3.append([C(''), C('人员经费小计', 'c'), C(t3_rys, 'r')])
    rows3.append([C('公用经费', 'l', span=3)])
    rows3 += [[C(c), C(n, i=1), C(f, 'r')] for c, n, f in t3_gy]
    rows3.append([C(''), C('公用经费小计', 'c'), C(t3_gys, 'r')])
    rows3.append([C(''), C('合计', 'c'), C(t3_tot, 'r')])
    doc.table('表3', [80, 230, 110], hdr3, rows3, rh=15, caption='表3　基本支出决算表',
              unit='单位：万元')
    doc.para('（三）项目支出情况', **H3)
    doc.para(T('2023年度项目支出{xm_p}，完成调整预算的{c_xm}，主要用于义务教育学校公用经费保障、学生资助、农村义务教育学生营养改善计划、薄弱学校改善与能力提升等方面，各项目支出情况见表4。', F))
    hdr4 = [[C('项目名称', 'c'), C('调整预算数', 'c'), C('决算数', 'c')]]
    rows4 = [[C('合计', 'c'), C(t4_tot[0], 'r'), C(t4_tot[1], 'r')]]
    rows4 += [[C(n), C(b, 'r'), C(f, 'r')] for n, b, f in t4]
    doc.table('表4', [255, 100, 100], hdr4, rows4, caption='表4　项目支出决算表', unit='单位：万元')
    doc.para('四、“三公”经费支出情况说明', **H2)
    doc.para(T('2023年度“三公”经费支出{sg_p}，完成预算的{c_sg}，比上年减少{sg_dec}，下降{sg_g}。其中：因公出国（境）费{cg_p}；公务用车购置费{gc_p}；公务用车运行维护费{yx_p}，主要用于局机关公务用车的燃料、维修、保险等支出，年末公务用车保有量{car1}；公务接待费{jd_p}，共接待国内来访团组{jd_pc}、{jd_rc}，人均接待费{jd_rj}。“三公”经费支出减少的主要原因是严格落实过紧日子要求，压减公务接待和公务用车支出。', F))
    hdr5 = [[C('项目', 'c'), C('预算数', 'c'), C('决算数', 'c')]]
    rows5 = [[C('合计', 'c'), C(t5['tot'][0], 'r'), C(t5['tot'][1], 'r')],
             [C('1.因公出国（境）费'), C(t5['cg'][0], 'r'), C(t5['cg'][1], 'r')],
             [C('2.公务用车购置及运行维护费'), C(t5['car'][0], 'r'), C(t5['car'][1], 'r')],
             [C('其中：公务用车购置费', i=1), C(t5['gc'][0], 'r'), C(t5['gc'][1], 'r')],
             [C('公务用车运行维护费', i=4), C(t5['yx'][0], 'r'), C(t5['yx'][1], 'r')],
             [C('3.公务接待费'), C(t5['jd'][0], 'r'), C(t5['jd'][1], 'r')]]
    doc.table('表5', [255, 100, 100], hdr5, rows5, caption='表5　“三公”经费支出决算表', unit='单位：万元')
    doc.para('五、其他重要事项说明', **H2)
    doc.para('（一）机关运行经费支出情况', **H3)
    doc.para(T('2023年度局机关运行经费支出{jg}，比上年减少{jg_dec}，下降{jg_g}，主要原因是压减会议费、差旅费等一般性支出。', F))
    doc.para('（二）政府采购支出情况', **H3)
    doc.para(T('2023年度本部门政府采购支出总额{cg_tot}，其中：政府采购货物支出{cg_hw}，政府采购工程支出{cg_gc}，政府采购服务支出{cg_fw}。授予中小企业合同金额{cg_zx}，占政府采购支出总额的{cg_zx_s}。', F))
    doc.para('（三）国有资产占用情况', **H3)
    doc.para(T('截至2023年12月31日，本部门资产总额{zc}，其中：流动资产{zc_ld}，固定资产{zc_gd}，无形资产{zc_wx}。共有车辆{cl}，其中：一般公务用车{car2}，特种专业技术用车（校车）{cl_tz}；单位价值100万元以上专用设备{sb}。', F))
    doc.para('（四）预算绩效管理情况', **H3)
    doc.para(T('本部门对2023年度全部项目支出开展绩效自评，并选取学生资助补助资金、农村义务教育学生营养改善计划补助资金、薄弱学校改善与能力提升项目资金3个重点项目开展部门评价，涉及资金{jx}，占项目支出的{jx_s}。评价结果显示，项目总体完成情况较好，自评等次均为“优”或“良”。', F))
    doc.para('第三部分　名词解释', **H1)
    for t in ['1.财政拨款收入：指本级财政当年拨付的资金。',
              '2.事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。',
              '3.年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。',
              '4.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。',
              '5.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
              '6.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。']:
        doc.para(t)
    pages = doc.finish()
    for k, v in F.items():
        assert v.used, 'unused fig ' + k
    return doc, pages


# ============================================================================ PDF B
def build_b():
    FB = FILE_B
    F = {}

    def fig(key, num, unit, where, sp=False):
        F[key] = Fig(num, unit, sp=sp, where=where)
        return F[key]

    # summary
    fig('s_cz', '1.23', '亿元', '开头综述 东部财政帮扶资金')
    fig('s_xm', '42', '个', '开头综述 协作项目')
    fig('s_qy', '23', '家', '开头综述 引进东部企业')
    fig('s_tz', '6.85', '亿元', '开头综述 实际到位投资')
    fig('s_jy', '6,245', '人', '开头综述 转移就业')
    fig('s_tp', '3,812', '人', '开头综述 其中脱贫劳动力')
    fig('s_xf', '2.36', '亿元', '开头综述 消费帮扶销售额')
    fig('s_hj', '2.1', '万人', '开头综述 惠及群众（近）')
    fig('s_sr', '14,682', '元', '开头综述 脱贫人口人均纯收入')
    fig('s_g', '12.3', '%', '开头综述 人均纯收入增长')
    # (一)
    fig('hf', '9', '次', '（一）互访对接')
    fig('hf1', '5', '次', '（一）我县赴鄞江区')
    fig('hf2', '4', '次', '（一）鄞江区来青溪')
    fig('lx', '3', '次', '（一）联席会议')
    fig('sx', '17', '项', '（一）重大事项')
    fig('gb_q', '3', '名', '（一）我县选派处级干部')
    fig('rc_q', '26', '名', '（一）我县选派专技人才')
    fig('gb_y', '7', '名', '（一）鄞江选派挂职干部')
    fig('rc_y', '86', '名', '（一）鄞江选派专技人才')
    fig('rc_js', '38', '名', '（一）教师')
    fig('rc_ys', '31', '名', '（一）医生')
    fig('rc_nj', '17', '名', '（一）农技人员')
    fig('zj', '12', '个', '（一）鄞江区镇（街道）')
    fig('xz', '14', '个', '（一）我县乡镇')
    fig('jd_p', '141', '对', '（一）结对数')
    # (二)
    fig('b_cz', '1.23', '亿元', '（二）东部财政帮扶资金')
    fig('b_cz_g', '8.8', '%', '（二）资金增长')
    fig('b_cz1', '8,000', '万元', '（二）浙江省级资金')
    fig('b_cz2', '3,100', '万元', '（二）明州市级资金')
    fig('b_cz3', '1,200', '万元', '（二）鄞江区级资金')
    fig('b_use', '12,300', '万元', '（二）统筹使用资金（如下前的总数）')
    fig('b_xm', '42', '个', '（二）协作项目（如下前的总数）')
    fig('i1n', '18', '个', '(1)产业发展类项目数')
    fig('i1f', '7,150', '万元', '(1)产业发展类资金')
    fig('i2n', '15', '个', '(2)基础设施类项目数')
    fig('i2f', '3,420', '万元', '(2)基础设施类资金')
    fig('i3n', '9', '个', '(3)公共服务和就业帮扶类项目数')
    fig('i3f', '1,630', '万元', '(3)公共服务和就业帮扶类资金')
    fig('b_xm2', '42', '个', '（二）开工项目')
    fig('wg', '38', '个', '（二）已完工')
    fig('wg_r', str(qz(D(38) / D(42) * 100, 1)), '%', '（二）完工率')
    fig('zf_r', '96.7', '%', '（二）资金支付率')
    fig('hj', '20,860', '人', '（二）惠及群众')
    fig('hj_tp', '7,436', '人', '（二）其中脱贫人口和监测对象')
    # (三)
    fig('c_qy', '23', '家', '（三）新引进东部企业')
    fig('c_tz', '6.85', '亿元', '（三）实际到位投资', sp=True)
    fig('c_tz_g', '21.4', '%', '（三）投资增长')
    fig('c_lj_qy', '67', '家', '（三）2021年以来累计引进企业')
    fig('c_lj_tz', '18.6', '亿元', '（三）累计到位投资')
    fig('yq', '1', '个', '（三）共建园区')
    fig('yq_qy', '14', '家', '（三）入驻企业')
    fig('yq_new', '6', '家', '（三）其中2024年新入驻')
    fig('yq_cz', '4.3', '亿元', '（三）园区产值')
    fig('cj', '11', '个', '（三）帮扶车间')
    fig('cj_jy', '1,236', '人', '（三）车间吸纳就业', sp=True)
    fig('cj_tp', '482', '人', '（三）其中脱贫人口')
    fig('cj_gz', '2,650', '元', '（三）人均月工资')
    # (四)
    fig('zz', '6', '个', '（四）劳务协作工作站')
    fig('zph', '28', '场', '（四）招聘会')
    fig('gw', '1.26', '万个', '（四）就业岗位')
    fig('px', '1,865', '人次', '（四）培训')
    fig('px1', '1,120', '人次', '（四）技能培训')
    fig('px2', '745', '人次', '（四）引导性培训')
    fig('d_jy', '6,245', '人', '（四）转移就业')
    fig('d1', '2,318', '人', '（四）到鄞江区及明州市其他区县')
    fig('d2', '3,102', '人', '（四）省内就近就地')
    fig('d3', '736', '人', '（四）其他省份')
    fig('d_tp', '3,812', '人', '（四）脱贫劳动力')
    fig('d_tp_inc', '215', '人', '（四）脱贫劳动力较上年增加')
    fig('zc', '34', '趟', '（四）返岗专车')
    # (五)
    fig('xf_g', '3', '个', '（五）消费帮扶馆')
    fig('xf_zg', '57', '个', '（五）专柜专区')
    fig('zx', '16', '场', '（五）展销活动')
    fig('e_xf', '2.63', '亿元', '（五）销售农特产品')
    fig('e1', '8,460', '万元', '（五）进机关食堂')
    fig('e2', '10,450', '万元', '（五）进商超专柜')
    fig('e3', '7,390', '万元', '（五）线上电商平台')
    fig('hz', '2,300', '元', '（五）户均增收')
    # (六)
    fig('sh', '852.85', '万元', '（六）社会帮扶款物')
    fig('sy_rs', '3,200', '', '（六）受益群众（3,200余人）')
    # 三、targets
    fig('tg_qy', '25', '家', '下一步 引进企业目标')
    fig('tg_tz', '7', '亿元', '下一步 投资目标')
    fig('tg_jy', '6,500', '人', '下一步 转移就业目标')
    fig('tg_tp', '4,000', '人', '下一步 其中脱贫劳动力目标')
    fig('tg_xf', '2.8', '亿元', '下一步 消费帮扶目标')

    TB = [('鄞江区机关企事业单位', '48', '312.60'), ('鄞江区镇（街道）', '14', '186.00'),
          ('东部企业', '52', '247.85'), ('社会组织及爱心人士', '27', '96.40')]
    tb_rows = [(n, Fig(a, '对', cell=True, where='表1 %s 结对数' % n),
                Fig(b, '万元', cell=True, where='表1 %s 捐赠款物' % n)) for n, a, b in TB]
    tb_n = sum(D(a) for _, a, _ in TB)
    tb_m_true = sum(D(b) for _, _, b in TB)
    PLANT_TB = D('10.00')
    tb_tot_n = Fig(str(tb_n), '对', cell=True, where='表1 合计 结对数')
    tb_tot_m = Fig(str(tb_m_true + PLANT_TB), '万元', cell=True, where='表1 合计 捐赠款物')
    assert tb_tot_m.value == F['sh'].value

    # ---------------- breakdowns (document order)
    look(FB, F['s_tp'], '“其中脱贫劳动力”只是转移就业人数的一部分，不是完整分解')
    look(FB, F['s_sr'], '人均纯收入（人均口径），不参与求和')
    look(FB, F['s_g'], '增长率，上年数未印出')
    bsum(FB, F['hf'], [F['hf1'], F['hf2']], '互访对接=我县赴鄞江+鄞江来青溪（联席会议3次为另一句，不计入）')
    bsum(FB, F['rc_y'], [F['rc_js'], F['rc_ys'], F['rc_nj']], '专业技术人才=教师+医生+农技人员')
    bsum(FB, F['b_cz'], [F['b_cz1'], F['b_cz2'], F['b_cz3']], '总数以亿元印、分项以万元印：8,000+3,100+1,200=12,300万元=1.23亿元')
    look(FB, F['b_cz_g'], '增长率，上年数未印出')
    brep(FB, F['s_cz'], F['b_cz'], '综述1.23亿元 vs 正文1.23亿元')
    brep(FB, F['s_cz'], F['b_use'], '综述1.23亿元 vs 正文12,300万元（单位不同，数值相同）')
    brep(FB, F['s_xm'], F['b_xm'], '综述42个 vs 正文42个')
    bsum(FB, F['b_xm'], [F['i1n'], F['i2n'], F['i3n']], '“如下：”后(1)(2)(3)项目个数之和=42个')
    bsum(FB, F['b_use'], [F['i1f'], F['i2f'], F['i3f']],
         'PLANTED: “如下：”前宣布统筹使用资金12,300万元，(1)(2)(3)三行资金7,150+3,420+1,630=12,200万元（差100万元）；项目个数18+15+9=42正确。',
         planted=True)
    brep(FB, F['s_xm'], F['b_xm2'], '综述42个 vs 42个项目全部开工')
    look(FB, F['wg_r'], '完工率=38/42=90.5%，正确（比率，不是分解）')
    look(FB, F['zf_r'], '资金支付率，分子未印出')
    brep(FB, F['s_hj'], F['hj'], '综述“近2.1万人” vs 正文20,860人：2.086万人按综述精度四舍五入为2.1万人，近似数一致', rounding=True)
    look(FB, F['hj_tp'], '“其中脱贫人口和监测对象”是惠及群众的一部分')
    brep(FB, F['s_qy'], F['c_qy'], '综述23家 vs 正文23家')
    brep(FB, F['s_tz'], F['c_tz'], '综述6.85亿元 vs 正文“6.85 亿元”（数字与单位间有空格）')
    look(FB, F['c_tz_g'], '增长率，上年数未印出')
    look(FB, F['c_lj_qy'], '2021年以来累计数，不是本年数（本年23家是其一部分）')
    look(FB, F['c_lj_tz'], '累计到位投资，不是本年数（本年6.85亿元是其一部分）')
    look(FB, F['yq_new'], '“其中2024年新入驻”是入驻企业的一部分')
    look(FB, F['cj_tp'], '“其中脱贫人口”是吸纳就业的一部分')
    look(FB, F['cj_gz'], '人均月工资（人均口径）')
    bsum(FB, F['px'], [F['px1'], F['px2']], '培训人次=技能培训+引导性培训')
    bsum(FB, F['d_jy'], [F['d1'], F['d2'], F['d3']],
         'PLANTED: 跨页段落，“其中：”按去向列出全部三类（协作地/省内/其他省份），2,318+3,102+736=6,156人，与总数6,245人差89人。总数与综述6,245人一致。',
         planted=True)
    brep(FB, F['s_jy'], F['d_jy'], '综述6,245人 vs 正文6,245人')
    brep(FB, F['s_tp'], F['d_tp'], '综述脱贫劳动力3,812人 vs 正文3,812人')
    look(FB, F['d_tp_inc'], '较上年增加数，上年数未印出')
    look(FB, F['gw'], '提供就业岗位（岗位数，不是人数）')
    brep(FB, F['s_xf'], F['e_xf'],
         'PLANTED: 综述“消费帮扶销售农特产品2.36亿元”，正文同一指标印为2.63亿元（数字颠倒，差0.27亿元）。正文其中三项8,460+10,450+7,390=26,300万元=2.63亿元，故综述数有误。',
         planted=True)
    bsum(FB, F['e_xf'], [F['e1'], F['e2'], F['e3']], '亿元总数、万元分项：8,460+10,450+7,390=26,300万元=2.63亿元')
    look(FB, F['hz'], '户均增收（户均口径）')
    bsum(FB, tb_tot_n, [r[1] for r in tb_rows], '表1 合计 结对数=各行')
    bsum(FB, tb_tot_m, [r[2] for r in tb_rows],
         'PLANTED: 表1 合计行捐赠款物印为852.85万元，四行之和为842.85万元（差10.00万元）。正文“852.85万元”与合计行一致；结对数列正确；表无行合计，故此单元格只破坏这一项核对。',
         planted=True)
    brep(FB, F['jd_p'], tb_tot_n, '正文结对141对 vs 表1合计141')
    brep(FB, F['sh'], tb_tot_m, '正文852.85万元 vs 表1合计（一致；错误在合计与分项之间）')
    look(FB, F['sy_rs'], '约数“3,200余人”，不参与核对')
    for k in ('tg_qy', 'tg_tz', 'tg_jy', 'tg_tp', 'tg_xf'):
        look(FB, F[k], '2025年目标数（“以上”），不是本年实绩，不与本年数核对')

    # ---------------- layout (Word export look)
    doc = Doc(os.path.join(OUT, FB), '青溪县2024年东西部协作工作汇报', 14, 27, (79, 74, 74, 72), footer_size=11)
    H1 = dict(size=15, indent=2, align='left', before=4, keep=20)
    H2 = dict(size=14, indent=2, align='left', keep=20)
    doc.y -= 8
    doc.para('青溪县2024年东西部协作工作汇报', size=20, leading=34, indent=0, align='center')
    doc.para('（2024年12月）', size=14, leading=26, indent=0, align='center', after=10)
    doc.para('尊敬的考核组各位领导：', indent=0, align='left')
    doc.para('首先，我代表青溪县委、县政府，对考核组各位领导莅临我县检查指导东西部协作工作表示热烈欢迎！下面，我就我县2024年东西部协作工作开展情况作简要汇报，请予指导。')
    doc.para(T('2024年，我县坚持把东西部协作作为巩固拓展脱贫攻坚成果、全面推进乡村振兴的重要抓手，在明州市鄞江区的倾力支持下，协作各项指标全面完成。全年到位东部财政帮扶资金{s_cz}，实施协作项目{s_xm}；引进东部企业{s_qy}，实际到位投资{s_tz}；组织农村劳动力转移就业{s_jy}，其中脱贫劳动力{s_tp}；消费帮扶销售农特产品{s_xf}；协作项目惠及群众近{s_hj}，全县脱贫人口人均纯收入达到{s_sr}，同比增长{s_g}。', F))
    doc.para('一、主要工作及成效', **H1)
    doc.para('（一）坚持高位推动，协作机制更加健全', **H2)
    doc.para(T('一是高层互访常态化。两地党政主要领导互访对接{hf}，其中我县党政代表团赴鄞江区考察对接{hf1}，鄞江区党政代表团来青溪调研指导{hf2}；召开高层联席会议{lx}，研究解决协作重大事项{sx}。二是干部人才双向交流。我县选派{gb_q}处级干部、{rc_q}专业技术人才到鄞江区挂职学习；鄞江区选派挂职干部{gb_y}、专业技术人才{rc_y}到我县帮扶，其中教师{rc_js}、医生{rc_ys}、农技人员{rc_nj}。三是结对帮扶全覆盖。鄞江区{zj}镇（街道）与我县全部{xz}乡镇建立结对关系，机关单位、企业、社会组织与我县村（社区）结对{jd_p}，实现脱贫村结对帮扶全覆盖。', F))
    doc.para('（二）坚持精准投入，资金项目管理更加规范', **H2)
    doc.para(T('全年到位东部财政帮扶资金{b_cz}，比上年增长{b_cz_g}，其中浙江省级资金{b_cz1}、明州市级资金{b_cz2}、鄞江区级资金{b_cz3}。严格落实“资金跟着项目走、项目跟着规划走”要求，统筹使用东部财政帮扶资金{b_use}，实施协作项目{b_xm}，按项目类别分列如下：', F))
    doc.para(T('(1)产业发展类项目{i1n}，安排资金{i1f}；', F))
    doc.para(T('(2)基础设施类项目{i2n}，安排资金{i2f}；', F))
    doc.para(T('(3)公共服务和就业帮扶类项目{i3n}，安排资金{i3f}。', F))
    doc.para(T('截至目前，{b_xm2}项目全部开工，已完工{wg}，完工率{wg_r}，资金支付率{zf_r}。项目建成后惠及群众{hj}，其中脱贫人口和监测对象{hj_tp}。', F))
    doc.para('（三）坚持产业共兴，协作发展动能更加强劲', **H2)
    doc.para(T('一是招商引资成效明显。依托“鄞江企业+青溪资源”合作模式，新引进东部企业{c_qy}，实际到位投资{c_tz}，比上年增长{c_tz_g}；2021年以来累计引进东部企业{c_lj_qy}，累计到位投资{c_lj_tz}。二是园区共建加快推进。共建青溪—鄞江产业园区{yq}，入驻企业{yq_qy}，其中2024年新入驻{yq_new}，实现产值{yq_cz}。三是帮扶车间提质扩面。新建（改扩建）帮扶车间{cj}，吸纳就业{cj_jy}，其中脱贫人口{cj_tp}，人均月工资{cj_gz}。', F))
    doc.para('（四）坚持稳岗就业，劳务协作更加精准', **H2)
    doc.para(T('坚持把稳岗就业作为群众增收的关键举措，两地共建劳务协作工作站{zz}，举办“春风行动”等专场招聘会{zph}，提供就业岗位{gw}。培训农村劳动力{px}，其中技能培训{px1}、引导性培训{px2}。全年组织农村劳动力转移就业{d_jy}，其中：到鄞江区及明州市其他区县就业{d1}，在省内就近就地就业{d2}，到其他省份就业{d3}。转移就业人员中，脱贫劳动力{d_tp}，较上年增加{d_tp_inc}。对到鄞江区务工人员落实交通补助和稳岗补贴，开通“点对点”返岗专车{zc}，务工人员稳岗率保持在90%以上。', F))
    doc.para('（五）坚持以购代捐，消费帮扶更加有力', **H2)
    doc.para(T('依托“青溪好物”区域公用品牌，在鄞江区设立消费帮扶馆{xf_g}、专柜专区{xf_zg}，组织企业参加东部展销活动{zx}。全年通过东西部协作渠道销售我县农特产品{e_xf}，其中：进机关食堂{e1}、进商超专柜{e2}、线上电商平台{e3}，带动脱贫户户均增收{hz}。', F))
    doc.para('（六）坚持社会参与，社会帮扶更加广泛', **H2)
    doc.para(T('广泛动员鄞江区机关企事业单位、企业和社会组织参与帮扶，全年接受社会帮扶款物{sh}，各类帮扶主体结对及捐赠情况如下表：', F))
    hdr = [[C('帮扶主体', 'c'), C('结对数（对）', 'c'), C('捐赠款物（万元）', 'c')]]
    rows = [[C(n), C(a, 'c'), C(b, 'r')] for n, a, b in tb_rows]
    rows.append([C('合计', 'c'), C(tb_tot_n, 'c'), C(tb_tot_m, 'r')])
    doc.table('表1', [200, 110, 130], hdr, rows, size=12, rh=23,
              caption='表1　2024年社会帮扶结对及捐赠情况', cap_size=13, before=4, after=6)
    doc.para(T('社会帮扶款物主要用于困难群众帮扶、助学助医和村级公益设施建设，受益群众{sy_rs}余人。', F))
    doc.para('二、存在的问题', **H1)
    doc.para('一是产业协作层次有待提升。落地企业以农产品初加工和劳动密集型产业为主，精深加工和链主型企业偏少，带动能力有待增强。二是劳务协作稳定性不够。部分务工人员技能水平偏低，到东部务工稳岗时间较短，返乡回流现象时有发生。三是消费帮扶市场化程度不高。农特产品标准化、品牌化水平不高，对机关食堂等渠道依赖较大，线上销售占比偏低。')
    doc.para('三、下一步工作打算', **H1)
    doc.para(T('2025年，我县将继续深化与鄞江区的协作，重点抓好以下工作：一是深化产业协作，力争引进东部企业{tg_qy}以上、实际到位投资{tg_tz}以上；二是深化劳务协作，力争组织农村劳动力转移就业{tg_jy}以上，其中脱贫劳动力{tg_tp}以上；三是深化消费协作，力争全年消费帮扶销售农特产品{tg_xf}以上；四是深化人才交流，推动更多教育、医疗、农技人才“组团式”帮扶，为推动两地协作走深走实作出新的更大贡献。', F))
    doc.para('以上汇报，不妥之处，请各位领导批评指正。')
    pages = doc.finish()
    for k, v in F.items():
        assert v.used, 'unused fig ' + k
    return doc, pages


# ============================================================================ main
def main():
    doc_a, pages_a = build_a()
    doc_b, pages_b = build_b()
    files = [FILE_A, FILE_B]
    for b in BDS:
        for f in [b.total] + b.parts:
            assert f.used and f.page is not None, f.where
    BDS.sort(key=lambda b: (files.index(b.file), b.total.page, b.seq))
    out = []
    for i, b in enumerate(BDS, 1):
        b.id = 'W%02d' % i
    # layout facts the notes rely on
    for b in BDS:
        if b.planted and b.total.where in ('表2 20502 普通教育 决算数', '（四）转移就业'):
            pp = [p.page for p in b.parts]
            assert b.total.page == pp[0] and pp[1] == pp[0] and pp[-1] == pp[0] + 1, (b.total.where, pp)
    for b in BDS:
        ps, diff = b.evaluate()
        assert (diff != 0) == b.planted, (b.id, b.note, ps, diff)
        out.append({
            'file': b.file,
            'id': b.id,
            'kind': 'planted' if b.planted else 'genuine',
            'check': b.check,
            'total': b.total.printed(),
            'total_where': b.total.where,
            'parts': [p.printed() for p in b.parts],
            'parts_where': [p.where for p in b.parts],
            'unit': b.total.unit,
            'pdf_page': b.total.page,
            'parts_pages': [p.page for p in b.parts],
            'parts_sum': dstr(ps),
            'difference': dstr(diff),
            'note': b.note,
        })
    looks = [{'file': f, 'printed': g.printed(), 'where': g.where, 'pdf_page': g.page, 'why_not_an_error': r}
             for f, g, r in LOOK]
    res = {
        'files': [{'file': FILE_A, 'pages': pages_a}, {'file': FILE_B, 'pages': pages_b}],
        'conventions': ('difference = total − parts_sum, in the unit of total. sum/balance: parts converted to '
                        'the total\'s unit and added. repeat: the later printing converted to the first printing\'s '
                        'unit (rounded to its precision only where rounding is noted). share: parts=[numerator, '
                        'denominator], parts_sum = numerator/denominator×100 rounded to the printed precision. '
                        'Hierarchical tables are checked against immediate children as printed. pdf_page is 1-based '
                        'and is the page of the total; parts_pages gives each part\'s page.'),
        'breakdowns': out,
        'lookalikes_not_breakdowns': looks,
    }
    with open(os.path.join(OUT, 'expected.json'), 'w', encoding='utf-8') as fh:
        json.dump(res, fh, ensure_ascii=False, indent=1)
    # diagnostics
    for d, p in ((doc_a, pages_a), (doc_b, pages_b)):
        print(os.path.basename(d.path), 'pages', p, 'maxgap %.2f' % d.maxgap,
              'splits', d.table_splits, 'unit_breaks', d.unit_breaks)
    n_pl = sum(1 for b in out if b['kind'] == 'planted')
    print('breakdowns', len(out), 'planted', n_pl, 'genuine', len(out) - n_pl, 'lookalikes', len(looks))
    for b in out:
        if b['kind'] == 'planted':
            print(b['id'], b['file'][:8], 'p%d' % b['pdf_page'], b['parts_pages'], b['check'], b['total'],
                  b['parts_sum'], b['difference'])

if __name__ == '__main__':
    main()
