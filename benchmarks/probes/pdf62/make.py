#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind test probe: builds two Chinese county-government report PDFs and expected.json.

Every printed figure is a Fig built from a Decimal; its value is parsed back from the
exact text that is drawn, and the page it lands on is recorded by the layout engine
at draw time.  Deterministic (no randomness).
"""
import json
import os
import re
from decimal import Decimal as D, ROUND_HALF_UP

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont('ZH', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
FONT = 'ZH'
PW, PH = A4
LM, RM, TM, BM = 70, 70, 74, 78
TEXTW = PW - LM - RM

TOK = re.compile(r'[0-9A-Za-z.,%‰+\-]+|.', re.S)
CLOSE = set('，。、；：？！）》”’％…%‰')
OPEN = set('（《“‘')


def sw(t, size):
    return pdfmetrics.stringWidth(t, FONT, size)


def q(v, dp):
    return D(v).quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def fmt(v, dp=0, comma=True):
    return format(q(v, dp), (',' if comma else '') + '.%df' % dp)


class Fig:
    def __init__(self, key, text, unit):
        self.key = key
        self.num = text
        self.value = D(text.replace(',', ''))   # value = what is printed
        self.unit = unit
        self.text = text + unit
        self.pages = []

    @property
    def page(self):
        assert len(self.pages) == 1, (self.key, self.pages)
        return self.pages[0]


class Doc:
    def __init__(self, fname, comma, title):
        self.fname = fname
        self.path = os.path.join(HERE, fname)
        self.c = canvas.Canvas(self.path, pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor('')
        self.page = 1
        self.y = PH - TM
        self.figs = {}
        self.bds = []
        self.looks = []
        self.comma = comma

    # ---------------------------------------------------------------- figures
    def fig(self, key, value, dp=0, unit='', text=None, comma=None):
        assert key not in self.figs, key
        if text is None:
            text = fmt(D(str(value)), dp, self.comma if comma is None else comma)
        f = Fig(key, text, unit)
        self.figs[key] = f
        return f

    # ---------------------------------------------------------------- drawing
    def txt(self, x, y, text, size, cs=0.0, bold=False):
        to = self.c.beginText(x, y)
        to.setFont(FONT, size)
        to.setCharSpace(cs)
        to.setTextRenderMode(2 if bold else 0)
        to.textOut(text)
        self.c.drawText(to)

    def footer(self):
        t = '— %d —' % self.page
        self.txt(PW / 2 - sw(t, 10.5) / 2, 42, t, 10.5)

    def newpage(self):
        self.footer()
        self.c.showPage()
        self.c.setLineWidth(0.35)
        self.page += 1
        self.y = PH - TM

    def need(self, h):
        if self.y - h < BM:
            self.newpage()

    def finish(self):
        self.footer()
        self.c.save()
        return self.page

    def skip(self, h):
        self.y -= h

    def center(self, text, size, gap, bold=False):
        self.need(gap)
        self.y -= gap
        self.txt(PW / 2 - sw(text, size) / 2, self.y, text, size, bold=bold)

    def right(self, text, size, gap):
        self.need(gap)
        self.y -= gap
        self.txt(PW - RM - sw(text, size) - 24, self.y, text, size)

    def _tokens(self, segs):
        out = []
        for g in segs:
            if isinstance(g, Fig):
                # the number itself is never broken; a line may break between number and unit
                out.append((g.num, g))
                out += [(ch, None) for ch in g.unit]
            else:
                out += [(m.group(0), None) for m in TOK.finditer(g)]
        return out

    def para(self, segs, size=12, leading=21, indent=2, bold=False, after=0, keep=0):
        if isinstance(segs, str):
            segs = [segs]
        toks = self._tokens(segs)
        lines, cur, w = [], [], indent * size
        for t in toks:
            tw = sw(t[0], size)
            if cur and w + tw > TEXTW + 0.01:
                if t[0] in CLOSE:             # hanging punctuation, line compressed below
                    cur.append(t)
                    w += tw
                    continue
                carry = []
                while cur and cur[-1][0] in OPEN:
                    carry.insert(0, cur.pop())
                lines.append(cur)
                cur = carry + [t]
                w = sum(sw(x[0], size) for x in cur)
            else:
                cur.append(t)
                w += tw
        if cur:
            lines.append(cur)
        if keep:
            self.need(leading * (1 + keep))
        for i, ln in enumerate(lines):
            self.need(leading)
            self.y -= leading
            x = LM + (indent * size if i == 0 else 0)
            text = ''.join(t[0] for t in ln)
            cs = 0.0
            if i < len(lines) - 1 and len(text) > 1:
                cs = (PW - RM - x - sw(text, size)) / (len(text) - 1)
                if cs > 1.6:
                    cs = 0.0
            self.txt(x, self.y, text, size, cs=cs, bold=bold)
            for t in ln:
                if t[1] is not None:
                    t[1].pages.append(self.page)
        self.y -= after

    def h1(self, text):
        self.para(text, size=13, leading=26, indent=2, bold=True, keep=2)

    def h2(self, text):
        self.para(text, size=12, leading=23, indent=2, bold=True, keep=2)

    def table(self, title, unit, header, rows, colw, size=10, rowh=19, hdr_lines=1):
        """rows: list of (cells, opts) ; opts: dict(bold, indent)."""
        assert sum(colw) <= TEXTW + 0.01, sum(colw)
        x0 = LM + (TEXTW - sum(colw)) / 2
        hh = rowh if hdr_lines == 1 else 13 * hdr_lines + 8
        height = 20 + 16 + 6 + hh + rowh * len(rows) + 12
        self.need(height)
        top = self.y
        self.txt(PW / 2 - sw(title, 11.5) / 2, top - 18, title, 11.5, bold=True)
        self.txt(x0 + sum(colw) - sw(unit, 9.5) - 2, top - 34, unit, 9.5)
        ty = top - 40
        xs = [x0]
        for cw in colw:
            xs.append(xs[-1] + cw)
        ys = [ty, ty - hh]
        for _ in rows:
            ys.append(ys[-1] - rowh)
        c = self.c
        c.setLineWidth(0.5)
        for yy in ys[1:-1]:
            c.line(xs[0], yy, xs[-1], yy)
        for xx in xs[1:-1]:
            c.line(xx, ys[0], xx, ys[-1])
        c.setLineWidth(1.1)
        c.line(xs[0], ys[0], xs[-1], ys[0])
        c.line(xs[0], ys[-1], xs[-1], ys[-1])
        c.line(xs[0], ys[1], xs[-1], ys[1])
        c.setLineWidth(0.35)
        # header
        for j, h in enumerate(header):
            parts = h.split('\n')
            n = len(parts)
            for k, p in enumerate(parts):
                fs = size
                while sw(p, fs) > colw[j] - 6 and fs > 7:
                    fs -= 0.25
                cy = ys[0] - hh / 2 + (n - 1) * 6.5 - k * 13 - fs * 0.35
                self.txt(xs[j] + colw[j] / 2 - sw(p, fs) / 2, cy, p, fs, bold=True)
        # body
        for i, (cells, opts) in enumerate(rows):
            rt = ys[i + 1]
            for j, cell in enumerate(cells):
                text = cell.text if isinstance(cell, Fig) else cell
                if text == '':
                    continue
                ind = opts.get('indent', 0) * size if j == 0 else 0
                fs = size
                while sw(text, fs) > colw[j] - 8 - ind and fs > 7:
                    fs -= 0.25
                assert sw(text, fs) <= colw[j] - 8 - ind + 0.01, text
                by = rt - rowh / 2 - fs * 0.35
                if j == 0:
                    x = xs[j] + 4 + ind
                elif isinstance(cell, Fig) or re.match(r'^[-0-9.,]+$', text):
                    x = xs[j + 1] - 5 - sw(text, fs)
                else:
                    x = xs[j] + colw[j] / 2 - sw(text, fs) / 2
                self.txt(x, by, text, fs, bold=opts.get('bold', False) and j == 0)
                if isinstance(cell, Fig):
                    cell.pages.append(self.page)
        self.y = ys[-1] - 12

    # ------------------------------------------------------------ bookkeeping
    def bd(self, kind, check, total, parts, total_where, parts_where, unit, note='', signs=None):
        assert kind in ('genuine', 'planted') and check in ('sum', 'share', 'balance', 'repeat')
        assert len(parts) == len(parts_where)
        self.bds.append(dict(kind=kind, check=check, total=total, parts=parts,
                             total_where=total_where, parts_where=parts_where, unit=unit,
                             note=note, signs=signs))

    def look(self, segs, why, text=None):
        anchor = [s for s in segs if isinstance(s, Fig)][0]
        if text is None:
            text = ''.join(s.text if isinstance(s, Fig) else s for s in segs)
        self.looks.append(dict(anchor=anchor, text=text, why=why))

    def expected(self, prefix):
        out = []
        for i, b in enumerate(self.bds, 1):
            parts = b['parts']
            signs = b['signs'] or [1] * len(parts)
            psum = sum((sg * p.value for sg, p in zip(signs, parts)), D(0))
            if b['check'] == 'share':
                ttext, tval, tpage = '100%', D(100), parts[0].page
            else:
                ttext, tval, tpage = b['total'].text, b['total'].value, b['total'].page
            diff = tval - psum
            if b['kind'] == 'genuine':
                assert diff == 0, (prefix, i, b['total_where'], diff)
            else:
                assert diff != 0, (prefix, i, b['total_where'])
            e = dict(file=self.fname, id='%s%02d' % (prefix, i), kind=b['kind'], check=b['check'],
                     total=ttext, total_where=b['total_where'],
                     parts=[p.text for p in parts], parts_where=b['parts_where'],
                     unit=b['unit'], pdf_page=tpage, parts_pages=[p.page for p in parts],
                     parts_sum=str(psum), difference=str(diff), note=b['note'])
            if b['signs']:
                e['signs'] = signs
            out.append(e)
        return out

    def lookalikes(self):
        return [dict(file=self.fname, pdf_page=l['anchor'].page, text=l['text'], why=l['why'])
                for l in self.looks]


def pct(a, b, dp=1):
    return q(D(a) / D(b) * 100, dp)


# =========================================================================== A
def build_A():
    doc = Doc('qingxi_rsj_2024_zongjie.pdf', True, '清溪县人力资源和社会保障局2024年工作总结和2025年工作计划')
    F = doc.fig
    P = doc.para

    doc.center('清溪县人力资源和社会保障局', 20, 30, bold=True)
    doc.center('2024年工作总结和2025年工作计划', 17, 32, bold=True)
    doc.skip(16)
    P('2024年，县人力资源和社会保障局在县委、县政府的坚强领导和上级人社部门的精心指导下，坚持以习近平'
      '新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届二中、三中全会精神，紧紧围绕县委'
      '“强工兴城、富民强县”发展战略，坚持稳就业、保民生、促发展、防风险，扎实推进就业创业、技能人才、社会'
      '保障、劳动关系等各项工作，全县人社事业保持了稳中有进、进中向好的良好态势，较好完成了年初确定的各项'
      '目标任务。现将2024年工作总结和2025年工作计划报告如下。')

    doc.h1('一、2024年工作完成情况')
    doc.h2('（一）坚持就业优先，全力稳定就业基本盘')
    # --- urban new jobs
    parts_v = [('高校毕业生', 1142), ('退役军人', 386), ('就业困难人员', 629), ('其他城镇劳动者', 1669)]
    tot_v = sum(v for _, v in parts_v)
    t_new = F('new_total', tot_v, unit='人')
    t_goal = F('new_goal', 3400, unit='人')
    t_goalpct = F('new_goalpct', pct(tot_v, 3400), 1, unit='%')
    pf = [F('new_%d' % i, v, unit='人') for i, (_, v) in enumerate(parts_v)]
    re_tot = F('reemp', 1235, unit='人')
    re_hard = F('reemp_hard', 412, unit='人')
    lk_re = ['城镇失业人员再就业', re_tot, '，其中就业困难人员再就业', re_hard]
    seg = ['1．城镇就业稳中有增。全面落实就业优先战略和稳岗扩岗政策，持续开展“春风行动”“民营企业服务月”'
           '“百日千万招聘专项行动”等公共就业服务活动，全年共举办线上线下招聘会46场次，累计提供就业岗位1.8万余个，'
           '达成就业意向3,127人。全年城镇新增就业', t_new, '，完成市下达目标任务', t_goal, '的', t_goalpct, '，其中']
    for i, (lab, _) in enumerate(parts_v):
        seg += [lab, pf[i], '、' if i < len(parts_v) - 1 else '。']
    seg += lk_re + ['；年末城镇登记失业率为', F('unemp_rate', '2.85', 2, unit='%'),
                    '，控制在3.5%的目标以内，全县未发生规模性失业风险。']
    P(seg)
    doc.bd('genuine', 'sum', t_new, pf, '城镇新增就业', [l for l, _ in parts_v], '人',
           '其中…、…、…、… 四类人员之和等于总数')
    doc.look(lk_re, '“其中”只列出一个子项（就业困难人员再就业），不是完整分解')

    # --- key groups
    hard_rep = F('hard_rep', 629, unit='名')
    h1_, h2_, h3_ = F('hard_a', 37, unit='人'), F('hard_b', 58, unit='人'), F('hard_c', 214, unit='人')
    lk_hard = ['帮助', hard_rep, '就业困难人员实现就业，其中零就业家庭成员', h1_, '、残疾人', h2_, '、大龄失业人员', h3_]
    P(['2．重点群体就业帮扶有力。坚持把高校毕业生等青年群体就业作为重中之重，深入实施“三支一扶”、高校毕业生'
       '基层成长计划和就业见习计划，全年开发就业见习岗位312个，组织287名离校未就业高校毕业生参加见习，见习期满'
       '留用率达到61.3%。对就业困难人员实行实名制动态管理和“一人一档”精准帮扶，通过市场推荐、政策扶持、公益性'
       '岗位托底安置等方式，全年'] + lk_hard +
      ['，全县零就业家庭保持动态清零。扎实做好退役军人、农民工等群体就业服务，为返乡入乡人员提供政策咨询、岗位'
       '推介和创业指导服务2,600余人次。'])
    doc.bd('genuine', 'repeat', pf[2], [hard_rep], '城镇新增就业中的就业困难人员（第1段）',
           ['重点群体就业帮扶段再次出现'], '人', '同一数字两次出现，一致（单位字“人/名”不同）')
    doc.look(lk_hard, '其中只列部分群体（37+58+214=309≠629），子群体不穷尽，非分解')

    # --- rural labour transfer
    dest = [('县内', 21350), ('省内县外', 18904), ('省外', 28166)]
    dt = sum(v for _, v in dest)
    t_tr = F('tr_total', dt, unit='人')
    t_trnew = F('tr_new', 2315, unit='人')
    dpf = [F('tr_%d' % i, v, unit='人') for i, (_, v) in enumerate(dest)]
    dsh = [F('trs_%d' % i, pct(v, dt), 1, unit='%') for i, (_, v) in enumerate(dest)]
    lk_tr = ['全县农村劳动力累计转移就业', t_tr, '，其中当年新增转移就业', t_trnew]
    tp1, tp2 = F('tp_scale', 9864, unit='人'), F('tp_inc', 312, unit='人')
    P(['3．农村劳动力转移就业规模持续扩大。依托县、乡、村三级公共就业服务平台和驻外劳务工作站，大力推进有组织'
       '劳务输出，开展“点对点”劳务输送12批次。截至2024年底，'] + lk_tr +
      ['。从就业去向看，在县内就业', dpf[0], '，占', dsh[0], '；在省内县外就业', dpf[1], '，占', dsh[1],
       '；在省外就业', dpf[2], '，占', dsh[2], '。全县脱贫劳动力（含监测对象）务工规模达到', tp1, '，较上年增加',
       tp2, '，超额完成省定目标任务。'])
    doc.bd('genuine', 'sum', t_tr, dpf, '农村劳动力累计转移就业', ['县内', '省内县外', '省外'], '人',
           '按就业去向分解')
    doc.bd('genuine', 'share', None, dsh, '农村劳动力转移就业去向构成', ['县内占比', '省内县外占比', '省外占比'], '%',
           '31.2+27.6+41.2=100.0')
    doc.look(lk_tr, '“累计”与“当年新增”：2,315人是当年流量，不是累计68,420人的一个分项分解')

    # --- entrepreneurship loans
    ln = [('个人创业担保贷款', '3215.50'), ('小微企业创业担保贷款', '1644.50')]
    ltot = sum(D(v) for _, v in ln)
    t_ln = F('loan_total', ltot, 2, unit='万元')
    lpf = [F('loan_%d' % i, v, 2, unit='万元') for i, (_, v) in enumerate(ln)]
    e1, e2 = F('ent_people', 486, unit='人'), F('ent_jobs', 1537, unit='人')
    inc_new, inc_cum = F('incub_new', 23, unit='家'), F('incub_cum', 147, unit='家')
    lk_inc = ['县级创业孵化基地全年新入驻创业实体', inc_new, '，累计孵化创业实体', inc_cum]
    lk_ent = ['扶持', e1, '成功自主创业，带动就业', e2]
    P(['4．创业带动就业成效明显。深入实施“创业清溪”行动，持续优化创业担保贷款“免担保、免抵押、全贴息”扶持政策，'
       '全年发放创业担保贷款', t_ln, '，其中', ln[0][0], lpf[0], '、', ln[1][0], lpf[1], '，'] + lk_ent +
      ['。'] + lk_inc + ['，孵化成功率达到80%以上。'])
    doc.bd('genuine', 'sum', t_ln, lpf, '全年发放创业担保贷款', [l for l, _ in ln], '万元')
    doc.look(lk_ent, '扶持创业人数与带动就业人数是两个不同口径的指标，不构成分解')
    doc.look(lk_inc, '当年新入驻数与累计孵化数（累计 vs 当年），不是分解')

    doc.h2('（二）突出技能提升，人才队伍建设持续加强')
    trades = [('电工', 1832), ('焊工', 1465), ('育婴员', 2108), ('养老护理员', 1376), ('中式烹调师', 2243),
              ('电子商务师', 1962), ('农业技术员', 1400)]
    tr_true = sum(v for _, v in trades)            # 12386
    t_trn = F('train_total', tr_true + 1, unit='人次')   # PLANTED: total 1 off
    tpf = [F('train_%d' % i, v, unit='人次') for i, (_, v) in enumerate(trades)]
    cert = F('train_cert', 8942, unit='人')
    certr = F('train_certrate', pct(8942, t_trn.value), 1, unit='%')
    seg = ['1．职业技能培训提质扩面。以市场需求和产业发展为导向，大力推行“订单式”“定岗式”“菜单式”培训模式，全年'
           '开展补贴性职业技能培训', t_trn, '，其中', '、'.join(l for l, _ in trades), '培训分别为']
    for i, f in enumerate(tpf):
        seg += [f, '、' if i < len(tpf) - 1 else '；']
    seg += ['培训后取得职业资格证书或职业技能等级证书', cert, '，取证率为', certr,
            '。新建县级技能大师工作室2个，组织开展第二届“清溪工匠”职业技能大赛，设置比赛项目8个，参赛选手380余人，'
            '评选“清溪工匠”10名。']
    P(seg)
    doc.bd('planted', 'sum', t_trn, tpf, '补贴性职业技能培训总人次', [l for l, _ in trades], '人次',
           'PLANTED: 七个工种分别为…之和为12,386，总数印为12,387（差1）')
    doc.look(['培训后取得职业资格证书或职业技能等级证书', cert, '，取证率为', certr],
             '取证人数是培训人次的子集，取证率是比率，不是分解')

    rec = [('教育类', 128), ('卫生类', 64), ('综合类', 44)]
    t_rec = F('rec_total', sum(v for _, v in rec), unit='名')
    rpf = [F('rec_%d' % i, v, unit='名') for i, (_, v) in enumerate(rec)]
    ti1, ti2 = F('title_mid', 412, unit='人'), F('title_high', 87, unit='人')
    lk_title = ['全年新增中级以上专业技术职称人员', ti1, '，其中高级职称', ti2]
    P(['2．人才引育工作扎实推进。围绕县域重点产业和社会事业发展需求，全年公开招聘事业单位工作人员', t_rec,
       '，其中教育类', rpf[0], '、卫生类', rpf[1], '、综合类', rpf[2], '；通过“绿色通道”引进急需紧缺专业人才19名。'
       '深化职称制度改革，'] + lk_title +
      ['。认真落实专家服务基层、高层次人才联系服务等制度，为各类人才办理安居补贴、子女入学等服务事项156件。'])
    doc.bd('genuine', 'sum', t_rec, rpf, '公开招聘事业单位工作人员', [l for l, _ in rec], '名')
    doc.look(lk_title, '其中只列高级职称一项（中级以上包含高级），非完整分解')

    doc.h2('（三）坚持应保尽保，社会保障体系更加完善')
    ins = [('企业职工基本养老保险', 58412, 4236, 2847),
           ('机关事业单位基本养老保险', 9864, 412, 387),
           ('城乡居民基本养老保险', 186530, 5127, 6348),
           ('失业保险', 24518, 2146, 1473),
           ('工伤保险', 31207, 3052, 2384)]
    ins = [(n, a, b, c, a + b - c) for n, a, b, c in ins]
    P(['1．参保扩面持续推进。深入实施全民参保计划，聚焦灵活就业人员、新就业形态劳动者、农民工等重点群体开展'
       '精准扩面，推动社会保险由“制度全覆盖”向“人员全覆盖”迈进。年末全县企业职工基本养老保险参保',
       F('ins_rep0', ins[0][4], unit='人'), '，城乡居民基本养老保险参保', F('ins_rep2', ins[2][4], unit='人'),
       '，城乡居民基本养老保险参保率稳定在95%以上；失业保险、工伤保险参保人数分别较年初增加',
       F('ins_net3', ins[3][4] - ins[3][1], unit='人'), '、', F('ins_net4', ins[4][4] - ins[4][1], unit='人'),
       '。各险种参保人数增减变动情况见表1。'])
    doc.look(['失业保险、工伤保险参保人数分别较年初增加', doc.figs['ins_net3'], '、', doc.figs['ins_net4']],
             '“分别”列出两个险种各自的净增人数，不是某个总数的分项')
    rows = []
    cells = {}
    for i, (n, a, b, c, e) in enumerate(ins):
        btxt = None
        if i == 3:
            btxt = '2,416'                           # PLANTED: 2,146 printed as 2,416 (digits swapped)
        cells[i] = [F('t1_%d_a' % i, a), F('t1_%d_b' % i, b, text=btxt), F('t1_%d_c' % i, c), F('t1_%d_e' % i, e)]
        rows.append(([n] + cells[i], {}))
    tots = [F('t1_tot_%s' % k, sum(r[j] for r in ins)) for k, j in zip('abce', (1, 2, 3, 4))]
    rows.append((['合计'] + tots, {'bold': True}))
    doc.table('表1  2024年全县社会保险参保人数增减变动情况', '单位：人',
              ['险种', '年初参保人数', '本年新增', '本年减少', '年末参保人数'], rows,
              [150, 78, 72, 72, 80], size=10, rowh=20)
    doc.bd('genuine', 'repeat', cells[0][3], [doc.figs['ins_rep0']], '表1 企业职工基本养老保险 年末参保人数',
           ['正文“年末全县企业职工基本养老保险参保”'], '人', '表内与正文一致')
    doc.bd('genuine', 'repeat', cells[2][3], [doc.figs['ins_rep2']], '表1 城乡居民基本养老保险 年末参保人数',
           ['正文“城乡居民基本养老保险参保”'], '人', '表内与正文一致')
    for i, (n, a, b, c, e) in enumerate(ins):
        kind = 'planted' if i == 3 else 'genuine'
        note = ('PLANTED: 本年新增应为2,146，印成2,416（两位数字对调），年初+新增−减少≠年末（差−270）'
                if i == 3 else '年初+新增−减少=年末')
        doc.bd(kind, 'balance', cells[i][3], cells[i][:3], '表1 %s 年末参保人数' % n,
               ['年初参保人数', '本年新增', '本年减少'], '人', note, signs=[1, 1, -1])
    doc.bd('genuine', 'balance', tots[3], tots[:3], '表1 合计行 年末参保人数', ['合计 年初', '合计 新增', '合计 减少'],
           '人', '合计行自身平衡', signs=[1, 1, -1])
    for k, (j, lab) in enumerate([(0, '年初参保人数'), (1, '本年新增'), (2, '本年减少'), (3, '年末参保人数')]):
        kind = 'planted' if j == 1 else 'genuine'
        note = ('PLANTED（与失业保险行同一处错误）：合计按正确值2,146计算，与各行印刷值之和相差−270'
                if j == 1 else '列合计=各险种之和（口径为人次）')
        doc.bd(kind, 'sum', tots[j], [cells[i][j] for i in range(len(ins))], '表1 合计行 %s' % lab,
               [r[0] for r in ins], '人', note)

    bn1, bn2 = F('ben_people', 41286, unit='名'), F('sub_amt', '312.45', 2, unit='万元')
    P(['2．待遇保障水平稳步提高。严格落实国家和省统一部署，按时足额调整退休人员基本养老金，企业退休人员基本'
       '养老金人均月增加约58元；城乡居民基本养老保险基础养老金最低标准提高到每人每月173元，全年为符合条件的',
       bn1, '城乡居民按月发放养老金。认真落实困难群体代缴政策，为低保对象、特困人员、重度残疾人等困难群体代缴城乡'
       '居民养老保险费', bn2, '，惠及', F('sub_people', 12497, unit='人'), '，确保困难群众应保尽保。'])

    # --- funds
    inc_parts = [('个人缴费', '5213.60'), ('各级财政补贴', '14927.35'), ('集体补助', '148.20'), ('利息及其他收入', '1547.27')]
    funds = [('城乡居民基本养老保险基金', sum(D(v) for _, v in inc_parts), D('18947.15'), D('36514.80')),
             ('失业保险基金', D('3412.58'), D('2968.34'), D('8736.19')),
             ('工伤保险基金', D('2675.90'), D('2318.66'), D('4105.37'))]
    ff = []
    for i, (n, inc, exp, open_) in enumerate(funds):
        bal = inc - exp
        ff.append(dict(name=n, inc=F('f%d_inc' % i, inc, 2, unit='万元'), exp=F('f%d_exp' % i, exp, 2, unit='万元'),
                       bal=F('f%d_bal' % i, bal, 2, unit='万元'), open=F('f%d_open' % i, open_, 2, unit='万元'),
                       close=F('f%d_close' % i, open_ + bal, 2, unit='万元')))
    ipf = [F('f0_ip%d' % i, v, 2, unit='万元') for i, (_, v) in enumerate(inc_parts)]
    sum_inc = F('f_suminc', sum(f[1] for f in funds), 2, unit='万元')
    sum_exp = F('f_sumexp', sum(f[2] for f in funds), 2, unit='万元')
    sum_bal = F('f_sumbal', sum(f[1] - f[2] for f in funds), 2, unit='万元')
    seg = ['3．社保基金运行总体平稳。全年', ff[0]['name'], '收入', ff[0]['inc'], '，其中']
    for i, (lab, _) in enumerate(inc_parts):
        seg += [lab, ipf[i], '、' if i < 3 else '；']
    seg += ['基金支出', ff[0]['exp'], '，当年结余', ff[0]['bal'], '，加上年初累计结余', ff[0]['open'], '，年末累计结余',
            ff[0]['close'], '。']
    for f in ff[1:]:
        seg += [f['name'], '收入', f['inc'], '，支出', f['exp'], '，当年结余', f['bal'], '，年初累计结余', f['open'],
                '，年末累计结余', f['close'], '。']
    seg += ['三项基金合计收入', sum_inc, '、支出', sum_exp, '，当年结余合计', sum_bal,
            '，基金收支总体平衡、略有结余。深入开展社保基金管理问题专项整治，追回违规领取待遇',
            F('f_recover', '86.73', 2, unit='万元'), '，基金安全防线进一步筑牢。']
    P(seg)
    doc.bd('genuine', 'sum', ff[0]['inc'], ipf, '城乡居民基本养老保险基金收入', [l for l, _ in inc_parts], '万元')
    for f in ff:
        doc.bd('genuine', 'balance', f['bal'], [f['inc'], f['exp']], '%s 当年结余' % f['name'], ['收入', '支出'],
               '万元', '收入−支出=当年结余', signs=[1, -1])
        doc.bd('genuine', 'balance', f['close'], [f['open'], f['bal']], '%s 年末累计结余' % f['name'],
               ['年初累计结余', '当年结余'], '万元', '年初累计结余+当年结余=年末累计结余')
    doc.bd('genuine', 'sum', sum_inc, [f['inc'] for f in ff], '三项基金合计收入', [f['name'] for f in ff], '万元')
    doc.bd('genuine', 'sum', sum_exp, [f['exp'] for f in ff], '三项基金合计支出', [f['name'] for f in ff], '万元')
    doc.bd('genuine', 'sum', sum_bal, [f['bal'] for f in ff], '三项基金当年结余合计', [f['name'] for f in ff], '万元')

    doc.h2('（四）加强劳动保障监察执法，劳动关系保持和谐稳定')
    ctype = [('拖欠工资类', 168), ('未签订劳动合同类', 39), ('未依法缴纳社会保险类', 27), ('其他类', 12)]
    c_tot = F('case_total', sum(v for _, v in ctype), unit='件')
    c_done = F('case_done', 241, unit='件')
    c_rate = F('case_rate', pct(241, c_tot.value), 1, unit='%')
    cpf = [F('case_%d' % i, v, unit='件') for i, (_, v) in enumerate(ctype)]
    lk_case = ['全年受理劳动保障监察案件', c_tot, '，结案', c_done, '，结案率', c_rate]
    seg = ['1．劳动保障监察执法有力。深入推进根治欠薪冬季专项行动和“护薪”行动，全面落实工程建设领域农民工工资'
           '专用账户、实名制管理、工资保证金、维权信息公示等制度。'] + lk_case + ['。从案件类型看，']
    for i, (lab, _) in enumerate(ctype):
        seg += [lab, cpf[i], '、' if i < 3 else '。']
    seg += ['全年为', F('wage_people', 1763, unit='名'), '劳动者追讨工资等待遇', F('wage_amt', '2386.47', 2, unit='万元'),
            '，向社会公布重大欠薪违法行为2起，将3家用人单位列入拖欠农民工工资失信联合惩戒对象名单。']
    P(seg)
    doc.bd('genuine', 'sum', c_tot, cpf, '受理劳动保障监察案件', [l for l, _ in ctype], '件', '按案件类型分解')
    doc.look(lk_case, '受理/结案/结案率：结案数是受理数的子集，结案率是比率，不是分解')
    a_tot, a_done = F('arb_total', 318, unit='件'), F('arb_done', 309, unit='件')
    a_med = F('arb_med', 214, unit='件')
    lk_arb = ['全年受理劳动人事争议案件', a_tot, '，结案', a_done, '，结案率', F('arb_rate', pct(309, 318), 1, unit='%'),
              '，其中调解结案', a_med, '，调解成功率', F('arb_medrate', pct(214, 309), 1, unit='%')]
    P(['2．争议调解仲裁效能提升。坚持把调解贯穿争议处理全过程，推动乡镇（街道）劳动人事争议调解组织规范化建设，'
       '在县工业园区设立劳动争议“一站式”调解中心。'] + lk_arb +
      ['；仲裁办案平均用时缩短至32天，群众满意度进一步提升。'])
    doc.look(lk_arb, '其中只有一个子项（调解结案），另有两个比率；不是分解')

    doc.h2('（五）规范资金管理，就业补助资金使用效益提高')
    groups = [('一、就业创业补贴', [('职业培训补贴', '620.00', '587.36'), ('社会保险补贴', '480.00', '512.84'),
                                  ('公益性岗位补贴', '360.00', '356.40'), ('一次性创业补贴', '150.00', '138.50')]),
              ('二、就业服务支出', [('就业见习补贴', '120.00', '96.72'), ('职业技能鉴定补贴', '85.00', '79.35'),
                                  ('公共就业服务能力建设', '210.00', '204.18')]),
              ('三、人才发展支出', [('高技能人才培养', '180.00', '167.25'), ('其他支出', '60.00', '48.60')])]
    bud_tot = sum(D(b) for _, it in groups for _, b, _ in it)
    act_tot = sum(D(a) for _, it in groups for _, _, a in it)
    P(['严格执行就业补助资金管理办法，建立资金“申报—审核—公示—拨付—核查”全流程闭环管理机制，全面推行补贴'
       '资金“直补快办”，做到应补尽补、快补快发。全年就业补助资金年初预算', F('jb_bud', bud_tot, 2, unit='万元'),
       '，实际支出', F('jb_act', act_tot, 2, unit='万元'), '，预算执行率', F('jb_rate', pct(act_tot, bud_tot), 1, unit='%'),
       '。资金分项使用情况见表2。'])
    rows = []
    sub = {}
    leaves = {}
    for g, (gname, items) in enumerate(groups):
        rows.append(([gname, '', '', ''], {'bold': True}))
        leaves[g] = []
        for k, (n, b, a) in enumerate(items):
            atxt = '456.40' if (g == 0 and k == 2) else None   # PLANTED: 356.40 printed as 456.40
            fb, fa = F('t2_%d_%d_b' % (g, k), b, 2), F('t2_%d_%d_a' % (g, k), a, 2, text=atxt)
            leaves[g].append((n, fb, fa))
            rows.append(([n, fb, fa, F('t2_%d_%d_r' % (g, k), pct(a, b), 1)], {'indent': 2}))
        sb = sum(D(b) for _, b, _ in items)
        sa = sum(D(a) for _, _, a in items)
        sub[g] = (F('t2_%d_sb' % g, sb, 2), F('t2_%d_sa' % g, sa, 2))
        rows.append((['小计', sub[g][0], sub[g][1], F('t2_%d_sr' % g, pct(sa, sb), 1)], {'indent': 1, 'bold': True}))
    tb, ta = F('t2_tot_b', bud_tot, 2), F('t2_tot_a', act_tot, 2)
    rows.append((['合计', tb, ta, F('t2_tot_r', pct(act_tot, bud_tot), 1)], {'bold': True}))
    doc.table('表2  2024年全县就业补助资金使用情况', '单位：万元、%',
              ['项目', '年初预算', '实际支出', '执行率（%）'], rows, [200, 85, 85, 80], size=10, rowh=19)
    for g, (gname, items) in enumerate(groups):
        for col, lab in ((0, '年初预算'), (1, '实际支出')):
            planted = (g == 0 and col == 1)
            note = ('PLANTED: 公益性岗位补贴实际支出应为356.40，印成456.40（差100）；小计按正确值计算。'
                    '注意：合计=各小计之和仍成立，但合计≠全部明细行之和（同一处错误）' if planted else '小计=本组明细行之和')
            doc.bd('planted' if planted else 'genuine', 'sum', sub[g][col],
                   [lv[1 + col] for lv in leaves[g]], '表2 %s 小计（%s）' % (gname, lab),
                   [lv[0] for lv in leaves[g]], '万元', note)
    for col, lab, tf in ((0, '年初预算', tb), (1, '实际支出', ta)):
        doc.bd('genuine', 'sum', tf, [sub[g][col] for g in range(3)], '表2 合计（%s）' % lab,
               ['一、小计', '二、小计', '三、小计'], '万元', '合计=三个小计之和（二级表，小计行不可与明细行重复相加）')
    doc.bd('genuine', 'repeat', doc.figs['jb_bud'], [tb], '正文 就业补助资金年初预算', ['表2 合计 年初预算'], '万元')
    doc.bd('genuine', 'repeat', doc.figs['jb_act'], [ta], '正文 就业补助资金实际支出', ['表2 合计 实际支出'], '万元')
    doc.look([doc.figs['t2_tot_r']], '表2“执行率（%）”列是比率，合计行的执行率不是各行执行率之和',
             text='表2 执行率（%）列：合计 ' + doc.figs['t2_tot_r'].text)
    P(['从支出结构看，就业创业补贴支出占全部就业补助资金支出的比重超过七成，资金重点向职业培训、社会保险补贴'
       '和公益性岗位托底安置倾斜。全年通过“免申即享”方式向符合条件的企业和个人兑现补贴资金1,180余万元，惠及企业'
       '326家、个人4,100余人；开展就业补助资金专项检查2次，未发现挤占挪用等违规问题。'])

    doc.h2('（六）深化人社领域改革，公共服务效能持续优化')
    s1, s2 = F('svc_all', 142, unit='项'), F('svc_net', 128, unit='项')
    lk_svc = ['全县人社政务服务事项', s1, '全部入驻县政务服务中心，其中实现“一网通办”事项', s2]
    P(['深化“放管服”改革，推进人社服务“快办行动”，实现退休“一件事”、失业保险待遇申领等高频事项“打包办”“提速办”。'] +
      lk_svc + ['，“跨省通办”事项达到46项。社会保障卡持卡人数达到', F('card', '44.6', 1, unit='万人'),
                '，电子社保卡签发', F('ecard', '29.3', 1, unit='万张'),
                '，社保卡居民服务“一卡通”在交通出行、文化旅游等领域的应用场景不断拓展。扎实开展“人社服务进万家”活动，'
                '建成乡镇（街道）人社服务驿站18个，打造“15分钟就业服务圈”，群众办事便利度和满意度持续提升。'])
    doc.look(lk_svc, '其中只列“一网通办”一项（子集），非分解')

    doc.h1('二、存在的问题')
    rep_bad = F('fund_close_rep', '39440.07', 2, unit='万元')     # PLANTED: restated 39,404.07 as 39,440.07
    P(['在肯定成绩的同时，我们也清醒地认识到，全县人社工作仍存在一些短板和不足：一是就业结构性矛盾依然突出，'
       '企业“招工难”与劳动者“就业难”并存，技能人才特别是高技能人才总量不足，难以满足县域主导产业发展需要。'
       '二是社保基金长期平衡压力加大，城乡居民基本养老保险基金虽然年末累计结余', rep_bad,
       '，但随着人口老龄化程度加深和待遇水平逐年提高，基金支出增速快于收入增速的趋势较为明显。三是劳动关系领域'
       '风险隐患仍然存在，新就业形态劳动者权益保障机制尚不健全，工程建设领域欠薪问题时有发生。四是人社公共服务'
       '信息化水平还不够高，部分数据尚未实现跨部门共享，基层经办服务能力有待进一步提升。'])
    doc.bd('planted', 'repeat', ff[0]['close'], [rep_bad], '城乡居民基本养老保险基金年末累计结余（第一部分）',
           ['“存在的问题”部分再次引用'], '万元', 'PLANTED: 前文39,404.07万元，后文重述为39,440.07万元（数字对调）')

    doc.h1('三、2025年工作计划')
    P('2025年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年。全县人社系统将坚持稳中求进工作总基调，'
      '紧扣高质量发展主题，统筹抓好就业、社保、人才、劳动关系等各项工作。主要预期目标为：城镇新增就业3,500人'
      '以上，农村劳动力转移就业新增2,000人以上，城镇登记失业率控制在3.5%以内，开展补贴性职业技能培训1万人次'
      '以上，劳动保障监察案件结案率保持在95%以上。')
    rep_new = F('new_total_rep', tot_v, unit='人')
    P(['（一）全力以赴稳就业促增收。在2024年城镇新增就业', rep_new,
       '的基础上，进一步强化就业优先政策，落实落细稳岗返还、一次性扩岗补助、社保补贴等政策，重点抓好高校毕业生、'
       '农民工、退役军人和就业困难人员等群体就业。深化“家门口就业”服务，新建就业帮扶车间5个以上，持续开展'
       '“春风行动”等专项招聘活动，全年举办招聘会不少于40场次。加强零工市场规范化建设，为灵活就业人员提供'
       '岗位信息、技能培训、权益维护等“一站式”服务。'])
    doc.bd('genuine', 'repeat', t_new, [rep_new], '城镇新增就业（第一部分）', ['2025年工作计划中再次引用'], '人')
    P('（二）大力实施技能强县行动。围绕县域农产品加工、装备制造、现代服务业等重点产业，深入推行“招工即招生、'
      '入企即入校”的企业新型学徒制，开展订单式、定向式培训，全年补贴性职业技能培训1万人次以上，新增高技能'
      '人才600人以上。完善技能人才评价体系，推动更多企业开展职业技能等级自主认定，健全“清溪工匠”选树激励机制。')
    P('（三）稳步提高社会保障水平。持续实施全民参保计划，推动灵活就业人员、新就业形态劳动者参加职工养老保险，'
      '巩固城乡居民养老保险参保率。按照国家统一部署做好退休人员基本养老金调整工作，落实城乡居民养老保险'
      '基础养老金正常调整机制。加强社保基金风险防控，常态化开展基金管理问题专项整治，确保基金安全可持续运行。')
    P('（四）着力构建和谐劳动关系。深化根治欠薪工作，全面推广应用农民工工资支付监控预警平台，压实工程建设领域'
      '各方责任，确保实现“两清零”目标。加强新就业形态劳动者权益保障，推进劳动人事争议“一站式”调解中心建设，'
      '提升仲裁办案质效，把矛盾纠纷化解在基层、化解在萌芽状态。')
    P('（五）持续加强人社系统自身建设。深入推进全面从严治党，持续开展人社系统行风建设，推动人社服务事项'
      '“应进必进”“一窗通办”，加快社保卡居民服务“一卡通”应用，不断提升人民群众的获得感、幸福感、安全感。')
    doc.skip(14)
    doc.right('清溪县人力资源和社会保障局', 12, 22)
    doc.right('     2025年1月10日', 12, 22)
    npages = doc.finish()
    return doc, npages


# =========================================================================== B
def build_B():
    doc = Doc('qingxi_tongji_gongbao_2024.pdf', False, '清溪县2024年国民经济和社会发展统计公报')
    F = doc.fig
    P = doc.para
    doc.center('清溪县2024年国民经济和社会发展统计公报', 17.5, 32, bold=True)
    doc.center('清溪县统计局', 12.5, 26)
    doc.center('（2025年3月20日）', 12, 20)
    doc.skip(10)
    P('2024年，面对外部压力加大、内部困难增多的复杂严峻形势，在县委、县政府的坚强领导下，全县上下坚持以'
      '习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届二中、三中全会精神，完整、准确、'
      '全面贯彻新发展理念，坚持稳中求进工作总基调，统筹推进稳增长、调结构、促改革、惠民生、防风险各项工作，'
      '全县经济运行总体平稳、稳中有进，高质量发展扎实推进，社会大局和谐稳定。')

    doc.h1('一、综合')
    gdp_parts = [('第一产业增加值', D('28.46')), ('第二产业增加值', D('71.35')), ('第三产业增加值', D('95.82'))]
    gdp = sum(v for _, v in gdp_parts)
    g_tot = F('gdp', gdp, 2, unit='亿元')
    gtxt = {1: '73.15'}                                # PLANTED: 71.35 printed as 73.15 (digits swapped)
    gpf = [F('gdp_%d' % i, v, 2, unit='亿元', text=gtxt.get(i)) for i, (_, v) in enumerate(gdp_parts)]
    grw = [F('gdpg_%d' % i, v, 1, unit='%') for i, v in enumerate(['3.4', '6.2', '5.5'])]
    contrib = [F('gdpc_%d' % i, v, 1, unit='%') for i, v in enumerate(['8.6', '41.7', '49.7'])]
    sh_true = [q(v / gdp * 100, 1) for _, v in gdp_parts]   # 14.5, 36.5, 49.0
    assert sum(sh_true) == 100
    shtxt = {2: fmt(sh_true[2] + D('0.9'), 1)}          # PLANTED: 49.0 printed as 49.9 -> sums to 100.9
    gsh = [F('gdps_%d' % i, v, 1, unit='%', text=shtxt.get(i)) for i, v in enumerate(sh_true)]
    pop_end, pop_prev = 458326, 460198
    avg_pop = D(pop_end + pop_prev) / 2
    lk_g = ['分别增长', grw[0], '、', grw[1], '和', grw[2]]
    P(['初步核算，全年全县地区生产总值', g_tot, '，按不变价格计算，比上年增长', F('gdp_g', '5.6', 1, unit='%'),
       '。其中，第一产业增加值', gpf[0], '，第二产业增加值', gpf[1], '，第三产业增加值', gpf[2], '，'] + lk_g +
      ['。三次产业对经济增长的贡献率分别为', contrib[0], '、', contrib[1], '和', contrib[2],
       '。第一产业增加值占地区生产总值的比重为', gsh[0], '，第二产业增加值比重为', gsh[1], '，第三产业增加值比重为', gsh[2],
       '。按户籍人口计算，全年人均地区生产总值', F('gdp_pc', q(gdp * 100000000 / avg_pop, 0), unit='元'),
       '，比上年增长6.0%。'])
    doc.bd('planted', 'sum', g_tot, gpf, '地区生产总值', [l for l, _ in gdp_parts], '亿元',
           'PLANTED: 第二产业增加值应为71.35，印成73.15（两位数字对调），三产之和197.43≠195.63')
    doc.bd('genuine', 'share', None, contrib, '三次产业对经济增长的贡献率', ['第一产业', '第二产业', '第三产业'], '%',
           '8.6+41.7+49.7=100.0')
    doc.bd('planted', 'share', None, gsh, '三次产业增加值占GDP比重', ['第一产业比重', '第二产业比重', '第三产业比重'],
           '%', 'PLANTED: 第三产业比重应为49.0%，印成49.9%，合计100.9%')
    doc.look(lk_g, '“分别增长x%、y%和z%”是增长率列表，不可相加')

    cpi = [('食品烟酒类价格下降', '1.2'), ('衣着类上涨', '1.6'), ('居住类上涨', '0.3'), ('教育文化娱乐类上涨', '1.9'),
           ('医疗保健类上涨', '1.1')]
    seg = ['全年居民消费价格比上年上涨', F('cpi', '0.4', 1, unit='%'), '，其中']
    for i, (l, v) in enumerate(cpi):
        seg += [l, F('cpi_%d' % i, v, 1, unit='%'), '，' if i < 4 else '']
    lk_cpi = seg[:]
    P(lk_cpi + ['；工业生产者出厂价格比上年下降2.3%。'])
    doc.look(lk_cpi, '“其中”后是各类价格涨跌幅（增长率），不是总涨幅的分项')

    mkt = [('企业', 9837), ('个体工商户', 41926), ('农民专业合作社', 605)]
    m_tot = F('mkt', sum(v for _, v in mkt), unit='户')
    mpf = [F('mkt_%d' % i, v, unit='户') for i, (_, v) in enumerate(mkt)]
    P(['年末全县登记在册经营主体', m_tot, '，比上年末增长6.4%，其中企业', mpf[0], '、个体工商户', mpf[1], '、农民专业合作社',
       mpf[2], '。全年新登记经营主体7100余户，新设企业数量增长9.8%，经营主体活力持续增强。'])
    doc.bd('genuine', 'sum', m_tot, mpf, '年末登记在册经营主体', [l for l, _ in mkt], '户')

    # --- population
    urb, rur = 217493, pop_end - 217493
    male, fem = 234871, pop_end - 234871
    births, deaths = 3712, 3398
    br = q(D(births) / avg_pop * 1000, 2)
    dr = q(D(deaths) / avg_pop * 1000, 2)
    nr = br - dr
    p_tot = F('pop', pop_end, unit='人')
    p_u, p_r = F('pop_u', urb, unit='人'), F('pop_r', rur, unit='人')
    p_m, p_f = F('pop_m', male, unit='人'), F('pop_f', fem, unit='人')
    old60, old65 = 98345, 71208
    o60, o65 = F('old60', old60, unit='人'), F('old65', old65, unit='人')
    o60s, o65s = F('old60s', pct(old60, pop_end), 1, unit='%'), F('old65s', pct(old65, pop_end), 1, unit='%')
    lk_rates = ['全年出生人口', F('births', births, unit='人'), '，出生率为', F('br', br, 2, unit='‰'), '；死亡人口',
                F('deaths', deaths, unit='人'), '，死亡率为', F('dr', dr, 2, unit='‰'), '；人口自然增长率为',
                F('nr', nr, 2, unit='‰')]
    lk_old = ['年末全县60周岁及以上人口', o60, '，占户籍人口的', o60s, '，其中65周岁及以上人口', o65, '，占', o65s]
    lk_res = ['年末常住人口约', F('respop', '41.3', 1, unit='万人'), '，常住人口城镇化率为',
              F('urbrate', '52.36', 2, unit='%')]
    P(['年末全县户籍人口', p_tot, '，比上年末减少', F('pop_dec', pop_prev - pop_end, unit='人'), '。其中，城镇人口', p_u,
       '，乡村人口', p_r, '；男性人口', p_m, '，女性人口', p_f, '。'] + lk_rates + ['。'] + lk_old + ['。'] + lk_res +
      ['，比上年末提高0.87个百分点。'])
    doc.bd('genuine', 'sum', p_tot, [p_u, p_r], '年末户籍人口', ['城镇人口', '乡村人口'], '人', '按城乡分')
    doc.bd('genuine', 'sum', p_tot, [p_m, p_f], '年末户籍人口', ['男性人口', '女性人口'], '人',
           '按性别分（与城乡划分是同一总数的两种互相重叠的分解，两组各自相加，不可四项合计）')
    doc.look(lk_rates, '出生率、死亡率、自然增长率是千分率（比率），不是求和分解')
    doc.look(lk_old, '60岁以上与65岁以上是嵌套（重叠）群体，占比21.5%与15.5%不应相加到100%')
    doc.look(lk_res, '“约41.3万人”为常住人口约数，口径不同于户籍人口；城镇化率为比率')

    doc.h1('二、农业')
    agr = [('农业产值', '27.36'), ('林业产值', '3.18'), ('牧业产值', '15.42'), ('渔业产值', '4.27'),
           ('农林牧渔专业及辅助性活动产值', '2.61')]
    a_tot = F('agr', sum(D(v) for _, v in agr), 2, unit='亿元')
    apf = [F('agr_%d' % i, v, 2, unit='亿元') for i, (_, v) in enumerate(agr)]
    seg = ['全年农林牧渔业总产值', a_tot, '，按可比价格计算，比上年增长3.6%。其中，']
    for i, (l, _) in enumerate(agr):
        seg += [l, apf[i], '，' if i < 4 else '。']
    area = F('grain_area', '56.82', 2, unit='万亩')
    ar1, ar2 = F('rice_area', '31.47', 2, unit='万亩'), F('corn_area', '12.35', 2, unit='万亩')
    lk_area = ['全年粮食播种面积', area, '，其中稻谷播种面积', ar1, '、玉米播种面积', ar2]
    seg += lk_area + ['；油料播种面积8.46万亩，蔬菜及食用菌播种面积14.73万亩。']
    P(seg)
    doc.bd('genuine', 'sum', a_tot, apf, '农林牧渔业总产值', [l for l, _ in agr], '亿元')
    doc.look(lk_area, '其中只列稻谷、玉米两项（31.47+12.35≠56.82），其余粮食品种未列出，非完整分解')
    summer, autumn = 38716, 192742
    gr_tot = F('grain', summer + autumn, unit='吨')
    gs, ga = F('grain_s', summer, unit='吨'), F('grain_a', autumn, unit='吨')
    meat, pork, poultry = 41583, 30216, 6127
    lk_meat = ['肉类总产量', F('meat_txt', meat, unit='吨'), '，其中猪肉产量', F('pork', pork, unit='吨'), '、禽肉产量',
               F('poultry', poultry, unit='吨')]
    lk_pig = ['年末生猪存栏', F('pig_stock', '21.6', 1, unit='万头'), '，全年生猪出栏', F('pig_out', '36.8', 1, unit='万头')]
    P(['全年粮食总产量', gr_tot, '，比上年增长1.9%，连续五年稳定在22万吨以上。其中，夏粮产量', gs, '，秋粮产量', ga,
       '。全年'] + lk_meat + ['。'] + lk_pig +
      ['。新增高标准农田3.2万亩，累计建成高标准农田38.7万亩；年末农业机械总动力48.62万千瓦，主要农作物耕种收综合'
       '机械化率达到76.5%。全县主要农产品产量及其增长速度见表1。'])
    doc.bd('genuine', 'sum', gr_tot, [gs, ga], '粮食总产量', ['夏粮产量', '秋粮产量'], '吨')
    doc.look(lk_meat, '其中只列猪肉、禽肉（30216+6127≠41583），牛羊肉等未列，非完整分解')
    doc.look(lk_pig, '存栏（时点数）与出栏（当年流量）不是分解关系')
    prod = [('粮食', 'grain_t', summer + autumn, '1.9'), ('油料', 'oil', 18342, '3.2'), ('蔬菜及食用菌', 'veg', 326815, '4.6'),
            ('水果', 'fruit', 84267, '6.1'), ('茶叶', 'tea', 2136, '8.7'), ('肉类总产量', 'meat_t', meat, '2.4'),
            ('禽蛋', 'egg', 9874, '-1.3'), ('水产品', 'fish', 21408, '2.8')]
    rows = []
    for n, k, v, g in prod:
        rows.append(([n, '吨', F('t1_' + k, v), F('t1g_' + k, g, 1)], {}))
    doc.table('表1  2024年主要农产品产量及其增长速度', '', ['产品名称', '计量单位', '产量', '比上年增长（%）'], rows,
              [150, 80, 110, 110], size=10, rowh=19)
    doc.bd('genuine', 'repeat', gr_tot, [doc.figs['t1_grain_t']], '正文 粮食总产量', ['表1 粮食 产量'], '吨')
    doc.bd('genuine', 'repeat', doc.figs['meat_txt'], [doc.figs['t1_meat_t']], '正文 肉类总产量', ['表1 肉类总产量'], '吨')
    doc.look([doc.figs['t1_grain_t']], '表1 主要农产品产量表无合计行，各产品产量不构成求和关系（不要期待合计）',
             text='表1 2024年主要农产品产量及其增长速度（粮食、油料、蔬菜及食用菌、水果、茶叶、肉类总产量、禽蛋、水产品；无合计行）')

    doc.h1('三、工业和建筑业')
    ind_n, ind_prev, ind_in, ind_out = 135, 126, 14, 5
    assert ind_prev + ind_in - ind_out == ind_n
    lk_ind = ['分经济类型看，国有控股企业增加值增长', F('ig_0', '4.3', 1, unit='%'), '，股份制企业增长',
              F('ig_1', '7.6', 1, unit='%'), '，外商及港澳台投资企业下降', F('ig_2', '2.1', 1, unit='%')]
    industries = [('农副食品加工业', 18, 215634, 12408, '6.2'), ('酒、饮料和精制茶制造业', 9, 86217, 9635, '4.8'),
                  ('纺织服装、服饰业', 14, 97452, 4118, '-2.3'), ('木材加工和木、竹、藤、棕、草制品业', 11, 63980, 3276, '3.5'),
                  ('非金属矿物制品业', 23, 182745, 10842, '-4.1'), ('通用设备制造业', 16, 134508, 8927, '9.6'),
                  ('电气机械和器材制造业', 12, 158361, 11574, '12.4'), ('电力、热力生产和供应业', 7, 102876, 7413, '5.1'),
                  ('其他行业', 25, 176533, 9281, '3.8')]
    assert sum(r[1] for r in industries) == ind_n
    rev_true = sum(r[2] for r in industries)
    prof = sum(r[3] for r in industries)
    ind_txt = F('ind_n', ind_n, unit='户')
    prof_txt = F('prof_txt', prof, unit='万元')
    P(['全年全部工业增加值', F('ind_va', '58.92', 2, unit='亿元'), '，比上年增长6.8%。年末全县规模以上工业企业', ind_txt,
       '，比上年末净增', F('ind_net', ind_n - ind_prev, unit='户'), '，规模以上工业增加值增长7.2%。'] + lk_ind +
      ['；分门类看，采矿业增长3.1%，制造业增长7.9%，电力、热力、燃气及水生产和供应业增长4.5%。规模以上工业企业'
       '全年实现利润总额', prof_txt, '，比上年增长5.3%；产品销售率为97.6%。规模以上工业分行业主要经济指标见表2。'])
    doc.look(lk_ind, '分经济类型的增长率列表，不可相加，也不是总增速的分项')
    rows, cols = [], {0: [], 1: [], 2: []}
    for i, (n, a, b, c, g) in enumerate(industries):
        fa, fb, fc = F('t2_%d_n' % i, a), F('t2_%d_r' % i, b), F('t2_%d_p' % i, c)
        cols[0].append(fa); cols[1].append(fb); cols[2].append(fc)
        rows.append(([n, fa, fb, fc, F('t2_%d_g' % i, g, 1)], {}))
    tn = F('t2_tot_n', ind_n)
    tr = F('t2_tot_r', rev_true + 10000)                # PLANTED: revenue column total off by 10000
    tp = F('t2_tot_p', prof)
    rows.append((['合计', tn, tr, tp, F('t2_tot_g', '4.9', 1)], {'bold': True}))
    doc.table('表2  2024年规模以上工业分行业主要经济指标', '单位：个、万元、%',
              ['行业', '企业数\n（个）', '营业收入\n（万元）', '利润总额\n（万元）', '营业收入比\n上年增长（%）'], rows,
              [172, 58, 80, 75, 70], size=10, rowh=19, hdr_lines=2)
    n1, n2, n3 = F('fn_in', ind_in, unit='户'), F('fn_out', ind_out, unit='户'), F('fn_prev', ind_prev, unit='户')
    P(['注：2024年新纳入规模以上工业统计范围的企业', n1, '，因生产经营规模变小等原因退出统计范围的企业', n2,
       '，2023年末规模以上工业企业', n3, '。表中“其他行业”为规模以上企业数在5户以下的行业合并数。'],
      size=9.5, leading=15, indent=2, after=4)
    doc.bd('genuine', 'sum', tn, cols[0], '表2 合计 企业数', [r[0] for r in industries], '个')
    doc.bd('planted', 'sum', tr, cols[1], '表2 合计 营业收入', [r[0] for r in industries], '万元',
           'PLANTED: 营业收入列各行业之和为%d，合计印为%d（差10000）' % (rev_true, rev_true + 10000))
    doc.bd('genuine', 'sum', tp, cols[2], '表2 合计 利润总额', [r[0] for r in industries], '万元')
    doc.bd('genuine', 'repeat', prof_txt, [tp], '正文 规模以上工业利润总额', ['表2 合计 利润总额'], '万元')
    doc.bd('genuine', 'repeat', ind_txt, [tn], '正文 年末规模以上工业企业数', ['表2 合计 企业数'], '户/个')
    doc.bd('genuine', 'balance', ind_txt, [n3, n1, n2], '正文 年末规模以上工业企业数',
           ['注：2023年末企业数', '注：新纳入企业', '注：退出企业'], '户', '上年末+新纳入−退出=年末（表下注释中的数字）',
           signs=[1, 1, -1])
    doc.look([doc.figs['t2_tot_g']], '表2最后一列为增长率，合计行的4.9不是各行增长率之和',
             text='表2 营业收入比上年增长（%）列：合计 4.9')
    bld_area, bld_new = F('bld_area', '186.4', 1, unit='万平方米'), F('bld_new', '52.7', 1, unit='万平方米')
    lk_bld = ['房屋建筑施工面积', bld_area, '，其中本年新开工面积', bld_new]
    P(['全县具有资质等级的总承包和专业承包建筑业企业', F('bld_n', 47, unit='家'), '，全年完成建筑业总产值',
       F('bld_out', '38.65', 2, unit='亿元'), '，比上年增长4.2%；'] + lk_bld +
      ['，建筑业企业从业人员年平均人数6420人。'])
    doc.look(lk_bld, '施工面积“其中”新开工面积：子集，非分解')

    doc.h1('四、固定资产投资')
    lk_inv = ['分产业看，第一产业投资增长', F('inv_0', '12.5', 1, unit='%'), '，第二产业投资增长', F('inv_1', '6.3', 1, unit='%'),
              '，第三产业投资下降', F('inv_2', '1.4', 1, unit='%')]
    hs, hres = F('house', '28.64', 2, unit='万平方米'), F('house_res', '24.19', 2, unit='万平方米')
    lk_house = ['商品房销售面积', hs, '，其中住宅销售面积', hres]
    P(['全年固定资产投资比上年增长3.8%。'] + lk_inv +
      ['。其中，工业投资增长7.1%，基础设施投资增长2.6%，民间投资下降3.5%。全年实施亿元以上重点项目86个，完成'
       '投资占全部投资的比重超过六成。全年房地产开发投资11.37亿元，下降8.6%；'] + lk_house + ['，下降5.2%。'])
    doc.look(lk_inv, '分产业投资增速列表（增长率），不是分解')
    doc.look(lk_house, '其中只列住宅一项，非完整分解')

    doc.h1('五、国内贸易')
    sr = [('城镇消费品零售额', D('61.84')), ('乡村消费品零售额', D('24.53'))]
    srt = sum(v for _, v in sr)
    s_tot = F('retail', srt, 2, unit='亿元')
    spf = [F('retail_u', sr[0][1], 2, unit='亿元'), F('retail_r', sr[1][1], 2, unit='亿元', text='34.53')]  # PLANTED +10
    cf = [('餐饮收入', D('11.26')), ('商品零售', srt - D('11.26'))]
    cpf = [F('retail_c%d' % i, v, 2, unit='亿元') for i, (_, v) in enumerate(cf)]
    lk_lim = ['粮油食品类增长', F('lim_0', '6.2', 1, unit='%'), '，服装鞋帽针纺织品类增长', F('lim_1', '3.7', 1, unit='%'),
              '，家用电器和音像器材类增长', F('lim_2', '15.8', 1, unit='%'), '，汽车类下降', F('lim_3', '4.6', 1, unit='%')]
    P(['全年社会消费品零售总额', s_tot, '，比上年增长5.1%。按经营单位所在地分，城镇消费品零售额', spf[0],
       '，增长4.8%；乡村消费品零售额', spf[1], '，增长5.9%。按消费形态分，餐饮收入', cpf[0], '，增长8.3%；商品零售',
       cpf[1], '，增长4.6%。在限额以上单位商品零售额中，'] + lk_lim +
      ['。全年实物商品网上零售额增长13.4%，农村电商服务站点实现行政村全覆盖。'])
    doc.bd('planted', 'sum', s_tot, spf, '社会消费品零售总额（按城乡分）', ['城镇消费品零售额', '乡村消费品零售额'], '亿元',
           'PLANTED: 乡村消费品零售额应为24.53，印成34.53（差10）')
    doc.bd('genuine', 'sum', s_tot, cpf, '社会消费品零售总额（按消费形态分）', ['餐饮收入', '商品零售'], '亿元')
    doc.look(lk_lim, '限额以上分类商品零售额增长率列表，不可相加')

    doc.h1('六、开放型经济')
    tt = [('出口', D('9.73')), ('进口', D('2.75'))]
    t_tot = F('trade', sum(v for _, v in tt), 2, unit='亿元')
    tpf = [F('trade_%d' % i, v, 2, unit='亿元') for i, (_, v) in enumerate(tt)]
    P(['全年进出口总额', t_tot, '，比上年增长9.4%。其中，出口', tpf[0], '，增长11.2%；进口', tpf[1],
       '，增长3.5%。全年新引进省外境内资金项目64个，实际到位省外资金42.36亿元；实际使用外资1260万美元。'])
    doc.bd('genuine', 'sum', t_tot, tpf, '进出口总额', ['出口', '进口'], '亿元')

    doc.h1('七、交通、邮电、能源和旅游')
    roads = [('国道', '96.3'), ('省道', '187.5'), ('县道', '412.8'), ('乡道', '864.2'), ('村道', '1725.6')]
    r_tot = F('road', sum(D(v) for _, v in roads), 1, unit='公里')
    rpf = [F('road_%d' % i, v, 1, unit='公里') for i, (_, v) in enumerate(roads)]
    seg = ['年末全县公路通车里程', r_tot, '，其中，']
    for i, (l, _) in enumerate(roads):
        seg += [l, rpf[i], '，' if i < 4 else '。']
    tour, tour_n = F('tour', '1286.4', 1, unit='万人次'), F('tour_n', '318.5', 1, unit='万人次')
    lk_tour = ['全年接待国内外游客', tour, '，比上年增长11.3%，其中过夜游客', tour_n]
    seg += ['全年完成邮政业务总量1.86亿元，快递业务量1356.2万件。'] + lk_tour + \
           ['；实现旅游总收入108.6亿元，增长13.5%。年末全县拥有A级旅游景区12个，其中4A级景区3个。']
    P(seg)
    doc.bd('genuine', 'sum', r_tot, rpf, '公路通车里程', [l for l, _ in roads], '公里')
    doc.look(lk_tour, '其中只列过夜游客（子集），非分解')
    el = [('第一产业用电', 2163), ('第二产业用电', 51874), ('第三产业用电', 19352), ('城乡居民生活用电', 25026)]
    e_tot = F('elec', sum(v for _, v in el), unit='万千瓦时')
    epf = [F('elec_%d' % i, v, unit='万千瓦时') for i, (_, v) in enumerate(el)]
    e_ind = F('elec_ind', 49637, unit='万千瓦时')
    P(['全年全社会用电量', e_tot, '，比上年增长6.7%。其中，', el[0][0], epf[0], '，', el[1][0], epf[1], '（其中工业用电',
       e_ind, '），', el[2][0], epf[2], '，', el[3][0], epf[3], '。全年规模以上工业综合能源消费量下降1.8%，单位地区'
       '生产总值能耗下降3.2%。'])
    doc.bd('genuine', 'sum', e_tot, epf, '全社会用电量', [l for l, _ in el], '万千瓦时',
           '括号内“其中工业用电”是第二产业用电的子集，不参与求和')
    doc.look(['第二产业用电', epf[1], '（其中工业用电', e_ind, '）'], '嵌套子集：工业用电包含在第二产业用电之内，不能再加入全社会用电量的分项')

    doc.h1('八、财政和金融')
    rev = [('税收收入', D('10.27')), ('非税收入', D('5.57'))]
    b_tot = F('budget', sum(v for _, v in rev), 2, unit='亿元')
    bpf = [F('budget_%d' % i, v, 2, unit='亿元') for i, (_, v) in enumerate(rev)]
    vat, cit = F('vat', '3.86', 2, unit='亿元'), F('cit', '1.12', 2, unit='亿元')
    lk_tax = ['税收收入中，增值税', vat, '，企业所得税', cit]
    exp, ms = D('42.63'), D('33.95')
    lk_exp = ['一般公共预算支出', F('bexp', exp, 2, unit='亿元'), '，增长2.9%，其中民生支出', F('bexp_ms', ms, 2, unit='亿元'),
              '，占一般公共预算支出的', F('bexp_msr', pct(ms, exp), 1, unit='%')]
    P(['全年一般公共预算收入', b_tot, '，比上年增长1.8%。其中，税收收入', bpf[0], '，增长4.1%；非税收入', bpf[1],
       '，下降2.6%。'] + lk_tax + ['。全年'] + lk_exp +
      ['，教育、社会保障和就业、卫生健康等重点领域支出得到有力保障。'])
    doc.bd('genuine', 'sum', b_tot, bpf, '一般公共预算收入', ['税收收入', '非税收入'], '亿元')
    doc.look(lk_tax, '税收收入中只列增值税、企业所得税两项，非完整分解')
    doc.look(lk_exp, '其中只列民生支出（子集）及其占比，非分解')
    loans = [('短期贷款', D('86.92')), ('中长期贷款', D('184.53'))]
    l_tot = F('loan', sum(v for _, v in loans), 2, unit='亿元')
    lpf = [F('loan_%d' % i, v, 2, unit='亿元') for i, (_, v) in enumerate(loans)]
    dep, dep_h = F('dep', '386.52', 2, unit='亿元'), F('dep_h', '298.37', 2, unit='亿元')
    lk_dep = ['年末全县金融机构人民币各项存款余额', dep, '，比年初增加27.36亿元，其中住户存款余额', dep_h]
    P(lk_dep + ['。各项贷款余额', l_tot, '，比年初增加19.84亿元。其中，短期贷款', lpf[0], '，中长期贷款', lpf[1],
                '。年末金融机构不良贷款率为1.26%，比年初下降0.18个百分点。'])
    doc.bd('genuine', 'sum', l_tot, lpf, '各项贷款余额', ['短期贷款', '中长期贷款'], '亿元')
    doc.look(lk_dep, '存款余额“其中”只列住户存款（子集）；“比年初增加”为增量，非分解')

    doc.h1('九、居民收入、消费和社会保障')
    inc_all, inc_u, inc_r = 31846, 43215, 21368
    lk_inc = ['全体居民人均可支配收入', F('inc', inc_all, unit='元'), '，比上年增长5.7%。按常住地分，城镇居民人均可支配收入',
              F('inc_u', inc_u, unit='元'), '，增长4.9%；农村居民人均可支配收入', F('inc_r', inc_r, unit='元')]
    P(lk_inc + ['，增长6.8%。城乡居民人均收入比为', F('inc_ratio', q(D(inc_u) / inc_r, 2), 2),
                '，比上年缩小0.04。全体居民人均消费支出22473元，增长5.2%。'])
    doc.look(lk_inc, '城镇、农村人均收入是平均数，二者之和不等于全体居民人均收入（不是分解）')
    db = [('城市最低生活保障对象', 2016), ('农村最低生活保障对象', 10422)]
    d_tot = F('dibao', sum(v for _, v in db), unit='人')
    dpf = [F('dibao_%d' % i, v, unit='人') for i, (_, v) in enumerate(db)]
    P(['年末全县纳入最低生活保障的困难群众', d_tot, '，其中', db[0][0], dpf[0], '，', db[1][0], dpf[1],
       '；全年发放城乡低保资金8652万元。年末城乡居民基本养老保险参保185309人，城乡居民基本医疗保险参保39.86万人。'
       '年末全县共有各类养老服务机构和设施136个，养老床位3980张。'])
    doc.bd('genuine', 'sum', d_tot, dpf, '纳入最低生活保障人数', [l for l, _ in db], '人')

    doc.h1('十、教育和科技')
    sch = [('幼儿园', 86), ('小学', 59), ('初中', 19), ('普通高中', 5), ('中等职业学校', 2), ('特殊教育学校', 1)]
    sc_tot = F('school', sum(v for _, v in sch), unit='所')
    scpf = [F('school_%d' % i, v, unit='所') for i, (_, v) in enumerate(sch)]
    stu, stu_p = F('stu', 67842, unit='人'), F('stu_p', 31256, unit='人')
    lk_stu = ['各级各类学校在校学生', stu, '，其中小学在校生', stu_p]
    seg = ['年末全县共有各级各类学校', sc_tot, '，其中']
    for i, (l, _) in enumerate(sch):
        seg += [l, scpf[i], '、' if i < 5 else '。']
    seg += lk_stu + ['，学前三年毛入园率达到92.4%，九年义务教育巩固率保持在99%以上。']
    pat, pat_i = F('patent', 486, unit='件'), F('patent_i', 52, unit='件')
    lk_pat = ['全年专利授权量', pat, '，其中发明专利', pat_i]
    seg += ['全县拥有高新技术企业38家，科技型中小企业92家。'] + lk_pat + ['。']
    P(seg)
    doc.bd('genuine', 'sum', sc_tot, scpf, '各级各类学校数', [l for l, _ in sch], '所')
    doc.look(lk_stu, '其中只列小学在校生（子集），非分解')
    doc.look(lk_pat, '其中只列发明专利（子集），非分解')

    doc.h1('十一、卫生和文化')
    hos = [('医院', 9), ('乡镇卫生院', 21), ('社区卫生服务中心', 4), ('村卫生室', 318), ('其他卫生机构', 60)]
    h_tot = F('hosp', sum(v for _, v in hos), unit='个')
    hpf = [F('hosp_%d' % i, v, unit='个') for i, (_, v) in enumerate(hos)]
    stf, doc_, nur = F('staff', 3486, unit='人'), F('staff_d', 1327, unit='人'), F('staff_n', 1548, unit='人')
    lk_stf = ['卫生技术人员', stf, '，其中执业（助理）医师', doc_, '、注册护士', nur]
    seg = ['年末全县共有卫生机构', h_tot, '，其中']
    for i, (l, _) in enumerate(hos):
        seg += [l, hpf[i], '、' if i < 4 else '。']
    seg += ['卫生机构床位2864张；'] + lk_stf + \
           ['。每千常住人口执业（助理）医师3.21人。全县有公共图书馆1个、文化馆1个、乡镇综合文化站21个，'
            '广播、电视人口综合覆盖率均达到99.8%。']
    P(seg)
    doc.bd('genuine', 'sum', h_tot, hpf, '卫生机构数', [l for l, _ in hos], '个')
    doc.look(lk_stf, '其中只列医师、护士（1327+1548≠3486），药技人员等未列，非完整分解')

    doc.h1('十二、资源、环境和安全生产')
    P('年末全县森林覆盖率为68.42%，比上年末提高0.15个百分点。全年县城环境空气质量优良天数比例为96.7%，细颗粒物'
      '（PM2.5）年平均浓度为26微克/立方米；县级集中式饮用水水源地水质达标率为100%。全年发生各类生产安全事故7起，'
      '死亡5人，亿元地区生产总值生产安全事故死亡人数下降14.3%。')

    doc.skip(6)
    notes = [['注：1．本公报中2024年数据均为初步统计数，部分数据因四舍五入的原因，存在总计与分项合计不等的情况。'],
             ['2．地区生产总值', F('gdp_rep', gdp, 2, unit='亿元'),
              '及三次产业增加值绝对数按现价计算，增长速度按不变价格计算；三次产业划分按照国家统计局《三次产业划分规定》执行。'],
             ['3．规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人企业。'],
             ['4．户籍人口数据来源于县公安局，常住人口为抽样调查推算数；城乡居民收入数据来源于国家统计局清溪调查队。'],
             ['5．社会保险、教育、卫生等数据分别来源于县人力资源和社会保障局、县教育局、县卫生健康局等部门。']]
    for n in notes:
        P(n, size=9.5, leading=15, indent=2)
    doc.bd('genuine', 'repeat', g_tot, [doc.figs['gdp_rep']], '正文 地区生产总值', ['文末注2 再次引用'], '亿元')
    npages = doc.finish()
    return doc, npages


def main():
    da, pa = build_A()
    db, pb = build_B()
    ba, bb = da.expected('Q'), db.expected('R')
    exp = {
        'files': [{'file': da.fname, 'pages': pa}, {'file': db.fname, 'pages': pb}],
        'conventions': (
            'pdf_page/parts_pages are 1-based physical page indices (equal to the printed “— n —” footer). '
            'total/parts are the exact printed texts (prose figures include their unit; table cells are printed '
            'without unit, see “unit”). File A prints thousands separators, file B does not. '
            'check=sum: total = sum(parts). check=share: parts are printed percentages that should add to 100; '
            'total is the implied “100%” and pdf_page is that of the first share. check=balance: parts are in '
            'order and combined with the “signs” field (+1/−1), e.g. 年末 = 年初 + 新增 − 减少, 当年结余 = 收入 − 支出, '
            '年末累计结余 = 年初累计结余 + 当年结余; parts_sum is the signed sum. check=repeat: total is the first '
            'printing, parts[0] the later printing of the same figure; parts_sum is its value. '
            'difference = total − parts_sum (0 for genuine, non-zero for planted). kind=planted marks a check that '
            'fails because of a deliberately planted error; Q-entries for the 失业保险 row balance and the 表1 '
            '本年新增 column total come from ONE planted cell (2,146 printed as 2,416), so 8 planted errors give 9 '
            'failing checks. In 表2 of file A (two-level table) 合计 = sum of 小计 rows, 小计 = sum of its detail '
            'rows; the planted detail cell (456.40) also makes 合计 ≠ sum of all detail rows, which is the same error. '
            'Two overlapping splits of the same total (城乡 / 男女 户籍人口) are listed as two separate sums. '
            'File B footnote 1 says totals may differ from parts by rounding; all planted differences are far larger '
            'than rounding. lookalikes_not_breakdowns lists printed passages that resemble breakdowns but must not '
            'be checked as sums; “text” is the logical (unwrapped) text.'),
        'breakdowns': ba + bb,
        'lookalikes_not_breakdowns': da.lookalikes() + db.lookalikes(),
    }
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    g = sum(1 for b in exp['breakdowns'] if b['kind'] == 'genuine')
    p = [b for b in exp['breakdowns'] if b['kind'] == 'planted']
    print('pages', pa, pb, 'genuine', g, 'planted checks', len(p), 'lookalikes', len(exp['lookalikes_not_breakdowns']))
    for b in p:
        print(b['id'], b['pdf_page'], b['check'], b['total'], b['total_where'], b['difference'])


if __name__ == '__main__':
    main()
