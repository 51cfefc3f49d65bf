# -*- coding: utf-8 -*-
"""Generate two Chinese county work-report PDFs (blind probe) + expected.json.

Every figure is a decimal.Decimal; planted errors are derived by perturbing a
correct value, so each difference is known exactly.  Pages on which figures
are drawn are recorded by the layout engine itself.
"""
import json
import os
import re
from decimal import Decimal as D, ROUND_HALF_UP

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = '/tmp/s19/pdf70'
pdfmetrics.registerFont(TTFont('ZH', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
FONT = 'ZH'
PW, PH = A4
LM, RM, TM, BM = 28 * mm, 26 * mm, 37 * mm, 35 * mm
TW = PW - LM - RM
BODY = 12
LEAD = 21          # 1.75 x 12 pt
NO_START = set('，。、；：？！）》」』”’%％…·〕】')
NO_END = set('（《「『“‘〔【')
SCALE = {'元': D(1), '万元': D(10000), '亿元': D(100000000)}
WARN = []


def q(v, dp):
    return v.quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def fmt(v, dp=0):
    return format(q(v, dp), ',.%df' % dp)


def sw(t, size):
    return pdfmetrics.stringWidth(t, FONT, size)


def pct(part, whole, dp=1):
    return q(part / whole * 100, dp)


class Fig:
    def __init__(self, key, value, dp, unit, sp):
        self.key, self.dp, self.unit = key, dp, unit
        self.value = q(D(value), dp)
        self.text = fmt(self.value, dp) + ((' ' if sp else '') + unit if unit else '')
        self.pages = []

    @property
    def page(self):
        assert len(self.pages) == 1, (self.key, self.pages)
        return self.pages[0]


class Doc:
    def __init__(self, fname, header, header_on, title):
        self.fname = fname
        self.c = canvas.Canvas(os.path.join(OUT, fname), pagesize=A4)
        self.c.setTitle(title)
        self.c.setAuthor('Microsoft Word')
        self.c.setCreator('Microsoft Word')
        self.header, self.header_on = header, header_on
        self.page = 1
        self.figs = {}
        self.plain = []          # (page, text) of everything drawn, for look-alike checks
        self._start_page()

    # ---------------------------------------------------------------- figures
    def fig(self, key, value, dp=0, unit='', sp=False):
        assert key not in self.figs, key
        self.figs[key] = Fig(key, value, dp, unit, sp)
        return '⟦%s⟧' % key

    def resolve(self, text):
        return re.sub(r'⟦(\w+)⟧', lambda m: self.figs[m.group(1)].text, text)

    # ------------------------------------------------------------------ pages
    def _start_page(self):
        self.y = PH - TM
        if self.header_on(self.page):
            c = self.c
            c.setFont(FONT, 9)
            c.setFillGray(0.25)
            c.drawCentredString(PW / 2, PH - 20 * mm, self.header)
            c.setFillGray(0)
            c.setLineWidth(0.5)
            c.line(LM, PH - 21.8 * mm, PW - RM, PH - 21.8 * mm)

    def _footer(self):
        self.c.setFont(FONT, 10.5)
        self.c.drawCentredString(PW / 2, 18 * mm, '— %d —' % self.page)

    def new_page(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self._start_page()

    def need(self, h):
        if self.y - h < BM - 0.01:
            self.new_page()

    def finish(self):
        self._footer()
        self.c.showPage()
        self.c.save()
        return self.page

    # ------------------------------------------------------------------- text
    def tokenize(self, text):
        out = []
        for m in re.finditer(r'⟦(\w+)⟧|([0-9A-Za-z.,%+\-]+)|(\s)|(.)', text):
            if m.group(1):
                out.append((self.figs[m.group(1)].text, m.group(1)))
            elif m.group(2):
                out.append((m.group(2), None))
            elif m.group(3):
                out.append((' ', None))
            else:
                out.append((m.group(4), None))
        return out

    def wrap(self, units, size, first_avail, avail):
        lines, cur, curw, lim = [], [], 0.0, first_avail
        for u in units:
            w = sw(u[0], size)
            if not cur and u[0] == ' ':
                continue
            if curw + w <= lim + 0.01:
                cur.append(u)
                curw += w
                continue
            carry = []
            if u[0][0] in NO_START:            # never start a line with closing punctuation
                carry.insert(0, cur.pop())
                while cur and carry[0][0][0] in NO_START:
                    carry.insert(0, cur.pop())
            while cur and cur[-1][0][-1] in NO_END:   # never end a line with opening punctuation
                carry.insert(0, cur.pop())
            while cur and cur[-1][0] == ' ':
                cur.pop()
            lines.append(cur)
            lim = avail
            cur = carry + ([u] if u[0] != ' ' else [])
            curw = sum(sw(x[0], size) for x in cur)
        while cur and cur[-1][0] == ' ':
            cur.pop()
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, indent=2, size=BODY, lead=LEAD, align='justify', bold=False, keep=1):
        units = self.tokenize(text)
        first = TW - indent * size
        lines = self.wrap(units, size, first, TW)
        self.need(lead * min(keep, len(lines)))
        c = self.c
        for i, ln in enumerate(lines):
            self.need(lead)
            avail = first if i == 0 else TW
            x = LM + (TW - avail)
            nat = sum(sw(t, size) for t, _ in ln)
            assert nat <= avail + 0.01, (nat, avail, ln)
            gap = 0.0
            if align == 'justify' and i < len(lines) - 1 and len(ln) > 1:
                gap = (avail - nat) / (len(ln) - 1)
                if gap > 3.0:
                    WARN.append('ragged line p%d: %s' % (self.page, ''.join(t for t, _ in ln)))
                    gap = 0.0
            elif align == 'center':
                x = LM + (TW - nat) / 2
            elif align == 'right':
                x = LM + TW - nat - 2 * size
            base = self.y - lead / 2 - size * 0.35
            c.setFont(FONT, size)
            if bold:
                c.setLineWidth(0.35 * size / 12)
            for t, key in ln:
                c.drawString(x, base, t, mode=2 if bold else None)
                if key:
                    self.figs[key].pages.append(self.page)
                x += sw(t, size) + gap
            self.plain.append((self.page, ''.join(t for t, _ in ln)))
            self.y -= lead

    def title(self, t, size=18):
        self.para(t, indent=0, size=size, lead=40, align='center', bold=True)

    def center(self, t, size=BODY):
        self.para(t, indent=0, size=size, lead=LEAD, align='center')

    def h1(self, t):
        self.need(LEAD * 4)
        self.para(t, indent=2, bold=True)

    def h2(self, t):
        self.need(LEAD * 3)
        self.para(t, indent=2)

    def gap(self, h):
        self.y -= h

    # ----------------------------------------------------------------- tables
    def _cell(self, v):
        opts = {}
        if isinstance(v, tuple):
            v, opts = v
        f = None
        m = re.fullmatch(r'⟦(\w+)⟧', v or '')
        if m:
            f = self.figs[m.group(1)]
            v = f.text
        return f, v or '', opts

    def _draw_row(self, cells, top, h, x0, widths, aligns, fs, bold=False):
        c = self.c
        x = x0
        texts = []
        for v, w, al in zip(cells, widths, aligns):
            f, t, opts = self._cell(v)
            al = opts.get('al', al)
            b = opts.get('b', bold)
            lines = t.split('\n')
            n = len(lines)
            for k, ln in enumerate(lines):
                tw = sw(ln, fs)
                base = top - h / 2 - fs * 0.35 + (n - 1) * 6.5 - k * 13
                if al == 'l':
                    tx = x + 6 + opts.get('ind', 0) * fs
                elif al == 'r':
                    tx = x + w - 10 - tw
                else:
                    tx = x + (w - tw) / 2
                assert tx >= x + 2 and tx + tw <= x + w - 2, ('cell overflow', ln)
                c.setFont(FONT, fs)
                if b:
                    c.setLineWidth(0.3)
                c.drawString(tx, base, ln, mode=2 if b else None)
            if f:
                f.pages.append(self.page)
            texts.append(t.replace('\n', ''))
            x += w
        self.plain.append((self.page, ' '.join(texts)))

    def table(self, caption, header, rows, widths, aligns, style, unit_line=None,
              fs=10.5, rh=20, split=False, cont=None, note=None):
        c = self.c
        tw = sum(widths)
        assert tw <= TW + 0.01
        x0 = LM + (TW - tw) / 2
        hl = max(h.count('\n') + 1 for h in header)
        hh = hl * 13 + 10
        cap_h = 26
        unit_h = 16 if unit_line else 0
        note_h = 20 if note else 0
        if split:
            self.need(cap_h + unit_h + hh + rh * 3)
        else:
            self.need(cap_h + unit_h + hh + rh * len(rows) + note_h + 6)
        self.gap(4)
        self.para(caption, indent=0, size=12, lead=cap_h - 4, align='center', bold=True)
        if unit_line:
            c.setFont(FONT, 10.5)
            c.drawRightString(x0 + tw, self.y - 11, unit_line)
            self.plain.append((self.page, unit_line))
            self.y -= unit_h
        edges = [x0]
        for w in widths:
            edges.append(edges[-1] + w)

        def grid_lines(top, h, first):
            c.setLineWidth(0.6)
            c.line(x0, top - h, x0 + tw, top - h)
            if first:
                c.line(x0, top, x0 + tw, top)
            for e in edges:
                c.line(e, top, e, top - h)

        def header_block():
            top = self.y
            if style == 'three':
                c.setLineWidth(1.2)
                c.line(x0, top, x0 + tw, top)
            self._draw_row(header, top, hh, x0, widths, ['c'] * len(widths), fs, bold=True)
            if style == 'grid':
                grid_lines(top, hh, True)
            elif style == 'three':
                c.setLineWidth(0.6)
                c.line(x0, top - hh, x0 + tw, top - hh)
            self.y -= hh

        header_block()
        for r in rows:
            if self.y - rh < BM - 0.01:
                assert split, 'table %s would split' % caption
                self.new_page()
                if cont:
                    c.setFont(FONT, 10.5)
                    c.drawString(x0, self.y - 13, cont)
                    self.plain.append((self.page, cont))
                    self.y -= 20
                header_block()
            top = self.y
            self._draw_row(r, top, rh, x0, widths, aligns, fs)
            if style == 'grid':
                grid_lines(top, rh, False)
            self.y -= rh
        if style == 'three':
            c.setLineWidth(1.2)
            c.line(x0, self.y, x0 + tw, self.y)
        if note:
            self.y -= 2
            self.para(note, indent=0, size=10.5, lead=18, align='left')
        self.gap(8)


# =============================================================== breakdowns
class Book:
    """Collects breakdown specs and look-alikes for one document."""

    def __init__(self, doc, prefix):
        self.doc, self.prefix = doc, prefix
        self.items, self.looks, self.conseq = [], [], []

    def add(self, check, total, parts, unit, total_where, parts_where, kind='genuine',
            note=None, signs=None, implied_total=None):
        self.items.append(dict(check=check, total=total, parts=parts, unit=unit,
                               total_where=total_where, parts_where=parts_where, kind=kind,
                               note=note, signs=signs, implied_total=implied_total))
        return '%s%02d' % (self.prefix, len(self.items))

    def look(self, text, why):
        self.looks.append(dict(text=self.doc.resolve(text), why=why))
        return text

    def part_value(self, f, unit):
        v = f.value
        if f.unit in SCALE and unit in SCALE and f.unit != unit:
            v = v * SCALE[f.unit] / SCALE[unit]
        return v

    def export(self):
        d = self.doc
        out = []
        for i, it in enumerate(self.items, 1):
            bid = '%s%02d' % (self.prefix, i)
            parts = [d.figs[k] for k in it['parts']]
            signs = it['signs'] or ['+'] * len(parts)
            psum = sum((self.part_value(f, it['unit']) * (1 if s == '+' else -1)
                        for f, s in zip(parts, signs)), D(0))
            if it['implied_total'] is not None:
                tval, ttext, tpage = it['implied_total'], fmt(it['implied_total'], 0) + '%', parts[0].page
            else:
                tf = d.figs[it['total']]
                tval, ttext, tpage = self.part_value(tf, it['unit']), tf.text, tf.page
            diff = tval - psum
            if it['kind'] == 'genuine':
                assert diff == 0, (bid, tval, psum)
            else:
                assert diff != 0, bid
            rec = dict(file=d.fname, id=bid, kind=it['kind'], check=it['check'], total=ttext,
                       total_where=it['total_where'], parts=[f.text for f in parts],
                       parts_where=it['parts_where'], unit=it['unit'], pdf_page=tpage,
                       parts_pages=[f.page for f in parts], parts_sum=str(psum),
                       difference=str(diff))
            if it['implied_total'] is not None:
                rec['total_printed'] = False
            if it['signs']:
                rec['signs'] = signs
            if it['note']:
                rec['note'] = it['note']
            assert len(rec['parts_where']) == len(rec['parts'])
            out.append(rec)
        return out


def swap_digits(s, i):
    """swap the i-th and (i+1)-th digit of a formatted number"""
    idx = [k for k, ch in enumerate(s) if ch.isdigit()]
    a, b = idx[i], idx[i + 1]
    l = list(s)
    l[a], l[b] = l[b], l[a]
    return ''.join(l)


# ============================================================ report 1
def build_jiaoyu():
    d = Doc('xian_jiaoyu_2025_zongjie.pdf', '禾丰县教育局2025年工作总结',
            lambda p: p % 2 == 0, '禾丰县教育局2025年工作总结')
    B = Book(d, 'M')
    F = d.fig

    # ---- data
    stages = ['幼儿园', '小学', '初中', '普通高中', '中等职业学校', '特殊教育学校']
    schools = [D(58), D(42), D(15), D(3), D(1), D(1)]
    students = [D(9846), D(21375), D(10392), D(6218), D(2154), D(187)]
    teachers = [D(712), D(1268), D(896), D(487), D(136), D(32)]
    sch_pub, sch_pri = D(104), D(16)
    assert sch_pub + sch_pri == sum(schools)
    kg_open, kg_new, kg_cut = D(56), D(3), D(1)
    assert kg_open + kg_new - kg_cut == schools[0]

    d.title('禾丰县教育局2025年工作总结')
    d.center('（2025年12月18日）')
    d.gap(6)
    d.para('2025年，县教育局在县委、县政府的坚强领导和市教育局的精心指导下，坚持以习近平新时代中国特色社会主义思想为指导，'
           '全面贯彻党的教育方针，落实立德树人根本任务，围绕“办好人民满意的教育”目标，扎实推进学位扩容、质量提升、'
           '教师队伍建设和教育惠民各项工作，全县教育事业保持健康发展态势。现将全年工作总结如下。')

    d.h1('一、全县教育基本情况')
    t_sch = F('p_sch_tot', sum(schools), unit='所')
    t_pub = F('p_sch_pub', sch_pub, unit='所')
    t_pri = F('p_sch_pri', sch_pri, unit='所')
    t_stu = F('p_stu_tot', sum(students), unit='人')
    d.para(f'截至2025年秋季学期，全县共有各级各类学校{t_sch}，其中公办学校{t_pub}、民办学校{t_pri}；在校生{t_stu}。'
           '全县教育布局结构进一步优化，城区学校和乡镇中心学校办学条件明显改善，'
           '各学段学校及在校生情况见表1。')
    B.add('sum', 'p_sch_tot', ['p_sch_pub', 'p_sch_pri'], '所', '正文：全县共有各级各类学校',
          ['其中公办学校', '民办学校'])

    rows = []
    for i, st in enumerate(stages):
        rows.append([st, F('t1_s%d' % i, schools[i]), F('t1_n%d' % i, students[i]),
                     F('t1_t%d' % i, teachers[i])])
    tt_true = sum(teachers)
    rows.append([('合计', {'b': True}), F('t1_s_tot', sum(schools)), F('t1_n_tot', sum(students)),
                 F('t1_t_tot', tt_true + 1)])          # PLANTED: +1
    d.table('表1　各学段学校及在校生情况', ['学段', '学校数（所）', '在校生（人）', '专任教师（人）'],
            rows, [118, 108, 108, 108], ['c', 'c', 'c', 'c'], 'grid', rh=21)
    rw = ['表1 %s行' % s for s in stages]
    B.add('sum', 't1_s_tot', ['t1_s%d' % i for i in range(6)], '所', '表1 合计行 学校数（所）列', rw)
    B.add('sum', 't1_n_tot', ['t1_n%d' % i for i in range(6)], '人', '表1 合计行 在校生（人）列', rw)
    B.add('sum', 't1_t_tot', ['t1_t%d' % i for i in range(6)], '人', '表1 合计行 专任教师（人）列', rw,
          kind='planted', note='PLANTED: 合计 cell is one off its rows — the six 专任教师 rows add to %s, '
                               'the 合计 row prints %s (+1).' % (fmt(tt_true), fmt(tt_true + 1)))

    o, n_, c_, e = (F('kg_open', kg_open, unit='所'), F('kg_new', kg_new, unit='所'),
                    F('kg_cut', kg_cut, unit='所'), F('kg_end', schools[0], unit='所'))
    rates = B.look('全县学前三年毛入园率达到92.6%，九年义务教育巩固率达到98.3%，高中阶段毛入学率达到93.5%，'
                   '分别比上年提高1.2个、0.4个和1.6个百分点。',
                   'rates (入园率、巩固率、毛入学率) of different populations, not shares of one whole; '
                   'the 分别 list of percentage-point changes is not a breakdown either')
    d.para(f'学前教育普及普惠水平持续提升。年初全县共有幼儿园{o}，年内新建公办幼儿园{n_}、撤并小规模幼儿园{c_}，'
           f'年末幼儿园达到{e}，公办园在园幼儿占比稳步提高。{rates}'
           '义务教育阶段控辍保学实现动态清零，适龄残疾儿童少年入学安置工作全面落实。')
    B.add('balance', 'kg_end', ['kg_open', 'kg_new', 'kg_cut'], '所', '正文：年末幼儿园达到',
          ['年初全县共有幼儿园', '年内新建公办幼儿园', '撤并小规模幼儿园'], signs=['+', '+', '-'])

    d.h1('二、主要工作及成效')
    d.h2('（一）多渠道扩充优质学位供给')
    urban = [('县第三实验小学新建工程', 1620, '8500.00', '7986.40'),
             ('县城南幼儿园新建工程', 360, '2300.00', '2300.00'),
             ('县第二初级中学扩建工程', 900, '4650.00', '4212.75')]
    rural = [('石桥镇中心小学改扩建工程', 540, '1860.00', '1860.00'),
             ('龙口镇中心幼儿园新建工程', 270, '980.00', '925.30'),
             ('白沙乡九年一贯制学校扩建', 450, '2140.00', '1998.60')]
    groups = [('u', '一、城区学校', urban), ('r', '二、乡镇学校', rural)]
    seats_all = sum(D(p[1]) for g in groups for p in g[2])
    plan_all = sum(D(p[2]) for g in groups for p in g[2])
    done_all = sum(D(p[3]) for g in groups for p in g[2])
    plan_t = F('p_plan', plan_all, 2, '万元')
    done_t = F('p_done', done_all, 2, '万元')
    seats_t = F('p_seats', seats_all, unit='个')
    look_plan = B.look(f'全年实施学校新建、改扩建项目6个，计划投资{plan_t}，完成投资{done_t}，投资完成率'
                       f'{fmt(pct(done_all, plan_all), 1)}%；新增学位{seats_t}。',
                       'plan vs actual: 计划投资 and 完成投资 are two measures of the same projects, not parts; '
                       '完成率 is a rate')
    look_cum = B.look(f'近三年全县累计新增学位11,260个，其中2025年新增{fmt(seats_all)}个，城区大班额问题基本消除。',
                      'cumulative (近三年累计) vs this year: the 其中 names only this year\'s part')
    d.para('坚持把学位建设作为重大民生工程来抓，建立县级领导包联重点教育项目制度，实行“周调度、月通报”。'
           f'{look_plan}{look_cum}各项目建设情况见表2。')
    rows = []
    sub_keys = {}
    for g, gname, plist in groups:
        rows.append([(gname, {'b': True}), '', '', '', ''])
        for k, (nm, seats, plan, done) in enumerate(plist):
            rows.append([(nm, {'ind': 1}), F('t2_%s_seat%d' % (g, k), D(seats)),
                         F('t2_%s_plan%d' % (g, k), D(plan), 2), F('t2_%s_done%d' % (g, k), D(done), 2),
                         fmt(pct(D(done), D(plan), 2), 2)])
        s_seats = sum(D(p[1]) for p in plist)
        s_plan = sum(D(p[2]) for p in plist)
        s_done = sum(D(p[3]) for p in plist)
        printed_seats = s_seats + (20 if g == 'r' else 0)          # PLANTED: 乡镇小计 +20
        rows.append([('小计', {'ind': 1}), F('t2_%s_seat_sub' % g, printed_seats),
                     F('t2_%s_plan_sub' % g, s_plan, 2), F('t2_%s_done_sub' % g, s_done, 2),
                     fmt(pct(s_done, s_plan, 2), 2)])
        sub_keys[g] = (s_seats, printed_seats)
    rows.append([('合计', {'b': True, 'al': 'c'}), F('t2_seat_tot', seats_all), F('t2_plan_tot', plan_all, 2),
                 F('t2_done_tot', done_all, 2), fmt(pct(done_all, plan_all, 2), 2)])
    d.table('表2　2025年学位建设项目情况', ['项目名称', '新增学位\n（个）', '计划投资\n（万元）', '完成投资\n（万元）',
                                      '完成率\n（%）'],
            rows, [164, 62, 76, 76, 64], ['l', 'r', 'r', 'r', 'r'], 'three', rh=19,
            note='注：完成率＝完成投资÷计划投资×100%。')
    gl = {'u': '城区学校', 'r': '乡镇学校'}
    for g, gname, plist in groups:
        pw = ['表2 %s行' % p[0] for p in plist]
        if g == 'u':
            B.add('sum', 't2_u_seat_sub', ['t2_u_seat%d' % k for k in range(3)], '个',
                  '表2 城区学校 小计行 新增学位（个）列', pw)
        else:
            B.add('sum', 't2_r_seat_sub', ['t2_r_seat%d' % k for k in range(3)], '个',
                  '表2 乡镇学校 小计行 新增学位（个）列', pw, kind='planted',
                  note='PLANTED: 小计 off its group — the three 乡镇学校 rows add to %s 个, the 小计 prints %s (+20).'
                       % (fmt(sub_keys['r'][0]), fmt(sub_keys['r'][1])))
        B.add('sum', 't2_%s_plan_sub' % g, ['t2_%s_plan%d' % (g, k) for k in range(3)], '万元',
              '表2 %s 小计行 计划投资（万元）列' % gl[g], pw)
        B.add('sum', 't2_%s_done_sub' % g, ['t2_%s_done%d' % (g, k) for k in range(3)], '万元',
              '表2 %s 小计行 完成投资（万元）列' % gl[g], pw)
    allp = ['表2 %s行' % p[0] for g in groups for p in g[2]]
    id_seat_tot = B.add('sum', 't2_seat_tot', ['t2_%s_seat%d' % (g, k) for g in 'ur' for k in range(3)], '个',
                        '表2 合计行 新增学位（个）列', allp,
                        note='合计 equals the six project rows (correct). Against the printed 小计 rows '
                             '(2,880 + 1,280 = 4,160) it is off by −20 — a knock-on of the planted 乡镇 小计, '
                             'see consequence_of.')
    B.add('sum', 't2_plan_tot', ['t2_u_plan_sub', 't2_r_plan_sub'], '万元', '表2 合计行 计划投资（万元）列',
          ['表2 城区学校 小计行', '表2 乡镇学校 小计行'])
    B.add('sum', 't2_done_tot', ['t2_u_done_sub', 't2_r_done_sub'], '万元', '表2 合计行 完成投资（万元）列',
          ['表2 城区学校 小计行', '表2 乡镇学校 小计行'])
    B.look('表2 完成率（%）列: ' + '、'.join(r[4] for r in rows if r[4]) ,
           'rate column (完成投资÷计划投资), not summable; the 小计/合计 rows carry recomputed rates, '
           'not sums of the rates above them')
    B.seat_conseq = ('t2_seat_tot', sub_keys)

    d.h2('（二）全面落实学生营养改善计划')
    central, county = D('1862.40'), D('173.04')
    pupils_p, pupils_m = D(12371), D(6253)
    pupils = pupils_p + pupils_m
    per_day, days = D(5), D(200)
    assert pupils * per_day * days / 10000 == central          # per-capita x pupils = central funds
    swapped = swap_digits(fmt(pupils), 2)                        # 18,624 -> 18,264
    swapped_v = D(swapped.replace(',', ''))
    t_fund = F('nut_tot', central + county, 2, '万元')
    t_c, t_cty = F('nut_c', central, 2, '万元'), F('nut_cty', county, 2, '万元')
    t_pp = F('nut_pup', swapped_v, unit='人')                    # PLANTED: swapped digits
    t_p1, t_p2 = F('nut_p', pupils_p, unit='人'), F('nut_m', pupils_m, unit='人')
    look_pc = B.look('膳食补助标准为每生每天5元，全年按200天在校天数计算，生均补助1,000元。',
                     'per-capita standard (每生每天/生均), not a part of any total')
    d.para(f'全年落实农村义务教育学生营养改善计划资金{t_fund}，其中中央财政补助资金{t_c}、县级配套资金{t_cty}，'
           f'惠及农村义务教育阶段学生{t_pp}，其中小学生{t_p1}、初中生{t_p2}。{look_pc}'
           '全县49所农村义务教育学校全部实现食堂供餐，建立陪餐、食材集中采购和资金专户管理制度，'
           '学生营养健康状况持续改善。')
    B.add('sum', 'nut_tot', ['nut_c', 'nut_cty'], '万元', '正文：营养改善计划资金', ['其中中央财政补助资金', '县级配套资金'])
    B.add('sum', 'nut_pup', ['nut_p', 'nut_m'], '人', '正文：惠及农村义务教育阶段学生', ['其中小学生', '初中生'],
          kind='planted', note='PLANTED: prose total off its 其中 parts by a swapped pair of digits — '
                               'parts add to %s人, total printed %s人.' % (fmt(pupils), swapped))

    d.h2('（三）精准实施学生资助')
    aid = [D('186.40'), D('1035.60'), D('1172.32'), D('452.20')]
    aid_tot = sum(aid)
    t_aid = F('aid_tot', aid_tot, 2, '万元')
    t_a0 = F('aid0', aid[0], 2, '元')             # PLANTED: unit slipped 万元 -> 元
    t_a1, t_a2, t_a3 = (F('aid1', aid[1], 2, '万元'), F('aid2', aid[2], 2, '万元'), F('aid3', aid[3], 2, '万元'))
    look_some = B.look('资助学生31,286人次，其中脱贫家庭（含监测对象）学生8,417人次。',
                       '其中 names only one subgroup of the whole (not an exhaustive breakdown)')
    d.para(f'坚持应助尽助、精准资助，全年累计发放各类学生资助资金{t_aid}，{look_some}'
           f'分学段看，学前教育阶段幼儿资助{t_a0}，义务教育阶段家庭经济困难学生生活补助{t_a1}，'
           f'普通高中国家助学金及免学费补助{t_a2}，中等职业教育国家助学金及免学费补助{t_a3}。')
    B.add('sum', 'aid_tot', ['aid0', 'aid1', 'aid2', 'aid3'], '万元', '正文：全年累计发放各类学生资助资金',
          ['学前教育阶段幼儿资助', '义务教育阶段家庭经济困难学生生活补助', '普通高中国家助学金及免学费补助',
           '中等职业教育国家助学金及免学费补助'],
          kind='planted', note='PLANTED: unit slip — 学前教育阶段幼儿资助 is printed as 186.40元 where 186.40万元 is meant; '
                               'read as printed (0.018640万元) the parts no longer reach the total. With 万元 they add '
                               'exactly to %s万元.' % fmt(aid_tot, 2))
    loan_n, loan_amt = D(1318), D('1186.20')
    assert loan_amt * 10000 / loan_n == D(9000)
    look_loan = B.look(f'办理生源地信用助学贷款{fmt(loan_n)}人、贷款金额{fmt(loan_amt, 2)}万元，人均贷款9,000元。',
                       'per-capita amount (人均贷款) next to a total; not a breakdown')
    t_aid_r = F('aid_rep', aid_tot, 2, '万元')
    d.para(f'{look_loan}上述{t_aid_r}资助资金全部通过“一卡通”或银行代发方式直接发放到学生或监护人账户，'
           '全年开展资助政策宣传进村入户活动，确保家庭经济困难学生应知尽知、应享尽享。')
    B.add('repeat', 'aid_tot', ['aid_rep'], '万元', '正文：全年累计发放各类学生资助资金（首次）',
          ['正文：上述……资助资金（复述）'])

    d.h2('（四）加强教师队伍建设')
    rec = [D(124), D(42), D(20)]
    t_rec = F('rec_tot', sum(rec), unit='人')
    r0, r1, r2 = (F('rec%d' % i, v, unit='人') for i, v in enumerate(rec))
    look_ov = B.look('全县专任教师中，具有本科及以上学历的2,816人，具有中级及以上职称的1,942人，'
                     '县级及以上骨干教师、学科带头人共368人。',
                     'overlapping categories of teachers (学历, 职称, 骨干) — not parts of one whole')
    d.para(f'全年新招聘教师{t_rec}，其中公开招聘{r0}、“特岗计划”教师{r1}、公费师范毕业生{r2}，'
           f'有效缓解了乡村学校学科结构性缺员问题。{look_ov}')
    B.add('sum', 'rec_tot', ['rec0', 'rec1', 'rec2'], '人', '正文：全年新招聘教师',
          ['其中公开招聘', '“特岗计划”教师', '公费师范毕业生'])
    trn = [D(318), D(1264), D(2871), D(8007)]
    t_trn = F('trn_tot', sum(trn), unit='人次')
    tt = [F('trn%d' % i, v, unit='人次') for i, v in enumerate(trn)]
    d.para(f'组织开展教师全员培训{t_trn}，其中国家级培训{tt[0]}、省级培训{tt[1]}、市级培训{tt[2]}、'
           f'县级及校本培训{tt[3]}。落实乡村教师生活补助政策，按照学校偏远程度分三档发放补助，'
           '新建、改造教师周转宿舍120套，乡村教师队伍稳定性进一步增强。')
    B.add('sum', 'trn_tot', ['trn%d' % i for i in range(4)], '人次', '正文：组织开展教师全员培训',
          ['其中国家级培训', '省级培训', '市级培训', '县级及校本培训'])

    d.h2('（五）稳步提升教育教学质量')
    look_gk = B.look('2025年高考本科上线1,847人，比上年增加129人，本科上线率61.4%，比上年提高2.3个百分点。',
                     'growth figures and a rate (上线率), not a breakdown')
    d.para(f'深化课堂教学改革，实施“强基培优”计划，组建县域教研共同体8个。{look_gk}'
           '全县学生体质健康测试优良率达到56.8%，在全市义务教育质量监测中，我县四年级、八年级各学科平均成绩'
           '均高于全市平均水平。')

    d.h1('三、教育经费保障情况')
    items = [('学校基本建设', '5420.00', '5180.00'), ('教育信息化', '1380.00', '1150.00'),
             ('教师队伍建设', '640.00', '600.00'), ('学前教育发展', '2260.00', '2105.00'),
             ('校园安全及后勤保障', '1950.00', '1890.00'), ('公用经费补助', '3150.00', '3020.00'),
             ('其他', '400.00', '455.00')]
    cur_tot = sum(D(x[1]) for x in items)
    prev_tot = sum(D(x[2]) for x in items)
    shares = [pct(D(x[1]), cur_tot) for x in items]
    assert sum(shares) == D('100.0'), sum(shares)
    gr = lambda a, b: q((D(a) / D(b) - 1) * 100, 1)
    look_sh = B.look(f'县级财政安排教育专项资金{fmt(cur_tot, 2)}万元，比上年增长{fmt(gr(cur_tot, prev_tot), 1)}%，'
                     f'其中学校基本建设{fmt(D(items[0][1]), 2)}万元，占{fmt(shares[0], 1)}%。',
                     'growth rate next to a share; the 其中 names a single item of table 3 only')
    look_tot = B.look('全年全县教育经费总投入9.86亿元，比上年增长5.3%，其中一般公共预算教育支出8.12亿元，'
                      '占一般公共预算支出的18.7%。',
                      '其中 names only one source of the total; 18.7% is a ratio to a different base')
    d.para(f'坚持把教育作为财政支出重点领域予以优先保障。{look_tot}{look_sh}专项资金安排情况见表3。')
    rows = []
    for i, (nm, cur, prev) in enumerate(items):
        rows.append([nm, F('t3_a%d' % i, D(cur), 2), F('t3_s%d' % i, shares[i], 1), fmt(gr(cur, prev), 1)])
    rows.append(['合计', F('t3_a_tot', cur_tot, 2), F('t3_s_tot', D(100), 1), fmt(gr(cur_tot, prev_tot), 1)])
    d.table('表3　2025年县级教育专项资金安排情况', ['项目', '金额', '占比（%）', '比上年增长（%）'], rows,
            [160, 100, 84, 98], ['l', 'r', 'r', 'r'], 'none', unit_line='单位：万元', rh=19)
    pw = ['表3 %s行' % x[0] for x in items]
    B.add('sum', 't3_a_tot', ['t3_a%d' % i for i in range(7)], '万元', '表3 合计行 金额列（单位行：万元）', pw)
    B.add('share', 't3_s_tot', ['t3_s%d' % i for i in range(7)], '%', '表3 合计行 占比（%）列', pw)
    B.look('表3 比上年增长（%）列: ' + '、'.join(r[3] for r in rows),
           'growth-rate column next to the share column; not summable (合计 row is the growth of the total)')

    d.h1('四、存在的问题')
    d.para('一是城乡教育资源配置仍不均衡，城区学校学位依然偏紧，部分乡村小规模学校办学效益不高；'
           '二是教师队伍结构性矛盾仍然存在，音体美、信息科技等学科教师短缺，乡村教师老龄化问题较为突出；'
           '三是教育经费投入压力较大，部分学校建设项目资金缺口较大，校舍维修改造任务较重；'
           '四是学前教育和特殊教育发展相对滞后，普惠性资源供给和融合教育水平有待进一步提升。')

    d.h1('五、2026年工作打算')
    p26 = [D(1500), D(900)]
    t26 = F('p26_tot', sum(p26), unit='个')
    a26, b26 = F('p26_u', p26[0], unit='个'), F('p26_r', p26[1], unit='个')
    d.para(f'一是持续扩充优质学位。计划实施学校建设项目5个，新增学位{t26}，其中城区{a26}、乡镇{b26}，'
           '全面消除城区学校大班额。二是深化教育教学改革。推进集团化办学和城乡学校共同体建设，'
           '实现乡村学校结对帮扶全覆盖。三是加强教师队伍建设。完善教师补充机制，深化“县管校聘”管理改革，'
           '加大音体美等紧缺学科教师招聘力度。四是强化教育经费保障。确保一般公共预算教育支出逐年只增不减，'
           '按在校学生人数平均的一般公共预算教育支出逐年只增不减。五是守牢校园安全底线，'
           '常态化开展校园安全隐患排查整治，切实维护校园安全稳定。')
    B.add('sum', 'p26_tot', ['p26_u', 'p26_r'], '个', '正文：2026年计划新增学位（计划数）', ['其中城区', '乡镇'],
          note='a plan figure, but its 其中 parts are exhaustive and add up')
    d.para('2026年，县教育局将坚持以人民为中心的发展思想，锚定教育强县建设目标，'
           '奋力推动全县教育事业高质量发展，为全县经济社会发展提供坚实的人才支撑。')

    pages = d.finish()
    return d, B, pages


# ============================================================ report 2
def build_minzheng():
    d = Doc('xian_minzheng_2025_huibao.pdf', '禾丰县民政局2025年度工作情况汇报',
            lambda p: p >= 2, '禾丰县民政局2025年度工作情况汇报')
    B = Book(d, 'N')
    F = d.fig

    d.title('禾丰县民政局2025年度工作情况汇报')
    d.center('——向县委县政府年度考核组的汇报')
    d.center('（2025年12月）')
    d.gap(6)
    d.para('尊敬的考核组各位领导：', indent=0)
    look_exp = B.look('全年全县民政事业支出 3.42 亿元，比上年增长 6.2%。',
                      'a stand-alone total with a growth rate; not broken down in the report')
    d.para('首先，我代表县民政局，对考核组莅临我局检查指导工作表示热烈欢迎！2025年，在县委、县政府的坚强领导下，'
           '县民政局坚持以人民为中心的发展思想，聚焦“兜底线、织密网、建机制”，扎实推进社会救助、养老服务、'
           f'社会事务等各项工作，全县民政事业保持平稳健康发展。{look_exp}下面，我就全年工作情况作简要汇报。')

    d.h1('一、兜牢基本民生保障底线')
    d.h2('（一）城乡低保提标扩面')
    hh = [D(1286), D(5556)]
    pp = [D(1953), D(9422)]
    money = [D('1725.60'), D('6690.77')]
    th, th0, th1 = F('db_h', sum(hh), unit='户', sp=True), F('db_h0', hh[0], unit='户', sp=True), F('db_h1', hh[1], unit='户', sp=True)
    tp, tp0, tp1 = F('db_p', sum(pp), unit='人', sp=True), F('db_p0', pp[0], unit='人', sp=True), F('db_p1', pp[1], unit='人', sp=True)
    tm, tm0, tm1 = (F('db_m', sum(money), 2, '万元', True), F('db_m0', money[0], 2, '万元', True),
                    F('db_m1', money[1], 2, '万元', True))
    std_u, std_u_prev, std_r, std_r_prev = D(780), D(750), D(6960), D(6600)
    look_std = B.look(f'城市、农村低保标准分别提高到每人每月 {fmt(std_u)} 元和每人每年 {fmt(std_r)} 元，'
                      f'分别比上年增长 {fmt(gr2(std_u, std_u_prev), 1)}% 和 {fmt(gr2(std_r, std_r_prev), 1)}%。',
                      'per-capita standards (每人每月/每人每年) and growth rates in a 分别 list — not a breakdown')
    causes = [('因病致贫的', D(2894)), ('因残致贫的', D(1697)), ('缺乏劳动力的', D(1273)), ('其他原因的', D(978))]
    assert sum(c for _, c in causes) == sum(hh)
    cshare = [pct(c, sum(hh)) for _, c in causes]
    assert sum(cshare) == 100
    cprint = list(cshare)
    cprint[3] = cshare[3] + D('0.4')                         # PLANTED: 14.3 -> 14.7
    cs = [F('cause%d' % i, v, 1, '%') for i, v in enumerate(cprint)]
    d.para(f'截至11月底，全县共有城乡低保对象 {th} {tp}，其中城市低保 {th0} {tp0}，农村低保 {th1} {tp1}。'
           f'全年累计发放低保金 {tm}，其中城市低保金 {tm0}、农村低保金 {tm1}。{look_std}'
           f'从致贫原因看，因病致贫的占 {cs[0]}，因残致贫的占 {cs[1]}，缺乏劳动力的占 {cs[2]}，其他原因的占 {cs[3]}。')
    B.add('sum', 'db_h', ['db_h0', 'db_h1'], '户', '正文：全县共有城乡低保对象（户）', ['其中城市低保', '农村低保'])
    B.add('sum', 'db_p', ['db_p0', 'db_p1'], '人', '正文：全县共有城乡低保对象（人）', ['其中城市低保', '农村低保'])
    B.add('sum', 'db_m', ['db_m0', 'db_m1'], '万元', '正文：全年累计发放低保金', ['其中城市低保金', '农村低保金'])
    B.add('share', None, ['cause%d' % i for i in range(4)], '%', '（未印出，按致贫原因分类应合计100%）',
          [c[0] for c in causes], kind='planted', implied_total=D(100),
          note='PLANTED: shares sum to 100.4%% — 其他原因 printed %s%% instead of %s%% (978 of 6,842 户).'
               % (fmt(cprint[3], 1), fmt(cshare[3], 1)))
    h_open, h_in, h_out = D(6897), D(586), D(641)
    assert h_open + h_in - h_out == sum(hh)
    bo, bi, bx, be = (F('dbb_open', h_open, unit='户', sp=True), F('dbb_in', h_in, unit='户', sp=True),
                      F('dbb_out', h_out, unit='户', sp=True), F('dbb_end', sum(hh), unit='户', sp=True))
    d.para('全面推行低保审核确认权限下放乡镇，开展低保对象动态管理，做到应保尽保、应退尽退。'
           f'全年新增纳入低保 {bi}、退出 {bx}，低保户数由年初的 {bo}调整为11月底的 {be}。'
           '对新纳入对象实行“即审即发”，低保审核确认时限由原来的30个工作日压缩至15个工作日以内。')
    B.add('balance', 'dbb_end', ['dbb_open', 'dbb_in', 'dbb_out'], '户', '正文：11月底低保户数',
          ['年初低保户数', '全年新增纳入低保', '退出'], signs=['+', '+', '-'])

    d.h2('（二）特困人员应养尽养')
    tk = [D(612), D(1706)]
    tkm = [D('2466.90'), D('575.28')]
    k0, k1, kt = F('tk0', tk[0], unit='人', sp=True), F('tk1', tk[1], unit='人', sp=True), F('tk', sum(tk), unit='人', sp=True)
    km0, km1, kmt = (F('tkm0', tkm[0], 2, '万元', True), F('tkm1', tkm[1], 2, '万元', True),
                     F('tkm', sum(tkm), 2, '万元', True))
    look_dis = B.look('特困人员中失能、半失能人员 486 人，均已落实照料护理责任人。',
                      'a subgroup of 特困人员 only (失能、半失能 overlaps 集中/分散), not a breakdown')
    d.para(f'严格落实特困人员救助供养制度，全县共有特困人员 {kt}，其中集中供养 {k0}、分散供养 {k1}；{look_dis}'
           f'全年发放特困人员救助供养资金 {kmt}，其中基本生活费 {km0}、照料护理费 {km1}。'
           '特困人员基本生活标准按不低于当地低保标准的1.3倍确定，照料护理标准分全自理、半护理、全护理三档，'
           '实现按档精准发放。')
    B.add('sum', 'tk', ['tk0', 'tk1'], '人', '正文：全县共有特困人员', ['其中集中供养', '分散供养'])
    B.add('sum', 'tkm', ['tkm0', 'tkm1'], '万元', '正文：全年发放特困人员救助供养资金', ['其中基本生活费', '照料护理费'])
    homes = [('城关敬老院', 146), ('石桥敬老院', 118), ('龙口敬老院', 97), ('白沙敬老院', 88), ('清河敬老院', 86),
             ('马坪敬老院', 77)]
    assert sum(D(h[1]) for h in homes) == tk[0]
    ht = F('home_tot', tk[0], unit='人', sp=True)
    hl = [F('home%d' % i, D(v), unit='人', sp=True) for i, (_, v) in enumerate(homes)]
    d.para(f'全县6所乡镇敬老院共集中供养特困人员 {ht}，分别为'
           + '、'.join(n + ' ' + hl[i] for i, (n, _) in enumerate(homes)) +
           '。持续推进敬老院改造提升，全面完成消防设施、适老化和护理功能改造，'
           '配齐院长和护理人员，护理人员与集中供养失能特困人员配比达到1∶3；'
           '敬老院全部建立“一院一档”安全管理台账，消防、食品、医疗等安全责任全部落实到人。')
    B.add('sum', 'home_tot', ['home%d' % i for i in range(6)], '人', '正文：6所乡镇敬老院共集中供养特困人员',
          [h[0] for h in homes], note='genuine 分别为 list that runs across a page boundary')

    d.h2('（三）临时救助及时高效')
    ls = [D(1426), D(3305)]
    ltype = [D(2910), D(1821)]
    assert sum(ls) == sum(ltype)
    lsh = [pct(v, sum(ls)) for v in ltype]
    assert sum(lsh) == 100
    lfund = D('1128.45')
    per = q(lfund * 10000 / sum(ls), 0)
    lt, l0, l1 = F('ls', sum(ls), unit='人次', sp=True), F('ls0', ls[0], unit='人次', sp=True), F('ls1', ls[1], unit='人次', sp=True)
    s0, s1 = F('lsh0', lsh[0], 1, '%'), F('lsh1', lsh[1], 1, '%')
    lf = F('lfund', lfund, 2, '万元', True)
    look_per = B.look(f'人次均救助 {fmt(per)} 元。', 'per-capita (人次均) amount, not a part')
    d.para('深化“先行救助”“分级审批”改革，乡镇（街道）临时救助备用金制度全面落实。'
           '建立“一门受理、协同办理”机制，全县所有乡镇（街道）均设立社会救助服务窗口，村（社区）配备社会救助协理员。'
           f'全年实施临时救助 {lt}，其中城市 {l0}、农村 {l1}；按救助类型分，急难型救助占 {s0}、支出型救助占 {s1}。'
           f'发放临时救助金 {lf}，{look_per}')
    B.add('sum', 'ls', ['ls0', 'ls1'], '人次', '正文：全年实施临时救助', ['其中城市', '农村'])
    B.add('share', None, ['lsh0', 'lsh1'], '%', '（未印出，按救助类型分类应合计100%）', ['急难型救助', '支出型救助'],
          implied_total=D(100))
    d.para('健全低收入人口动态监测和常态化救助帮扶机制，将低保边缘家庭、刚性支出困难家庭全部纳入监测范围，'
           '每月开展数据比对和风险预警，对监测发现的困难群众第一时间核实、第一时间救助，'
           '全年通过监测预警新纳入社会救助范围的困难群众均在规定时限内落实了相应救助措施。')
    all3 = sum(money) + sum(tkm) + lfund
    a_m = F('all3_m', sum(money), 2, '万元', True)
    a_t = F('all3_t', sum(tkm), 2, '万元', True)
    a_l = F('all3_l', lfund, 2, '万元', True)
    a3 = F('all3', all3, 2, '万元', True)
    d.para(f'以上三项合计，全年共发放城乡低保金 {a_m}、特困人员救助供养资金 {a_t}、临时救助金 {a_l}，'
           f'合计 {a3}，全部按月足额发放到位。同时，积极引导慈善组织、爱心企业和志愿服务力量参与社会救助，'
           '推行“政府救助＋慈善帮扶”模式，对经政府救助后基本生活仍有困难的家庭给予补充帮扶，'
           '形成了政府主导、部门协同、社会参与的社会救助工作格局。各乡镇社会救助对象情况见表1。')
    B.add('sum', 'all3', ['all3_m', 'all3_t', 'all3_l'], '万元', '正文：三项合计发放社会救助资金',
          ['城乡低保金', '特困人员救助供养资金', '临时救助金'])

    towns = ['城关镇', '石桥镇', '龙口镇', '白沙乡', '清河镇', '马坪乡', '青石镇', '桃源乡', '柳林镇', '新店镇',
             '双河乡', '高峰乡']
    cols = {
        'h': ([986, 742, 615, 528, 663, 471, 589, 437, 512, 498, 406], sum(hh)),
        'p': ([1612, 1238, 1021, 874, 1105, 786, 978, 729, 851, 826, 679], sum(pp)),
        't': ([318, 246, 205, 187, 214, 163, 198, 152, 176, 169, 148], sum(tk)),
        'l': ([712, 498, 421, 376, 455, 318, 402, 297, 344, 331, 282], sum(ls)),
    }
    vals = {}
    for k, (first, tot) in cols.items():
        v = [D(x) for x in first]
        v.append(tot - sum(v))
        assert v[-1] > 0
        vals[k] = v
    rows = []
    for i, tn in enumerate(towns):
        rows.append([tn] + [F('tb_%s%d' % (k, i), vals[k][i]) for k in 'hptl'])
    rows.append([('合计', {'b': True})] + [F('tb_%s_tot' % k, sum(vals[k])) for k in 'hptl'])
    d.table('表1　2025年各乡镇社会救助对象情况（截至11月底）',
            ['乡镇', '低保户数\n（户）', '低保人数\n（人）', '特困人员\n（人）', '临时救助\n（人次）'],
            rows, [90, 88, 88, 88, 88], ['c', 'r', 'r', 'r', 'r'], 'grid', rh=20, split=True, cont='续表1')
    tw_ = ['表1 %s行' % t for t in towns]
    for k, lab, unit in [('h', '低保户数（户）', '户'), ('p', '低保人数（人）', '人'), ('t', '特困人员（人）', '人'),
                         ('l', '临时救助（人次）', '人次')]:
        B.add('sum', 'tb_%s_tot' % k, ['tb_%s%d' % (k, i) for i in range(12)], unit, '表1 合计行 %s列' % lab, tw_,
              note='table runs across a page break with its header repeated (续表1)')

    d.h2('（四）强化救助资金监管')
    rep = F('all3_rep', all3 + 100, 2, '万元', True)              # PLANTED: restated +100.00
    d.para(f'开展社会救助领域群众身边不正之风和腐败问题专项整治，对上述 {rep} 救助资金实行“一卡通”发放、'
           '全流程监管，全年开展救助资金专项检查2轮，发现并整改问题23个；'
           '依托低收入人口动态监测信息平台，与公安、人社、住建、市场监管等部门开展数据比对，'
           '及时预警、精准识别，做到早发现、早介入、早帮扶。')
    B.add('repeat', 'all3', ['all3_rep'], '万元', '正文：三项合计发放社会救助资金（首次）',
          ['第（四）部分：上述……救助资金（复述）'], kind='planted',
          note='PLANTED: restated figure differs from its first printing — first printed %s万元, restated as %s万元 (+100.00).'
               % (fmt(all3, 2), fmt(all3 + 100, 2)))

    d.h1('二、养老服务体系加快完善')
    inst = [D(14), D(7)]
    it_, i0, i1 = F('inst', sum(inst), unit='家'), F('inst0', inst[0], unit='家'), F('inst1', inst[1], unit='家')
    look_old = B.look('全县60周岁以上老年人68,412人，占户籍总人口的19.6%，其中80周岁以上高龄老人9,873人。',
                      '其中 names only one age group of the elderly; 19.6% is a ratio to total population')
    d.para(f'{look_old}全县共有养老机构{it_}，其中公办{i0}、民办{i1}，'
           '建成县级养老服务指导中心1个、乡镇（街道）区域养老服务中心9个。')
    B.add('sum', 'inst', ['inst0', 'inst1'], '家', '正文：全县共有养老机构', ['其中公办', '民办'])
    b_open, b_new, b_cut = D(3860), D(420), D(86)
    b_end_true = b_open + b_new - b_cut
    bo_, bn_, bc_ = F('bed_open', b_open, unit='张'), F('bed_new', b_new, unit='张'), F('bed_cut', b_cut, unit='张')
    be_ = F('bed_end', b_end_true + 20, unit='张')                # PLANTED: +20
    look_plan = B.look(f'全年计划新增养老床位500张，实际新增{fmt(b_new)}张，完成年度计划的{fmt(pct(b_new, D(500)), 1)}%。',
                       'plan vs actual with a completion rate; 500 and 420 are not parts of anything')
    d.para(f'年初全县养老床位{bo_}，全年新增{bn_}、核减{bc_}，年末养老床位达到{be_}，其中护理型床位占比达到58.2%。'
           f'{look_plan}')
    B.add('balance', 'bed_end', ['bed_open', 'bed_new', 'bed_cut'], '张', '正文：年末养老床位达到',
          ['年初全县养老床位', '全年新增', '核减'], signs=['+', '+', '-'], kind='planted',
          note='PLANTED: balance does not close — %s + %s − %s = %s 张, 年末 printed %s 张 (+20).'
               % (fmt(b_open), fmt(b_new), fmt(b_cut), fmt(b_end_true), fmt(b_end_true + 20)))
    B.look('其中护理型床位占比达到58.2%。', 'a single share (护理型 of all beds), other shares not given — not a breakdown')
    look_cum = B.look('累计建成农村互助幸福院152个，其中今年新建18个。',
                      'cumulative (累计) vs this year: the 其中 is only this year\'s part')
    sen = D(9873)
    look_ga = B.look(f'为{fmt(sen)}名80周岁以上老年人发放高龄津贴{fmt(sen * 600 / 10000, 2)}万元，人均每年600元。',
                     'per-capita allowance next to a total; not a breakdown')
    d.para(f'大力发展农村互助养老，{look_cum}推进居家和社区养老服务改革，为特殊困难老年人家庭实施适老化改造320户。'
           f'{look_ga}')

    d.h1('三、社会事务服务水平稳步提升')
    so = [D(312), D(27), D(9)]
    s_o, s_n, s_c, s_e = (F('so_open', so[0], unit='家'), F('so_new', so[1], unit='家'), F('so_cut', so[2], unit='家'),
                          F('so_end', so[0] + so[1] - so[2], unit='家'))
    d.para(f'社会组织管理更加规范。年初全县登记社会组织{s_o}，全年新登记{s_n}、注销{s_c}，年末{s_e}；'
           '开展社会组织年检和等级评估，清理整治“僵尸型”社会组织，社会组织党组织覆盖率进一步提高。')
    B.add('balance', 'so_end', ['so_open', 'so_new', 'so_cut'], '家', '正文：年末登记社会组织',
          ['年初全县登记社会组织', '全年新登记', '注销'], signs=['+', '+', '-'])
    mar = [D(2287), D(877)]
    m0, m1, mt = F('mar0', mar[0], unit='对'), F('mar1', mar[1], unit='对'), F('mar', sum(mar), unit='对')
    d.para(f'婚姻登记和殡葬管理服务持续优化。全年办理结婚登记{m0}、离婚登记{m1}，共计{mt}，婚姻登记合格率100%；'
           '深入推进殡葬领域突出问题专项整治，完成乡镇公益性公墓建设5个。')
    B.add('sum', 'mar', ['mar0', 'mar1'], '对', '正文：婚姻登记共计', ['结婚登记', '离婚登记'])
    dis = [D('612.48'), D('774.24')]
    dt = F('dis', sum(dis), 2, '万元')
    d0 = F('dis0', dis[0], 2, '万元')
    d1 = F('dis1', dis[1] + 10, 2, '万元')                        # PLANTED: part +10.00
    d.para(f'残疾人福利制度不断完善。全年发放残疾人两项补贴资金{dt}，其中困难残疾人生活补贴{d0}、'
           f'重度残疾人护理补贴{d1}，惠及残疾人14,205人次。')
    B.add('sum', 'dis', ['dis0', 'dis1'], '万元', '正文：残疾人两项补贴资金', ['其中困难残疾人生活补贴', '重度残疾人护理补贴'],
          kind='planted', note='PLANTED: a 其中 part is misprinted — 重度残疾人护理补贴 should be %s万元, printed %s万元 '
                               '(+10.00), so the two parts exceed the total.' % (fmt(dis[1], 2), fmt(dis[1] + 10, 2)))

    d.h1('四、存在的问题和下一步打算')
    d.para('一是社会救助精准度有待进一步提高，部分乡镇入户核查不够深入细致；二是养老服务供给与需求不够匹配，'
           '农村养老服务设施运营能力偏弱，专业护理人才短缺；三是基层民政工作力量相对薄弱，信息化水平有待提升。')
    look_26 = B.look('2026年计划新增养老床位360张，其中护理型床位240张。',
                     'plan figure; the 其中 names only one type of the planned beds')
    d.para('下一步，我们将重点抓好以下工作：一是健全分层分类社会救助体系，加强低收入人口动态监测和常态化救助帮扶；'
           f'二是加快构建居家社区机构相协调、医养康养相结合的养老服务体系，{look_26}'
           '三是持续提升婚姻登记、殡葬服务、社会组织管理等社会事务服务水平。')
    d.para('以上汇报，不妥之处，请考核组各位领导批评指正。')
    d.gap(10)
    d.para('禾丰县民政局', indent=0, align='right')
    d.para('2025年12月16日', indent=0, align='right')
    pages = d.finish()
    hp = [d.figs['home%d' % i].page for i in range(6)]
    tp = [d.figs['tb_h%d' % i].page for i in range(12)]
    print('homes total p%d parts' % d.figs['home_tot'].page, hp, 'table rows', tp, 'tot p', d.figs['tb_h_tot'].page)
    assert len(set(hp)) == 2, 'list must cross a page'
    assert tp[0] != tp[-1] and tp.count(tp[0]) >= 3 and tp.count(tp[-1]) >= 3, 'table must split'
    return d, B, pages


def gr2(a, b):
    return q((a / b - 1) * 100, 1)


def main():
    files, bds, looks, conseq = [], [], [], []
    for build in (build_jiaoyu, build_minzheng):
        d, B, pages = build()
        assert 4 <= pages <= 6, (d.fname, pages)
        files.append(dict(file=d.fname, pages=pages))
        recs = B.export()
        bds += recs
        for lk in B.looks:
            looks.append(dict(file=d.fname, **lk))
        if hasattr(B, 'seat_conseq'):
            key, sub = B.seat_conseq
            f = d.figs[key]
            planted = [r for r in recs if r['total'] == d.figs['t2_r_seat_sub'].text and r['kind'] == 'planted'][0]
            assert f.value != sub['u'][1] + sub['r'][1]
            conseq.append(dict(file=d.fname, total=f.text, total_where='表2 合计行 新增学位（个）列', pdf_page=f.page,
                               of=planted['id'],
                               note='合计 %s ≠ 城区小计 %s + 乡镇小计 %s = %s (difference %s); it equals the six project '
                                    'rows, so only the 乡镇 小计 is wrong' % (
                                        f.text, fmt(sub['u'][1]), fmt(sub['r'][1]), fmt(sub['u'][1] + sub['r'][1]),
                                        f.value - sub['u'][1] - sub['r'][1])))
        with open(os.path.join(OUT, d.fname + '.lines.json'), 'w') as fh:
            json.dump(d.plain, fh, ensure_ascii=False, indent=0)
    exp = dict(files=files, conventions=CONVENTIONS, breakdowns=bds, consequence_of=conseq,
               lookalikes_not_breakdowns=looks)
    with open(os.path.join(OUT, 'expected.json'), 'w') as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    n_pl = sum(1 for b in bds if b['kind'] == 'planted')
    n_ge = sum(1 for b in bds if b['kind'] == 'genuine')
    print('files', files)
    print('breakdowns: %d genuine, %d planted; look-alikes %d' % (n_ge, n_pl, len(looks)))
    for b in bds:
        if b['kind'] == 'planted':
            print(b['id'], b['check'], b['total'], 'p%d' % b['pdf_page'], 'diff', b['difference'])
    for w in WARN:
        print('WARN', w)


CONVENTIONS = (
    'Figures are printed with comma thousands separators (1,286) and, for money, two decimals; units follow the number '
    'directly (12,460人次) or, in the 民政 report, after one space as Word output often has (11,375 人, 8,416.37 万元); '
    'table cells carry no unit, the unit is in the column header or in a caption line (表3 "单位：万元"). '
    '"total" and "parts" are quoted exactly as printed; "pdf_page"/"parts_pages" are 1-based physical pages where the '
    'text is drawn. check=sum: total = Σ parts. check=share: parts are percentages, total is the printed 合计 share '
    '(表3 "100.0") or, when no total is printed, an implied "100%" with total_printed=false and pdf_page = page of the '
    'shares. check=balance: parts are [opening, additions, reductions] with "signs" [+,+,−]; parts_sum = '
    'opening + additions − reductions and total is the closing figure. check=repeat: total is the first printing, the '
    'single part is the later restatement (上述…); parts_sum is that restated value. parts_sum is an exact Decimal in '
    'the breakdown unit: a part printed in another unit is converted (元→万元 ÷10000), so a part whose unit slipped is '
    'counted as printed. difference = total − parts_sum (0 for genuine). consequence_of lists correct totals that only '
    'look wrong because a planted 小计 is wrong. Look-alikes are correct statements that are not breakdowns and must '
    'not be flagged.')

if __name__ == '__main__':
    main()
