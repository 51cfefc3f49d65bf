#!/usr/bin/env python3
"""Blind test probe: builds two realistic county-government report PDFs plus expected.json.

Run:  /work/main/.venv/bin/python make.py
Outputs (next to this script): linxi_2024_audit_report.pdf, linxi_2025H1_rural_revitalization_summary.pdf,
expected.json.  Deterministic: no randomness; every figure is a Decimal registered with the layout engine,
which records the page it is drawn on.
"""
import os
import json
import re
from decimal import Decimal as D
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont('ZH', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))

TOK = re.compile(r'[0-9A-Za-z.,%/\-]+|.', re.S)
NO_START = set('，。、；：？！）》”’%】」 ')
NO_END = set('（《“‘【「')


def sw(t, s):
    return pdfmetrics.stringWidth(t, 'ZH', s)


def fmtnum(v, places=None, sep=True):
    if places is None:
        places = max(0, -v.as_tuple().exponent)
    q = v.quantize(D(1).scaleb(-places))
    return format(q, (',' if sep else '') + '.%df' % places), q


class Run:
    def __init__(self, text, key):
        self.text, self.key = text, key


class Mark:
    def __init__(self, name, start):
        self.name, self.start = name, start


class Doc:
    def __init__(self, path, size, lead, margins, footer, title, author):
        self.path = path
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator('Microsoft Word')
        self.W, self.H = A4
        self.size, self.lead = size, lead
        self.tm, self.bm, self.lm, self.rm = [m * mm for m in margins]
        self.tw = self.W - self.lm - self.rm
        self.footer = footer
        self.page = 1
        self.y = self.H - self.tm
        self.figs = {}
        self.forder = []
        self.spans = {}
        self.open = {}
        self.nspan = 0
        self.bds = []
        self.tables = {}
        self.ncont = 0

    # ---------------------------------------------------------------- figures
    def F(self, key, val, unit='', places=None, sep=True, sp=False, show=True, label=None):
        assert key not in self.figs, key
        assert isinstance(val, D), key
        num, q = fmtnum(val, places, sep)
        text = num + ((' ' if sp else '') + unit if show else '')
        self.figs[key] = dict(text=text, val=q, unit=unit, page=None, label=label or key)
        self.forder.append(key)
        return Run(text, key)

    def LA(self, runs, why):
        self.nspan += 1
        name = 'LA%02d' % self.nspan
        self.spans[name] = dict(why=why, text='', page=None)
        return [Mark(name, True)] + list(runs) + [Mark(name, False)]

    # ---------------------------------------------------------------- pages
    def draw_footer(self):
        c = self.c
        c.setFont('ZH', 10.5)
        c.setFillColorRGB(0, 0, 0)
        c.drawCentredString(self.W / 2, 14 * mm, self.footer(self.page))

    def newpage(self):
        self.draw_footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.tm

    def save(self):
        self.draw_footer()
        self.c.save()

    def keep(self, nlines):
        """keep-with-next: start a new page if fewer than nlines body lines remain"""
        if self.y - nlines * self.lead < self.bm:
            self.newpage()

    def space(self, h):
        self.y -= h

    # ---------------------------------------------------------------- text
    def _draw(self, x, base, text, size, bold=False, cs=0.0):
        c = self.c
        t = c.beginText(x, base)
        t.setFont('ZH', size)
        t.setCharSpace(cs)
        if bold:
            c.setLineWidth(size * 0.035)
            c.setStrokeColorRGB(0, 0, 0)
            t.setTextRenderMode(2)
        t.textOut(text)
        c.drawText(t)

    def _note(self, atom):
        """Record page of a figure / span while drawing."""
        txt, ref = atom
        if isinstance(ref, str):
            f = self.figs[ref]
            assert f['page'] is None, ('figure drawn twice', ref)
            f['page'] = self.page
        elif isinstance(ref, Mark):
            if ref.start:
                self.open[ref.name] = True
                self.spans[ref.name]['page'] = self.page
            else:
                del self.open[ref.name]
            return
        for n in self.open:
            self.spans[n]['text'] += txt

    def para(self, runs, size=None, lead=None, indent=2, bold=False, align='justify', before=0, after=0):
        size = size or self.size
        lead = lead or self.lead
        atoms = []
        for r in runs:
            if isinstance(r, str):
                atoms += [[tok, None] for tok in TOK.findall(r)]
            elif isinstance(r, Run):
                atoms.append([r.text, r.key])
            elif isinstance(r, Mark):
                atoms.append(['', r])
            else:
                raise TypeError(r)
        avail = self.tw
        lines, cur, w = [], [], indent * size
        for a in atoms:
            aw = sw(a[0], size)
            if a[0] and cur and w + aw > avail + 0.01 and a[0][0] not in NO_START:
                carry = []
                while cur and (cur[-1][0] in NO_END or (cur[-1][0] == '' and cur[-1][1].start)):
                    carry.insert(0, cur.pop())
                lines.append(cur)
                cur = carry
                w = sum(sw(x[0], size) for x in carry)
            cur.append(a)
            w += aw
        lines.append(cur)
        self.y -= before
        for i, ln in enumerate(lines):
            if self.y - lead < self.bm:
                self.newpage()
            x = self.lm + (indent * size if i == 0 else 0)
            text = ''.join(a[0] for a in ln)
            nat = sw(text, size)
            room = self.lm + self.tw - x
            cs = 0.0
            if align == 'center':
                x = self.lm + (self.tw - nat) / 2
            elif len(text) > 1 and (nat > room or (align == 'justify' and i < len(lines) - 1)):
                cs = min((room - nat) / (len(text) - 1), 0.07 * size)
            base = self.y - lead + (lead - size) / 2 + size * 0.2
            self._draw(x, base, text, size, bold, cs)
            for a in ln:
                self._note(a)
            self.y -= lead
        self.y -= after

    # ---------------------------------------------------------------- tables
    def table(self, name, title, unit_note, colw, aligns, header, rows, size=10.5, rowh=19, headh=32,
              ruled=True, keep=False, cont_label=None):
        """rows: list of (kind, cells) kind in data/group/sub/total; cells str|Run."""
        x0 = self.lm + (self.tw - sum(colw)) / 2
        xs = [x0]
        for cw in colw:
            xs.append(xs[-1] + cw)
        need = 44 + headh + (len(rows) * rowh if keep else 3 * rowh)
        if self.y - need < self.bm:
            self.newpage()
        info = dict(pages=set(), row_pages=[])
        self.tables[name] = info
        self.y -= 6
        self._draw(self.lm + (self.tw - sw(title, size + 1.5)) / 2, self.y - size - 2, title, size + 1.5, bold=True)
        self.y -= size + 10
        if unit_note:
            self._draw(xs[-1] - sw(unit_note, size - 1), self.y - size, unit_note, size - 1)
            self.y -= size + 5
        c = self.c
        c.setLineWidth(0.6)
        c.setStrokeColorRGB(0, 0, 0)

        def cell_text(cx0, cx1, top, h, txt, al, bold=False, sz=size):
            lines = txt.split('\n')
            lh = sz + 3
            y0 = top - (h - lh * len(lines)) / 2 - sz + 1
            for k, l in enumerate(lines):
                wdt = sw(l, sz)
                if al == 'l':
                    x = cx0 + 5
                elif al == 'r':
                    x = cx1 - 5 - wdt
                else:
                    x = (cx0 + cx1) / 2 - wdt / 2
                self._draw(x, y0 - k * lh, l, sz, bold)

        def draw_header():
            top = self.y
            for j, h in enumerate(header):
                cell_text(xs[j], xs[j + 1], top, headh, h, 'c', bold=True)
            if ruled:
                c.line(xs[0], top, xs[-1], top)
                c.line(xs[0], top - headh, xs[-1], top - headh)
                for xx in xs:
                    c.line(xx, top, xx, top - headh)
            self.y -= headh
            info['pages'].add(self.page)

        draw_header()
        for kind, cells in rows:
            if self.y - rowh < self.bm:
                self.newpage()
                self.ncont += 1
                lab = cont_label or ('续表')
                self._draw(xs[0], self.y - size - 2, lab, size, bold=True)
                self.y -= size + 8
                draw_header()
            top = self.y
            bold = kind in ('sub', 'total', 'group')
            if kind == 'group':
                cell_text(xs[0], xs[-1], top, rowh, cells, 'l', bold=True)
                if ruled:
                    c.line(xs[0], top - rowh, xs[-1], top - rowh)
                    c.line(xs[0], top, xs[0], top - rowh)
                    c.line(xs[-1], top, xs[-1], top - rowh)
            else:
                for j, cl in enumerate(cells):
                    if isinstance(cl, Run):
                        cell_text(xs[j], xs[j + 1], top, rowh, cl.text, aligns[j], bold=False)
                        self._note([cl.text, cl.key])
                    else:
                        al = 'c' if kind in ('sub', 'total') and j == 0 else aligns[j]
                        cell_text(xs[j], xs[j + 1], top, rowh, cl, al, bold=bold)
                if ruled:
                    c.line(xs[0], top - rowh, xs[-1], top - rowh)
                    for xx in xs:
                        c.line(xx, top, xx, top - rowh)
            info['row_pages'].append(self.page)
            info['pages'].add(self.page)
            self.y -= rowh
        self.y -= 10
        return info

HERE = os.path.dirname(os.path.abspath(__file__))


# ============================================================ FILE A: 审计工作报告
FILE_A = 'linxi_2024_audit_report.pdf'


def build_a():
    doc = Doc(os.path.join(HERE, FILE_A), size=13, lead=22, margins=(30, 25, 28, 26),
              footer=lambda p: '— %d —' % p,
              title='关于2024年度县级预算执行和其他财政收支的审计工作报告', author='临溪县审计局')
    F, P, LA = doc.F, doc.para, doc.LA
    W = '万元'

    def H1(t):
        doc.keep(3)
        P([t], bold=True, indent=2, before=4)

    def H2(t):
        doc.keep(3)
        P([t], bold=True, indent=2)

    def sumd(xs):
        return sum(xs, D(0))

    def bd(kind, check, total, parts, unit, note='', signs=None, total_where=None):
        doc.bds.append(dict(kind=kind, check=check, total=total, parts=parts, unit=unit, note=note,
                            signs=signs, total_where=total_where))

    # ------------------------------------------------------------------ values
    vat, cit, pit, res, oth_tax = D('41286.35'), D('12447.62'), D('3518.09'), D('2964.70'), D('9371.58')
    tax = sumd([vat, cit, pit, res, oth_tax])
    nontax = D('21735.46')
    rev = tax + nontax
    exp = D('386742.15')
    liv = (exp * D('0.784')).quantize(D('0.01'))
    shares_exp = [('教育支出', D('18.6')), ('社会保障和就业支出', D('16.9')), ('卫生健康支出', D('9.8')),
                  ('农林水支出', D('21.4')), ('城乡社区支出', D('7.2')), ('其他各项支出', D('26.1'))]
    subsidy, debt_in, carry_in, transfer_in = D('268915.36'), D('31500.00'), D('6842.19'), D('12600.00')
    total_in = sumd([rev, subsidy, debt_in, carry_in, transfer_in])
    up, repay = D('4218.62'), D('16800.00')
    carry_out = total_in - exp - up - repay
    bsf_open, bsf_in, bsf_out = D('8436.27'), D('5120.00'), D('6300.00')
    bsf_close = bsf_open + bsf_in - bsf_out
    land, infra, sewage, fund_oth = D('52860.40'), D('3127.55'), D('986.32'), D('1415.78')
    fund = sumd([land, infra, sewage, fund_oth])
    profit, dividend, ptrans = D('1236.80'), D('458.25'), D('2310.00')
    soe = sumd([profit, dividend, ptrans])
    soe_out = D('2400.00')
    soe_exp = soe - soe_out
    ur_open, ur_in, ur_out = D('42618.34'), D('18725.60'), D('15903.48')
    ur_close = ur_open + ur_in - ur_out
    gv_open, gv_in, gv_out = D('9384.51'), D('26417.90'), D('25832.16')
    gv_close_true = gv_open + gv_in - gv_out
    gv_close_printed = gv_close_true + D('12.60')               # PLANTED: balance does not close
    gen_debt, spec_debt = D('168420.00'), D('236815.00')
    debt = gen_debt + spec_debt
    new_gen, new_spec = D('12500.00'), D('38600.00')
    fee, fine, res_use = D('683.42'), D('215.60'), D('1472.18')
    daibian = [('县教育局', D('2846.50')), ('县卫生健康局', D('1937.20')), ('县农业农村局', D('1264.85')),
               ('县住房和城乡建设局', D('3118.00'))]
    zl = [('农村公路养护补助资金', D('1426.30')), ('城乡义务教育补助经费', D('1358.24')),
          ('基层医疗卫生机构补助资金', D('742.30'))]
    zl_true = sumd([v for _, v in zl])                        # 3,526.84
    zl_printed = D(str(zl_true).replace('526', '562'))          # PLANTED: two digits swapped
    assert zl_printed == D('3562.84')
    # problems
    viol, waste, irreg, iss_oth = D('3862.47'), D('412.36'), D('18935.24'), D('1207.93')
    issue = sumd([viol, waste, irreg, iss_oth])
    nprob_parts = [('预算管理方面', D(31)), ('专项资金管理使用方面', D(26)), ('政府采购方面', D(12)),
                   ('国有资产管理方面', D(9)), ('其他方面', D(8))]
    nprob = sumd([v for _, v in nprob_parts])
    share_field = [('预算管理领域', D('38.4')), ('专项资金领域', D('29.7')), ('政府采购领域', D('13.5')),
                   ('国有资产领域', D('11.2')), ('其他领域', D('7.2'))]
    share_nature = [('一般公共预算资金', D('42.6')), ('政府性基金预算资金', D('27.3')),
                    ('上级专项转移支付资金', D('19.8')), ('社会保险基金', D('6.4')), ('其他资金', D('5.1'))]
    assert sumd([v for _, v in share_field]) == 100 and sumd([v for _, v in shares_exp]) == 100
    assert sumd([v for _, v in share_nature]) == D('101.2')    # PLANTED: shares sum to 101.2%
    ys_parts = [('移送县纪委监委', D(4)), ('移送县公安局', D(2)), ('移送有关主管部门', D(2))]
    ys_printed = sumd([v for _, v in ys_parts]) + 1             # PLANTED: total one off
    fixed, fixing = D(71), D(15)
    assert fixed + fixing == nprob
    zg = [('上缴财政', D('2184.36')), ('归还原资金渠道', D('3615.20')), ('调整账目', D('9842.57')),
          ('其他方式', D('1206.83'))]
    zg_total = sumd([v for _, v in zg])
    assets = [('房屋建筑物', D('1862.40')), ('车辆', D('236.85')), ('办公设备及家具', D('548.17'))]
    cg = [('公开招标', D(23)), ('竞争性磋商', D(18)), ('询价', D(14)), ('单一来源采购', D(9))]

    # table 1 -- departments
    t1_cols = [('budget', '年度预算\n支出'), ('sample', '审计抽查\n金额'), ('cnt', '问题个数\n（个）'),
               ('amt', '问题金额'), ('fixed', '已整改\n金额')]
    t1_rows = [
        ('县教育局', '62418.35 18236.40 7 1284.56 1102.30'),
        ('县卫生健康局', '28637.90 9415.72 6 862.13 745.60'),
        ('县农业农村局', '35204.18 12870.35 8 2136.47 1580.22'),
        ('县住房和城乡建设局', '19863.42 7624.18 5 1745.90 1216.35'),
        ('县民政局', '11285.67 4318.26 4 318.75 318.75'),
        ('县交通运输局', '16942.30 6205.44 6 1027.38 864.50'),
        ('县水利局', '13576.81 5132.90 3 584.62 412.80'),
        ('县自然资源局', '9734.25 3846.17 5 692.41 537.16'),
    ]
    t1 = [(n, [D(x) for x in s.split()]) for n, s in t1_rows]
    t1_tot = [sumd([r[1][j] for r in t1]) for j in range(5)]
    t1_tot_printed = list(t1_tot)
    t1_tot_printed[3] = t1_tot[3] + D('20.00')                  # PLANTED: column 合计 disagrees

    # table 2 -- special funds (grouped, with 小计)
    t2_groups = [
        ('一、农业农村类', [('高标准农田建设', '8620.00 5340.25 386.40 4'),
                      ('衔接推进乡村振兴补助', '13450.60 8216.38 512.73 7'),
                      ('农机购置与应用补贴', '2136.45 1428.60 96.18 2'),
                      ('耕地地力保护补贴', '6842.17 3105.40 48.26 1')]),
        ('二、社会保障类', [('城乡居民最低生活保障', '9284.36 4612.50 137.45 3'),
                      ('特困人员救助供养', '2648.90 1386.27 42.80 2'),
                      ('困难残疾人生活补贴', '1135.72 702.18 18.36 1')]),
        ('三、城乡建设类', [('老旧小区改造', '7420.00 3918.62 624.15 5'),
                      ('农村供水保障', '4286.35 2415.90 218.47 3'),
                      ('城镇污水管网建设', '5912.48 3206.75 407.62 4'),
                      ('农村公路提档升级', '6735.20 3842.16 356.08 4')]),
        ('四、教育卫生类', [('义务教育薄弱环节改善', '3864.50 2108.34 126.90 3'),
                      ('学生资助', '2418.26 1536.80 35.42 2'),
                      ('基本公共卫生服务', '3206.84 1847.25 74.16 2'),
                      ('医疗服务与保障能力提升', '2745.30 1362.48 158.34 3')]),
    ]
    t2_cols = [('scale', '资金规模'), ('sample', '抽查金额'), ('amt', '问题金额'), ('proj', '涉及项目\n（个）')]
    t2 = [(g, [(n, [D(x) for x in s.split()]) for n, s in items]) for g, items in t2_groups]
    t2_sub = [[sumd([r[1][j] for r in items]) for j in range(4)] for _, items in t2]
    t2_tot = [sumd([s[j] for s in t2_sub]) for j in range(4)]
    nproj = sum(len(items) for _, items in t2)

    # ------------------------------------------------------------------ layout
    P(['关于2024年度县级预算执行和其他'], size=20, lead=34, indent=0, bold=True, align='center', before=10)
    P(['财政收支的审计工作报告'], size=20, lead=34, indent=0, bold=True, align='center')
    P(['——2025年8月26日在临溪县第十八届人民代表大会常务委员会第二十三次会议上'], size=12, lead=22,
      indent=0, align='center', before=8)
    P(['临溪县审计局局长  王志远'], size=14, lead=26, indent=0, align='center', after=10)
    P(['主任、各位副主任、各位委员：'], indent=0)
    P(['我受县人民政府委托，现将2024年度县级预算执行和其他财政收支的审计情况报告如下，请予审议。'])
    P(['根据《中华人民共和国审计法》及县委审计委员会批准的年度审计项目计划，县审计局依法对2024年度县级预算'
       '执行和其他财政收支情况进行了审计，重点审计了县财政局具体组织县级预算执行情况，延伸审计了8个部门单位的'
       '预算执行情况，并对', F('专项资金审计项数(摘要)', D(nproj), '项'), '重点专项资金开展了审计调查。审计工作'
       '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，紧扣县委、'
       '县政府中心工作，聚焦财政资金提质增效、重大政策落实和民生保障，依法全面履行审计监督职责。'])
    P(['审计结果表明，2024年县级预算执行情况总体较好，财政收入保持平稳增长，“三保”支出得到有效保障，财政'
       '管理水平不断提升。本次审计共发现问题金额', F('审计发现问题金额(摘要)', issue, W), '，查出各类问题',
       F('查出问题个数(摘要)', nprob, '个'), '，提出审计建议', F('审计建议条数', D(26), '条'),
       '，有关部门单位已按要求推进整改。'])

    H1('一、县级预算执行和财政管理审计情况')
    P(['县财政局认真落实积极的财政政策，加强收入征管和支出管理，较好地保障了全县经济社会发展的资金需求。审计'
       '结果表明，县级财政决算草案编制总体符合预算法规定，但也存在一些需要改进的问题。'])
    H2('（一）一般公共预算执行情况')
    P(['2024年，县级一般公共预算收入', F('一般公共预算收入', rev, W), '，完成调整预算的',
       *LA([F('收入完成调整预算比例', D('102.4'), '%'), '，同比增长', F('收入同比增长', D('5.6'), '%')],
           '完成预算比例和同比增速是比率，不是收入的组成部分'),
       '，其中：税收收入', F('税收收入', tax, W), '，非税收入', F('非税收入', nontax, W), '，税收收入占一般公共'
       '预算收入的比重为', *LA([F('税收收入占比', (tax / rev * 100).quantize(D('0.1')), '%')],
                          '单个占比（税收/一般公共预算收入），没有配套的其余份额，不应要求加总为100%'),
       '。税收收入中，增值税', F('增值税', vat, W), '、企业所得税', F('企业所得税', cit, W), '、个人所得税',
       F('个人所得税', pit, W), '、资源税', F('资源税', res, W), '，其他各项税收合计', F('其他各项税收', oth_tax, W),
       '。'])
    P(['县级一般公共预算支出', F('一般公共预算支出', exp, W), '，完成调整预算的', F('支出完成调整预算比例', D('96.8'), '%'),
       '，', *LA(['其中民生支出', F('民生支出', liv, W), '，占一般公共预算支出的', F('民生支出占比', D('78.4'), '%')],
                 '“其中”只列出一个子项（民生支出），是部分而非完整分解；78.4%是单个占比'),
       '。从支出结构看，']
      + sum([[lab + ('占' if i < 2 else ''), F('支出结构占比·' + lab, v, '%'), '，' if i < 5 else '。']
             for i, (lab, v) in enumerate(shares_exp)], [])
      + ['民生领域投入力度持续加大，重点项目资金得到较好保障。'])
    P(['县级一般公共预算收入总计', F('一般公共预算收入总计', total_in, W), '，其中：本级收入',
       F('本级收入(收入总计中)', rev, W), '、上级补助收入', F('上级补助收入', subsidy, W), '、债务转贷收入',
       F('债务转贷收入', debt_in, W), '、上年结余收入', F('上年结余收入', carry_in, W), '、调入资金',
       F('调入资金', transfer_in, W), '。县级一般公共预算支出总计', F('一般公共预算支出总计', total_in, W),
       '，其中：本级支出', F('本级支出(支出总计中)', exp, W), '、上解上级支出', F('上解上级支出', up, W),
       '、债务还本支出', F('债务还本支出', repay, W), '、结转下年支出', F('结转下年支出', carry_out, W),
       '。收支相抵，当年实现收支平衡。'])
    H2('（二）预算稳定调节基金管理情况')
    P(['2024年初，县级预算稳定调节基金余额', F('预算稳定调节基金年初余额', bsf_open, W), '，当年通过超收收入和'
       '结余资金补充', F('预算稳定调节基金本年补充', bsf_in, W), '，动用', F('预算稳定调节基金本年动用', bsf_out, W),
       '用于弥补收支缺口，年末余额', F('预算稳定调节基金年末余额', bsf_close, W), '。审计发现，年初预算安排动用'
       '预算稳定调节基金未充分考虑上年结转结余情况，基金规模偏大、调节作用发挥不够充分。'])
    H2('（三）政府性基金预算执行情况')
    P(['县级政府性基金预算收入', F('政府性基金预算收入', fund, W), '，完成预算的',
       *LA([F('基金收入完成预算比例', D('87.3'), '%'), '，同比下降', F('基金收入同比下降', D('12.4'), '%')],
           '完成率和同比降幅是比率，不参与加总'),
       '，主要是受房地产市场调整影响，土地出让收入减少。其中：国有土地使用权出让收入', F('国有土地使用权出让收入', land, W),
       '、城市基础设施配套费收入', F('城市基础设施配套费收入', infra, W), '、污水处理费收入', F('污水处理费收入', sewage, W),
       '、其他政府性基金收入', F('其他政府性基金收入', fund_oth, W), '。政府性基金预算支出',
       *LA([F('政府性基金预算支出', D('61235.90'), W), '，完成预算的', F('基金支出完成预算比例', D('91.6'), '%')],
           '支出与收入相邻但不是收入的组成部分；支出大于收入是正常的（有上年结转和债券资金）'),
       '，支出大于收入部分主要通过上年结转资金和专项债券资金安排。'])
    H2('（四）国有资本经营预算执行情况')
    P(['县级国有资本经营预算收入', F('国有资本经营预算收入', soe, W), '，分别为利润收入', F('利润收入', profit, W),
       '、股利股息收入', F('股利股息收入', dividend, W), '、产权转让收入', F('产权转让收入', ptrans, W),
       '；国有资本经营预算支出', F('国有资本经营预算支出', soe_exp, W), '，调出资金', F('国资预算调出资金', soe_out, W),
       '用于补充一般公共预算。'])
    H2('（五）社会保险基金预算执行情况')
    P(['城乡居民基本养老保险基金年初滚存结余', F('城乡居民养老保险年初滚存结余', ur_open, W), '，本年收入',
       F('城乡居民养老保险本年收入', ur_in, W), '，本年支出', F('城乡居民养老保险本年支出', ur_out, W),
       '，年末滚存结余', F('城乡居民养老保险年末滚存结余', ur_close, W), '。机关事业单位基本养老保险基金年初滚存结余',
       F('机关事业养老保险年初滚存结余', gv_open, W), '，本年收入', F('机关事业养老保险本年收入', gv_in, W),
       '，本年支出', F('机关事业养老保险本年支出', gv_out, W), '，年末滚存结余',
       F('机关事业养老保险年末滚存结余', gv_close_printed, W), '。各项社会保险基金总体运行平稳，但部分险种基金'
       '收支缺口呈扩大趋势，可持续运行压力较大。'])
    H2('（六）政府债务管理情况')
    P(['截至2024年末，全县政府债务余额', F('政府债务余额', debt, W), '，其中：一般债务', F('一般债务余额', gen_debt, W),
       '，专项债务', F('专项债务余额', spec_debt, W), '，',
       *LA(['债务余额控制在省核定的债务限额', F('政府债务限额', D('428600.00'), W), '以内，较上年末增长',
            F('债务余额增长率', D('7.9'), '%')],
           '限额是上限而非余额的组成部分；限额与余额之差不是错误'),
       '。2024年新增政府债券', F('新增政府债券', new_gen + new_spec, W), '，其中新增一般债券', F('新增一般债券', new_gen, W),
       '、新增专项债券', F('新增专项债券', new_spec, W), '，主要用于交通、水利、保障性安居工程和产业园区基础设施等'
       '领域建设。'])
    H2('（七）发现的主要问题')
    P(['1.部分非税收入未及时缴库。县自然资源局等5个单位将应缴未缴的非税收入', F('非税收入未缴库金额', fee + fine + res_use, W),
       '长期滞留在单位账户，其中：行政事业性收费', F('未缴库行政事业性收费', fee, W), '、罚没收入',
       F('未缴库罚没收入', fine, W), '、国有资源（资产）有偿使用收入', F('未缴库国有资源有偿使用收入', res_use, W),
       '，影响了财政收入的真实性和完整性。'])
    P(['2.年初预算代编比例偏高。县财政局年初代编预算', F('年初代编预算', sumd([v for _, v in daibian]), W),
       '，', *LA(['占县本级一般公共预算支出的', F('代编预算占比', D('2.4'), '%')], '单个占比，不是分解'),
       '，分别为']
      + sum([[n, F('代编预算·' + n, v, W), '、' if i < 3 else ''] for i, (n, v) in enumerate(daibian)], [])
      + ['，未按规定细化到具体单位和项目，部分资金直至年底才分配下达。'])
    P(['3.存量资金未及时收回统筹。',
       *LA(['截至2024年底，部分单位结转两年以上的存量资金', F('存量资金', D('3285.67'), W), '未收回统筹使用，主要为县交通'
            '运输局', F('存量资金·县交通运输局', D('1120.40'), W), '、县水利局', F('存量资金·县水利局', D('846.25'), W), '等'],
           '“主要为……等”只列举了部分单位，列出的两项之和小于总额是正常的'),
       '，资金沉淀问题依然存在。'])
    P(['4.上级专项转移支付资金滞留。截至2024年底，县财政局滞留上级专项转移支付资金', F('滞留专项资金', zl_printed, W),
       '未及时拨付，分别为']
      + sum([[n, F('滞留专项·' + n, v, W), '、' if i < 2 else ''] for i, (n, v) in enumerate(zl)], [])
      + ['，最长滞留时间超过8个月，影响了资金使用效益和项目建设进度。'])

    H1('二、部门预算执行审计情况')
    P(['对县教育局、县卫生健康局、县农业农村局等8个部门单位2024年度预算执行情况进行了审计，审计抽查资金',
       F('部门预算审计抽查资金(正文)', t1_tot[1], W), '，共发现问题', F('部门预算审计问题个数(正文)', t1_tot[2], '个'),
       '。各部门单位预算执行及问题整改情况见表1。'])
    rows = []
    for n, vals in t1:
        rows.append(('data', [n] + [F('表1·%s·%s' % (n, t1_cols[j][1].replace('\n', '')), v,
                                     '个' if t1_cols[j][0] == 'cnt' else W, show=False,
                                     label='表1“%s”行·%s列' % (n, t1_cols[j][1].replace('\n', '')))
                                   for j, v in enumerate(vals)]))
    rows.append(('total', ['合计'] + [F('表1·合计·%s' % t1_cols[j][1].replace('\n', ''), v,
                                       '个' if t1_cols[j][0] == 'cnt' else W, show=False,
                                       label='表1合计行·%s列' % t1_cols[j][1].replace('\n', ''))
                                     for j, v in enumerate(t1_tot_printed)]))
    doc.table('t1', '表1  2024年度部门预算执行审计情况表', '单位：万元', [104, 76, 76, 56, 66, 64],
              ['l', 'r', 'r', 'r', 'r', 'r'], ['被审计单位'] + [h for _, h in t1_cols], rows, keep=True)
    P(['审计发现的主要问题：'], indent=2)
    P(['1.预算执行不严格。县农业农村局、县水利局无预算、超预算列支项目经费', F('无预算超预算列支', D('286.40'), W),
       '，县住房和城乡建设局将项目资金用于弥补公用经费。'])
    P(['2.违规发放津贴补贴。3个单位以加班费、值班费等名义违规发放津贴补贴', F('违规发放津贴补贴', D('47.62'), W), '，',
       *LA(['涉及人员', F('违规发放涉及人员', D(126), '人'), '，其中党员', F('违规发放涉及党员', D(58), '人'),
            '、科级干部', F('违规发放涉及科级干部', D(21), '人')],
           '党员与科级干部是相互重叠的分类，且只涵盖部分人员，不应要求相加等于126人'),
       '，目前已全部清退。'])
    P(['3.公务用车管理不规范。2个单位存在公务用车私用、未按规定实行定点维修等问题，涉及车辆',
       F('公务用车问题车辆', D(6), '辆'), '。'])

    H1('三、重点专项资金审计情况')
    P(['对农业农村、社会保障、城乡建设、教育卫生4个领域', F('专项资金审计项数(正文)', D(nproj), '项'),
       '重点专项资金进行了审计调查，涉及资金', F('专项资金规模(正文)', t2_tot[0], W), '，抽查资金',
       F('专项资金抽查金额(正文)', t2_tot[1], W), '，发现问题金额', F('专项资金问题金额(正文)', t2_tot[2], W),
       '，涉及项目', F('专项资金涉及项目(正文)', t2_tot[3], '个'), '，具体情况见表2。'])
    P(['从审计情况看，各项专项资金总体能够按规定用途使用，但在项目前期论证、资金拨付进度、绩效目标管理等环节仍'
       '存在薄弱环节，部分资金闲置沉淀、效益不高的问题较为突出。'])
    P(['此次审计调查采取“总体分析、发现疑点、分散核实、系统研究”的方式，运用大数据比对分析，将民政、人社、'
       '市场监管、不动产登记等部门数据与资金发放数据进行关联比对，对疑点逐一实地核查，延伸调查了部分乡镇、'
       '村组和项目实施单位，并对项目建成后运行管护情况进行了回访。'])
    P(['审计发现的主要问题：'], indent=2)
    P(['1.农业农村领域。高标准农田建设项目中有3个项目存在多计工程量问题，多计工程价款',
       F('多计工程价款', D('186.25'), W), '；衔接推进乡村振兴补助资金中有', F('衔接资金闲置项目', D(4), '个'),
       '产业项目建成后闲置或低效运行，涉及资金', F('衔接资金闲置金额', D('327.60'), W), '。'])
    P(['2.社会保障领域。',
       *LA(['向', F('不符合条件低保对象', D(47), '名'), '不符合条件人员发放最低生活保障金', F('违规发放低保金', D('21.36'), W),
            '，其中财政供养人员', F('不符合条件低保·财政供养人员', D(12), '名'), '、名下登记车辆人员',
            F('不符合条件低保·名下有车人员', D(23), '名'), '等'],
           '以“等”结尾，只列举了部分类型，12+23小于47不是错误'),
       '；部分困难残疾人生活补贴未及时停发。'])
    P(['3.城乡建设领域。老旧小区改造项目存在未批先建、变更程序不规范等问题；城镇污水管网建设项目建成后'
       '管网错接混接，污水收集率偏低，影响投资效益发挥。'])
    P(['4.教育卫生领域。义务教育薄弱环节改善项目部分设备采购后长期未使用；基本公共卫生服务项目资金被挤占'
       '用于人员经费，绩效目标设定不够科学。'])

    rows = []
    for gi, (g, items) in enumerate(t2):
        rows.append(('group', g))
        for n, vals in items:
            rows.append(('data', [n] + [F('表2·%s·%s' % (n, t2_cols[j][1].replace('\n', '')), v,
                                         '个' if t2_cols[j][0] == 'proj' else W, show=False,
                                         label='表2“%s”行·%s列' % (n, t2_cols[j][1].replace('\n', '')))
                                       for j, v in enumerate(vals)]))
        rows.append(('sub', ['小计'] + [F('表2·%s小计·%s' % (g, t2_cols[j][1].replace('\n', '')), v,
                                         '个' if t2_cols[j][0] == 'proj' else W, show=False,
                                         label='表2“%s”小计行·%s列' % (g, t2_cols[j][1].replace('\n', '')))
                                       for j, v in enumerate(t2_sub[gi])]))
    rows.append(('total', ['合计'] + [F('表2·合计·%s' % t2_cols[j][1].replace('\n', ''), v,
                                       '个' if t2_cols[j][0] == 'proj' else W, show=False,
                                       label='表2合计行·%s列' % t2_cols[j][1].replace('\n', ''))
                                     for j, v in enumerate(t2_tot)]))
    doc.table('t2', '表2  2024年度重点专项资金审计情况表', '单位：万元', [150, 78, 78, 72, 64],
              ['l', 'r', 'r', 'r', 'r'], ['项目名称'] + [h for _, h in t2_cols], rows,
              cont_label='续表2')

    H1('四、国有资产管理和政府采购审计情况')
    P(['（一）国有资产管理。审计抽查了', F('资产审计单位数', D(12), '个'), '单位的国有资产管理情况，发现账实不符'
       '资产', F('账实不符资产', sumd([v for _, v in assets]), W), '，其中：']
      + sum([[n, F('账实不符资产·' + n, v, W), '、' if i < 2 else ''] for i, (n, v) in enumerate(assets)], [])
      + ['。部分单位存在资产出租出借未经审批、收益未及时上缴等问题。'])
    P(['（二）政府采购。抽查政府采购项目', F('抽查政府采购项目数', sumd([v for _, v in cg]), '个'), '、采购金额',
       F('抽查政府采购金额', D('28416.37'), W), '，按采购方式分，']
      + sum([[n, F('采购方式·' + n, v, '个'), '、' if i < 3 else ''] for i, (n, v) in enumerate(cg)], [])
      + ['。', *LA(['其中', F('存在问题采购项目数', D(12), '个'), '项目存在化整为零规避公开招标、评审不规范等问题，'
                   '涉及金额', F('存在问题采购金额', D('6218.40'), W)],
                  '“其中”只给出有问题的子集（12个项目），不是64个项目的完整分解'),
         '。'])

    H1('五、审计发现问题汇总及移送处理情况')
    P(['本次审计共发现问题金额', F('审计发现问题金额(正文)', issue, W), '，其中：违规使用资金', F('违规使用资金', viol, W),
       '，损失浪费', F('损失浪费', waste, W), '，管理不规范', F('管理不规范', irreg, W), '，其他问题',
       F('其他问题金额', iss_oth, W), '。共查出各类问题', F('查出问题个数(正文)', nprob, '个'), '，其中：']
      + sum([[n, F('问题个数·' + n, v, '个'), '，' if i < 4 else '。'] for i, (n, v) in enumerate(nprob_parts)], [])
      + ['从问题所属领域看，问题金额中']
      + sum([[n + '占', F('领域占比·' + n, v, '%'), '，' if i < 4 else '；'] for i, (n, v) in enumerate(share_field)], [])
      + ['从资金性质看，']
      + sum([[n + '占', F('资金性质占比·' + n, v, '%'), '，' if i < 4 else '。'] for i, (n, v) in enumerate(share_nature)], []))
    P(['审计共移送问题线索', F('移送问题线索', ys_printed, '件'), '，其中：']
      + sum([[n, F('移送线索·' + n, v, '件'), '、' if i < 2 else ''] for i, (n, v) in enumerate(ys_parts)], [])
      + ['，', *LA(['涉及人员', F('移送线索涉及人员', D(13), '人')], '人数与件数是不同计量，不是线索件数的分解'),
         '。目前，相关部门正在依纪依法调查处理。'])

    H1('六、审计整改情况')
    P(['县人民政府高度重视审计查出问题的整改工作，召开专题会议研究部署，压实被审计单位整改主体责任和主管部门'
       '监督管理责任。截至2025年6月底，对审计查出的', F('整改·查出问题个数', nprob, '个'), '问题，已整改到位',
       F('已整改问题', fixed, '个'), '，正在整改', F('正在整改问题', fixing, '个'), '，',
       *LA(['整改率', F('问题整改率', (fixed / nprob * 100).quantize(D('0.1')), '%')], '整改率是比率（71/86），不是计数的组成部分'),
       '；整改问题金额', F('整改问题金额', zg_total, W), '，其中：']
      + sum([[n, F('整改金额·' + n, v, W), '，' if i < 3 else '。'] for i, (n, v) in enumerate(zg)], [])
      + ['有关部门单位制定完善制度', F('制定完善制度', D(38), '项'), '，', *LA(['2022年以来累计审计查出问题',
         F('累计查出问题', D(263), '个'), '，其中本年度', F('累计中本年度问题', D(86), '个')],
         '累计数与本年数的关系，“其中”只列本年度，不是完整分解'), '。对尚未完成整改的问题，县审计局将持续跟踪督促，'
         '整改结果将于年底前向县人大常委会专题报告。'])

    H1('七、审计建议')
    P(['（一）加强财政收入管理，提升财政资源统筹能力。加大非税收入征缴力度，及时足额缴入国库；加强存量资金'
       '清理盘活，对结转两年以上的资金一律收回统筹，集中财力保障重点支出。'])
    P(['（二）深化预算管理改革，提高预算编制科学性。严格控制代编预算规模，提高年初预算到位率；强化预算刚性'
       '约束，严禁无预算、超预算支出，加快专项转移支付资金拨付进度。'])
    P(['（三）强化专项资金监管，推动政策落地见效。健全专项资金全过程绩效管理机制，加强项目前期论证和建后管护，'
       '对闲置低效项目逐一制定盘活方案，切实发挥资金效益。'])
    P(['（四）防范化解风险隐患，守牢财政运行底线。加强社会保险基金运行监测，合理控制政府债务规模，规范国有资产'
       '管理和政府采购行为，坚决防止发生系统性风险。'])
    P(['主任、各位副主任、各位委员，我们将更加紧密地团结在以习近平同志为核心的党中央周围，自觉接受县人大常委会'
       '的监督指导，依法履行审计监督职责，为加快建设现代化新临溪作出新的更大贡献！'])

    # ------------------------------------------------------------------ breakdowns
    G, PL = 'genuine', 'planted'
    bd(G, 'repeat', '审计发现问题金额(摘要)', ['审计发现问题金额(正文)'], W, '摘要与正文第五部分重复出现的同一数字')
    bd(G, 'repeat', '查出问题个数(摘要)', ['查出问题个数(正文)'], '个', '摘要与正文重复')
    bd(G, 'repeat', '专项资金审计项数(摘要)', ['专项资金审计项数(正文)'], '项', '摘要与正文重复')
    bd(G, 'sum', '一般公共预算收入', ['税收收入', '非税收入'], W)
    bd(G, 'sum', '税收收入', ['增值税', '企业所得税', '个人所得税', '资源税', '其他各项税收'], W,
       '总额在前一句（税收收入），分项在“税收收入中，”之后')
    bd(G, 'share', None, ['支出结构占比·' + n for n, _ in shares_exp], '%', '支出结构占比之和为100%')
    bd(G, 'sum', '一般公共预算收入总计', ['本级收入(收入总计中)', '上级补助收入', '债务转贷收入', '上年结余收入', '调入资金'], W)
    bd(G, 'sum', '一般公共预算支出总计', ['本级支出(支出总计中)', '上解上级支出', '债务还本支出', '结转下年支出'], W)
    bd(G, 'repeat', '一般公共预算收入', ['本级收入(收入总计中)'], W, '本级收入在收入总计中再次出现')
    bd(G, 'repeat', '一般公共预算支出', ['本级支出(支出总计中)'], W, '本级支出在支出总计中再次出现')
    bd(G, 'balance', '预算稳定调节基金年末余额', ['预算稳定调节基金年初余额', '预算稳定调节基金本年补充',
                                                '预算稳定调节基金本年动用'], W, '年初+补充−动用=年末', ['+', '+', '-'])
    bd(G, 'sum', '政府性基金预算收入', ['国有土地使用权出让收入', '城市基础设施配套费收入', '污水处理费收入',
                                         '其他政府性基金收入'], W)
    bd(G, 'sum', '国有资本经营预算收入', ['利润收入', '股利股息收入', '产权转让收入'], W, '“分别为”引出的分项')
    bd(G, 'balance', '城乡居民养老保险年末滚存结余', ['城乡居民养老保险年初滚存结余', '城乡居民养老保险本年收入',
                                                    '城乡居民养老保险本年支出'], W, '年初+收入−支出=年末', ['+', '+', '-'])
    bd(PL, 'balance', '机关事业养老保险年末滚存结余', ['机关事业养老保险年初滚存结余', '机关事业养老保险本年收入',
                                                     '机关事业养老保险本年支出'], W,
       'PLANTED：年初+收入−支出=9,970.25，印刷年末余额9,982.85，差12.60', ['+', '+', '-'])
    bd(G, 'sum', '政府债务余额', ['一般债务余额', '专项债务余额'], W)
    bd(G, 'sum', '新增政府债券', ['新增一般债券', '新增专项债券'], W)
    bd(G, 'sum', '非税收入未缴库金额', ['未缴库行政事业性收费', '未缴库罚没收入', '未缴库国有资源有偿使用收入'], W)
    bd(G, 'sum', '年初代编预算', ['代编预算·' + n for n, _ in daibian], W, '“分别为”引出的四个部门')
    bd(PL, 'sum', '滞留专项资金', ['滞留专项·' + n for n, _ in zl], W,
       'PLANTED：两位数字互换，分项之和3,526.84，印刷为3,562.84')
    for j, (k, h) in enumerate(t1_cols):
        h = h.replace('\n', '')
        unit = '个' if k == 'cnt' else W
        kind = PL if k == 'amt' else G
        bd(kind, 'sum', '表1·合计·' + h, ['表1·%s·%s' % (n, h) for n, _ in t1], unit,
           ('PLANTED：表1“问题金额”列合计比各行之和多20.00' if kind == PL else '表1列合计'))
    bd(G, 'repeat', '部门预算审计抽查资金(正文)', ['表1·合计·审计抽查金额'], W, '正文与表1合计行一致')
    bd(G, 'repeat', '部门预算审计问题个数(正文)', ['表1·合计·问题个数（个）'], '个', '正文与表1合计行一致')
    for gi, (g, items) in enumerate(t2):
        for j, (k, h) in enumerate(t2_cols):
            h = h.replace('\n', '')
            bd(G, 'sum', '表2·%s小计·%s' % (g, h), ['表2·%s·%s' % (n, h) for n, _ in items],
               '个' if k == 'proj' else W, '表2分组小计 = 组内明细行之和')
    for j, (k, h) in enumerate(t2_cols):
        h = h.replace('\n', '')
        bd(G, 'sum', '表2·合计·' + h, ['表2·%s小计·%s' % (g, h) for g, _ in t2],
           '个' if k == 'proj' else W, '表2合计 = 各小计之和（也等于全部明细行之和）')
    bd(G, 'repeat', '专项资金规模(正文)', ['表2·合计·资金规模'], W, '正文与表2合计行一致')
    bd(G, 'repeat', '专项资金问题金额(正文)', ['表2·合计·问题金额'], W, '正文与表2合计行一致')
    bd(G, 'repeat', '专项资金涉及项目(正文)', ['表2·合计·涉及项目（个）'], '个', '正文与表2合计行一致')
    bd(G, 'sum', '账实不符资产', ['账实不符资产·' + n for n, _ in assets], W)
    bd(G, 'sum', '抽查政府采购项目数', ['采购方式·' + n for n, _ in cg], '个')
    bd(G, 'sum', '审计发现问题金额(正文)', ['违规使用资金', '损失浪费', '管理不规范', '其他问题金额'], W)
    bd(G, 'sum', '查出问题个数(正文)', ['问题个数·' + n for n, _ in nprob_parts], '个')
    bd(G, 'share', None, ['领域占比·' + n for n, _ in share_field], '%', '问题金额按领域占比之和为100%')
    bd(PL, 'share', None, ['资金性质占比·' + n for n, _ in share_nature], '%', 'PLANTED：资金性质占比之和为101.2%')
    bd(PL, 'sum', '移送问题线索', ['移送线索·' + n for n, _ in ys_parts], '件', 'PLANTED：总数9件，分项4+2+2=8件，差1')
    bd(G, 'sum', '整改·查出问题个数', ['已整改问题', '正在整改问题'], '个', '已整改+正在整改=问题总数')
    bd(G, 'repeat', '查出问题个数(正文)', ['整改·查出问题个数'], '个', '整改部分再次引用问题总数')
    bd(G, 'sum', '整改问题金额', ['整改金额·' + n for n, _ in zg], W)
    return doc


# ============================================================ FILE B: 半年工作总结
FILE_B = 'linxi_2025H1_rural_revitalization_summary.pdf'


def build_b():
    doc = Doc(os.path.join(HERE, FILE_B), size=12, lead=21, margins=(25.4, 25.4, 31.8, 31.8),
              footer=lambda p: '- %d -' % p,
              title='临溪县农业农村局2025年上半年工作总结', author='Administrator')
    F, P, LA = doc.F, doc.para, doc.LA

    def H1(t):
        doc.keep(3)
        P([t], bold=True, indent=2, before=3)

    def H2(t):
        doc.keep(3)
        P([t], bold=True, indent=2)

    def sumd(xs):
        return sum(xs, D(0))

    def bd(kind, check, total, parts, unit, note='', signs=None):
        doc.bds.append(dict(kind=kind, check=check, total=total, parts=parts, unit=unit, note=note, signs=signs))

    # ------------------------------------------------------------------ values
    wheat, corn, soy = D('21.36'), D('19.48'), D('7.81')
    grain = wheat + corn + soy                                   # 48.65
    veg, herb_true, fruit = D('12.4'), D('5.3'), D('9.1')
    econ = veg + herb_true + fruit                               # 26.8
    herb_printed = herb_true + 10                                # PLANTED: a part wrong by 10
    meat = [('猪肉', D('2.86')), ('牛肉', D('0.42')), ('羊肉', D('0.27')), ('禽肉', D('0.95'))]
    hs_done, hs_doing = D('2.1'), D('1.4')
    mon_h = [('脱贫不稳定户', D(512), D(1517)), ('边缘易致贫户', D(436), D(1298)), ('突发严重困难户', D(338), D(930))]
    mon_hh = sumd([h for _, h, _ in mon_h])
    mon_pp = sumd([p for _, _, p in mon_h])
    work_out, work_in = D(21638), D(12578)
    work = work_out + work_in
    train = [('电工焊工', D(846)), ('家政服务', D(712)), ('电商直播', D(635)), ('种养实用技术', D(1067))]
    train_total = sumd([v for _, v in train])
    loan_open, loan_new, loan_back = D('18462.30'), D('6835.00'), D('5217.45')
    loan_close = loan_open + loan_new - loan_back
    fund_parts = [('中央', D(7426)), ('省级', D(3180)), ('市级', D(1094)), ('县级', D(2100))]
    fund_wan = sumd([v for _, v in fund_parts])                  # 13,800 万元
    fund_yi = fund_wan / 10000                                   # 1.38 亿元
    fund_yi_summary = fund_yi - D('0.02')                        # PLANTED: summary restates 1.36 亿元
    fund_spent = D(8625)
    fshare = [('产业发展', D('55.3')), ('基础设施建设', D('24.1')), ('就业帮扶', D('8.2')), ('其他方面', D('12.4'))]
    assert sumd([v for _, v in fshare]) == 100
    projs = [('产业类', D(96)), ('基础设施类', D(47)), ('就业类', D(11)), ('其他类', D(14))]
    toilet_new, toilet_fix = D(1265), D(1855)
    vill = [('50万元以上的', D(23)), ('10万元至50万元的', D(91)), ('5万元至10万元的', D(72))]
    inc_parts = [('工资性收入', D(5124)), ('经营净收入', D(2687)), ('财产净收入', D(213)), ('转移净收入', D(1822))]
    qc_a, qc_b = D(420), D(840)
    ins = [('中央财政补贴', D('486.20')), ('省级财政补贴', D('291.72')), ('市县财政补贴', D('194.48')),
           ('农户自缴', D('243.10'))]
    income = sum([v for _, v in inc_parts], D(0))
    assert income == D(9846)
    towns = ['城关镇', '河口镇', '石桥镇', '龙泉乡', '马坪乡', '双溪镇', '青山乡', '白沙镇', '桃源乡', '新店镇']
    t_area = [D(x) for x in '3.12 5.86 6.04 4.37 5.21 6.45 3.98 5.73 3.46 4.43'.split()]
    t_hh = [D(x) for x in '58 142 167 118 136 174 109 151 97 134'.split()]
    t_work = [D(x) for x in '2164 3825 4016 3102 3458 4387 2693 3874 2915 3782'.split()]
    t_fund = [D(x) for x in '826 1482 1615 1237 1364 1748 1096 1532 1218 1682'.split()]
    assert sumd(t_area) == grain and sumd(t_hh) == mon_hh and sumd(t_work) == work and sumd(t_fund) == fund_wan
    t_work_printed = list(t_work)
    t_work_printed[2] += 100                                     # PLANTED: 石桥镇 row wrong by 100

    # ------------------------------------------------------------------ layout
    P(['临溪县农业农村局（县乡村振兴局）'], size=18, lead=30, indent=0, bold=True, align='center', before=6)
    P(['2025年上半年工作总结'], size=18, lead=30, indent=0, bold=True, align='center', after=8)
    P(['2025年上半年，在县委、县政府的坚强领导下，我局坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻'
       '落实中央和省、市农村工作会议精神，锚定建设农业强县目标，统筹推进粮食安全、巩固拓展脱贫攻坚成果和乡村'
       '全面振兴各项工作。上半年，全县粮食播种面积达到 ', F('粮食播种面积(摘要)', grain, '万亩', sp=True),
       '，防返贫监测对象 ', F('监测对象户数(摘要)', mon_hh, '户', sp=True), '全部落实帮扶措施，脱贫人口和监测对象务工就业 ',
       F('务工就业人数(摘要)', work, '人', sp=True), '，到位衔接资金 ', F('衔接资金(摘要)', fund_yi_summary, '亿元', sp=True),
       '，农村居民人均可支配收入 ', F('人均可支配收入(摘要)', income, '元', sp=True), '，',
       *LA(['同比增长 ', F('人均可支配收入增幅(摘要)', D('6.3'), '%')], '同比增幅是比率，不是任何合计的组成部分'),
       '，守住了不发生规模性返贫致贫的底线，各项工作实现“时间过半、任务过半”。现将有关情况总结如下：'])

    H1('一、上半年主要工作及成效')
    H2('（一）稳住粮食生产基本盘')
    P(['1.粮食播种面积稳中有增。严格落实粮食安全党政同责，将粮食生产目标任务分解到乡镇、落实到地块。全县种植'
       '粮食', F('粮食播种面积', grain, '万亩'), '，其中小麦', F('小麦', wheat, '万亩'), '、玉米', F('玉米', corn, '万亩'),
       '、大豆', F('大豆', soy, '万亩'), '，',
       *LA(['完成市下达任务 ', F('市下达粮食面积任务', D('48.5'), '万亩', sp=True), '的 ',
            F('粮食面积任务完成率', (grain / D('48.5') * 100).quantize(D('0.1')), '%')],
           '任务数与实际数的对比（目标 vs 实绩），不是分解'),
       '。夏粮总产 ', F('夏粮总产', D('9.72'), '万吨', sp=True), '，', *LA(['比上年增长 ', F('夏粮增幅', D('2.1'), '%'),
       '，小麦平均亩产', F('小麦亩产', D('412.6'), '公斤'), '，较去年同期增加', F('小麦亩产增量', D('8.3'), '公斤')],
       '同比增幅与单产增量，不是分解'), '。'])
    P(['2.经济作物稳步发展。经济作物种植面积', F('经济作物面积', econ, '万亩'), '，其中蔬菜', F('蔬菜', veg, '万亩'),
       '、中药材', F('中药材', herb_printed, '万亩'), '、林果', F('林果', fruit, '万亩'), '。', *LA([
           '特色产业加快发展，种植辣椒', F('辣椒面积', D('2.36'), '万亩'), '、发展食用菌', F('食用菌', D(1850), '万棒', sep=False),
           '等'], '以“等”列举特色产业，且单位不同，不构成分解'), '，“一乡一业、一村一品”格局初步形成。'])
    P(['3.畜牧业生产平稳。肉类总产量 ', F('肉类总产量', sumd([v for _, v in meat]), '万吨', sp=True), '，其中']
      + sum([[n + ' ', F('肉类·' + n, v, '万吨', sp=True), '、' if i < 3 else ''] for i, (n, v) in enumerate(meat)], [])
      + ['。', *LA(['生猪存栏', F('生猪存栏', D('38.6'), '万头'), '、出栏', F('生猪出栏', D('29.4'), '万头'), '，出栏量同比增长',
                   F('生猪出栏增幅', D('3.5'), '%')], '存栏与出栏是并列指标，不相加；同比增幅是比率'),
         '，非洲猪瘟等重大动物疫病防控有力，未发生区域性重大动物疫情。'])
    P(['4.高标准农田建设加快推进。2025年高标准农田建设任务', F('高标准农田任务', hs_done + hs_doing, '万亩'), '，其中'
       '已完工', F('高标准农田已完工', hs_done, '万亩'), '、在建', F('高标准农田在建', hs_doing, '万亩'), '，',
       *LA(['完工率达到 ', F('高标准农田完工率', (hs_done / (hs_done + hs_doing) * 100).quantize(D('0.1')), '%')],
           '完工率是比率，不是面积分解的一部分'),
       '，项目区灌排条件明显改善。'])

    H2('（二）巩固拓展脱贫攻坚成果')
    P(['1.防止返贫动态监测精准有效。坚持“快发现、快干预、快帮扶”，常态化开展集中排查。全县纳入防返贫监测对象',
       F('监测对象户数', mon_hh, '户'), F('监测对象人数', mon_pp, '人'), '，其中']
      + sum([[n, F('监测户·' + n, h, '户'), '、' if i < 2 else ''] for i, (n, h, _) in enumerate(mon_h)], [])
      + ['，人数分别为 ']
      + sum([[F('监测人·' + n, p, '人', sp=True), '、' if i < 2 else ''] for i, (n, _, p) in enumerate(mon_h)], [])
      + ['。', *LA(['已消除返贫致贫风险', F('已消除风险户', D(842), '户'), '，风险消除率达到 ',
                   F('风险消除率', (D(842) / mon_hh * 100).quantize(D('0.1')), '%')],
                  '已消除风险户是监测户的子集，不是分解，也不需要与其他项相加'),
         '，其余监测对象均落实了针对性帮扶措施。'])
    P(['2.就业帮扶持续加力。通过劳务协作、帮扶车间、公益性岗位等渠道促进稳岗就业，脱贫人口和监测对象务工就业',
       F('务工就业人数', work, '人'), '，其中县外务工', F('县外务工', work_out, '人'), '、县内务工', F('县内务工', work_in, '人'),
       '，', *LA(['较去年同期增加 ', F('务工人数同比增量', D(1032), '人', sp=True)], '同比增量，不是分项'), '。',
       *LA(['务工人员中女性', F('务工女性', D(13472), '人'), '，跨省务工', F('跨省务工', D(9865), '人')],
           '女性与跨省务工是重叠口径（跨省也属县外），不能与总数或其他分项相加比对'),
       '。', *LA(['开发乡村公益性岗位', F('公益性岗位数', D(2145), '个'), '，安置', F('公益性岗位安置人数', D(2087), '人')],
                '岗位数与安置人数不是总分关系'),
       '，兜底安置弱劳力、半劳力。'])
    P(['3.技能培训提质扩面。围绕市场需求开展订单式、定向式培训，累计举办培训班', F('培训期数', D(46), '期'), '、培训',
       F('培训人次', train_total, '人次'), '，其中']
      + sum([[n, F('培训·' + n, v, '人次'), '、' if i < 3 else ''] for i, (n, v) in enumerate(train)], [])
      + ['。', *LA(['参训人员中，脱贫劳动力', F('培训·脱贫劳动力', D(2418), '人次'), '，女性', F('培训·女性', D(1536), '人次')],
                  '按身份与性别交叉统计，两项相互重叠，2,418+1,536>3,260属正常'),
         '，培训后实现就业', F('培训后就业', D(2276), '人'), '，',
         *LA(['就业率达到 ', F('培训后就业率', D('69.8'), '%')], '比率'), '。'])
    P(['4.脱贫人口小额信贷规范发放。年初小额信贷余额', F('小额信贷年初余额', loan_open, '万元'), '，上半年新增发放',
       F('小额信贷新增发放', loan_new, '万元'), '，', *LA(['惠及脱贫户和监测户', F('小额信贷惠及户数', D(1962), '户')],
       '受益户数与金额不同口径'), '，收回到期贷款', F('小额信贷收回', loan_back, '万元'), '，6月末贷款余额',
       F('小额信贷6月末余额', loan_close, '万元'), '，逾期率控制在', F('小额信贷逾期率', D('0.3'), '%'), '以内。'])

    P(['5.群众增收渠道不断拓宽。上半年农村居民人均可支配收入', F('人均可支配收入', income, '元'), '，其中工资性收入']
      + sum([[('' if i == 0 else n), F('收入构成·' + n, v, '元'), '、' if i < 3 else ''] for i, (n, v) in enumerate(inc_parts)], [])
      + ['，', *LA(['同比增长 ', F('人均可支配收入增幅', D('6.3'), '%'), '，增速高于全县居民平均水平',
                   F('增速差', D('0.8'), '个百分点')], '增速与增速差，不是收入分项'), '。'])

    H2('（三）用好管好衔接资金')
    P(['上半年到位衔接推进乡村振兴补助资金 ', F('衔接资金', fund_yi, '亿元', sp=True), '，其中']
      + sum([[n + ' ', F('衔接资金·' + n, v, '万元', sp=True), '、' if i < 3 else ''] for i, (n, v) in enumerate(fund_parts)], [])
      + ['。', *LA(['已支出 ', F('衔接资金已支出', fund_spent, '万元', sp=True), '，支出进度达到 ',
                   F('衔接资金支出进度', (fund_spent / fund_wan * 100).quantize(D('0.1')), '%')],
                  '已支出是到位资金的子集，62.5%是进度比率'),
         '，高于全市平均水平。从资金投向看，用于']
      + sum([[n + '的占 ' if i == 0 else n + '占 ', F('资金投向·' + n, v, '%'), '，' if i < 3 else '。']
             for i, (n, v) in enumerate(fshare)], [])
      + ['衔接资金项目库入库项目', F('项目库项目', sumd([v for _, v in projs]), '个'), '，其中']
      + sum([[n, F('项目库·' + n, v, '个'), '、' if i < 3 else ''] for i, (n, v) in enumerate(projs)], [])
      + ['，', *LA(['已开工', F('已开工项目', D(142), '个'), '，开工率', F('项目开工率', D('84.5'), '%')],
                  '已开工是入库项目的子集'), '。'])

    H2('（四）扎实推进宜居宜业和美乡村建设')
    P(['持续开展农村人居环境整治提升行动。上半年完成农村户厕改造 ', F('户厕改造', toilet_new + toilet_fix, '户', sp=True),
       '，其中新建', F('户厕·新建', toilet_new, '户'), '、改造提升', F('户厕·改造提升', toilet_fix, '户'), '，',
       *LA(['累计完成户厕改造 ', F('累计户厕改造', D('4.26'), '万户', sp=True), '，农村卫生厕所普及率达到 ',
            F('卫生厕所普及率', D('88.6'), '%')], '累计数（含以前年度）与本年数不是分解关系；普及率是比率'),
       '。农村生活垃圾收运处置体系覆盖 ', F('垃圾收运覆盖率', D(100), '%'), '的行政村，',
       *LA(['生活污水治理率达到 ', F('污水治理率', D('41.5'), '%'), '，较去年同期提高', F('污水治理率提高', D('4.2'), '个百分点')],
           '治理率及其提高幅度，非分解'), '。'])

    H2('（五）深化农村改革')
    P(['大力发展新型农村集体经济，全县', F('行政村数', sumd([v for _, v in vill]), '个'), '行政村集体经济收入全部'
       '达到5万元以上，其中年收入']
      + sum([[n, F('集体经济村·' + n, v, '个'), '、' if i < 2 else ''] for i, (n, v) in enumerate(vill)], [])
      + ['。', *LA(['村集体经营性收入', F('村集体经营性收入', D('4236.8'), '万元'), '，较去年同期增加',
                   F('经营性收入增量', D('512.4'), '万元'), '，增长', F('经营性收入增幅', D('13.8'), '%')],
                  '同比增量和增幅，不是分项'),
         '。稳妥推进第二轮土地承包到期后再延长三十年试点，农村产权流转交易更加规范。'])

    H2('（六）强化农产品质量安全和农业风险保障')
    P(['深入开展农产品质量安全“治违禁、控药残、促提升”行动，上半年完成农产品质量安全抽检',
       F('农产品抽检批次', qc_a + qc_b, '批次'), '，其中定量检测', F('抽检·定量检测', qc_a, '批次'), '、快速检测',
       F('抽检·快速检测', qc_b, '批次'), '，', *LA(['总体合格率 ', F('抽检合格率', D('99.6'), '%')], '合格率是比率'),
       '。立案查处农资违法案件', F('农资违法案件', D(17), '件'), '，',
       *LA(['涉案金额', F('农资案件涉案金额', D('23.6'), '万元'), '，罚没款', F('农资案件罚没款', D('9.8'), '万元')],
           '罚没款不是涉案金额的组成部分'),
       '。农业保险扩面增品提标，主要粮食作物完全成本保险实现全覆盖，上半年农业保险保费收入',
       F('农业保险保费', sum([v for _, v in ins], D(0)), '万元'), '，其中']
      + sum([[n, F('保费·' + n, v, '万元'), '、' if i < 3 else ''] for i, (n, v) in enumerate(ins)], [])
      + ['，', *LA(['为', F('农业保险受灾农户', D(2836), '户次'), '受灾农户支付赔款', F('农业保险赔款', D('612.3'), '万元')],
                  '赔款与保费是收支两面，不是分解'),
         '，有效发挥了农业保险“稳定器”作用。'])
    P(['同时，扎实开展农村宅基地规范管理、农村乱占耕地建房问题整治和农业安全生产大检查，全县农业农村领域'
       '安全生产形势总体平稳，未发生较大以上安全事故。'])

    H2('（七）分乡镇完成情况')
    P(['上半年，各乡镇主要指标完成情况如下表，其中双溪镇、石桥镇粮食面积和务工就业人数位居前列，城关镇因城镇化'
       '推进耕地面积相对较少。'])
    rows = []
    cols = [('area', '粮食面积（万亩）', '万亩'), ('hh', '监测户（户）', '户'), ('work', '务工人数（人）', '人'),
            ('fund', '衔接资金（万元）', '万元')]
    for i, t in enumerate(towns):
        vals = [t_area[i], t_hh[i], t_work_printed[i], t_fund[i]]
        rows.append(('data', [t] + [F('分乡镇·%s·%s' % (t, cols[j][1]), v, cols[j][2], show=False,
                                     label='分乡镇表“%s”行·%s列' % (t, cols[j][1])) for j, v in enumerate(vals)]))
    rows.append(('total', ['合  计'] + [F('分乡镇·合计·%s' % cols[j][1], v, cols[j][2], show=False,
                                        label='分乡镇表合计行·%s列' % cols[j][1])
                                      for j, v in enumerate([grain, mon_hh, work, fund_wan])]))
    doc.table('tb', '表1  2025年上半年分乡镇主要指标完成情况', None, [70, 86, 80, 86, 86],
              ['l', 'r', 'r', 'r', 'r'], ['乡  镇'] + [c[1] for c in cols], rows, size=11, rowh=18, headh=20,
              ruled=False, keep=True)

    H1('二、存在的主要问题')
    P(['一是粮食生产比较效益偏低，部分地块存在“非粮化”倾向，种粮农民积极性有待进一步提高。二是产业帮扶项目'
       '同质化问题较为突出，部分项目联农带农机制不够紧密，带动脱贫户增收效果不明显。三是衔接资金支出进度不平衡，',
       *LA([F('支出进度偏慢乡镇数', D(3), '个'), '乡镇支出进度低于 ', F('支出进度警戒线', D(50), '%')],
           '个数和阈值，非分解'),
       '，资金使用效益有待提升。四是农村人居环境长效管护机制尚不健全，部分村庄存在重建设、轻管护现象。'])

    H1('三、下半年工作打算')
    P(['（一）全力抓好秋粮生产。', *LA(['确保全年粮食播种面积稳定在 ', F('全年粮食面积目标', D('48.5'), '万亩', sp=True),
       '以上、总产量达到 ', F('全年粮食产量目标', D('21.6'), '万吨', sp=True)], '全年目标值，不与上半年实际数比对'),
       '，抓好秋粮病虫害统防统治和防灾减灾，确保颗粒归仓。'])
    P(['（二）持续巩固脱贫攻坚成果。常态化开展防返贫动态监测，落实“一户一策”帮扶措施，',
       *LA(['力争全年脱贫人口务工就业规模稳定在 ', F('全年务工目标', D('3.4'), '万人', sp=True), '以上'], '目标值'),
       '，确保不发生规模性返贫致贫。'])
    P(['（三）加快衔接资金支出进度。建立项目推进周调度机制，', *LA(['确保9月底前衔接资金支出进度达到 ',
       F('9月底支出进度目标', D(85), '%'), '以上'], '目标值'), '，对进度滞后的乡镇进行约谈通报。'])
    P(['（四）做强做优乡村特色产业。围绕粮油、蔬菜、中药材、林果、畜禽五大主导产业，加快建设现代农业产业园和'
       '农产品加工集聚区，培育壮大新型农业经营主体，完善联农带农利益联结机制，推动产业帮扶项目提质增效，让'
       '农民更多分享产业增值收益。'])
    P(['（五）推进和美乡村建设。完成年度户厕改造任务，加快农村供水保障、农村公路提档升级等项目建设，推动乡村'
       '由“一时美”向“持久美”转变。'])
    P(['（六）加强干部队伍建设。深化模范机关创建，持续整治形式主义为基层减负，强化党风廉政建设和作风建设，'
       '加强衔接资金、惠农补贴等重点领域监督检查，为全面推进乡村振兴提供坚强保障。'])
    P(['临溪县农业农村局'], indent=0, align='right', before=16)
    P(['2025年7月8日'], indent=0, align='right')

    # ------------------------------------------------------------------ breakdowns
    G, PL = 'genuine', 'planted'
    bd(G, 'repeat', '粮食播种面积(摘要)', ['粮食播种面积'], '万亩', '摘要与正文重复')
    bd(G, 'repeat', '监测对象户数(摘要)', ['监测对象户数'], '户', '摘要与正文重复')
    bd(G, 'repeat', '务工就业人数(摘要)', ['务工就业人数'], '人', '摘要与正文重复')
    bd(PL, 'repeat', '衔接资金(摘要)', ['衔接资金'], '亿元', 'PLANTED：摘要写1.36亿元，正文写1.38亿元（正文分项合计13,800万元）')
    bd(G, 'sum', '粮食播种面积', ['小麦', '玉米', '大豆'], '万亩')
    bd(PL, 'sum', '经济作物面积', ['蔬菜', '中药材', '林果'], '万亩', 'PLANTED：中药材应为5.3万亩，印为15.3万亩（分项多10）')
    bd(G, 'sum', '肉类总产量', ['肉类·' + n for n, _ in meat], '万吨')
    bd(G, 'sum', '高标准农田任务', ['高标准农田已完工', '高标准农田在建'], '万亩')
    bd(G, 'sum', '监测对象户数', ['监测户·' + n for n, _, _ in mon_h], '户')
    bd(G, 'sum', '监测对象人数', ['监测人·' + n for n, _, _ in mon_h], '人', '“人数分别为”引出的三类人数')
    bd(G, 'sum', '务工就业人数', ['县外务工', '县内务工'], '人')
    bd(G, 'sum', '培训人次', ['培训·' + n for n, _ in train], '人次')
    bd(G, 'balance', '小额信贷6月末余额', ['小额信贷年初余额', '小额信贷新增发放', '小额信贷收回'], '万元',
       '年初+新增−收回=6月末', ['+', '+', '-'])
    bd(G, 'sum', '衔接资金', ['衔接资金·' + n for n, _ in fund_parts], '万元', '总额以亿元印刷（1.38 亿元=13,800万元），分项以万元印刷')
    bd(G, 'share', None, ['资金投向·' + n for n, _ in fshare], '%', '资金投向占比之和为100%')
    bd(G, 'sum', '项目库项目', ['项目库·' + n for n, _ in projs], '个')
    bd(G, 'sum', '户厕改造', ['户厕·新建', '户厕·改造提升'], '户')
    bd(G, 'sum', '农产品抽检批次', ['抽检·定量检测', '抽检·快速检测'], '批次')
    bd(G, 'sum', '农业保险保费', ['保费·' + n for n, _ in ins], '万元')
    bd(G, 'sum', '行政村数', ['集体经济村·' + n for n, _ in vill], '个', '分段中的“5万元”“10万元”“50万元”是区间界限，不是分项')
    for j, (k, h, u) in enumerate(cols):
        bd(PL if k == 'work' else G, 'sum', '分乡镇·合计·' + h, ['分乡镇·%s·%s' % (t, h) for t in towns], u,
           'PLANTED：石桥镇务工人数印为4,116（应为4,016），列合计比各行之和少100' if k == 'work' else '无框线表列合计')
    bd(G, 'repeat', '粮食播种面积', ['分乡镇·合计·粮食面积（万亩）'], '万亩', '正文与分乡镇表合计一致')
    bd(G, 'repeat', '监测对象户数', ['分乡镇·合计·监测户（户）'], '户', '正文与分乡镇表合计一致')
    bd(G, 'repeat', '务工就业人数', ['分乡镇·合计·务工人数（人）'], '人', '正文与分乡镇表合计一致')
    bd(G, 'repeat', '人均可支配收入(摘要)', ['人均可支配收入'], '元', '摘要与正文重复')
    bd(G, 'sum', '人均可支配收入', ['收入构成·' + n for n, _ in inc_parts], '元', '四项收入构成')
    return doc


# ============================================================ expected.json
CONV = {('亿元', '万元'): D(10000), ('万元', '亿元'): D('0.0001')}

CONVENTIONS = (
    "All figures are drawn from Python Decimal values; 'total' and 'parts' are the exact printed strings "
    "(table cells are printed without units; the unit is in the table's unit line or column header). "
    "pdf_page/parts_pages are 1-based physical pages recorded by the layout engine at draw time. "
    "'unit' is the unit in which parts_sum and difference are expressed; a total printed in 亿元 against parts "
    "in 万元 is converted (1亿元 = 10,000万元). difference = total − parts_sum (0 for genuine). "
    "check='sum': parts add to the total. check='share': percentages that should add to 100% (total given as "
    "'100%', pdf_page = page of the first share). check='balance': opening + inflow − outflow = closing; "
    "parts are [opening, inflow, outflow], part_signs gives the signs, total is the closing figure. "
    "check='repeat': the same quantity printed twice; total = first printing, parts = [later printing], "
    "difference = first − later. Ruled table 1 of file A and the unruled township table of file B: each numeric "
    "column's 合计 is one 'sum' breakdown over the detail rows. File A table 2 (grouped, continues across a page "
    "break with a repeated header): each 小计 cell is a 'sum' over its group's detail rows, and each 合计 cell is "
    "a 'sum' over the 小计 cells (it also equals the sum of all detail rows). Per-row cross sums are not "
    "intended in any table (no row-total columns). Shares and table cells are exact at printed precision, so any "
    "non-zero difference is an error, not rounding. kind='planted' marks deliberately planted errors; each planted "
    "error affects exactly one listed breakdown. Page numbers in the footer (— n — / - n -) are not figures."
)


def expected_for(doc, fname, prefix):
    out = []
    for i, b in enumerate(doc.bds, 1):
        figs = doc.figs
        parts = [figs[k] for k in b['parts']]
        unit = b['unit']
        for k in b['parts'] + ([b['total']] if b['total'] else []):
            assert figs[k]['page'] is not None, ('never drawn', k)

        def val(f):
            if f['unit'] == unit or b['check'] == 'share':
                return f['val']
            return f['val'] * CONV[(f['unit'], unit)]
        signs = b['signs'] or ['+'] * len(parts)
        psum = sum([val(f) if s == '+' else -val(f) for f, s in zip(parts, signs)], D(0))
        if b['check'] == 'share':
            total_text, total_val, where, tpage = '100%', D(100), '（占比合计应为100%）', parts[0]['page']
        else:
            tf = figs[b['total']]
            total_text, total_val, where, tpage = tf['text'], val(tf), tf['label'], tf['page']
        diff = total_val - psum
        if b['kind'] == 'genuine':
            assert diff == 0, (prefix, i, b)
        else:
            assert diff != 0, (prefix, i, b)
        e = dict(file=fname, id='%s%02d' % (prefix, i), kind=b['kind'], check=b['check'], total=total_text,
                 total_where=where, parts=[f['text'] for f in parts], parts_where=[f['label'] for f in parts],
                 unit=unit, pdf_page=tpage, parts_pages=[f['page'] for f in parts],
                 parts_sum=str(psum), difference=str(diff), note=b['note'])
        if b['signs']:
            e['part_signs'] = b['signs']
        out.append(e)
    return out


def main():
    docs = [(build_a(), FILE_A, 'M'), (build_b(), FILE_B, 'N')]
    files, bds, las = [], [], []
    for doc, fname, prefix in docs:
        doc.save()
        assert 4 <= doc.page <= 7, (fname, doc.page)
        files.append(dict(file=fname, pages=doc.page))
        bds += expected_for(doc, fname, prefix)
        for name, s in doc.spans.items():
            assert s['page'] is not None and s['text']
            las.append(dict(file=fname, pdf_page=s['page'], text=s['text'], why=s['why']))
    # table 2 of file A must continue across a page break; the others must not split
    ta = docs[0][0].tables
    assert len(ta['t2']['pages']) == 2, ta['t2']['pages']
    assert len(ta['t1']['pages']) == 1 and len(docs[1][0].tables['tb']['pages']) == 1
    exp = dict(files=files, conventions=CONVENTIONS, breakdowns=bds, lookalikes_not_breakdowns=las)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    ng = sum(b['kind'] == 'genuine' for b in bds)
    npl = sum(b['kind'] == 'planted' for b in bds)
    print('pages:', [(f['file'], f['pages']) for f in files])
    print('genuine:', ng, 'planted:', npl, 'lookalikes:', len(las))
    print('table2 pages:', sorted(ta['t2']['pages']))


if __name__ == '__main__':
    main()
