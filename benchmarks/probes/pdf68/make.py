# -*- coding: utf-8 -*-
"""Blind probe generator: two county-government report PDFs + expected.json.
All figures come from Decimal values; pages are recorded from the layout."""
import json, os, re
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont('ZH', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
HERE = os.path.dirname(os.path.abspath(__file__))
PW, PH = A4
LM, RM, TM, BM = 79, 74, 76, 78
TW = PW - LM - RM
FS, LH = 12, 21.5
ASCII = set('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,%+-~/()')
CLOSE = set('，。、；：！？）》”’%')
OPEN = set('（《“‘')


def fmt(v, places=0, comma=True):
    v = D(v).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return format(v, (',' if comma else '') + '.%df' % places)


def shares(vals, places=1):
    tot = sum(vals); q = D(1).scaleb(-places)
    raw = [v * 100 / tot for v in vals]
    fl = [r.quantize(q, rounding=ROUND_DOWN) for r in raw]
    k = int((D(100) - sum(fl)) / q)
    order = sorted(range(len(vals)), key=lambda i: (-(raw[i] - fl[i]), i))
    for i in order[:k]:
        fl[i] += q
    assert sum(fl) == 100
    return fl


def sw(s, fs=FS):
    return pdfmetrics.stringWidth(s, 'ZH', fs)


class Doc:
    def __init__(self, fname, title):
        self.fname = fname
        self.c = canvas.Canvas(os.path.join(HERE, fname), pagesize=A4, invariant=1)
        self.c.setTitle(title); self.c.setAuthor('')
        self.page = 1
        self.y = PH - TM
        self.figs = {}
        self.look = []
        self.bds = []

    # ---------- figures ----------
    def fig(self, key, value, places=0, unit='', comma=True):
        assert key not in self.figs, key
        num = fmt(value, places, comma)
        self.figs[key] = dict(value=D(num.replace(',', '')), num=num, unit=unit,
                              text=num + unit, page=None)
        return self.figs[key]['value']

    def expand(self, s):
        out = []
        pos = 0
        for m in re.finditer(r'\{(\w+)\}', s):
            out += [(ch, None) for ch in s[pos:m.start()]]
            f = self.figs[m.group(1)]
            out += [(ch, m.group(1)) for ch in f['num']]
            out += [(ch, None) for ch in f['unit']]
            pos = m.end()
        out += [(ch, None) for ch in s[pos:]]
        return out

    def mark(self, tags):
        for t in tags:
            if t and self.figs[t]['page'] is None:
                self.figs[t]['page'] = self.page

    # ---------- pages ----------
    def footer(self):
        s = '— %d —' % self.page
        self.c.setFont('ZH', 10.5)
        self.c.drawCentredString(PW / 2, 40, s)

    def newpage(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = PH - TM

    def ensure(self, h):
        if self.y - h < BM:
            self.newpage()

    # ---------- text ----------
    def units(self, chars):
        base = []
        for ch, tag in chars:
            if ch in ASCII and base and base[-1][0] == 'a':
                base[-1][1].append((ch, tag))
            else:
                base.append(['a' if ch in ASCII else 'c', [(ch, tag)]])
        # kinsoku merges
        merged = []
        pend = []
        for kind, cs in base:
            if len(cs) == 1 and cs[0][0] in CLOSE and merged:
                merged[-1] += cs
                continue
            if len(cs) == 1 and cs[0][0] in OPEN:
                pend += cs
                continue
            merged.append(pend + cs); pend = []
        if pend:
            merged.append(pend)
        return merged

    def para(self, s, indent=2, fs=FS, lh=LH, bold=False):
        us = self.units(self.expand(s))
        i = 0; first = True
        while i < len(us):
            ind = indent * fs if first else 0
            avail = TW - ind
            line = []; w = 0
            while i < len(us):
                uw = sw(''.join(c for c, _ in us[i]), fs)
                if line and w + uw > avail + 0.01:
                    break
                line.append(us[i]); w += uw; i += 1
            last = i >= len(us)
            chars = [x for u in line for x in u]
            txt = ''.join(c for c, _ in chars)
            self.ensure(lh)
            cs = 0 if last or len(chars) < 2 else (avail - w) / (len(chars) - 1)
            t = self.c.beginText(LM + ind, self.y - fs * 1.1)
            t.setFont('ZH', fs)
            t.setCharSpace(cs)
            self.c.setLineWidth(0.35)
            t.setTextRenderMode(2 if bold else 0)
            t.textOut(txt)
            self.c.saveState(); self.c.drawText(t); self.c.restoreState()
            self.mark([tg for _, tg in chars])
            self.y -= lh
            first = False

    def heading(self, s, level=1):
        self.ensure(LH * 3)
        self.para(s, indent=2, bold=(level == 1))

    def title(self, s, sub=None):
        self.c.setFont('ZH', 19)
        t = self.c.beginText(0, 0)
        self.y -= 8
        self.c.drawCentredString(PW / 2, self.y - 19, s)
        self.y -= 34
        if sub:
            self.c.setFont('ZH', 12)
            self.c.drawCentredString(PW / 2, self.y - 12, sub)
            self.y -= 30

    def cell(self, x, y, w, s, align, fs, bold=False):
        chars = self.expand(s)
        txt = ''.join(c for c, _ in chars)
        tw = sw(txt, fs)
        if align == 'r':
            xx = x + w - 5 - tw
        elif align == 'l':
            xx = x + 5
        else:
            xx = x + (w - tw) / 2
        t = self.c.beginText(xx, y)
        t.setFont('ZH', fs)
        self.c.setLineWidth(0.3)
        t.setTextRenderMode(2 if bold else 0)
        t.textOut(txt)
        self.c.saveState(); self.c.drawText(t); self.c.restoreState()
        self.mark([tg for _, tg in chars])

    def table(self, caption, unitnote, headers, rows, colw, aligns, ruled=True, fs=10.5, rh=20):
        h = rh * (len(rows) + 1) + 48
        self.ensure(h)
        self.y -= 4
        self.c.setFont('ZH', 12)
        self.c.drawCentredString(PW / 2, self.y - 12, caption)
        self.y -= 22
        tot = sum(colw)
        x0 = LM + (TW - tot) / 2
        if unitnote:
            self.c.setFont('ZH', 9.5)
            self.c.drawRightString(x0 + tot, self.y - 10, unitnote)
            self.y -= 15
        ytop = self.y
        allrows = [headers] + rows
        for r, row in enumerate(allrows):
            xx = x0
            bold = r == 0 or any(x.replace(' ', '') in ('合计', '小计') for x in row)
            for j, s in enumerate(row):
                al = 'c' if r == 0 else aligns[j]
                self.cell(xx, self.y - rh + 6, colw[j], s, al, fs, bold=bold and ruled)
                xx += colw[j]
            self.y -= rh
        if ruled:
            c = self.c
            c.setLineWidth(0.6)
            for r in range(len(allrows) + 1):
                yy = ytop - r * rh
                c.line(x0, yy, x0 + tot, yy)
            xx = x0
            for w in [0] + colw:
                xx += w
                c.line(xx, ytop, xx, ytop - rh * len(allrows))
        self.y -= 12

    def finish(self):
        self.footer()
        self.c.save()
        miss = [k for k, f in self.figs.items() if f['page'] is None]
        assert not miss, (self.fname, miss)
        return self.page

    # ---------- expectations ----------
    def bd(self, id, kind, check, total, parts, total_where, parts_where, unit, note=''):
        fs = self.figs
        if check == 'share':
            ttext = '100%'; tval = D(100)
            tpage = fs[total]['page'] if total else fs[parts[0]]['page']
            psum = sum(fs[p]['value'] for p in parts)
        elif check == 'balance':
            ttext = fs[total]['text']; tval = fs[total]['value']; tpage = fs[total]['page']
            o, i_, out = [fs[p]['value'] for p in parts]
            psum = o + i_ - out
        else:
            ttext = fs[total]['text']; tval = fs[total]['value']; tpage = fs[total]['page']
            psum = sum(fs[p]['value'] for p in parts)
        diff = tval - psum
        assert (diff == 0) == (kind == 'genuine'), (id, diff)
        assert len(parts) == len(parts_where)
        self.bds.append(dict(file=self.fname, id=id, kind=kind, check=check, total=ttext,
                             total_where=total_where, parts=[fs[p]['text'] for p in parts],
                             parts_where=parts_where, unit=unit, pdf_page=tpage,
                             parts_pages=[fs[p]['page'] for p in parts],
                             parts_sum=str(psum), difference=str(diff), note=note))

    def la(self, key, text, why):
        self.look.append((key, text, why))

    def looks(self):
        return [dict(file=self.fname, pdf_page=self.figs[k]['page'], text=t, why=w)
                for k, t, w in self.look]


# =====================================================================
# FILE A: 农业农村局 巩固拓展脱贫攻坚成果同乡村振兴有效衔接
# =====================================================================
def build_a():
    d = Doc('county_agri_2024_xianjie.pdf', '2024年巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作总结')
    F = d.fig
    # funds by source
    src = [('中央', D('18526.40')), ('省级', D('6213.80')), ('市级', D('1850.00')), ('县级', D('3409.60'))]
    ftot = sum(v for _, v in src)
    F('f_tot', ftot, 2, '万元')
    for i, (n, v) in enumerate(src):
        F('f_s%d' % i, v, 2, '万元')
    for i, s in enumerate(shares([v for _, v in src])):
        F('f_sp%d' % i, s, 1, '%')
    F('f_grow', D('8.7'), 1, '%')
    use = [('产业发展', D('17468.20')), ('就业帮扶', D('1326.50')), ('小型公益性基础设施建设', D('7935.30')),
           ('易地搬迁后续扶持', D('1120.00')), ('项目管理费', D('86.00'))]
    use.append(('其他', ftot - sum(v for _, v in use)))
    for i, (n, v) in enumerate(use):
        F('f_u%d' % i, v, 2, '万元')
    us = shares([v for _, v in use])
    us[2] -= D('0.7')          # PLANTED: shares sum to 99.3
    for i, s in enumerate(us):
        F('f_up%d' % i, s, 1, '%')
    F('la_cy55', D('55'), 0, '%')
    # balance of funds
    carry = D('1245.36'); spent = D('29871.02')
    F('b_open', carry, 2, '万元'); F('b_in', ftot, 2, '万元'); F('b_out', spent, 2, '万元')
    F('b_close', carry + ftot - spent, 2, '万元')
    F('b_rate', spent * 100 / (carry + ftot), 1, '%')
    # monitoring
    mon = [('脱贫不稳定户', 412, 1389), ('边缘易致贫户', 326, 1052), ('突发严重困难户', 137, 418)]
    mh = sum(h for _, h, _ in mon); mp = sum(p for _, _, p in mon)
    F('m_h', mh, 0, '户'); F('m_p', mp, 0, '人')
    for i, (n, h, p) in enumerate(mon):
        F('m_h%d' % i, h, 0, '户'); F('m_p%d' % i, p, 0, '人')
    F('m_elh', 623, 0, '户'); F('m_elp', 2041, 0, '人')
    F('m_nlh', mh - 623, 0, '户'); F('m_nlp', mp - 2041, 0, '人')
    F('la_lab', 1536, 0, '人'); F('la_labp', D(1536) * 100 / mp, 1, '%')
    F('la_new', 186, 0, '户')
    F('m_h_r', mh, 0, '户'); F('m_p_r', mp, 0, '人')  # restated in summary
    # risk table
    risk = [('因病', 318, 1042), ('因残', 176, 561), ('因学', 61, 235), ('因灾', 44, 138), ('因意外事故', 52, 160),
            ('因务工就业不稳', 139, 442), ('因产业项目失败', 38, 121), ('其他', 47, 160)]
    assert sum(r[1] for r in risk) == mh and sum(r[2] for r in risk) == mp
    rsh = shares([D(r[1]) for r in risk])
    for i, (n, h, p) in enumerate(risk):
        F('r_h%d' % i, h, 0); F('r_p%d' % i, p, 0); F('r_s%d' % i, rsh[i], 1)
    F('r_ht', mh, 0); F('r_pt', mp, 0); F('r_st', D(100), 1)
    # crops
    crops = [('粮食作物', D('28.63'), D('9.84')), ('油菜', D('6.42'), D('2.13')), ('茶叶', D('3.18'), D('4.62')),
             ('蔬菜', D('5.27'), D('6.05')), ('中药材', D('1.86'), D('1.58')), ('水果', D('2.35'), D('2.41'))]
    F('c_a', sum(c[1] for c in crops), 2, '万亩'); F('c_v', sum(c[2] for c in crops), 2, '亿元')
    for i, c in enumerate(crops):
        F('c_a%d' % i, c[1], 2, '万亩'); F('c_v%d' % i, c[2], 2, '亿元')
    F('la_tea', D('1.6'), 1, '万户'); F('la_out', D('6'), 0, '亿元')
    F('la_gvg', D('6.4'), 1, '%')
    # employment (PLANTED total +1)
    emp = [D(9872), D(7315), D(11268)]
    F('e_tot', sum(emp) + 1, 0, '人')
    for i, v in enumerate(emp):
        F('e_%d' % i, v, 0, '人')
    F('la_fem', 12317, 0, '人'); F('la_tgt', 28000, 0, '人'); F('la_tgtp', D('101.6'), 1, '%')
    posts = [D(1152), D(846), D(438)]
    F('p_tot', sum(posts), 0, '个')
    for i, v in enumerate(posts):
        F('p_%d' % i, v, 0, '个')
    trn = [D(1874), D(926), D(415)]
    F('t_tot', sum(trn), 0, '人次')
    for i, v in enumerate(trn):
        F('t_%d' % i, v, 0, '人次')
    F('la_yl', 2163, 0, '人')
    # relocation
    reloc = [D(2), D(7), D(14)]
    F('s_tot', sum(reloc), 0, '个')
    for i, v in enumerate(reloc):
        F('s_%d' % i, v, 0, '个')
    F('s_hh', 3126, 0, '户'); F('s_pp', 11842, 0, '人')
    F('s_job', 5318, 0, '人')
    # loans (PLANTED: does not close)
    lo, ln, lr = D('12368.50'), D('4826.00'), D('5213.40')
    F('l_open', lo, 2, '万元'); F('l_new', ln, 2, '万元'); F('l_back', lr, 2, '万元')
    F('l_close', lo + ln - lr + D('17.00'), 2, '万元')
    F('l_hh', 1947, 0, '户'); F('la_cum', D('3.26'), 2, '亿元'); F('la_cumh', 8614, 0, '户')
    F('la_ovd', D('0.38'), 2, '%')
    # township table
    east = [('城关镇', 14, '1286.50', 13), ('河口镇', 11, '968.20', 10), ('青石乡', 9, '742.80', 9),
            ('柳林镇', 12, '1105.30', 11), ('白沙乡', 8, '613.40', 7)]
    west = [('高山镇', 13, '1174.60', 12), ('龙潭乡', 10, '835.90', 9), ('石门镇', 11, '927.40', 11),
            ('三溪乡', 7, '548.70', 6), ('马家坪乡', 9, '716.30', 8)]
    for g, rows in (('e', east), ('w', west)):
        for i, (n, a, b, c) in enumerate(rows):
            F('tb_%s%d_n' % (g, i), a, 0); F('tb_%s%d_f' % (g, i), D(b), 2); F('tb_%s%d_d' % (g, i), c, 0)
        F('tb_%ss_n' % g, sum(r[1] for r in rows), 0)
        extra = D('20.00') if g == 'w' else 0   # PLANTED: west 小计 funds
        F('tb_%ss_f' % g, sum(D(r[2]) for r in rows) + extra, 2)
        F('tb_%ss_d' % g, sum(r[3] for r in rows), 0)
    allr = east + west
    F('tb_t_n', sum(r[1] for r in allr), 0); F('tb_t_f', sum(D(r[2]) for r in allr), 2)
    F('tb_t_d', sum(r[3] for r in allr), 0)
    F('tb_prose_n', sum(r[1] for r in allr), 0, '个')
    F('f_tot_r', ftot, 2, '万元')
    F('la_hh12', D('1.2'), 1, '万户')

    # ---------------- layout ----------------
    d.title('XX县农业农村局', '关于2024年巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作情况的总结')
    d.para('2024年，在县委、县政府的坚强领导和市农业农村局的精心指导下，我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，深入学习运用“千万工程”经验，牢牢守住不发生规模性返贫底线，把增加脱贫群众收入作为根本要求，把促进脱贫县加快发展作为主攻方向，统筹推进防止返贫监测帮扶、衔接资金项目管理、帮扶产业提质增效、脱贫人口稳岗就业等重点工作，全县巩固拓展脱贫攻坚成果同乡村振兴有效衔接各项工作取得明显成效，在全省年度考核评估中获得“好”等次。现将有关情况总结如下。')
    d.heading('一、2024年主要工作及成效')
    d.heading('（一）强化资金保障，衔接资金投入保持稳定增长', 2)
    d.para('坚持过渡期内主要帮扶政策总体稳定，持续加大财政衔接推进乡村振兴补助资金投入力度。全年共争取和安排各级财政衔接资金{f_tot}，比上年增长{f_grow}。按资金来源分，中央资金{f_s0}，占{f_sp0}；省级资金{f_s1}，占{f_sp1}；市级资金{f_s2}，占{f_sp2}；县级资金{f_s3}，占{f_sp3}，县级财政在收支矛盾较为突出的情况下，仍按照不低于上年规模的要求足额安排本级衔接资金，并全部纳入统筹整合范围，实行“一个漏斗”向下、“一本账”管理。')
    d.para('按资金用途分，用于产业发展{f_u0}，占衔接资金总额的{f_up0}，高于上级要求的{la_cy55}以上的比例；用于就业帮扶{f_u1}，占{f_up1}；用于小型公益性基础设施建设{f_u2}，占{f_up2}；用于易地搬迁后续扶持{f_u3}，占{f_up3}；提取项目管理费{f_u4}，占{f_up4}；其他{f_u5}，占{f_up5}，主要用于雨露计划职业教育补助、防返贫监测信息平台运维以及乡村建设示范村创建等支出。')
    d.para('严格落实资金项目公告公示、绩效目标管理和全过程监管制度，全面推行衔接资金项目“四个一”管理机制，资金支付进度持续加快。截至2024年12月31日，上年结转衔接资金{b_open}，加上当年下达{b_in}，全年累计支出{b_out}，年末结转结余{b_close}，资金支出进度达到{b_rate}，结转资金已全部落实到具体项目，将于2025年一季度前完成支付。全年未发现挤占挪用、虚报冒领衔接资金等违规违纪问题。')
    d.heading('（二）健全监测机制，防止返贫动态监测帮扶精准有效', 2)
    d.para('坚持把防止返贫动态监测和帮扶作为守底线的首要任务，优化农户自主申报、基层干部排查、部门筛查预警“三条线”发现机制，全年开展集中排查三轮，推送行业部门预警信息4,210条，逐条核实处置到位。截至12月底，全县累计识别纳入防返贫监测对象{m_h}{m_p}，其中脱贫不稳定户{m_h0}{m_p0}，边缘易致贫户{m_h1}{m_p1}，突发严重困难户{m_h2}{m_p2}。在全部监测对象中，有劳动能力的{la_lab}，占{la_labp}，2024年新识别纳入{la_new}，均做到“应纳尽纳、应帮尽帮”。')
    d.para('坚持因户因人精准施策，对有劳动能力的监测对象落实开发式帮扶措施，对无劳动能力的落实兜底保障措施，确保帮扶措施与风险类型精准匹配。通过产业、就业、健康、教育、综合保障等措施帮扶，已消除返贫致贫风险{m_elh}{m_elp}；未消除风险{m_nlh}{m_nlp}，均已落实针对性帮扶措施并明确帮扶责任人，风险总体可控。监测对象风险类型分布情况见表2。')
    d.heading('（三）壮大帮扶产业，联农带农机制更加紧密', 2)
    d.para('围绕“粮油稳产、茶药提质、果蔬增效”产业布局，持续推进帮扶产业提档升级。全年全县农作物种植面积{c_a}，其中粮食作物{c_a0}，油菜{c_a1}，茶叶{c_a2}，蔬菜{c_a3}，中药材{c_a4}，水果{c_a5}。上述作物实现产值{c_v}，其中粮食作物{c_v0}、油菜{c_v1}、茶叶{c_v2}、蔬菜{c_v3}、中药材{c_v4}、水果{c_v5}，第一产业增加值比上年增长{la_gvg}。其中“一县一业”茶叶、中药材等特色主导产业覆盖脱贫户和监测户{la_tea}，县域农产品加工业产值超{la_out}，“公司+合作社+农户”等联农带农模式带动脱贫户和监测户近{la_hh12}户均增收。')
    d.para('深入实施农业产业化龙头企业培育工程，新培育市级以上龙头企业6家，新建茶叶、中药材初加工厂房和冷链仓储设施23处，衔接资金支持的经营性资产全部明确产权归属和收益分配方式，资产收益重点用于公益性岗位开发、小型公益事业和对监测对象、残疾人等群体的帮扶。')
    d.heading('（四）稳定务工就业，脱贫人口收入持续增长', 2)
    d.para('坚持把稳岗就业作为脱贫群众增收的主渠道，深化劳务协作和东西部协作劳务对接，建立脱贫劳动力就业台账并实行动态管理。2024年全县脱贫劳动力（含监测对象）实现务工就业{e_tot}，其中县内就业{e_0}，省内县外就业{e_1}，省外就业{e_2}，完成市下达目标任务{la_tgt}的{la_tgtp}。务工人员中女性{la_fem}，“乡村工匠”“县域劳务品牌”等带动效应逐步显现。')
    d.para('统筹用好乡村公益性岗位兜底安置作用，全年开发乡村公益性岗位{p_tot}，其中生态护林员{p_0}，乡村保洁员{p_1}，其他公益性岗位{p_2}，优先安置弱劳力、半劳力脱贫人口和监测对象。围绕茶叶加工、中药材种植、家政服务、电工焊工等工种开展技能培训{t_tot}，其中引导性培训{t_0}、技能提升培训{t_1}、创业培训{t_2}；落实雨露计划职业教育补助{la_yl}，阻断贫困代际传递。')
    d.heading('（五）做好易地搬迁后续扶持，搬迁群众稳得住能致富', 2)
    d.para('全县共有易地扶贫搬迁集中安置点{s_tot}，其中800人以上的大型安置点{s_0}，200至800人的中型安置点{s_1}，200人以下的小型安置点{s_2}，共安置搬迁群众{s_hh}{s_pp}。持续完善安置点配套设施和社区治理，在大中型安置点配建帮扶车间和就业服务站，搬迁劳动力实现务工就业{s_job}，有劳动能力和就业意愿的搬迁家庭实现至少1人就业的动态清零目标。')
    d.heading('（六）用好脱贫人口小额信贷，金融帮扶作用有效发挥', 2)
    d.para('坚持“应贷尽贷、应续尽续”，联合县人行、县农商行等单位开展小额信贷政策“进村入户”宣传，精准满足脱贫户和监测户发展生产资金需求。2024年初全县脱贫人口小额信贷余额{l_open}，全年新增发放{l_new}，支持{l_hh}发展种养业和农村二三产业，全年到期收回{l_back}，年末贷款余额{l_close}，逾期率控制在{la_ovd}以内。2021年以来全县累计发放脱贫人口小额信贷{la_cum}，惠及{la_cumh}次，为脱贫群众稳定增收提供了有力金融支撑。')
    d.heading('（七）加强项目管理，衔接资金项目建设提速增效', 2)
    d.para('修订完善巩固拓展脱贫攻坚成果和乡村振兴项目库，严格落实项目库建设“村申报、乡审核、县审定”程序，全年入库项目512个，实施衔接资金项目{tb_prose_n}（不含县级统筹实施的跨乡镇项目），项目实施进度、资金使用和完工情况按东部、西部两个片区分别统计，具体见表1。')
    rows = []
    for g, rs, nm in (('e', east, '东部片区'), ('w', west, '西部片区')):
        for i, r in enumerate(rs):
            rows.append([nm if i == 0 else '', r[0], '{tb_%s%d_n}' % (g, i), '{tb_%s%d_f}' % (g, i), '{tb_%s%d_d}' % (g, i)])
        rows.append(['', '小计', '{tb_%ss_n}' % g, '{tb_%ss_f}' % g, '{tb_%ss_d}' % g])
    rows.append(['合计', '', '{tb_t_n}', '{tb_t_f}', '{tb_t_d}'])
    d.table('表1  2024年各乡镇衔接资金项目实施情况', '单位：个、万元',
            ['片区', '乡镇', '项目个数', '资金（万元）', '已完工'], rows, [70, 90, 80, 110, 80],
            ['c', 'c', 'r', 'r', 'r'])
    d.para('从表1可以看出，东部片区项目开工早、推进快，西部片区受高山地区施工期短、雨季较长等因素影响，部分道路硬化和产业路项目完工时间有所延后，未完工项目均已完成主体工程，预计2025年3月底前全部完工并组织验收。')
    rrows = [[n, '{r_h%d}' % i, '{r_p%d}' % i, '{r_s%d}' % i] for i, (n, h, p) in enumerate(risk)]
    rrows.append(['合计', '{r_ht}', '{r_pt}', '{r_st}'])
    d.table('表2  2024年防返贫监测对象风险类型分布情况', None,
            ['风险类型', '户数（户）', '人数（人）', '户数占比（%）'], rrows, [130, 90, 90, 100],
            ['l', 'r', 'r', 'r'])
    d.heading('二、存在的主要问题')
    d.para('一是帮扶产业发展质量不够高。部分村级帮扶产业规模小、链条短，产品初级加工比重偏大，品牌影响力不强，抵御市场风险和自然风险的能力较弱，部分经营主体联农带农机制不够紧密，脱贫群众参与产业发展的深度有待提高。二是稳岗就业压力依然较大。受宏观经济形势影响，部分外出务工人员就业稳定性下降，务工收入增速放缓，就近就业岗位供给与脱贫劳动力技能水平匹配度不高。三是防返贫监测帮扶还有薄弱环节。个别乡镇对突发严重困难户的发现识别不够及时，部门数据比对共享还不够顺畅，帮扶措施的针对性和有效性有待进一步提升。四是项目资产管护压力逐年加大。随着衔接资金形成的资产规模不断扩大，部分公益性资产管护责任落实不到位、管护经费不足的问题逐步显现。')
    d.heading('三、2025年工作打算')
    d.para('2025年是过渡期的最后一年，我局将坚决扛起巩固拓展脱贫攻坚成果的政治责任，以守底线、抓发展、促振兴为主线，重点抓好以下工作。一是持续强化防返贫监测帮扶，全面推行“线上预警+线下排查”工作模式，确保监测对象早发现、早干预、早帮扶。二是用好用足衔接资金，2025年衔接资金用于产业发展的比重继续保持在{la_cy55}以上（不含项目管理费）的要求之上，着力补齐产业链条短板。三是着力稳定脱贫人口就业，全力稳住脱贫人口务工规模，深化劳务协作，推动就业帮扶车间提质增效。四是加强帮扶项目资产管理，健全资产后续管护长效机制，确保资产保值增值、持续发挥效益。')
    d.para('总之，2024年全县共投入各级财政衔接资金{f_tot_r}，防返贫监测对象累计{m_h_r}{m_p_r}全部落实帮扶措施，守住了不发生规模性返贫的底线。下一步，我们将以更加务实的作风推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接各项工作落地见效，为全面推进乡村振兴、加快农业农村现代化作出新的更大贡献。')
    d.y -= 20
    d.c.setFont('ZH', 12)
    d.ensure(50)
    d.c.drawRightString(PW - RM - 12, d.y - 12, 'XX县农业农村局')
    d.c.drawRightString(PW - RM - 6, d.y - 34, '2025年1月10日')
    npages = d.finish()

    # ---------------- expectations ----------------
    B = d.bd
    B('K01', 'genuine', 'sum', 'f_tot', ['f_s0', 'f_s1', 'f_s2', 'f_s3'], '衔接资金总额', ['中央', '省级', '市级', '县级'], '万元', '资金来源')
    B('K02', 'genuine', 'share', None, ['f_sp0', 'f_sp1', 'f_sp2', 'f_sp3'], '按来源占比', ['中央', '省级', '市级', '县级'], '%', '来源占比合计100.0')
    B('K03', 'genuine', 'sum', 'f_tot', ['f_u%d' % i for i in range(6)], '衔接资金总额', [u[0] for u in use], '万元', '资金用途')
    B('K04', 'planted', 'share', None, ['f_up%d' % i for i in range(6)], '按用途占比', [u[0] for u in use], '%', 'PLANTED: 小型公益性基础设施建设 share printed 0.7 too low; shares sum to 99.3')
    B('K05', 'genuine', 'balance', 'b_close', ['b_open', 'b_in', 'b_out'], '年末结转结余', ['上年结转(+)', '当年下达(+)', '累计支出(-)'], '万元', 'opening + in - out = closing')
    B('K06', 'genuine', 'sum', 'm_h', ['m_h0', 'm_h1', 'm_h2'], '监测对象户数', [m[0] for m in mon], '户')
    B('K07', 'genuine', 'sum', 'm_p', ['m_p0', 'm_p1', 'm_p2'], '监测对象人数', [m[0] for m in mon], '人')
    B('K08', 'genuine', 'sum', 'm_h', ['m_elh', 'm_nlh'], '监测对象户数', ['已消除风险', '未消除风险'], '户', 'same total as K06 (printed once)')
    B('K09', 'genuine', 'sum', 'm_p', ['m_elp', 'm_nlp'], '监测对象人数', ['已消除风险', '未消除风险'], '人', 'same total as K07')
    B('K10', 'genuine', 'sum', 'c_a', ['c_a%d' % i for i in range(6)], '农作物种植面积', [c[0] for c in crops], '万亩')
    B('K11', 'genuine', 'sum', 'c_v', ['c_v%d' % i for i in range(6)], '产值', [c[0] for c in crops], '亿元')
    B('K12', 'planted', 'sum', 'e_tot', ['e_0', 'e_1', 'e_2'], '脱贫劳动力务工就业', ['县内', '省内县外', '省外'], '人', 'PLANTED: total 1 more than parts')
    B('K13', 'genuine', 'sum', 'p_tot', ['p_0', 'p_1', 'p_2'], '乡村公益性岗位', ['生态护林员', '乡村保洁员', '其他公益性岗位'], '个')
    B('K14', 'genuine', 'sum', 't_tot', ['t_0', 't_1', 't_2'], '技能培训', ['引导性培训', '技能提升培训', '创业培训'], '人次')
    B('K15', 'genuine', 'sum', 's_tot', ['s_0', 's_1', 's_2'], '集中安置点', ['大型', '中型', '小型'], '个')
    B('K16', 'planted', 'balance', 'l_close', ['l_open', 'l_new', 'l_back'], '小额信贷年末余额', ['年初余额(+)', '新增发放(+)', '到期收回(-)'], '万元', 'PLANTED: closing printed 17.00 higher than open+new-back')
    for g, rs, nm, kid in (('e', east, '东部片区', 17), ('w', west, '西部片区', 20)):
        for j, (col, cn, un) in enumerate((('n', '项目个数', '个'), ('f', '资金', '万元'), ('d', '已完工', '个'))):
            planted = (g == 'w' and col == 'f')
            B('K%02d' % (kid + j), 'planted' if planted else 'genuine', 'sum', 'tb_%ss_%s' % (g, col),
              ['tb_%s%d_%s' % (g, i, col) for i in range(len(rs))], '表1 %s小计 %s' % (nm, cn), [r[0] for r in rs], un,
              'PLANTED: 小计 资金 printed 20.00 above the sum of its rows (合计 row equals the true row sum, so 合计 ≠ 小计+小计 as well)' if planted else '表1')
    for j, (col, cn, un) in enumerate((('n', '项目个数', '个'), ('f', '资金', '万元'), ('d', '已完工', '个'))):
        B('K%02d' % (23 + j), 'genuine', 'sum', 'tb_t_%s' % col,
          ['tb_%s%d_%s' % (g, i, col) for g, rs in (('e', east), ('w', west)) for i in range(len(rs))],
          '表1 合计 %s' % cn, [r[0] for r in east + west], un, '表1 合计 equals sum of all township rows')
    B('K26', 'genuine', 'sum', 'r_ht', ['r_h%d' % i for i in range(len(risk))], '表2 合计 户数', [r[0] for r in risk], '户')
    B('K27', 'genuine', 'sum', 'r_pt', ['r_p%d' % i for i in range(len(risk))], '表2 合计 人数', [r[0] for r in risk], '人')
    B('K28', 'genuine', 'share', 'r_st', ['r_s%d' % i for i in range(len(risk))], '表2 户数占比合计', [r[0] for r in risk], '%')
    B('K29', 'genuine', 'repeat', 'm_h', ['r_ht'], '监测对象户数(正文)', ['表2 合计 户数'], '户')
    B('K30', 'genuine', 'repeat', 'm_p', ['r_pt'], '监测对象人数(正文)', ['表2 合计 人数'], '人')
    B('K31', 'genuine', 'repeat', 'f_tot', ['f_tot_r'], '衔接资金总额', ['结尾重述'], '万元')
    B('K32', 'genuine', 'repeat', 'm_h', ['m_h_r'], '监测对象户数', ['结尾重述'], '户')
    B('K33', 'genuine', 'repeat', 'tb_prose_n', ['tb_t_n'], '实施项目个数(正文)', ['表1 合计 项目个数'], '个')
    L = d.la
    L('la_lab', '有劳动能力的1,536人，占53.7%', 'overlapping subgroup of 监测对象 with a share, not a partition')
    L('la_new', '2024年新识别纳入186户', 'flow within the stock total, not a part list')
    L('la_tea', '其中“一县一业”茶叶、中药材等特色主导产业覆盖脱贫户和监测户1.6万户', '其中…等 partial list, different measure')
    L('la_out', '县域农产品加工业产值超6亿元', '超 rounded figure, different scope from 作物产值')
    L('la_hh12', '带动脱贫户和监测户近1.2万户', '近 rounded figure')
    L('la_gvg', '第一产业增加值比上年增长6.4%', 'growth rate')
    L('f_grow', '比上年增长8.7%', 'growth rate of total funds')
    L('la_fem', '务工人员中女性12,317人', 'overlapping group (女性) of the 务工 total')
    L('la_tgt', '完成市下达目标任务28,000人的101.6%', 'target vs actual')
    L('la_cum', '2021年以来累计发放脱贫人口小额信贷3.26亿元，惠及8,614户次', '累计 since 2021 vs 当年 flows')
    L('b_rate', '资金支出进度达到95.6%', 'execution rate, not a share set')
    L('la_cy55', '高于上级要求的55%以上的比例', 'target threshold, not part of the use-share set')
    L('la_ovd', '逾期率控制在0.38%以内', 'rate')
    return d, npages


# =====================================================================
# FILE B: 市场监督管理局 2024年工作总结
# =====================================================================
def build_b():
    d = Doc('county_amr_2024_summary.pdf', 'XX县市场监督管理局2024年工作总结')
    F = d.fig
    open_ = D(41236)
    typ = [('企业', 9872, 1628, 512), ('个体工商户', 33164, 4702, 2981), ('农民专业合作社', 1047, 85, 75)]
    tot = sum(D(t[1]) for t in typ); newt = sum(D(t[2]) for t in typ); outt = sum(D(t[3]) for t in typ)
    assert open_ + newt - outt == tot
    F('m_tot', tot, 0, '户'); F('m_open', open_, 0, '户'); F('m_new', newt, 0, '户'); F('m_out', outt, 0, '户')
    for i, t in enumerate(typ):
        F('m_t%d' % i, t[1], 0, '户'); F('m_n%d' % i, t[2], 0, '户'); F('m_o%d' % i, t[3], 0, '户')
    F('m_inc', tot - open_, 0, '户'); F('m_incp', (tot - open_) * 100 / open_, 1, '%')
    ent = [('有限责任公司', 8215), ('股份有限公司', 46), ('个人独资企业', 1093), ('合伙企业', 212), ('分公司及其他', 306)]
    assert sum(e[1] for e in ent) == typ[0][1]
    for i, e in enumerate(ent):
        F('m_e%d' % i, e[1], 0, '户')
    F('la_pri', 9500, 0, '户'); F('la_fem', 14236, 0, '户'); F('la_entinc', 1096, 0, '户')
    # enforcement
    fld = [('食品', 203, D('186.42')), ('药品医疗器械', 67, D('73.15')), ('价格', 41, D('28.60')),
           ('广告', 29, D('15.38')), ('特种设备', 38, D('22.70'))]
    fine_true = D('412.57')
    fld.append(('其他', 108, fine_true - sum(f[2] for f in fld)))
    F('x_case', sum(f[1] for f in fld), 0, '件'); F('x_close', 452, 0, '件')
    F('x_closep', D(452) * 100 / sum(f[1] for f in fld), 1, '%')
    F('x_fine', D('421.57'), 2, '万元')   # PLANTED: digits swapped (true 412.57)
    for i, f in enumerate(fld):
        F('x_c%d' % i, f[1], 0, '件'); F('x_f%d' % i, f[2], 2, '万元')
    F('x_major', 12, 0, '件'); F('x_trans', 7, 0, '件')
    # food sampling
    env = [D(612), D(2347), D(1169)]
    F('s_tot', sum(env), 0, '批次')
    for i, v in enumerate(env):
        F('s_%d' % i, v, 0, '批次')
    F('s_ok', 4031, 0, '批次'); F('s_bad', sum(env) - 4031, 0, '批次')
    F('s_rate', D(4031) * 100 / sum(env), 2, '%')
    F('la_pest', 31, 0, '批次'); F('la_micro', 22, 0, '批次')
    F('la_stgt', 4000, 0, '批次'); F('la_stgtp', sum(env) * 100 / 4000, 1, '%')
    # 12315
    cp = [D(4215), D(806), D(841)]
    F('c_tot', sum(cp), 0, '件')
    for i, v in enumerate(cp):
        F('c_%d' % i, v, 0, '件')
    F('c_done', 5798, 0, '件'); F('c_donep', D(5798) * 100 / sum(cp), 1, '%')
    F('c_loss', D('186.35'), 2, '万元')
    F('la_odr', 326, 0, '家')
    # special equipment (PLANTED: 电梯 +10)
    eq = [('锅炉', 86), ('压力容器', 1925), ('电梯', 2874 + 10), ('起重机械', 683), ('场（厂）内专用机动车辆', 712), ('大型游乐设施', 12)]
    F('q_tot', sum(e[1] for e in eq) - 10, 0, '台（套）')
    for i, e in enumerate(eq):
        F('q_%d' % i, e[1], 0, '台（套）' if i == len(eq) - 1 else '台')
    F('la_q_elev', D('2.8'), 1, '万台次')
    F('la_haz', 146, 0, '项')
    # metrology
    me = [D(612), D(14083), D(3731)]
    F('me_tot', sum(me), 0, '台件')
    for i, v in enumerate(me):
        F('me_%d' % i, v, 0, '台件')
    F('la_tm', 7215, 0, '件'); F('la_tmn', 1083, 0, '件')
    # unruled industry table
    ind = [('农、林、牧、渔业', 3146), ('制造业', 2087), ('建筑业', 1265), ('批发和零售业', 19438), ('住宿和餐饮业', 7352),
           ('交通运输、仓储和邮政业', 2413), ('居民服务、修理和其他服务业', 4968)]
    ind.append(('其他行业', int(tot) - sum(i[1] for i in ind)))
    ish = shares([D(i[1]) for i in ind])
    for i, r in enumerate(ind):
        F('u_%d' % i, r[1], 0); F('u_s%d' % i, ish[i], 1)
    F('u_tot', tot + 100, 0)    # PLANTED: 合计 off by 100
    F('u_stot', D(100), 1)
    # repeats in 存在问题
    F('r_tot', tot, 0, '户'); F('r_ent', typ[0][1], 0, '户'); F('r_entp', D(typ[0][1]) * 100 / tot, 1, '%')
    F('r_ind', typ[1][1], 0, '户')
    F('r_entp_first', D(typ[0][1]) * 100 / tot, 1, '%')
    # appendix
    prev = dict(tot=open_, new=D(5987), case=D(451), close=D(418), samp=D(3962), comp=D(5310), loss=D('171.20'), eq=D(5984))
    cur = dict(tot=tot, new=newt, case=D(486), close=D(452), samp=sum(env), comp=sum(cp), loss=D('168.35'), eq=D(6292))
    units = dict(tot='户', new='户', case='件', close='件', samp='批次', comp='件', loss='万元', eq='台（套）')
    names = dict(tot='市场主体总量', new='新登记市场主体', case='行政处罚立案', close='行政处罚结案', samp='食品安全监督抽检',
                 comp='12315投诉举报咨询受理', loss='为消费者挽回经济损失', eq='特种设备登记数量')
    for k in cur:
        pl = 2 if k == 'loss' else 0
        F('a_%s' % k, cur[k], pl); F('ap_%s' % k, prev[k], pl)
        F('ag_%s' % k, (cur[k] - prev[k]) * 100 / prev[k], 1)

    # ---------------- layout ----------------
    d.title('XX县市场监督管理局', '2024年工作总结')
    d.para('2024年，县市场监督管理局在县委、县政府的坚强领导和市市场监管局的业务指导下，坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届二中、三中全会精神，紧紧围绕“优化营商环境、守牢安全底线、维护公平竞争、提升质量水平”的工作主线，统筹发展和安全，扎实推进市场准入、市场监管、消费维权和质量提升各项工作，为全县经济社会高质量发展营造了安全放心的市场环境。现将全年工作总结如下。')
    d.heading('一、2024年主要工作成效')
    d.heading('（一）持续优化营商环境，市场主体总量稳步增长', 2)
    d.para('深化商事制度改革，全面推行经营主体登记“一网通办”“全程电子化”和个体工商户“智能审批”，企业开办时间压缩至1个工作日以内。截至2024年12月底，全县实有各类市场主体{m_tot}，比上年末的{m_open}增加{m_inc}，增长{m_incp}。其中企业{m_t0}，个体工商户{m_t1}，农民专业合作社{m_t2}，企业占市场主体总量的比重为{r_entp_first}。全县实有企业中，有限责任公司{m_e0}，股份有限公司{m_e1}，个人独资企业{m_e2}，合伙企业{m_e3}，分公司及其他{m_e4}；私营企业超{la_pri}，企业数量比上年净增{la_entinc}。个体工商户中女性经营者{la_fem}，“她经济”活力持续释放。')
    d.para('全年新登记市场主体{m_new}，其中新登记企业{m_n0}，新登记个体工商户{m_n1}，新登记农民专业合作社{m_n2}；同期注销市场主体{m_out}，其中企业{m_o0}，个体工商户{m_o1}，农民专业合作社{m_o2}。扎实开展歇业备案、简易注销和吊销未年报“僵尸企业”清理工作，市场主体结构进一步优化，按国民经济行业分类的市场主体分布情况见下表。')
    rows = [[r[0], '{u_%d}' % i, '{u_s%d}' % i] for i, r in enumerate(ind)]
    rows.append(['合    计', '{u_tot}', '{u_stot}'])
    d.table('2024年末全县市场主体分行业情况', None, ['行业分类', '户数（户）', '占比（%）'], rows,
            [190, 110, 100], ['l', 'r', 'r'], ruled=False, rh=18)
    d.heading('（二）坚持严格规范执法，市场秩序持续向好', 2)
    d.para('聚焦民生领域突出问题，深入开展“铁拳”行动、民生领域案件查办和“守护消费”等专项执法行动。全年共立案查处各类违法案件{x_case}，结案{x_close}，结案率{x_closep}，罚没款合计{x_fine}。分领域看，食品领域立案{x_c0}、罚没款{x_f0}；药品医疗器械领域立案{x_c1}、罚没款{x_f1}；价格领域立案{x_c2}、罚没款{x_f2}；广告领域立案{x_c3}、罚没款{x_f3}；特种设备领域立案{x_c4}、罚没款{x_f4}；其他领域立案{x_c5}、罚没款{x_f5}。查办货值金额5万元以上或罚没款10万元以上大案要案{x_major}，向公安机关移送涉嫌犯罪案件{x_trans}，形成了强有力的执法震慑。')
    d.heading('（三）守牢食品药品安全底线，群众饮食用药更加放心', 2)
    d.para('严格落实食品安全“两个责任”，全县2,316名包保干部完成对主体的包保督导全覆盖。坚持问题导向开展食品安全监督抽检，全年共完成食品安全监督抽检{s_tot}，其中生产环节{s_0}，流通环节{s_1}，餐饮环节{s_2}，完成市局下达抽检任务{la_stgt}的{la_stgtp}。经检验，合格{s_ok}，不合格{s_bad}，总体合格率为{s_rate}。不合格样品中，农药残留超标{la_pest}、微生物污染{la_micro}等问题较为集中，不合格食品核查处置率达到100%，相关生产经营者均依法处理到位。')
    d.para('持续加强药品、医疗器械和化妆品质量安全监管，全年检查药品零售企业和医疗机构药房486家次，开展药品“清源”行动和医疗器械“清网”行动，责令整改问题87个，未发生区域性、系统性药品安全事件。')
    d.heading('（四）积极维护消费者权益，放心消费环境加快形成', 2)
    d.para('畅通12315投诉举报渠道，推进消费纠纷在线解决（ODR）企业建设，全县发展ODR企业{la_odr}。全年共受理12315投诉举报咨询{c_tot}，其中投诉{c_0}，举报{c_1}，咨询{c_2}；办结{c_done}，办结率{c_donep}，为消费者挽回经济损失{c_loss}。围绕预付式消费、农村假冒伪劣、网络直播营销等消费热点，组织开展消费提示警示12期，“放心消费示范单位”创建活动覆盖全县所有乡镇。')
    d.heading('（五）强化特种设备和计量监管，质量安全基础不断夯实', 2)
    d.para('扎实开展特种设备安全隐患排查整治和安全生产治本攻坚三年行动，全县在用登记特种设备{q_tot}，其中锅炉{q_0}，压力容器{q_1}，电梯{q_2}，起重机械{q_3}，场（厂）内专用机动车辆{q_4}，大型游乐设施{q_5}。全年开展特种设备监督检查1,325家次，排查整改隐患{la_haz}，住宅电梯维保质量抽查约{la_q_elev}，全县未发生特种设备安全事故。')
    d.para('深入推进计量惠民工程，全年完成强制检定计量器具{me_tot}，其中加油机{me_0}，电子计价秤{me_1}，医用及其他强检计量器具{me_2}。大力实施商标品牌战略，全县有效注册商标累计达到{la_tm}，2024年新增注册商标{la_tmn}，地理标志保护产品和集体商标运用成效明显。')
    d.heading('二、存在问题', 1)
    d.para('一是市场主体结构仍需优化。截至2024年末，全县市场主体{r_tot}，其中企业{r_ent}，仅占{r_entp}，个体工商户{r_ind}，占比偏高，市场主体“个转企”“小升规”动力不足，规模以上企业数量偏少，对县域经济的支撑带动作用有待加强。二是基层监管力量相对薄弱。乡镇市场监管所人员年龄结构偏大，专业执法人员和技术人员不足，网络交易、直播带货等新业态监管能力与监管任务不相匹配。三是食品安全风险隐患仍然存在。农村集体聚餐、校园周边和小作坊等领域风险点多面广，抽检发现的问题主要集中在农药残留和微生物污染等方面。')
    d.heading('三、2025年工作思路', 1)
    d.para('2025年，我局将围绕县委、县政府中心工作，坚持“监管为民、服务发展”理念，重点做好以下工作：一是持续优化营商环境，深化登记注册便利化改革，推动“个转企”，力争新登记企业数量保持增长。二是严守安全底线，全面落实食品安全“两个责任”，深入推进特种设备安全治本攻坚。三是加大执法力度，聚焦民生领域开展“铁拳”行动，严厉打击制售假冒伪劣、虚假宣传等违法行为。四是提升消费维权效能，提高12315投诉举报处理效率，扩大ODR企业覆盖面，不断增强人民群众的获得感、幸福感和安全感。')
    arows = [[names[k], units[k], '{a_%s}' % k, '{ap_%s}' % k, '{ag_%s}' % k] for k in cur]
    d.table('附表  2024年主要工作指标完成情况', None, ['指标', '单位', '2024年', '2023年', '增减（%）'], arows,
            [150, 55, 75, 75, 70], ['l', 'c', 'r', 'r', 'r'])
    d.y -= 10
    d.ensure(50)
    d.c.setFont('ZH', 12)
    d.c.drawRightString(PW - RM - 12, d.y - 12, 'XX县市场监督管理局')
    d.c.drawRightString(PW - RM - 18, d.y - 34, '2025年1月8日')
    npages = d.finish()

    B = d.bd
    B('L01', 'genuine', 'sum', 'm_tot', ['m_t0', 'm_t1', 'm_t2'], '实有市场主体', ['企业', '个体工商户', '农民专业合作社'], '户')
    B('L02', 'genuine', 'sum', 'm_new', ['m_n0', 'm_n1', 'm_n2'], '新登记市场主体', ['企业', '个体工商户', '农民专业合作社'], '户')
    B('L03', 'genuine', 'sum', 'm_out', ['m_o0', 'm_o1', 'm_o2'], '注销市场主体', ['企业', '个体工商户', '农民专业合作社'], '户')
    B('L04', 'genuine', 'balance', 'm_tot', ['m_open', 'm_new', 'm_out'], '年末实有市场主体', ['上年末(+)', '新登记(+)', '注销(-)'], '户', 'also 比上年末增加 2,847户 = 44,083 − 41,236')
    B('L05', 'genuine', 'sum', 'm_t0', ['m_e0', 'm_e1', 'm_e2', 'm_e3', 'm_e4'], '实有企业', [e[0] for e in ent], '户', '企业 by legal form; total is the 企业 figure in the preceding sentence')
    B('L06', 'genuine', 'sum', 'x_case', ['x_c%d' % i for i in range(6)], '立案', [f[0] for f in fld], '件')
    B('L07', 'planted', 'sum', 'x_fine', ['x_f%d' % i for i in range(6)], '罚没款合计', [f[0] for f in fld], '万元', 'PLANTED: total printed 421.57, parts sum 412.57 (digits 1/2 swapped)')
    B('L08', 'genuine', 'sum', 's_tot', ['s_0', 's_1', 's_2'], '食品安全监督抽检', ['生产环节', '流通环节', '餐饮环节'], '批次')
    B('L09', 'genuine', 'sum', 's_tot', ['s_ok', 's_bad'], '食品安全监督抽检', ['合格', '不合格'], '批次')
    B('L10', 'genuine', 'sum', 'c_tot', ['c_0', 'c_1', 'c_2'], '12315受理', ['投诉', '举报', '咨询'], '件')
    B('L11', 'planted', 'sum', 'q_tot', ['q_%d' % i for i in range(6)], '在用登记特种设备', [e[0] for e in eq], '台（套）', 'PLANTED: 电梯 printed 10 too high (2,884 vs 2,874)')
    B('L12', 'genuine', 'sum', 'me_tot', ['me_0', 'me_1', 'me_2'], '强制检定计量器具', ['加油机', '电子计价秤', '医用及其他'], '台件')
    B('L13', 'planted', 'sum', 'u_tot', ['u_%d' % i for i in range(len(ind))], '分行业表 合计 户数', [i[0] for i in ind], '户', 'PLANTED: unruled table 合计 printed 100 too high (also disagrees with prose total 44,083)')
    B('L14', 'genuine', 'share', 'u_stot', ['u_s%d' % i for i in range(len(ind))], '分行业表 占比合计', [i[0] for i in ind], '%')
    B('L15', 'genuine', 'repeat', 'm_tot', ['r_tot'], '市场主体(一、)', ['市场主体(二、存在问题)'], '户')
    B('L16', 'genuine', 'repeat', 'm_t0', ['r_ent'], '企业(一、)', ['企业(二、存在问题)'], '户')
    B('L17', 'genuine', 'repeat', 'm_t1', ['r_ind'], '个体工商户(一、)', ['个体工商户(二、存在问题)'], '户')
    B('L18', 'genuine', 'repeat', 'r_entp_first', ['r_entp'], '企业占比(一、)', ['企业占比(二、存在问题)'], '%')
    B('L19', 'genuine', 'repeat', 'm_tot', ['a_tot'], '市场主体(正文)', ['附表 市场主体总量'], '户')
    B('L20', 'genuine', 'repeat', 'm_new', ['a_new'], '新登记(正文)', ['附表 新登记市场主体'], '户')
    B('L21', 'genuine', 'repeat', 'x_case', ['a_case'], '立案(正文)', ['附表 行政处罚立案'], '件')
    B('L22', 'genuine', 'repeat', 'x_close', ['a_close'], '结案(正文)', ['附表 行政处罚结案'], '件')
    B('L23', 'genuine', 'repeat', 's_tot', ['a_samp'], '抽检(正文)', ['附表 食品安全监督抽检'], '批次')
    B('L24', 'genuine', 'repeat', 'c_tot', ['a_comp'], '12315受理(正文)', ['附表 12315受理'], '件')
    B('L25', 'planted', 'repeat', 'c_loss', ['a_loss'], '挽回经济损失(正文)', ['附表 挽回经济损失'], '万元', 'PLANTED: prose 186.35, 附表 168.35 (digits differ)')
    B('L26', 'genuine', 'repeat', 'q_tot', ['a_eq'], '特种设备(正文)', ['附表 特种设备登记数量'], '台（套）', 'repeat agrees; note L11 parts do not')
    L = d.la
    L('m_incp', '增加2,847户，增长6.9%', 'growth rate (the 2,847 does equal 年末−年初, consistent)')
    L('la_pri', '私营企业超9,500户', 'overlapping group, 超 rounded')
    L('la_entinc', '企业数量比上年净增1,096户', 'year-on-year change, not a part (1,628−512 ≠ 1,096 because of 迁入迁出; not a check)')
    L('la_fem', '个体工商户中女性经营者14,236户', 'overlapping group (女性)')
    L('x_closep', '结案率93.0%', 'rate')
    L('x_major', '大案要案12件，移送涉嫌犯罪案件7件', 'subsets of 立案, not a partition')
    L('la_stgt', '完成市局下达抽检任务4,000批次的103.2%', 'target vs actual')
    L('s_rate', '总体合格率为97.65%', 'rate')
    L('la_pest', '农药残留超标31批次、微生物污染22批次等', '其中…等 partial list of 不合格 97批次')
    L('c_donep', '办结率98.9%', 'rate')
    L('la_q_elev', '住宅电梯维保质量抽查约2.8万台次', '约 rounded, different measure')
    L('la_tm', '有效注册商标累计达到7,215件，2024年新增1,083件', '累计 vs 当年')
    L('ag_tot', '附表 增减（%）列', 'growth percentages, do not sum')
    return d, npages


if __name__ == '__main__':
    a, pa = build_a()
    b, pb = build_b()
    exp = dict(
        files=[dict(file=a.fname, pages=pa), dict(file=b.fname, pages=pb)],
        conventions=('Amounts printed with thousands separators; parts_sum/difference are plain Decimal text. '
                     'difference = total - parts_sum. For check=balance, parts are [opening, inflow, outflow] and '
                     'parts_sum = opening + inflow - outflow. For check=share, total is "100%" and pdf_page is the page '
                     'of the printed 合计 100.0 if any, else of the first share. For check=repeat, total is the first '
                     'printing and parts is the restatement. Table cells print bare numbers; unit is in "unit". '
                     'Pages are 1-based and recorded from the layout engine (page of first character of the figure).'),
        breakdowns=a.bds + b.bds,
        lookalikes_not_breakdowns=a.looks() + b.looks())
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    g = sum(1 for x in exp['breakdowns'] if x['kind'] == 'genuine')
    p = sum(1 for x in exp['breakdowns'] if x['kind'] == 'planted')
    print('pages', pa, pb, 'genuine', g, 'planted', p)
