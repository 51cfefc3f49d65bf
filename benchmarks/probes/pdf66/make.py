# -*- coding: utf-8 -*-
"""Blind test probe generator: two county-government report PDFs + expected.json.

Every printed figure is a Fig built from a Decimal; the page each Fig lands on
is recorded by the layout engine while drawing.  Deterministic (no randomness).
"""
import json
import os
import re
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_FLOOR

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_PATH = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
pdfmetrics.registerFont(TTFont('ZH', FONT_PATH, subfontIndex=0))
pdfmetrics.registerFont(TTFont('ZHM', FONT_PATH, subfontIndex=1))  # mono variant

PAGE_W, PAGE_H = A4
LM, RM = 72, 70
TOP, BOTTOM = PAGE_H - 74, 78
TEXT_W = PAGE_W - LM - RM
BODY = 14.0
LEAD = 25.0

CONV = {('亿元', '万元'): D(10000), ('万元', '万元'): D(1)}


# ----------------------------------------------------------------- figures
class Fig:
    def __init__(self, key, val, unit='', label='', comma=True, mu=None, places=None):
        self.key = key
        self.val = D(val) if not isinstance(val, D) else val
        if places is None:
            places = max(0, -self.val.as_tuple().exponent)
        q = self.val.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)
        assert q == self.val, (key, val, places)
        self.val = q
        spec = (',' if comma else '') + '.%df' % places
        self.num = format(q, spec)
        self.unit = unit
        self.mu = mu if mu is not None else unit
        self.label = label
        self.page = None

    @property
    def text(self):
        return self.num + self.unit

    def conv(self, target):
        if not target or self.mu == target:
            return self.val
        return self.val * CONV[(self.mu, target)]


class Figs(dict):
    def add(self, key, val, unit='', label='', **kw):
        assert key not in self, key
        self[key] = Fig(key, val, unit, label, **kw)
        return self[key]


def shares_lr(vals, places=1):
    """Largest-remainder percentages that add to exactly 100."""
    tot = sum(vals)
    q = D(1).scaleb(-places)
    raw = [v * 100 / tot for v in vals]
    fl = [r.quantize(q, rounding=ROUND_FLOOR) for r in raw]
    short = int(((D(100) - sum(fl)) / q).to_integral_value())
    order = sorted(range(len(vals)), key=lambda i: (-(raw[i] - fl[i]), i))
    for i in order[:short]:
        fl[i] += q
    assert sum(fl) == 100
    return fl


def rate(a, b, places=2):
    return (a * 100 / b).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


# ----------------------------------------------------------------- layout
CLOSE = set('，。、；：？！）》」』”’%…·')
OPEN = set('（《「『“‘')
ASCII_RUN = re.compile(r'[A-Za-z0-9.\-+/:·]')


class Atom:
    __slots__ = ('t', 'figs')

    def __init__(self, t, figs=None):
        self.t = t
        self.figs = list(figs or [])


def parse(tmpl, figs):
    parts = re.split(r'\{(\w+)\}', tmpl)
    segs = []
    for i, p in enumerate(parts):
        if i % 2:
            segs.append(figs[p])
        elif p:
            segs.append(p)
    return segs


def atoms_of(segs):
    atoms = []
    for s in segs:
        if isinstance(s, Fig):
            atoms.append(Atom(s.num, [s.key]))
            for ch in s.unit:
                atoms.append(Atom(ch))
        else:
            buf = ''
            for ch in s:
                if ASCII_RUN.match(ch):
                    buf += ch
                    continue
                if buf:
                    atoms.append(Atom(buf))
                    buf = ''
                atoms.append(Atom(ch))
            if buf:
                atoms.append(Atom(buf))
    out = []
    for a in atoms:
        if out and (a.t[0] in CLOSE or out[-1].t[-1] in OPEN):
            out[-1].t += a.t
            out[-1].figs += a.figs
        else:
            out.append(a)
    return out


class Doc:
    def __init__(self, path, figs):
        self.path = path
        self.figs = figs
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle(os.path.basename(path))
        self.page = 1
        self.y = TOP
        self.log = []  # (page, kind, info)

    # -- page handling
    def footer(self):
        c = self.c
        c.setFont('ZH', 12)
        s = '— %d —' % self.page
        c.drawCentredString(PAGE_W / 2, 44, s)

    def newpage(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = TOP

    def ensure(self, h):
        if self.y - h < BOTTOM:
            self.newpage()

    def mark(self, keys):
        for k in keys:
            f = self.figs[k]
            assert f.page is None, 'figure drawn twice: ' + k
            f.page = self.page

    def text(self, x, y, s, font='ZH', size=BODY, bold=False, align='l'):
        c = self.c
        w = pdfmetrics.stringWidth(s, font, size)
        if align == 'c':
            x = x - w / 2
        elif align == 'r':
            x = x - w
        t = c.beginText(x, y)
        t.setFont(font, size)
        if bold:
            c.saveState()           # Tr/line width are graphics state: restore after
            c.setLineWidth(0.35)
            t.setTextRenderMode(2)
        t.textOut(s)
        c.drawText(t)
        if bold:
            c.restoreState()
        return w

    # -- flowing text
    def wrap(self, atoms, width, first_indent, size):
        lines = []
        cur, w = [], first_indent
        for a in atoms:
            aw = pdfmetrics.stringWidth(a.t, 'ZH', size)
            lim = width
            if cur and w + aw > lim:
                lines.append(cur)
                cur, w = [], 0
            cur.append(a)
            w += aw
        if cur:
            lines.append(cur)
        return lines

    def para(self, tmpl, indent=2, size=BODY, lead=LEAD, bold_prefix=None, keep=1, align='l'):
        segs = parse(tmpl, self.figs)
        atoms = atoms_of(segs)
        nb = 0
        if bold_prefix:
            # the first len(bold_prefix) characters are drawn bold (inline heading)
            nb = len(bold_prefix)
            assert tmpl.startswith(bold_prefix)
        lines = self.wrap(atoms, TEXT_W, indent * size, size)
        self.ensure(lead * min(keep, len(lines)))
        drawn_chars = 0
        for i, ln in enumerate(lines):
            self.ensure(lead)
            x = LM + (indent * size if i == 0 else 0)
            y = self.y - size
            s = ''.join(a.t for a in ln)
            if align == 'c':
                self.text(PAGE_W / 2, y, s, size=size, align='c')
            elif nb > drawn_chars:
                k = min(len(s), nb - drawn_chars)
                w = self.text(x, y, s[:k], size=size, bold=True)
                self.text(x + w, y, s[k:], size=size)
            else:
                self.text(x, y, s, size=size)
            drawn_chars += len(s)
            for a in ln:
                self.mark(a.figs)
            self.y -= lead

    def heading(self, s, level=1):
        size = BODY if level > 0 else 20
        self.ensure(LEAD * 3)
        if level == 0:
            for part in s.split('\n'):
                self.para(part, indent=0, size=20, lead=34, align='c')
            return
        y = self.y - size
        self.text(LM + 2 * size, y, s, size=size, bold=(level == 1))
        self.y -= LEAD

    def gap(self, h):
        self.y -= h

    # -- ruled table
    def table(self, title, unit_note, headers, rows, widths, aligns, cont_title,
              outer_lr=True, size=10.5, rh=21, total_rows=(), keep_together=False):
        tw = sum(widths)
        x0 = LM + (TEXT_W - tw) / 2
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        need = 26 + 18 + rh * (len(rows) + 1 if keep_together else 4)
        self.ensure(need)
        c = self.c
        parts = []

        def title_block(t):
            self.text(PAGE_W / 2 if t == title else LM, self.y - 12, t, size=12,
                      bold=(t == title), align='c' if t == title else 'l')
            self.y -= 22
            if unit_note:
                self.text(xs[-1], self.y - 10, unit_note, size=10, align='r')
                self.y -= 16

        def hline(y, lw):
            c.setLineWidth(lw)
            c.line(xs[0], y, xs[-1], y)

        def vlines(ytop, ybot):
            c.setLineWidth(0.6)
            rng = xs if outer_lr else xs[1:-1]
            for x in rng:
                c.line(x, ytop, x, ybot)

        def draw_row(cells, header=False):
            ytop = self.y
            hline(ytop, 1.2 if header else 0.6)
            base = ytop - rh + (rh - size) / 2 + 2
            for i, cell in enumerate(cells):
                if isinstance(cell, Fig):
                    s = cell.num
                    self.mark([cell.key])
                else:
                    s = cell
                al = 'c' if header else aligns[i]
                if al == 'c':
                    self.text((xs[i] + xs[i + 1]) / 2, base, s, size=size, align='c', bold=header)
                elif al == 'r':
                    self.text(xs[i + 1] - 5, base, s, size=size, align='r')
                else:
                    self.text(xs[i] + 5, base, s, size=size)
            vlines(ytop, ytop - rh)
            self.y -= rh

        title_block(title)
        draw_row(headers, header=True)
        hline(self.y, 0.9)
        part_pages = [self.page]
        for r in rows:
            if self.y - rh < BOTTOM:
                hline(self.y, 1.2)
                self.newpage()
                part_pages.append(self.page)
                title_block(cont_title)
                draw_row(headers, header=True)
                hline(self.y, 0.9)
            draw_row(r)
        hline(self.y, 1.2)
        self.y -= 12
        return part_pages

    # -- unruled table, columns aligned with spaces in a monospaced face
    def space_table(self, title, head_lines, rows, widths, aligns, size=10.5, lead=17):
        def cw(s):
            return sum(2 if ord(ch) > 0x2000 else 1 for ch in s)

        def fmt_line(cells):
            out = ''
            for i, cell in enumerate(cells):
                s = cell.num if isinstance(cell, Fig) else cell
                pad = widths[i] - cw(s)
                assert pad >= 0, (s, widths[i])
                out += (s + ' ' * pad) if aligns[i] == 'l' else (' ' * pad + s)
            return out

        total_hw = sum(widths)
        x0 = LM + (TEXT_W - total_hw * size / 2) / 2
        self.ensure(30 + lead * (len(head_lines) + len(rows) + 1))
        self.text(PAGE_W / 2, self.y - 12, title, size=12, bold=True, align='c')
        self.y -= 28
        for h in head_lines:
            self.text(x0, self.y - size, fmt_line(h), font='ZHM', size=size)
            self.y -= lead
        self.y -= 4
        pages = []
        for r in rows:
            self.text(x0, self.y - size, fmt_line(r), font='ZHM', size=size)
            self.mark([c.key for c in r if isinstance(c, Fig)])
            pages.append(self.page)
            self.y -= lead
        self.y -= 10
        return pages

    def finish(self):
        self.footer()
        self.c.save()
        missing = [k for k, f in self.figs.items() if f.page is None]
        assert not missing, missing
        return self.page


# ----------------------------------------------------------------- breakdown bookkeeping
class Book:
    def __init__(self, fname, prefix, figs):
        self.fname, self.prefix, self.figs = fname, prefix, figs
        self.items = []
        self.looks = []

    def _id(self):
        return '%s%02d' % (self.prefix, len(self.items) + 1)

    def add(self, check, total, parts, unit, note='', signs=None, kind=None, planted_note=None):
        F = self.figs
        tf = F[total] if total != '100%' else None
        pf = [F[p] for p in parts]
        if check == 'share':
            tot = D(100)
            psum = sum(p.val for p in pf)
        elif check == 'repeat':
            tot = tf.conv(unit)
            psum = pf[0].conv(unit)
        else:
            tot = tf.conv(unit)
            sg = signs or ['+'] * len(pf)
            psum = sum((p.conv(unit) if s == '+' else -p.conv(unit)) for p, s in zip(pf, sg))
        diff = tot - psum
        k = 'genuine' if diff == 0 else 'planted'
        if kind is not None:
            assert kind == k, (total, kind, diff)
        rec = {
            'file': self.fname, 'id': self._id(), 'kind': k, 'check': check,
            'total': '100%' if tf is None else tf.text,
            'total_where': '合计（占比之和）' if tf is None else tf.label,
            'parts': [p.text for p in pf],
            'parts_where': [p.label for p in pf],
            'unit': unit,
            'pdf_page': (pf[0].page if tf is None else tf.page),
            'parts_pages': [p.page for p in pf],
            'parts_sum': str(psum),
            'difference': str(diff),
            'note': note if k == 'genuine' else (planted_note or note),
        }
        if check == 'balance':
            rec['parts_signs'] = signs
        if check == 'share':
            rec['pdf_page'] = pf[0].page
        self.items.append(rec)
        return rec

    def look(self, key, text, why):
        t = text
        for k in re.findall(r'\{(\w+)\}', text):
            t = t.replace('{%s}' % k, self.figs[k].text)
        self.looks.append({'file': self.fname, 'pdf_page': self.figs[key].page, 'text': t, 'why': why})


# ================================================================= FILE A
def build_A(path):
    F = Figs()
    a = F.add
    fname = os.path.basename(path)

    # ---- funds by category (万元)
    cats = [('f1', '产业发展类', '6482'), ('f2', '乡村建设类', '2215'), ('f3', '劳务协作类', '1136'),
            ('f4', '教育医疗帮扶类', '1684'), ('f5', '人才交流及其他类', '868')]
    fund_total = sum(D(v) for _, _, v in cats)
    fund_prev = D('11260')
    srcs = [('fs1', '浙江省级资金', '3200'), ('fs2', '明州市级资金', '4150')]
    srcs.append(('fs3', '鄞海区级资金', str(fund_total - sum(D(v) for _, _, v in srcs))))
    shares = shares_lr([D(v) for _, _, v in cats])
    paid_all = D('11652.40')
    # summary
    a('s_fund', fund_total, '万元', '总体情况：财政援助资金')
    a('s_rate1', '100', '%', '资金到位率')
    lab_parts = [('lab1', '到浙江省就业', '1246'), ('lab2', '到其他省份就业', '1587'), ('lab3', '省内就近就地就业', '2548')]
    lab_total = sum(D(v) for _, _, v in lab_parts)
    a('s_lab', D('5318'), '人', '总体情况：转移就业人数')  # PLANTED: body says 5,381
    assert lab_total == D('5381')
    cons_buy, cons_help = D('12460'), D('9340')
    cons_total = cons_buy + cons_help
    a('s_cons', cons_total / 10000, '亿元', '总体情况：消费帮扶销售额')
    tal = [('t_in_cad', '鄞海区选派党政干部', '12'), ('t_in_pro', '鄞海区选派专业技术人才', '186'),
           ('t_out_cad', '我县选派党政干部', '15'), ('t_out_pro', '我县选派专业技术人才', '214')]
    tal_total = sum(D(v) for _, _, v in tal)
    a('s_tal', tal_total, '人', '总体情况：互派干部人才')
    pairs = [('pr1', '镇乡结对', '12'), ('pr2', '村村结对', '45'), ('pr3', '村企结对', '22'), ('pr4', '社会组织结对帮扶村', '7')]
    pair_total = sum(D(v) for _, _, v in pairs)
    a('s_pair', pair_total, '对', '总体情况：新增结对')
    inv = D('6.85')
    a('s_inv', inv, '亿元', '总体情况：实际到位投资')
    projs = [('p1', '产业发展项目', '26'), ('p2', '乡村建设项目', '14'), ('p3', '劳务协作项目', '7'),
             ('p4', '教育医疗帮扶项目', '8'), ('p5', '人才交流及其他项目', '3')]
    proj_total = sum(D(v) for _, _, v in projs)
    a('s_proj', proj_total, '个', '总体情况：协作项目数')
    a('n_task', '32', '项', '')

    # (一) organisation
    a('n_meet', '14', '次', '专题研究次数')
    a('n_meet_a', '6', '次', '县委常委会会议')
    a('n_meet_b', '8', '次', '县政府常务会议')
    a('n_visit', '11', '次', '两地党政领导互访对接')
    a('n_visit_a', '4', '次', '主要领导互访')
    a('n_visit_b', '7', '次', '分管领导互访')
    a('n_joint', '3', '次', '')
    a('n_agree', '6', '份', '')
    a('n_spec', '5', '个', '')

    # (二) funds
    a('fund_total', fund_total, '万元', '下达财政援助资金')
    a('fund_incr', fund_total - fund_prev, '万元', '较上年增加')
    for k, l, v in cats:
        a(k, v, '万元', l)
    for k, l, v in srcs:
        a(k, v, '万元', l)
    for i, (k, l, v) in enumerate(cats):
        a('sh%d' % (i + 1), shares[i], '%', l + '占比')
    a('f3b', '1136', '万元', '劳务协作类资金（再述）')
    f3p = [('f3_1', '职业技能培训补助', '318'), ('f3_2', '稳岗就业及一次性交通补助', '527'),
           ('f3_3', '劳务工作站运营经费', '290')]   # sum 1,135 -> PLANTED total 1 off
    for k, l, v in f3p:
        a(k, v, '万元', l)
    a('fund_total2', fund_total, '万元', '到位资金')
    a('paid', paid_all, '万元', '已拨付')
    a('remain', fund_total - paid_all, '万元', '下余')
    a('pay_rate', rate(paid_all, fund_total), '%', '资金拨付率')
    a('carry', D('286.50'), '万元', '2023年度结转资金')

    a('proj_total', proj_total, '个', '实施项目总数')
    for k, l, v in projs:
        a(k, v, '个', l)
    a('p_done', '41', '个', '已完工')
    a('p_doing', proj_total - 41, '个', '在建')
    a('p_reserve', '63', '个', '')
    a('n_key', '20', '个', '')
    a('chk_n', '4', '轮次', '')
    a('chk_prob', '23', '个', '')
    a('p_start', '100', '%', '')

    # Table 1 rows: name, fund, paid (万元)
    T1 = [
        ('清溪县高山茶叶标准化基地提升项目', '850.00', '850.00'),
        ('鄞海·清溪食用菌产业园二期建设项目', '1200.00', '1086.50'),
        ('生态畜禽养殖小区配套设施项目', '620.00', '620.00'),
        ('精品水果冷链物流中心建设项目', '780.00', '702.40'),
        ('农产品初加工及仓储设施项目', '560.00', '498.30'),
        ('中药材种苗繁育基地建设项目', '430.00', '430.00'),
        ('东西部协作帮扶车间建设项目', '360.00', '341.20'),
        ('乡村振兴示范村人居环境整治项目', '680.00', '612.80'),
        ('山区产业路及机耕道建设项目', '540.00', '540.00'),
        ('农村供水保障提升项目', '415.00', '388.60'),
        ('易地搬迁安置点后续扶持项目', '390.00', '390.00'),
        ('劳务协作技能培训及输出项目', '296.00', '296.00'),
        ('县域医共体服务能力提升项目', '460.00', '425.70'),
        ('乡村学校教学设施改善项目', '520.00', '520.00'),
        ('远程医疗与教育信息化项目', '280.00', '254.90'),
        ('乡村工匠及致富带头人培育项目', '150.00', '150.00'),
        ('消费帮扶展销中心建设项目', '240.00', '216.00'),
        ('红色研学及乡村旅游配套项目', '356.00', '318.40'),
        ('村级集体经济发展项目', '600.00', '600.00'),
        ('农村电商服务站点提升项目', '185.00', '168.20'),
    ]
    PLANT_ROW = 6  # row 7: paid printed 251.20, 合计 still built from 341.20
    t1_fund = sum(D(r[1]) for r in T1)
    t1_paid_true = sum(D(r[2]) for r in T1)
    t1_rows = []
    for i, (nm, fd, pd) in enumerate(T1):
        pd_print = D(pd) - D('90.00') if i == PLANT_ROW else D(pd)
        a('t1f%02d' % (i + 1), D(fd), '', '表1 %s 协作资金' % nm, mu='万元')
        a('t1p%02d' % (i + 1), pd_print, '', '表1 %s 已拨付' % nm, mu='万元')
        a('t1r%02d' % (i + 1), rate(pd_print, D(fd)), '', '表1 %s 拨付率' % nm, mu='%')
        t1_rows.append([str(i + 1), nm, F['t1f%02d' % (i + 1)], F['t1p%02d' % (i + 1)], F['t1r%02d' % (i + 1)]])
    a('t1f_tot', t1_fund, '', '表1 合计 协作资金', mu='万元')
    a('t1p_tot', t1_paid_true, '', '表1 合计 已拨付', mu='万元')
    a('t1r_tot', rate(t1_paid_true, t1_fund), '', '表1 合计 拨付率', mu='%')
    t1_rows.append(['', '合计', F['t1f_tot'], F['t1p_tot'], F['t1r_tot']])
    a('key_fund', t1_fund, '万元', '正文：重点项目协作资金')
    a('key_paid', t1_paid_true, '万元', '正文：重点项目已拨付')
    a('bring', '1.6', '万余名', '')
    a('bring_inc', '1860', '元', '')

    # (三) labour
    a('n_station', '4', '个', '')
    a('n_station_b', '21', '个', '')
    a('jf_total', '35', '场', '专场招聘会')
    a('jf_on', '14', '场', '线上招聘会')
    a('jf_off', '21', '场', '线下招聘会')
    a('jobs', '1.26', '万个', '')
    a('intent', '2100', '余人', '')
    a('lab_total', lab_total, '人', '正文：转移就业人数')
    for k, l, v in lab_parts:
        a(k, v, '人', l)
    a('lab_poor', '3214', '人', '转移就业中的脱贫劳动力')
    a('lab_female', '2436', '人', '转移就业中的女性')
    a('lab_young', '78.6', '%', '')
    lp = [('lp1', '脱贫劳动力到浙江省就业', '612'), ('lp2', '脱贫劳动力到其他省份就业', '893'),
          ('lp3', '脱贫劳动力省内就业', '1709')]
    assert sum(D(v) for _, _, v in lp) == D('3214')
    a('lab_poor2', '3214', '人', '帮助脱贫劳动力转移就业')
    for k, l, v in lp:
        a(k, v, '人', l)
    a('ws_new', '9', '个', '')
    a('ws_cum', '37', '个', '累计帮扶车间')
    a('ws_emp', '1480', '人', '帮扶车间吸纳就业')
    a('ws_poor', '612', '人', '帮扶车间吸纳脱贫劳动力')
    a('tr_batch', '64', '期', '')
    tr = [('tr1', '引导性培训', '1120'), ('tr2', '职业技能培训', '1755')]
    a('tr_total', sum(D(v) for _, _, v in tr), '人次', '技能培训人次')
    for k, l, v in tr:
        a(k, v, '人次', l)
    a('tr_poor', '1932', '人次', '培训脱贫人口')
    a('tr_emp', '1406', '人', '培训后实现就业')

    # (四) consumption
    a('cons_total', cons_total, '万元', '正文：消费帮扶销售额')
    a('cons_prev', '1.84', '亿元', '上年销售额')
    a('cons_growth', rate(cons_total - D('18400'), D('18400'), 1), '%', '同比增长')
    a('cons_buy', cons_buy, '万元', '东部地区采购')
    a('cons_help', cons_help, '万元', '帮助销售')
    cp = [('c1', '茶叶', '6820'), ('c2', '食用菌', '4935'), ('c3', '精品水果', '3680'), ('c4', '生态畜禽产品', '4216')]
    cp.append(('c5', '中药材及其他', str(cons_total - sum(D(v) for _, _, v in cp))))
    for k, l, v in cp:
        a(k, v, '万元', l)
    chs = [('ch1', '东部机关企事业单位采购占比', '48.2'), ('ch2', '电商平台销售占比', '27.5'),
           ('ch3', '消费帮扶专馆专柜专区销售占比', '16.3'), ('ch4', '其他渠道占比', '8.6')]  # PLANTED 100.6
    for k, l, v in chs:
        a(k, v, '%', l)
    a('sh_g', '3', '个', '')
    a('sh_c', '28', '个', '')
    a('sh_z', '15', '个', '')
    a('flag', '1200', '万元', '')
    a('base', '16', '个', '')
    a('benef', '2.3', '万余名', '')

    # (五) talent
    a('tal_total', tal_total, '人', '正文：互派干部人才')
    for k, l, v in tal:
        a(k, v, '人', l)
    tin = [('t_in_e', '来清溪专技人才-教育', '82'), ('t_in_m', '来清溪专技人才-医疗', '71'), ('t_in_a', '来清溪专技人才-农业', '33')]
    tout = [('t_out_e', '赴鄞海专技人才-教育', '96'), ('t_out_m', '赴鄞海专技人才-医疗', '84'),
            ('t_out_a', '赴鄞海专技人才-农业及其他', '34')]
    for k, l, v in tin + tout:
        a(k, v, '人', l)
    bats = [('b1', 'pc1', '教育系统', '11', '84'), ('b2', 'pc2', '医疗卫生系统', '9', '72'),
            ('b3', 'pc3', '农业农村系统', '6', '37')]
    a('bat_total', sum(D(x[3]) for x in bats), '批', '跟岗学习批次')
    a('pc_total', sum(D(x[4]) for x in bats), '人次', '跟岗学习人次')
    for kb, kp, l, vb, vp in bats:
        a(kb, vb, '批', l + '批次')
        a(kp, vp, '人次', l + '人次')
    a('tr_cad', '1420', '人次', '培训党政干部')
    a('tr_pro', '3265', '人次', '培训专业技术人才')
    a('tr_cadpro', D('1420') + D('3265'), '人次', '培训共计')
    a('sup_short', '68', '人次', '')
    a('tal_cum', '1236', '人次', '累计互派')

    # (六) pairing
    a('pair_total', pair_total, '对', '正文：新增结对')
    for k, l, v in pairs:
        a(k, v, '对', l)
    a('pair_cum', '312', '对', '累计结对')
    a('n_town', '12', '个', '')
    a('n_vil', '65', '个', '')
    a('sch', '36', '对', '学校结对')
    a('hos', '18', '对', '医院结对')
    a('sch_hos', D('54'), '对', '学校医院新增结对')
    a('soc_cash', '782.6', '万元', '捐款')
    a('soc_goods', '281.7', '万元', '捐物折款')
    a('soc_total', D('782.6') + D('281.7'), '万元', '社会帮扶款物')

    # (七) industry
    a('ent_n', '18', '家', '落地东部企业')
    a('ent_yh', '11', '家', '其中鄞海区企业')
    a('inv', inv, '亿元', '正文：实际到位投资')
    a('inv_target', '5', '亿元', '年度目标')
    a('inv_pct', rate(inv, D(5), 1), '%', '完成率')
    a('park', '2', '个', '')
    a('park_ent', '23', '家', '')
    a('park_job', '1265', '人', '')

    # 下一步
    a('plan_fund', '1.2', '亿元', '')
    a('plan_lab', '5000', '人', '')
    a('plan_cons', '2.3', '亿元', '')

    # ------------------------------------------------------------- layout
    d = Doc(path, F)
    d.heading('清溪县关于2024年度东西部协作工作情况的汇报', 0)
    d.para('（2024年12月16日）', indent=0, align='c')
    d.gap(6)
    d.para('尊敬的考核组各位领导：', indent=0)
    d.para('首先，我代表清溪县委、县人民政府，对考核组各位领导莅临我县检查指导东西部协作工作表示热烈欢迎！对明州市鄞海区长期以来给予清溪的倾情帮扶和无私支持表示衷心感谢！下面，我就清溪县2024年度东西部协作工作情况汇报如下，请予审议。')
    d.heading('一、总体情况')
    d.para('2024年，清溪县坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实习近平总书记关于东西部协作的重要指示精神，严格对照国家东西部协作考核评价指标和两地年度协作协议，聚焦巩固拓展脱贫攻坚成果同乡村振兴有效衔接，与明州市鄞海区携手推动协作由“输血式”帮扶向“造血式”共建转变，各项工作取得明显成效。全年共争取鄞海区财政援助资金{s_fund}，实施协作项目{s_proj}，资金到位率{s_rate1}；帮助农村劳动力转移就业{s_lab}，通过东西部协作渠道销售我县农特产品{s_cons}；两地互派党政干部和专业技术人才{s_tal}，新增各类结对{s_pair}；引导东部企业到我县投资兴业，实际到位投资{s_inv}。截至目前，两地协作协议明确的{n_task}年度任务已全部完成，其中多项指标超额完成。')
    d.heading('二、主要工作开展情况')
    d.heading('（一）坚持高位推动，组织保障更加有力', 2)
    d.para('县委、县政府始终把东西部协作作为重大政治任务和推动高质量发展的重要抓手，成立由县委书记、县长任“双组长”的东西部协作工作领导小组，下设综合协调、产业合作、劳务协作、消费帮扶、人才交流{n_spec}工作专班，建立“周调度、月通报、季考核”工作机制。全年召开县委常委会会议、县政府常务会议专题研究东西部协作工作{n_meet}，其中县委常委会会议{n_meet_a}、县政府常务会议{n_meet_b}；两地党政领导互访对接{n_visit}，其中主要领导互访{n_visit_a}、分管领导互访{n_visit_b}，召开两地联席会议{n_joint}，签订年度协作协议及产业合作、劳务协作等专项协议{n_agree}，两地协作的组织体系、责任体系和工作体系进一步完善。')
    d.heading('（二）坚持精准投放，资金项目管理更加规范', 2)
    d.para('1.资金到位情况。2024年，鄞海区共下达我县财政援助资金{fund_total}，较上年增加{fund_incr}，其中产业发展类{f1}、乡村建设类{f2}、劳务协作类{f3}、教育医疗帮扶类{f4}、人才交流及其他类{f5}。从资金来源看，浙江省级资金{fs1}、明州市级资金{fs2}、鄞海区级资金{fs3}。从资金投向看，产业发展类资金占{sh1}，乡村建设类占{sh2}，劳务协作类占{sh3}，教育医疗帮扶类占{sh4}，人才交流及其他类占{sh5}，资金向产业发展和联农带农倾斜的导向更加鲜明。劳务协作类资金{f3b}中，安排职业技能培训补助{f3_1}、稳岗就业及一次性交通补助{f3_2}、劳务工作站运营经费{f3_3}，重点支持脱贫劳动力稳岗就业。', bold_prefix='1.资金到位情况。')
    d.para('2.资金拨付情况。我县严格执行东西部协作财政援助资金管理办法，实行专户管理、封闭运行、按进度拨付，全面推行项目资金县级报账制。截至2024年11月30日，鄞海区下达我县的财政援助资金{fund_total2}已全部到位，已拨付{paid}，下余{remain}，资金拨付率{pay_rate}；下余资金主要为项目质保金及尚未完成竣工验收的项目尾款，预计12月底前全部拨付到位。2023年度结转资金{carry}已于今年6月底前全部拨付完毕。', bold_prefix='2.资金拨付情况。')
    d.para('3.项目实施情况。全年共实施东西部协作项目{proj_total}，其中产业发展项目{p1}、乡村建设项目{p2}、劳务协作项目{p3}、教育医疗帮扶项目{p4}、人才交流及其他项目{p5}；目前已完工{p_done}、在建{p_doing}，项目开工率{p_start}。我们坚持“项目跟着规划走、资金跟着项目走、监管跟着资金走”，建立项目库动态管理机制，目前已入库储备2025年度项目{p_reserve}。其中，{n_key}重点项目共安排协作资金{key_fund}、已拨付{key_paid}，具体情况见表1。', bold_prefix='3.项目实施情况。')
    d.para('在项目实施中，严格落实项目公示公告、招标投标、工程监理、合同管理和竣工验收等制度，对重点项目实行县级领导“包保”推进、行业部门“专班”服务、乡镇“网格”跟踪的三级调度机制，每月对项目开工、建设进度、资金拨付和联农带农情况进行通报排名，对进度滞后的项目及时约谈提醒、限期整改；同时主动邀请鄞海区派驻工作组、县审计、财政等部门开展联合督查，全年开展项目专项检查{chk_n}，发现并整改问题{chk_prob}，确保项目建设质量和资金使用效益。')
    d.para('项目建成后，及时办理资产移交和确权登记，明确管护主体和管护责任，防止“重建轻管”。全年东西部协作项目共带动{bring}脱贫人口和监测对象增收，人均增收{bring_inc}，项目联农带农机制实现全覆盖。')
    t1_pages = d.table('表1  2024年度东西部协作重点项目资金拨付情况表', '单位：万元、%',
                       ['序号', '项目名称', '协作资金', '已拨付', '拨付率(%)'], t1_rows,
                       [34, 224, 66, 66, 62], ['c', 'l', 'r', 'r', 'r'], '续表1', outer_lr=True)
    assert len(t1_pages) == 2, t1_pages
    d.heading('（三）坚持稳岗拓岗，劳务协作更加深入', 2)
    d.para('坚持把劳务协作作为促进群众增收最直接、最有效的途径，在鄞海区设立劳务协作工作站{n_station}，在县内乡镇设立劳务服务站{n_station_b}，构建“一站式”转移就业服务体系。全年共举办东西部劳务协作专场招聘会{jf_total}，其中线上招聘会{jf_on}、线下招聘会{jf_off}，提供就业岗位约{jobs}，达成就业意向{intent}。全年帮助农村劳动力转移就业{lab_total}，其中到浙江省就业{lab1}、到其他省份就业{lab2}、在省内就近就地就业{lab3}。转移就业人员中，脱贫劳动力{lab_poor}，女性{lab_female}，16至45岁青壮年劳动力占比{lab_young}。帮助脱贫劳动力转移就业{lab_poor2}，其中到浙江省就业{lp1}、到其他省份就业{lp2}、在省内就业{lp3}，均超额完成年度目标任务。')
    d.para('聚焦“订单式”“定向式”培训，全年开展各类技能培训{tr_batch}{tr_total}，其中引导性培训{tr1}、职业技能培训{tr2}，培训脱贫人口{tr_poor}，培训后实现就业{tr_emp}。新建帮扶车间{ws_new}，累计建成帮扶车间{ws_cum}，吸纳农村劳动力就业{ws_emp}，其中脱贫劳动力{ws_poor}，让群众在家门口实现“挣钱顾家两不误”。')
    d.heading('（四）坚持产销对接，消费帮扶更加有效', 2)
    d.para('依托鄞海区市场、渠道和资金优势，推动“清溪产品”进入东部市场。全年通过东西部协作渠道销售我县农特产品{cons_total}，较上年的{cons_prev}增长{cons_growth}，其中东部地区采购{cons_buy}、帮助销售{cons_help}。分品类看，销售茶叶{c1}、食用菌{c2}、精品水果{c3}、生态畜禽产品{c4}、中药材及其他产品{c5}。分渠道看，东部机关企事业单位采购占{ch1}，电商平台销售占{ch2}，消费帮扶专馆专柜专区销售占{ch3}，其他渠道占{ch4}。在鄞海区新建消费帮扶专馆{sh_g}、专柜{sh_c}、专区{sh_z}，“黔岭好物”鄞海旗舰店全年销售额突破{flag}；认定鄞海区“菜篮子”直供基地{base}，带动{benef}脱贫群众稳定增收。')
    d.heading('（五）坚持双向互动，人才交流更加务实', 2)
    d.para('两地持续深化教育、医疗、农业“组团式”帮扶，全年共互派党政干部和专业技术人才{tal_total}。鄞海区选派党政干部{t_in_cad}、专业技术人才{t_in_pro}到我县挂职帮扶，专业技术人才中教育{t_in_e}、医疗{t_in_m}、农业{t_in_a}；我县选派党政干部{t_out_cad}、专业技术人才{t_out_pro}到鄞海区挂职学习，专业技术人才中教育{t_out_e}、医疗{t_out_m}、农业及其他{t_out_a}。组织{bat_total}{pc_total}赴鄞海区跟岗学习，其中教育系统{b1}{pc1}、医疗卫生系统{b2}{pc2}、农业农村系统{b3}{pc3}。鄞海区另派出专家开展短期支医支教{sup_short}。依托鄞海区优质培训资源，全年培训我县党政干部{tr_cad}、专业技术人才{tr_pro}，共计{tr_cadpro}。新一轮东西部协作以来，两地累计互派干部人才{tal_cum}。')
    d.heading('（六）坚持结对共建，携手促振兴更加深化', 2)
    d.para('深化“携手促振兴”行动，推动两地镇村、企业、学校、医院、社会组织全方位结对。全年新增各类结对{pair_total}，其中镇乡结对{pr1}、村村结对{pr2}、村企结对{pr3}、社会组织结对帮扶村{pr4}，截至目前累计结对{pair_cum}，实现全县{n_town}乡镇、{n_vil}脱贫村结对全覆盖。两地学校、医院新增结对{sch_hos}，其中学校结对{sch}、医院结对{hos}。广泛动员鄞海区社会力量参与帮扶，全年接收社会帮扶款物折合{soc_total}，其中捐款{soc_cash}、捐物折款{soc_goods}，全部用于助学助医、人居环境改善和村级公益事业。')
    d.heading('（七）坚持优势互补，产业合作更加紧密', 2)
    d.para('围绕茶叶、食用菌、精品水果、生态畜禽等主导产业，开展精准招商和以商招商。全年引导东部企业{ent_n}到我县投资落地，其中鄞海区企业{ent_yh}，实际到位投资{inv}，完成年度目标任务{inv_target}的{inv_pct}。共建鄞海·清溪产业园{park}，入驻企业{park_ent}，吸纳当地群众就业{park_job}，“鄞海研发+清溪制造”“鄞海总部+清溪基地”的产业协作模式初步形成。')
    d.heading('三、存在的问题')
    d.para('一是产业协作层次有待提升。落地企业以农产品初加工为主，精深加工和品牌营销环节较为薄弱，产业链条短、附加值不高。二是劳务协作稳定性还不够强。部分转移就业人员技能水平偏低，跨省务工稳岗时间较短，返乡回流现象仍有发生。三是消费帮扶市场化程度不高。机关企事业单位采购占比仍然较大，产品标准化、品牌化程度不高，通过市场渠道常态化销售的能力有待增强。')
    d.heading('四、下一步工作打算')
    d.para('2025年，我们将以此次考核为契机，认真落实考核组反馈意见，持续深化与鄞海区的全方位协作。计划争取财政援助资金不低于{plan_fund}，帮助农村劳动力转移就业不少于{plan_lab}，消费帮扶销售额力争达到{plan_cons}。重点抓好产业园区共建、劳务品牌打造、消费帮扶市场化运营和干部人才双向交流，推动东西部协作在巩固拓展脱贫攻坚成果、全面推进乡村振兴中发挥更大作用。')
    d.para('以上汇报，请予审议。')
    pages = d.finish()

    # ------------------------------------------------------------- expected
    B = Book(fname, 'G', F)
    B.add('repeat', 's_fund', ['fund_total'], '万元', '总体情况中的财政援助资金与正文（二）1.一致')
    B.add('repeat', 's_proj', ['proj_total'], '个', '总体情况中的项目数与正文一致')
    B.add('repeat', 's_lab', ['lab_total'], '人', kind='planted',
          planted_note='PLANTED：总体情况写“转移就业5,318人”，正文写5,381人（正文分项1,246+1,587+2,548=5,381），总体情况数字错位')
    B.add('repeat', 's_cons', ['cons_total'], '万元', '2.18亿元=21,800万元，跨单位重述一致')
    B.add('repeat', 's_tal', ['tal_total'], '人', '互派干部人才总数重述一致')
    B.add('repeat', 's_pair', ['pair_total'], '对', '新增结对重述一致')
    B.add('repeat', 's_inv', ['inv'], '亿元', '实际到位投资重述一致')
    B.add('sum', 'n_meet', ['n_meet_a', 'n_meet_b'], '次', '常委会+常务会')
    B.add('sum', 'n_visit', ['n_visit_a', 'n_visit_b'], '次', '主要领导+分管领导互访')
    B.add('sum', 'fund_total', [k for k, _, _ in cats], '万元', '资金按类别')
    B.add('sum', 'fund_total', [k for k, _, _ in srcs], '万元', '资金按来源（无“其中”引导，“从资金来源看”）')
    B.add('share', '100%', ['sh%d' % i for i in range(1, 6)], '%', '资金投向占比之和100.0%')
    B.add('sum', 'f3b', [k for k, _, _ in f3p], '万元', kind='planted',
          planted_note='PLANTED：劳务协作类资金1,136万元，分项318+527+290=1,135万元，总数多1')
    B.add('repeat', 'fund_total', ['fund_total2'], '万元', '下达资金与到位资金重述一致')
    B.add('balance', 'remain', ['fund_total2', 'paid'], '万元', '到位−已拨付=下余', signs=['+', '-'])
    B.add('sum', 'proj_total', [k for k, _, _ in projs], '个', '项目按类型')
    B.add('sum', 'proj_total', ['p_done', 'p_doing'], '个', '已完工+在建')
    B.add('sum', 't1f_tot', ['t1f%02d' % (i + 1) for i in range(len(T1))], '万元', '表1协作资金列合计（表格跨页，续表1）')
    B.add('sum', 't1p_tot', ['t1p%02d' % (i + 1) for i in range(len(T1))], '万元', kind='planted',
          planted_note='PLANTED：表1已拨付列，第7行“东西部协作帮扶车间建设项目”印为251.20（合计按341.20计），合计比各行之和多90.00；该行拨付率69.78与印出值一致')
    B.add('repeat', 'key_fund', ['t1f_tot'], '万元', '正文重点项目协作资金=表1合计')
    B.add('repeat', 'key_paid', ['t1p_tot'], '万元', '正文重点项目已拨付=表1合计（两处印刷一致；表内列求和错误另见）')
    B.add('sum', 'jf_total', ['jf_on', 'jf_off'], '场', '线上+线下招聘会')
    B.add('sum', 'lab_total', [k for k, _, _ in lab_parts], '人', '转移就业按去向')
    B.add('repeat', 'lab_poor', ['lab_poor2'], '人', '脱贫劳动力数重述一致')
    B.add('sum', 'lab_poor2', [k for k, _, _ in lp], '人', '脱贫劳动力按去向')
    B.add('sum', 'tr_total', [k for k, _, _ in tr], '人次', '培训按类型（64期为期数，非分项）')
    B.add('sum', 'cons_total', ['cons_buy', 'cons_help'], '万元', '采购+帮助销售')
    B.add('sum', 'cons_total', [k for k, _, _ in cp], '万元', '销售额按品类（“分品类看”，无“其中”）')
    B.add('share', '100%', [k for k, _, _ in chs], '%', kind='planted',
          planted_note='PLANTED：销售渠道占比48.2+27.5+16.3+8.6=100.6%')
    B.add('sum', 'tal_total', [k for k, _, _ in tal], '人', '两地互派四项之和（不含专技人才的教育/医疗/农业细分）')
    B.add('sum', 't_in_pro', [k for k, _, _ in tin], '人', '来清溪专技人才按领域')
    B.add('sum', 't_out_pro', [k for k, _, _ in tout], '人', '赴鄞海专技人才按领域')
    B.add('sum', 'bat_total', [x[0] for x in bats], '批', '跟岗学习批次（26批193人次中的“批”）')
    B.add('sum', 'pc_total', [x[1] for x in bats], '人次', '跟岗学习人次')
    B.add('sum', 'tr_cadpro', ['tr_cad', 'tr_pro'], '人次', '“共计”在分项之后')
    B.add('sum', 'pair_total', [k for k, _, _ in pairs], '对', '新增结对按类型')
    B.add('sum', 'sch_hos', ['sch', 'hos'], '对', '学校+医院结对')
    B.add('sum', 'soc_total', ['soc_cash', 'soc_goods'], '万元', '捐款+捐物折款')

    L = B.look
    L('s_rate1', '资金到位率{s_rate1}', '比率，不是分项构成')
    L('pay_rate', '资金拨付率{pay_rate}', '比率（拨付率不做核对）')
    L('fund_incr', '较上年增加{fund_incr}', '同比增量，不是本年资金的组成部分')
    L('key_fund', '其中，{n_key}重点项目共安排协作资金{key_fund}', '“其中”只列出部分项目（20个重点项目），不是58个项目资金的完整分解')
    L('carry', '2023年度结转资金{carry}', '上年结转，独立于本年下达资金')
    L('lab_poor', '转移就业人员中，脱贫劳动力{lab_poor}，女性{lab_female}，16至45岁青壮年劳动力占比{lab_young}', '交叉重叠群体，不应与转移就业总数求和核对')
    L('jobs', '提供就业岗位约{jobs}，达成就业意向{intent}', '约数/余数')
    L('ws_poor', '累计建成帮扶车间{ws_cum}，吸纳农村劳动力就业{ws_emp}，其中脱贫劳动力{ws_poor}', '累计数；“其中”只列出一个子群体')
    L('tr_poor', '培训脱贫人口{tr_poor}，培训后实现就业{tr_emp}', '与培训总人次交叉重叠，不是分项')
    L('cons_growth', '较上年的{cons_prev}增长{cons_growth}', '上年数与增长率，不是构成')
    L('flag', '“黔岭好物”鄞海旗舰店全年销售额突破{flag}', '“突破”约数，且只是某一渠道')
    L('tal_cum', '两地累计互派干部人才{tal_cum}', '累计数（2021年以来），与当年427人不同口径')
    L('pair_cum', '截至目前累计结对{pair_cum}', '累计数，与当年新增86对不同口径')
    L('ent_yh', '引导东部企业{ent_n}到我县投资落地，其中鄞海区企业{ent_yh}', '“其中”只列出部分')
    L('inv_pct', '实际到位投资{inv}，完成年度目标任务{inv_target}的{inv_pct}', '目标与实际、完成率，不是构成')
    L('plan_fund', '计划争取财政援助资金不低于{plan_fund}，帮助农村劳动力转移就业不少于{plan_lab}', '下一年目标数')
    return fname, pages, B, t1_pages


# ================================================================= FILE B
def build_B(path):
    F = Figs()
    a = F.add
    fname = os.path.basename(path)
    nc = dict(comma=False)  # prose in this report prints numbers without thousands separators

    acc = [('a1', 'd1', '道路交通', '14', '10'), ('a2', 'd2', '工矿商贸', '5', '3'),
           ('a3', 'd3', '火灾', '3', '1'), ('a4', 'd4', '农业机械', '1', '1')]
    acc_total = sum(D(x[3]) for x in acc)
    dth_total = sum(D(x[4]) for x in acc)
    acc_prev, dth_prev = D('32'), D('21')
    ashares = shares_lr([D(x[3]) for x in acc])

    towns = [
        ('城关镇', '2316', '128', '186.4', '3', '312.6'),
        ('清水镇', '3842', '265', '412.8', '7', '586.3'),
        ('龙潭镇', '1975', '96', '238.5', '2', '241.7'),
        ('石门乡', '1208', '43', '156.2', '0', '118.4'),
        ('白岩镇', '2764', '187', '329.7', '5', '406.9'),
        ('青山乡', '986', '38', '97.3', '1', '86.2'),
        ('桃源镇', '1652', '74', '203.6', '2', '195.8'),
        ('河坝乡', '1137', '52', '148.9', '0', '102.5'),
        ('凤凰镇', '2083', '116', '264.1', '4', '287.4'),
        ('双河镇', '1469', '68', '187.6', '1', '164.3'),
        ('马场乡', '742', '21', '88.4', '0', '57.6'),
        ('岩脚镇', '1326', '59', '172.5', '2', '148.7'),
        ('新店乡', '815', '27', '94.8', '0', '63.9'),
        ('高峰镇', '1194', '46', '141.2', '1', '113.5'),
    ]
    cols = ['pop', 'evac', 'crop', 'house', 'loss']
    colname = ['受灾人口', '紧急转移安置', '农作物受灾面积', '倒塌房屋', '直接经济损失']
    colunit = ['人', '人', '公顷', '间', '万元']
    PLANT_TOWN = 2  # 龙潭镇 受灾人口 printed +100
    tot = [sum(D(t[j + 1]) for t in towns) for j in range(5)]

    # summary (一、 opening)
    a('s_acc', acc_total, '起', '总体：事故起数', **nc)
    a('s_dth', dth_total, '人', '总体：死亡人数', **nc)
    a('s_pop', tot[0], '人', '总体：受灾人口', **nc)
    a('s_loss', tot[4], '万元', '总体：直接经济损失', **nc)
    a('s_hz', '3746', '处', '总体：排查隐患', **nc)

    a('acc_total', acc_total, '起', '正文：事故起数', **nc)
    a('dth_total', dth_total, '人', '正文：死亡人数', **nc)
    a('acc_dec', acc_prev - acc_total, '起', '比上年减少', **nc)
    a('acc_pct', rate(acc_prev - acc_total, acc_prev, 1), '%', '起数下降率')
    a('dth_dec', dth_prev - dth_total, '人', '比上年减少', **nc)
    a('dth_pct', rate(dth_prev - dth_total, dth_prev, 1), '%', '死亡下降率')
    a('n_years', '6', '年', '')
    a('rate_gdp', '0.021', '', '')
    a('rate_tgt', '0.035', '', '')
    for ka, kd, l, va, vd in acc:
        a(ka, va, '起', l + '事故起数', **nc)
        a(kd, vd, '人', l + '事故死亡', **nc)
    for i, x in enumerate(acc):
        a('as%d' % (i + 1), ashares[i], '%', x[2] + '事故起数占比')

    hz = [('hz_major', '重大事故隐患', '12'), ('hz_gen', '一般隐患', '3734')]
    a('hz_total', sum(D(v) for _, _, v in hz), '处', '排查隐患总数', **nc)
    for k, l, v in hz:
        a(k, v, '处', l, **nc)
    a('hz_fixed', '3702', '处', '已整改', **nc)
    a('hz_fixing', D('3746') - D('3702'), '处', '正在整改', **nc)
    a('hz_rate', rate(D('3702'), D('3746')), '%', '整改率')
    a('hz_mfix', '11', '处', '重大隐患已整改销号', **nc)
    a('hz_left', '1', '处', '', **nc)
    a('hz_mrate', rate(D('11'), D('12'), 1), '%', '')
    hzi = [('h1', '危险化学品领域', '486'), ('h2', '非煤矿山领域', '312'), ('h3', '工贸企业', '1268'),
           ('h4', '烟花爆竹经营单位', '145'), ('h5', '建筑施工领域', '697'), ('h6', '其他行业领域', '838')]
    assert sum(D(v) for _, _, v in hzi) == D('3746')
    for k, l, v in hzi:
        a(k, v, '处', l + '隐患', **nc)
    a('zj_total', '12846', '栋', '排查自建房', **nc)
    a('zj_op', '2318', '栋', '经营性自建房', **nc)

    a('ins_total', '1254', '家次', '检查生产经营单位', **nc)
    a('ins_a', '492', '家次', '局本级检查', **nc)
    a('ins_b', '762', '家次', '委托乡镇检查', **nc)
    insi = [('i1', '危险化学品', '213'), ('i2', '非煤矿山', '128'), ('i3', '工贸', '562'),
            ('i4', '烟花爆竹', '97'), ('i5', '其他行业', '254')]
    assert sum(D(v) for _, _, v in insi) == D('1254')
    for k, l, v in insi:
        vv = '231' if k == 'i1' else v   # PLANTED: digits swapped (213 -> 231)
        a(k, vv, '家次', l + '检查家次', **nc)
    a('docs', '1632', '份', '', **nc)
    cases = [('k1', '危险化学品', '14'), ('k2', '非煤矿山', '9'), ('k3', '工贸', '38'), ('k4', '烟花爆竹', '11'), ('k5', '其他', '14')]
    a('case_total', sum(D(v) for _, _, v in cases), '起', '立案查处', **nc)
    for k, l, v in cases:
        a(k, v, '起', l + '立案', **nc)
    fines = [('fn1', '危险化学品领域', '126.4'), ('fn2', '非煤矿山领域', '98.7'), ('fn3', '工贸领域', '142.3'),
             ('fn4', '烟花爆竹领域', '35.2'), ('fn5', '其他领域', '25.9')]
    a('fine_total', sum(D(v) for _, _, v in fines), '万元', '行政罚款', **nc)
    for k, l, v in fines:
        vv = '152.3' if k == 'fn3' else v  # PLANTED: part wrong by 10
        a(k, vv, '万元', l + '罚款', **nc)
    a('fine_growth', '23.4', '%', '')

    trn = [('trn1', '生产经营单位主要负责人', '1212'), ('trn2', '安全生产管理人员', '2846'), ('trn3', '特种作业人员', '4582')]
    a('trn_total', sum(D(v) for _, _, v in trn), '人次', '培训人次', **nc)
    for k, l, v in trn:
        a(k, v, '人次', l, **nc)
    a('cert', '100', '%', '')
    a('leaflet', '12', '万余份', '')

    # disasters
    a('n_dis', '19', '次', '', **nc)
    for j, cn in enumerate(cols):
        u = colunit[j]
        a(cn + '_total', tot[j], u, '正文：' + colname[j], **nc)
    L_tot = tot[4]
    l1 = (L_tot * D('0.62')).quantize(D('0.1'))
    l2 = (L_tot * D('0.18')).quantize(D('0.1'))
    l3 = (L_tot * D('0.13')).quantize(D('0.1'))
    lt = [('l1', '暴雨洪涝', l1), ('l2', '风雹', l2), ('l3', '干旱', l3), ('l4', '地质灾害', L_tot - l1 - l2 - l3)]
    for k, l, v in lt:
        a(k, v, '万元', l + '直接经济损失', **nc)
    a('loss_dec', '21.6', '%', '')
    # table 2 cells
    t2_rows = []
    for i, t in enumerate(towns):
        row = [t[0]]
        for j, cn in enumerate(cols):
            v = D(t[j + 1])
            if j == 0 and i == PLANT_TOWN:
                v += 100   # PLANTED: part wrong by 100
            f = a('t2_%s_%02d' % (cn, i), v, '', '表2 %s %s' % (t[0], colname[j]), mu=colunit[j])
            row.append(f)
        t2_rows.append(row)
    row = ['合计']
    for j, cn in enumerate(cols):
        row.append(a('t2_%s_tot' % cn, tot[j], '', '表2 合计 ' + colname[j], mu=colunit[j]))
    t2_rows.append(row)

    aid = [('aid1', '中央资金', '210.0'), ('aid2', '省级资金', '136.0'), ('aid3', '县级资金', '140.0')]
    a('aid_total', sum(D(v) for _, _, v in aid), '万元', '救灾资金', **nc)
    for k, l, v in aid:
        a(k, v, '万元', l, **nc)
    a('aid_people', '1.2', '万余人', '')

    # materials fund balance (prose)
    a('mf_open', '86.4', '万元', '年初结余', **nc)
    a('mf_in', '150.0', '万元', '本年县财政安排', **nc)
    a('mf_out', '172.8', '万元', '采购支出', **nc)
    a('mf_close', D('86.4') + D('150.0') - D('172.8'), '万元', '年末结余', **nc)
    a('n_store', '1', '个', '')
    a('n_agree_ent', '9', '家', '', **nc)
    a('n_check', '2', '次', '', **nc)
    a('n_store_t', '14', '个', '')
    mats = [('帐篷', '顶', '420', '150', '86'), ('折叠床', '张', '1200', '300', '245'),
            ('棉被', '床', '2600', '800', '1136'), ('棉大衣', '件', '1500', '0', '320'),
            ('救生衣', '件', '860', '400', '215'), ('冲锋舟', '艘', '6', '2', '0'),
            ('发电机组', '台', '18', '6', '3'), ('应急照明灯', '盏', '640', '200', '158'),
            ('编织袋', '条', '52000', '30000', '46500'), ('抽水泵', '台', '24', '10', '7')]
    PLANT_MAT = 1  # 折叠床 年末 printed 1225 (should be 1255)
    t3_rows = []
    for i, (nm, u, o, n, us) in enumerate(mats):
        close = D(o) + D(n) - D(us)
        if i == PLANT_MAT:
            close -= 30
        fo = a('t3o%02d' % i, o, '', '表3 %s 年初库存' % nm, mu=u)
        fn = a('t3n%02d' % i, n, '', '表3 %s 本年新增' % nm, mu=u)
        fu = a('t3u%02d' % i, us, '', '表3 %s 调拨使用' % nm, mu=u)
        fc = a('t3c%02d' % i, close, '', '表3 %s 年末库存' % nm, mu=u)
        t3_rows.append([nm, u, fo, fn, fu, fc])

    teams = [('tn1', 'tp1', '综合性消防救援队伍', '3', '186'), ('tn2', 'tp2', '专业应急救援队伍', '9', '412'),
             ('tn3', 'tp3', '乡镇（街道）综合应急救援队伍', '14', '716'), ('tn4', 'tp4', '社会应急力量', '21', '512')]
    a('team_n', sum(D(x[3]) for x in teams), '支', '救援队伍支数', **nc)
    a('team_p', sum(D(x[4]) for x in teams), '人', '救援队伍人数', **nc)
    for kn, kp, l, vn, vp in teams:
        a(kn, vn, '支', l + '支数', **nc)
        a(kp, vp, '人', l + '人数', **nc)
    a('party', '312', '人', '队员中党员', **nc)
    drills = [('dr1', '县级', '6'), ('dr2', '乡镇级', '68'), ('dr3', '村（社区）及企业', '162')]
    a('drill_total', sum(D(v) for _, _, v in drills), '场次', '应急演练', **nc)
    for k, l, v in drills:
        a(k, v, '场次', l + '演练', **nc)
    a('drill_people', '1.8', '万人次', '')
    msgs = [('m1', '自然灾害类', '418'), ('m2', '事故灾难类', '673'), ('m3', '公共卫生和社会安全类', '235')]
    a('msg_total', sum(D(v) for _, _, v in msgs), '条', '接报突发事件信息', **nc)
    for k, l, v in msgs:
        a(k, v, '条', l, **nc)
    a('warn', '326', '期', '', **nc)
    a('warn_p', '45', '万人次', '')
    a('plan_dec', '10', '%', '')

    # ------------------------------------------------------------- layout
    d = Doc(path, F)
    d.heading('清溪县应急管理局\n2024年工作总结和2025年工作计划', 0)
    d.gap(4)
    d.para('2024年，县应急管理局在县委、县政府的坚强领导和上级应急管理部门的有力指导下，坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实习近平总书记关于应急管理工作的重要论述和重要指示批示精神，统筹发展和安全，坚持人民至上、生命至上，扎实推进安全生产治本攻坚三年行动，持续提升防灾减灾救灾能力。全年全县共发生生产安全事故{s_acc}、死亡{s_dth}，排查整治各类安全隐患{s_hz}；各类自然灾害造成受灾人口{s_pop}，直接经济损失{s_loss}，全县安全生产形势总体平稳，自然灾害防范应对有力有序。现将有关情况报告如下。')
    d.heading('一、2024年工作开展情况')
    d.heading('（一）安全生产形势总体平稳', 2)
    d.para('全年全县共发生各类生产安全事故{acc_total}、死亡{dth_total}，与上年相比，事故起数减少{acc_dec}、下降{acc_pct}，死亡人数减少{dth_dec}、下降{dth_pct}，未发生较大及以上生产安全事故，连续{n_years}实现较大事故“零发生”，亿元地区生产总值生产安全事故死亡率为{rate_gdp}，控制在市下达的{rate_tgt}控制指标以内。从行业领域看，道路交通事故{a1}、死亡{d1}，工矿商贸事故{a2}、死亡{d2}，火灾事故{a3}、死亡{d3}，农业机械事故{a4}、死亡{d4}。道路交通事故起数占全部事故的{as1}，工矿商贸占{as2}，火灾占{as3}，农业机械占{as4}，道路交通仍是事故防范的重中之重。')
    d.heading('（二）安全生产治本攻坚扎实推进', 2)
    d.para('1.深化隐患排查整治。深入开展重大事故隐患专项排查整治2024行动，全面推行“企业自查、部门检查、专家会诊”工作模式。全年共排查各类安全隐患{hz_total}，其中重大事故隐患{hz_major}、一般隐患{hz_gen}；已整改{hz_fixed}、正在整改{hz_fixing}，隐患整改率{hz_rate}，重大事故隐患已整改销号{hz_mfix}，整改率{hz_mrate}，剩余{hz_left}已落实挂牌督办。分行业领域看，危险化学品领域{h1}、非煤矿山领域{h2}、工贸企业{h3}、烟花爆竹经营单位{h4}、建筑施工领域{h5}、其他行业领域{h6}。全面完成城乡自建房安全专项整治，排查自建房{zj_total}，其中经营性自建房{zj_op}，存在安全隐患的已全部落实管控措施。', bold_prefix='1.深化隐患排查整治。')
    d.para('2.严格安全执法检查。坚持“执法+专家”模式，全年共检查生产经营单位{ins_total}，其中局本级检查{ins_a}、委托乡镇（街道）检查{ins_b}。按行业分，检查危险化学品单位{i1}、非煤矿山{i2}、工贸企业{i3}、烟花爆竹经营单位{i4}、其他行业单位{i5}。下达各类执法文书{docs}，立案查处违法违规行为{case_total}，其中危险化学品{k1}、非煤矿山{k2}、工贸{k3}、烟花爆竹{k4}、其他{k5}；实施行政罚款{fine_total}，其中危险化学品领域{fn1}、非煤矿山领域{fn2}、工贸领域{fn3}、烟花爆竹领域{fn4}、其他领域{fn5}，罚款金额同比增长{fine_growth}，执法震慑作用有效发挥。', bold_prefix='2.严格安全执法检查。')
    d.para('3.强化宣传教育培训。扎实开展“安全生产月”“安全生产万里行”等活动，推动安全宣传进企业、进农村、进社区、进学校、进家庭。全年共培训各类人员{trn_total}，其中生产经营单位主要负责人{trn1}、安全生产管理人员{trn2}、特种作业人员{trn3}，特种作业人员持证上岗率达{cert}，发放宣传资料{leaflet}，全社会安全意识进一步增强。', bold_prefix='3.强化宣传教育培训。')
    d.heading('（三）防灾减灾救灾能力持续提升', 2)
    d.para('1.灾情及应对情况。2024年，我县先后遭受“5·21”风雹、“6·18”和“7·03”暴雨洪涝、夏秋连旱以及局地地质灾害等自然灾害过程{n_dis}，全县累计受灾人口{pop_total}，紧急转移安置{evac_total}，农作物受灾面积{crop_total}，倒塌房屋{house_total}，直接经济损失{loss_total}，分乡镇情况见表2。按灾种分，暴雨洪涝造成直接经济损失{l1}、风雹{l2}、干旱{l3}、地质灾害{l4}，与近5年均值相比因灾直接经济损失下降{loss_dec}。', bold_prefix='1.灾情及应对情况。')
    d.space_table('表2  2024年清溪县分乡镇自然灾害损失情况',
                  [['乡镇', '受灾人口', '紧急转移', '农作物受灾', '倒塌房屋', '直接经济'],
                   ['', '（人）', '安置（人）', '面积（公顷）', '（间）', '损失（万元）']],
                  t2_rows, [10, 13, 14, 16, 12, 16], ['l', 'r', 'r', 'r', 'r', 'r'])
    d.para('灾害发生后，第一时间启动应急响应，组织转移受威胁群众，及时开展灾情核查评估和受灾群众生活救助。全年争取和下拨各级救灾资金{aid_total}，其中中央资金{aid1}、省级资金{aid2}、县级资金{aid3}，全部用于受灾群众应急救助、过渡期生活救助、倒损住房恢复重建和冬春生活救助，惠及受灾群众{aid_people}。')
    d.para('2.应急物资保障。健全县、乡、村三级应急物资储备体系，建成县级综合应急物资储备库{n_store}、乡镇应急物资储备点{n_store_t}。年初县级应急物资储备资金结余{mf_open}，本年县财政安排{mf_in}，全年采购支出{mf_out}，年末结余{mf_close}。同时推行“实物储备+协议储备+产能储备”相结合的储备模式，与县内{n_agree_ent}商超、药店和生产企业签订应急物资协议储备合同，全年汛期前后对储备物资开展清查盘点{n_check}，及时报废更新过期失效物资，确保关键时刻调得出、用得上。县级主要应急物资收储和调拨使用情况见表3。', bold_prefix='2.应急物资保障。')
    d.table('表3  2024年县级主要应急物资收储及调拨使用情况', '',
            ['物资名称', '单位', '年初库存', '本年新增', '调拨使用', '年末库存'], t3_rows,
            [92, 44, 76, 76, 76, 76], ['l', 'c', 'r', 'r', 'r', 'r'], '续表3', outer_lr=False,
            keep_together=True)
    d.para('3.应急救援力量建设。坚持专常兼备、反应灵敏，全县共有各类应急救援队伍{team_n}{team_p}，其中综合性消防救援队伍{tn1}{tp1}、专业应急救援队伍{tn2}{tp2}、乡镇（街道）综合应急救援队伍{tn3}{tp3}、社会应急力量{tn4}{tp4}，队员中党员{party}。全年组织开展各类应急演练{drill_total}，其中县级{dr1}、乡镇级{dr2}、村（社区）及企业{dr3}，参演人员近{drill_people}。', bold_prefix='3.应急救援力量建设。')
    d.heading('（四）应急指挥和值班值守规范高效', 2)
    d.para('严格落实24小时领导带班和专人值班制度，全年接报各类突发事件信息{msg_total}，其中自然灾害类{m1}、事故灾难类{m2}、公共卫生和社会安全类{m3}，均做到第一时间报告、第一时间处置。通过预警信息发布平台发布各类预警信息{warn}，覆盖约{warn_p}。')
    d.heading('二、存在的问题')
    d.para('一是部分企业主体责任落实不到位，安全投入不足，从业人员安全意识和技能有待提升。二是基层应急管理力量薄弱，乡镇应急管理专职人员少、专业能力不强。三是防灾减灾基础设施仍有短板，山洪地质灾害监测预警覆盖面不够广，应急物资储备品种和数量与实际需要还有差距。')
    d.heading('三、2025年工作计划')
    d.para('2025年，我局将持续推进安全生产治本攻坚三年行动，力争全县生产安全事故起数和死亡人数较2024年均下降{plan_dec}以上，坚决遏制较大及以上事故发生；加快推进县级应急指挥中心和乡镇应急物资储备点标准化建设，进一步充实专业应急救援力量，全面提升防灾减灾救灾和应急处置能力，为全县经济社会高质量发展营造安全稳定的环境。')
    pages = d.finish()

    B = Book(fname, 'H', F)
    B.add('repeat', 's_acc', ['acc_total'], '起', '开头总述与正文一致')
    B.add('repeat', 's_dth', ['dth_total'], '人', '开头总述与正文一致')
    B.add('repeat', 's_hz', ['hz_total'], '处', '开头总述与正文一致')
    B.add('repeat', 's_pop', ['pop_total'], '人', '开头总述与正文一致')
    B.add('repeat', 's_loss', ['loss_total'], '万元', '开头总述与正文一致')
    B.add('sum', 'acc_total', [x[0] for x in acc], '起', '事故起数按行业（“从行业领域看”，无“其中”）')
    B.add('sum', 'dth_total', [x[1] for x in acc], '人', '死亡人数按行业')
    B.add('share', '100%', ['as%d' % i for i in range(1, 5)], '%', '事故起数占比之和100.0%')
    B.add('sum', 'hz_total', [k for k, _, _ in hz], '处', '重大+一般')
    B.add('sum', 'hz_total', ['hz_fixed', 'hz_fixing'], '处', '已整改+正在整改')
    B.add('sum', 'hz_total', [k for k, _, _ in hzi], '处', '隐患按行业（“分行业领域看”）')
    B.add('sum', 'ins_total', ['ins_a', 'ins_b'], '家次', '局本级+委托乡镇')
    B.add('sum', 'ins_total', [k for k, _, _ in insi], '家次', kind='planted',
          planted_note='PLANTED：检查危险化学品单位印为231家次（应为213，数字对调），分项之和1272≠1254')
    B.add('sum', 'case_total', [k for k, _, _ in cases], '起', '立案按行业')
    B.add('sum', 'fine_total', [k for k, _, _ in fines], '万元', kind='planted',
          planted_note='PLANTED：工贸领域罚款印为152.3万元（应为142.3），分项之和438.5≠428.5')
    B.add('sum', 'trn_total', [k for k, _, _ in trn], '人次', '培训按对象')
    for j, cn in enumerate(cols):
        parts = ['t2_%s_%02d' % (cn, i) for i in range(len(towns))]
        if j == 0:
            B.add('sum', 't2_%s_tot' % cn, parts, colunit[j], kind='planted',
                  planted_note='PLANTED：表2（无线表格，空格对齐）受灾人口列，龙潭镇印为2075（应为1975），各乡镇之和比合计多100')
        else:
            B.add('sum', 't2_%s_tot' % cn, parts, colunit[j], '表2（无框线、空格对齐）%s列合计' % colname[j])
    for j, cn in enumerate(cols):
        B.add('repeat', cn + '_total', ['t2_%s_tot' % cn], colunit[j], '正文%s与表2合计一致' % colname[j])
    B.add('sum', 'loss_total', [k for k, _, _ in lt], '万元', '直接经济损失按灾种')
    B.add('sum', 'aid_total', [k for k, _, _ in aid], '万元', '救灾资金按来源')
    B.add('balance', 'mf_close', ['mf_open', 'mf_in', 'mf_out'], '万元', '年初+安排−支出=年末', signs=['+', '+', '-'])
    for i, m in enumerate(mats):
        keys = ['t3o%02d' % i, 't3n%02d' % i, 't3u%02d' % i]
        if i == PLANT_MAT:
            B.add('balance', 't3c%02d' % i, keys, m[1], signs=['+', '+', '-'], kind='planted',
                  planted_note='PLANTED：表3折叠床 1,200+300−245=1,255，年末库存印为1,225')
        else:
            B.add('balance', 't3c%02d' % i, keys, m[1], '表3（无外侧竖框线）%s行：年初+新增−调拨使用=年末' % m[0],
                  signs=['+', '+', '-'])
    B.add('sum', 'team_n', [x[0] for x in teams], '支', '救援队伍支数（47支1826人中的“支”）')
    B.add('sum', 'team_p', [x[1] for x in teams], '人', '救援队伍人数')
    B.add('sum', 'drill_total', [k for k, _, _ in drills], '场次', '演练按层级')
    B.add('sum', 'msg_total', [k for k, _, _ in msgs], '条', '接报信息按类别')

    L = B.look
    L('acc_pct', '事故起数减少{acc_dec}、下降{acc_pct}，死亡人数减少{dth_dec}、下降{dth_pct}', '同比增减量和下降率，不是构成')
    L('rate_gdp', '亿元地区生产总值生产安全事故死亡率为{rate_gdp}，控制在市下达的{rate_tgt}控制指标以内', '比率与目标值')
    L('hz_rate', '隐患整改率{hz_rate}，重大事故隐患已整改销号{hz_mfix}，整改率{hz_mrate}', '整改率；“已整改11处”是12处重大隐患的子集，不是分项')
    L('zj_op', '排查自建房{zj_total}，其中经营性自建房{zj_op}', '“其中”只列出一个子类')
    L('fine_growth', '罚款金额同比增长{fine_growth}', '增长率')
    L('cert', '特种作业人员持证上岗率达{cert}', '比率，不是占比分解')
    L('leaflet', '发放宣传资料{leaflet}', '余数/约数')
    L('loss_dec', '与近5年均值相比因灾直接经济损失下降{loss_dec}', '下降率')
    L('aid_people', '惠及受灾群众{aid_people}', '余数')
    L('party', '队员中党员{party}', '与各类队伍人数交叉重叠，不是队伍人数的分项')
    L('drill_people', '参演人员近{drill_people}', '“近”约数')
    L('warn_p', '发布各类预警信息{warn}，覆盖约{warn_p}', '约数')
    L('plan_dec', '力争全县生产安全事故起数和死亡人数较2024年均下降{plan_dec}以上', '目标')
    L('n_years', '连续{n_years}实现较大事故“零发生”', '计数，与构成无关')
    return fname, pages, B


def main():
    pa = os.path.join(HERE, 'A_dongxi_xiezuo_huibao.pdf')
    pb = os.path.join(HERE, 'B_yingji_gongzuo_zongjie.pdf')
    fa, na, BA, t1p = build_A(pa)
    fb, nb, BB = build_B(pb)
    exp = {
        'files': [{'file': fa, 'pages': na}, {'file': fb, 'pages': nb}],
        'conventions': (
            'All figures are generated from Python Decimal values; printed text is the Decimal formatted '
            '(file A prose and all tables use thousands separators; file B prose prints numbers without separators). '
            'pdf_page is 1-based and recorded by the layout engine when the figure is drawn. '
            '"total"/"parts" are the printed texts (number plus unit as printed; table cells print the number only, '
            'their unit is given by "unit"). "unit" is the unit in which parts_sum and difference are expressed; '
            'figures printed in 亿元 are converted at 1亿元=10000万元 (file A 2.18亿元 vs 21,800万元). '
            'check=sum: parts_sum = sum(parts); check=balance: parts_sum = signed sum using parts_signs '
            '(e.g. 年初+新增−调拨使用, or 到位−已拨付), total is the closing/remaining figure; '
            'check=share: parts are percentages, total is "100%", pdf_page is the page of the first share; '
            'check=repeat: the same quantity printed twice, total is the first occurrence, parts=[the restatement]. '
            'difference = total − parts_sum; kind=genuine iff difference is 0. Each table column with a 合计 row is one '
            'sum breakdown; each stock row of 表3 is one balance breakdown. Nested breakdowns are listed separately '
            '(e.g. 专业技术人才186人 = 教育+医疗+农业 is separate from the 427人 four-way sum). '
            'Rates (拨付率, 整改率, 增长/下降%) are never breakdowns and are kept internally consistent with the printed values. '
            'Table 1 in file A breaks across pages (续表1, header repeated); its 合计 row is on the second page.'),
        'breakdowns': BA.items + BB.items,
        'lookalikes_not_breakdowns': BA.looks + BB.looks,
    }
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    # also dump every figure's page for self-check
    print('A pages', na, 'table1 pages', t1p, '| B pages', nb)
    for bk in (BA, BB):
        g = sum(1 for x in bk.items if x['kind'] == 'genuine')
        p = [x['id'] for x in bk.items if x['kind'] == 'planted']
        print(bk.fname, 'genuine', g, 'planted', p, 'lookalikes', len(bk.looks))


if __name__ == '__main__':
    main()
