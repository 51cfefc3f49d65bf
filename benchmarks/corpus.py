"""Synthetic county work reports written from facts, and their truth files: python benchmarks/corpus.py --out benchmarks/corpus"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.facts import Date, Filler, Para, Qty, Rel, Report, TableSpec  # noqa: E402

D = Decimal
PLANTS = ("household", "money", "missing", "share")


@dataclass(frozen=True)
class County:
    """Who writes the report and about what: every name is invented."""

    name: str  # 岚川县
    short: str  # 岚川 (for 岚政发)
    partner: str  # 江州市新湖区
    partner_short: str  # 新湖区
    secretary: str
    towns: tuple[str, str, str]
    village: str
    company: str
    year: int
    seed: int
    variant: str = "reportlab"
    plants: frozenset[str] = frozenset()
    forms: frozenset[str] = frozenset()  # fullwidth, grouped, cn_towns, range_zhi, span, mixed
    page_wrap: bool = False
    table: bool = False
    fullwidth_punct: bool = False


COUNTIES = (
    County("岚川县", "岚", "江州市新湖区", "新湖区", "周明远", ("青石镇", "白河镇", "桃源镇"), "青石镇柳沟村", "江州鸿泰食品有限公司",
           2018, 11, plants=frozenset({"household"}), forms=frozenset({"fullwidth", "span", "mixed"}), page_wrap=True),
    County("云溪县", "云", "苏阳市滨江区", "滨江区", "陈国华", ("云台镇", "清溪镇", "松林镇"), "清溪镇杨家坪村", "苏阳禾丰农业有限公司",
           2019, 12, plants=frozenset({"money"}), forms=frozenset({"grouped", "cn_towns", "range_zhi"})),
    County("柏坪县", "柏", "海州市东港区", "东港区", "刘文博", ("柏树镇", "龙潭镇", "梅溪镇"), "龙潭镇金竹村", "海州瑞丰茶业有限公司",
           2018, 13, plants=frozenset({"missing"}), forms=frozenset({"span", "mixed"}), table=True),
    County("石泉岭县", "泉", "通江市崇明区", "崇明区", "张立新", ("石门镇", "双河镇", "高桥镇"), "高桥镇黄土岭村", "通江华宇电子有限公司",
           2020, 14, plants=frozenset({"share"}), forms=frozenset({"fullwidth", "grouped", "range_zhi"}), page_wrap=True,
           fullwidth_punct=True),
    County("汉源县", "汉", "锡城市梁溪区", "梁溪区", "王志强", ("汉滨镇", "洛河镇", "紫荆镇"), "洛河镇茶坪村", "锡城绿源生物科技有限公司",
           2019, 15, variant="twocol", plants=frozenset({"household", "share"}), forms=frozenset({"cn_towns", "mixed"})),
    County("镇坪川县", "坪", "扬帆市江都区", "江都区", "李建军", ("曙坪镇", "钟宝镇", "华坪镇"), "钟宝镇马镫村", "扬帆康宁药业有限公司",
           2020, 16, variant="twocol", plants=frozenset({"money", "missing"}), forms=frozenset({"span", "grouped"}), table=True),
    County("宁陕川县", "宁", "泰安市海陵区", "海陵区", "赵光辉", ("城关镇", "江口镇", "筒车湾镇"), "江口镇沙洛村", "泰安鑫源纺织有限公司",
           2018, 17, variant="docx", plants=frozenset({"household"}), forms=frozenset({"fullwidth", "range_zhi", "mixed"})),
    County("岚皋坪县", "皋", "盐城市亭湖区", "亭湖区", "孙启明", ("佐龙镇", "南宫山镇", "民主镇"), "佐龙镇马安村", "盐城海韵服饰有限公司",
           2019, 18, variant="docx", plants=frozenset({"share", "money"}), forms=frozenset({"cn_towns", "grouped", "span"}),
           fullwidth_punct=True),
    County("白河口县", "白", "宿迁市宿豫区", "宿豫区", "吴海峰", ("茅坪镇", "冷水镇", "构扒镇"), "冷水镇桥儿沟村", "宿迁永泰木业有限公司",
           2020, 19, plants=frozenset({"missing"}), forms=frozenset({"fullwidth", "mixed"}), table=True),
    County("旬阳川县", "旬", "淮安市清江浦区", "清江浦区", "何志国", ("吕河镇", "甘溪镇", "蜀河镇"), "蜀河镇枫树村", "淮安金穗米业有限公司",
           2018, 20, plants=frozenset({"household", "share"}), forms=frozenset({"grouped", "range_zhi", "span"}), page_wrap=True),
    County("平利源县", "利", "镇江市京口区", "京口区", "郑国栋", ("长安镇", "老县镇", "大贵镇"), "长安镇中坝村", "镇江丰裕茶叶有限公司",
           2019, 21, variant="twocol", plants=frozenset({"money"}), forms=frozenset({"fullwidth", "cn_towns"})),
    County("紫岭县", "紫", "常泰市武进区", "武进区", "冯振华", ("洞河镇", "高滩镇", "毛坝镇"), "高滩镇双坪村", "常泰天宁机械有限公司",
           2020, 22, variant="docx", plants=frozenset({"missing", "share"}), forms=frozenset({"span", "mixed", "grouped"})),
)


@dataclass
class Ctx:
    county: County
    rng: random.Random
    paras: list[Para] = field(default_factory=list)
    relations: list[Rel] = field(default_factory=list)
    funds: dict[str, Qty] = field(default_factory=dict)

    def money(self, low: int, high: int, places: int = 2) -> Decimal:
        """A random amount in 万元 with the given printed places: money(100, 900) -> Decimal('460.13')."""
        step = 10 ** places
        return D(self.rng.randint(low * step, high * step)) / step

    def para(self, *pieces: object, align: str = "indent") -> None:
        self.paras.append(Para(list(pieces), align=align))  # type: ignore[arg-type]

    def heading(self, text: str) -> None:
        self.paras.append(Para([text], align="heading"))


FILLER = ("我县坚持高位推动、精准对接、务实合作,统筹推进产业协作、劳务协作、消费协作和人才交流,持续巩固拓展脱贫攻坚成果,"
          "推动乡村全面振兴,群众获得感、幸福感、安全感不断增强,干部作风持续改进,基层组织更加坚强有力,协作机制日益完善。") * 4


def intro(c: Ctx) -> None:
    k = c.county
    y, y0 = k.year, 2016 if k.year < 2020 else 2017
    month, day = c.rng.randint(3, 6), c.rng.randint(10, 28)
    pieces: list[object] = [
        Date(f"{y0}年", str(y0)), f",{k.name}与{k.partner}结为“携手奔小康”东西部扶贫协作单位。", Date(f"{y}年", str(y)),
        ",我县坚持把东西部扶贫协作作为巩固脱贫成果、推进乡村振兴的重要抓手,认真落实两地党委政府协作协议,各项工作取得明显成效。",
        Filler(),
        Date(f"{y}年{month}月{day}日", f"{y}-{month:02d}-{day:02d}"), f",{k.name}召开东西部扶贫协作工作推进会,安排部署年度重点任务。",
    ]
    if "span" in k.forms:
        projects = c.rng.randint(60, 140)
        total = D(c.rng.randint(15, 48)) / 10
        pieces += [Date("2016-2020年", "2016/2020"), ",两地累计实施协作项目", Qty(D(projects), "个", "协作项目"),
                   ",投入帮扶资金", Qty(total, "亿元", "帮扶资金"), "。"]
    c.para(*pieces)


def organisation(c: Ctx) -> None:
    k = c.county
    c.heading("一、加强组织领导,强化协作保障")
    month = c.rng.randint(2, 5)
    cadres = c.rng.randint(3, 8)
    c.para(
        f"我县成立了以县委书记任第一组长、县长任组长的东西部扶贫协作工作领导小组,印发了《{k.name}东西部扶贫协作三年行动计划(2018-2020年)》"
        f"({k.short}政发〔{k.year - 1}〕{c.rng.randint(5, 40)}号),明确了“十三五”后期的协作重点和保障措施。"
        f"协作办公室设在县发改局,联系电话0915-52{c.rng.randint(10000, 99999)}。",
        Date(f"{k.year}年{month}月", f"{k.year}-{month:02d}"), f",{k.partner}选派", Qty(D(cadres), "名", "挂职干部"),
        "挂职干部来我县工作,先后派出专业技术人才", Qty(D(2), "批", "专业技术人才", form="liang"), ",为我县加强了工作力量。",
    )


def exchange(c: Ctx) -> None:
    k = c.county
    c.heading("二、增进互访交流,拓宽协作领域")
    m1, m2 = c.rng.randint(2, 6), c.rng.randint(7, 11)
    a1, a2 = c.rng.randint(12, 30), c.rng.randint(3, 9)
    b1, b2 = a1 * c.rng.randint(5, 8) + c.rng.randint(0, 4), a2 * c.rng.randint(6, 10) + c.rng.randint(0, 4)
    qa, qb = Qty(D(a1 + a2), "批", "互访交流"), Qty(D(b1 + b2), "人次", "互访交流")
    qa1, qb1 = Qty(D(a1), "批", "来我县考察交流"), Qty(D(b1), "人次", "来我县考察交流")
    qa2, qb2 = Qty(D(a2), "批", f"赴{k.partner_short}"), Qty(D(b2), "人次", f"赴{k.partner_short}")
    c.para(
        Date(f"{k.year}年{m1}月", f"{k.year}-{m1:02d}"), f",县委书记{k.secretary}率党政代表团", Qty(D(c.rng.randint(12, 30)), "人", "党政代表团"),
        f"赴{k.partner}考察对接,召开扶贫协作联席会议。", Date(f"{k.year}年{m2}月", f"{k.year}-{m2:02d}"),
        f",{k.partner}党政代表团一行", Qty(D(c.rng.randint(15, 35)), "人", "一行"), "来我县考察,实地察看协作项目",
        Qty(D(c.rng.randint(4, 12)), "个", "协作项目"), "。全年两地互访交流", qa, qb, f",其中{k.partner}来我县考察交流", qa1, qb1,
        f",我县赴{k.partner_short}", qa2, qb2, "。",
    )
    c.relations += [Rel("sum", qa, [qa1, qa2], "其中"), Rel("sum", qb, [qb1, qb2], "其中")]


def projects(c: Ctx) -> None:
    k = c.county
    c.heading("三、有效实施项目,增强造血功能")
    c1, c2, c3 = c.money(300, 900, 0), c.money(150, 500, 1), c.money(10, 60, 0)
    hidden = c.money(40, 120, 0) if "missing" in k.plants else D(0)
    total = c1 + c2 + c3 + hidden
    qt = Qty(total, "万元", "财政帮扶资金", form="fullwidth" if "fullwidth" in k.forms else "arabic")
    q1, q2, q3 = Qty(c1, "万元", "帮扶资金"), Qty(c2, "万元", "帮扶资金"), Qty(c3, "万元", "帮扶资金")
    invest = c1 + c.money(100, 600, 0)
    zhi = "range_zhi" in k.forms
    c.para(Date(f"{k.year}年", str(k.year)), f",{k.partner}安排财政帮扶资金", qt, ",实施协作项目",
           Qty(D(c.rng.randint(8, 20)), "个", "协作项目"), "。上述项目进展情况如下:")
    c.para("1、产业发展类项目安排帮扶资金", q1, ",建成茶叶加工厂", Qty(D(c.rng.randint(2, 6)), "座", "茶叶加工厂"), ",完成投资",
           Qty(invest, "万元", "完成投资"), ",可引进配套企业", Qty(D(3), "家", "配套企业", value_max=D(5), range_sep="至" if zhi else "-"), "。")
    c.para("2、基础设施类项目安排帮扶资金", q2, ",新建产业路", Qty(c.money(8, 40, 1), "公里", "产业路"), "、小型水利设施",
           Qty(D(c.rng.randint(6, 25)), "处", "小型水利设施"), "。")
    c.para("3、人才交流和劳务培训项目安排帮扶资金", q3, ",", Qty(D(c.rng.randint(4, 12)), "名", "干部"),
           f"干部赴{k.partner_short}跟岗学习已顺利完成。")
    c.para("这些协作项目的有效实施,将有力增强贫困群众的造血功能,对实现贫困户稳定增收起到保障作用。")
    c.relations.append(Rel("sum", qt, [q1, q2, q3], "如下: 1、2、3、", planted="missing item" if hidden else ""))
    c.funds["items"] = q1
    c.funds["items2"] = q2
    c.funds["items3"] = q3


def industry(c: Ctx) -> None:
    k = c.county
    c.heading("四、聚焦产业协作,带动群众增收")
    grouped = "grouped" in k.forms
    h1 = c.rng.randint(5000, 9000) if grouped else c.rng.randint(1500, 5000)
    h2, h3 = c.rng.randint(900, 3000), c.rng.randint(40, 300)
    households = h1 + h2 + h3 + (1 if "household" in k.plants else 0)
    m1, m2, m3 = c.money(200, 480), c.money(60, 150), c.money(8, 30)
    rest = c.money(50, 160)
    out = D("0.1") if "money" in k.plants else D(0)
    qp = Qty(m1 + m2 + m3 + rest + out, "万元", "协作资金")
    qh = Qty(D(households), "户", "受益贫困户", form="grouped" if grouped else "arabic")
    qh1, qh2, qh3 = Qty(D(h1), "户", "发展茶园"), Qty(D(h2), "户", "种植魔芋"), Qty(D(h3), "户", "发展生态养殖")
    qm1, qm2, qm3 = Qty(m1, "万元", "奖补资金"), Qty(m2, "万元", "奖补资金"), Qty(m3, "万元", "奖补资金")
    qr = Qty(rest, "万元", "下余资金")
    towns = Qty(D(14), "个", "镇", form="chinese") if "cn_towns" in k.forms else Qty(D(c.rng.randint(8, 16)), "个", "镇")
    c.para("产业扶持项目安排协作资金", qp, ",辐射", k.towns[0], "、", k.towns[1], "等", towns, "镇,发展茶叶、魔芋、中药材等主导产业,受益贫困户", qh,
           "。其中:发展茶园", qh1, ",奖补资金", qm1, ";种植魔芋", qh2, ",奖补资金", qm2, ";发展生态养殖", qh3, ",奖补资金", qm3,
           "。下余资金", qr, f",用于{k.village}茶叶专业合作社继续带动贫困户发展产业。")
    c.relations += [
        Rel("sum", qh, [qh1, qh2, qh3], "其中:", planted="off by one household" if "household" in k.plants else ""),
        Rel("sum", qp, [qm1, qm2, qm3, qr], "其中: ... 下余资金 (remainder)", planted="0.1万元 out" if out else ""),
    ]
    c.para(f"在{k.partner}挂职干部的积极推动下,{k.partner_short}一批优势企业主动来我县对接,{k.company}投资",
           Qty(D(c.rng.randint(8, 25)) / 10, "亿元", "投资"), "建设的富硒食品加工项目已建成投产,新增就业岗位",
           Qty(D(c.rng.randint(120, 480)), "个", "就业岗位"), "。全县新建标准化茶园", Qty(D(c.rng.randint(5, 30)) / 10, "万亩", "标准化茶园"), "。")


def labour(c: Ctx) -> None:
    k = c.county
    c.heading("五、加强劳务协作,促进稳定就业")
    classes = c.rng.randint(12, 40)
    people = c.rng.randint(3000, 9000)
    poor = c.rng.randint(800, people // 3)
    whole, part = Qty(D(people), "人", "受益群众"), Qty(D(poor), "人", "贫困人口")
    c.para("全年举办劳务技能培训班", Qty(D(classes), "期", "劳务技能培训班"), ",培训", Qty(D(classes * c.rng.randint(40, 60)), "人次", "培训"),
           ",受益群众", whole, ",其中贫困人口", part, "。通过“点对点”劳务输送,帮助农村劳动力到东部地区就业",
           Qty(D(c.rng.choice((1500, 2000, 2500))), "人", "就业", approx="近"), "。")
    c.relations.append(Rel("subset", whole, [part], "其中"))
    f1, f2, f3 = c.rng.randint(3, 9), c.rng.randint(2, 8), c.rng.randint(1, 6)
    qf = Qty(D(f1 + f2 + f3), "个", "社区工厂")
    kids = [Qty(D(f), "个", "社区工厂") for f in (f1, f2, f3)]
    zhi = "range_zhi" in k.forms
    c.para("新建社区工厂", qf, f",分布在{k.towns[0]}、{k.towns[1]}、{k.towns[2]},分别为", kids[0], "、", kids[1], "、", kids[2],
           "。每个社区工厂可吸纳就业", Qty(D(20), "人", "吸纳就业", value_max=D(30), range_sep="-" if zhi else "至"), ",共带动",
           Qty(D(c.rng.choice((300, 500, 800))), "户", "贫困户", approx="余"), "贫困户户均增收", Qty(D(c.rng.randint(25, 60)) / 10, "千元", "户均增收"),
           "。")
    c.relations.append(Rel("sum", qf, kids, "分别为"))


def consumption(c: Ctx) -> None:
    k = c.county
    c.heading("六、推进消费协作,拓宽销售渠道")
    if "mixed" in k.forms:
        total = D(c.rng.randint(8, 30)) / 10
        public = D(c.rng.randint(3, int(total * 10) - 2) * 1000)
        qt, qa, qb = Qty(total, "亿元", "帮扶资金"), Qty(public, "万元", "财政援助资金"), Qty(total * 10000 - public, "万元", "社会帮扶资金")
        qb.value = qb.value.quantize(D(1))
        c.para(Date(f"{k.year}年", str(k.year)), ",两地共投入各类帮扶资金", qt, ",其中财政援助资金", qa, ",社会帮扶资金", qb, "。")
        c.relations.append(Rel("sum", qt, [qa, qb], "其中 (亿元 = 万元 + 万元)"))
    p1 = D(c.rng.randint(380, 560)) / 10
    p2 = D(c.rng.randint(200, 300)) / 10
    p3 = D(100) - p1 - p2 - (1 if "share" in k.plants else 0)
    shares = [Qty(p1, "%", "茶叶"), Qty(p2, "%", "魔芋"), Qty(p3, "%", "富硒食品")]
    c.para(f"通过{k.partner_short}商超、展销会和电商平台销售农特产品", Qty(c.money(800, 3000, 1), "万元", "农特产品"),
           ",茶叶、魔芋、富硒食品的销售额占比分别为", shares[0], "、", shares[1], "、", shares[2], f"。{k.partner_short}游客来我县旅游",
           Qty(D(c.rng.randint(12, 80)) / 10, "万人次", "游客"), ",乡村旅游收入增长", Qty(D(c.rng.choice((20, 25, 30))), "%", "乡村旅游收入增长", approx="约"),
           "。全县贫困发生率降至", Qty(D(c.rng.randint(12, 95)) / 10, "‰", "贫困发生率"), "。")
    c.relations.append(Rel("share", None, shares, "占比分别为", planted="99%" if "share" in k.plants else ""))


def next_steps(c: Ctx) -> None:
    k = c.county
    c.heading("七、下一步工作打算")
    zhi = "range_zhi" in k.forms
    c.para(f"下一步,我县将继续深化与{k.partner}的协作,计划争取帮扶资金", Qty(D(1200), "万元", "帮扶资金", form="chinese"),
           ",实施协作项目", Qty(D(30), "个", "协作项目", form="chinese"), ",力争新引进东部企业",
           Qty(D(3), "家", "东部企业", value_max=D(5), range_sep="-" if zhi else "至"), ",让协作成果更多惠及全县群众。")


def table_for(c: Ctx) -> TableSpec:
    """附表: one row per project line of section 三, and a 合计 row that adds them up."""
    k = c.county
    money = [Qty(c.funds[key].value, "万元", name, table=True) for key, name in (("items", "产业发展类项目"), ("items2", "基础设施类项目"), ("items3", "人才交流和劳务培训项目"))]
    homes = [Qty(D(c.rng.randint(300, 2000)), "户", m.label, table=True) for m in money]
    total_money = Qty(sum((m.value for m in money), D(0)), "万元", "合计", table=True)
    total_homes = Qty(sum((h.value for h in homes), D(0)), "户", "合计", table=True)
    rows: list[list[str | Qty]] = [[str(i + 1), m.label, m, h] for i, (m, h) in enumerate(zip(money, homes, strict=True))]
    rows.append(["", "合计", total_money, total_homes])
    return TableSpec(f"附表:{k.year}年东西部扶贫协作项目资金安排表", ["序号", "项目名称", "帮扶资金(万元)", "受益贫困户(户)"], rows,
                     [Rel("sum", total_money, money, "合计 (table)"), Rel("sum", total_homes, homes, "合计 (table)")],
                     [Date(f"{k.year}年", str(k.year))])


SECTIONS = (intro, organisation, exchange, projects, industry, labour, consumption, next_steps)


def build_report(k: County) -> Report:
    c = Ctx(k, random.Random(k.seed))
    month, day = c.rng.randint(1, 2), c.rng.randint(5, 25)
    report_date = Date(f"{k.year + 1}年{month}月{day}日", f"{k.year + 1}-{month:02d}-{day:02d}")
    title = f"{k.name}东西部扶贫协作工作汇报"
    issuer = f"中共{k.name}委 {k.name}人民政府"
    c.paras += [Para([title], align="title"), Para(["(", report_date, ")"], align="center"), Para([issuer], align="center"),
                Para([""], align="center"), Para(["尊敬的考核组各位领导:"], align="left")]
    for section in SECTIONS:
        section(c)
    table = table_for(c) if k.table else None
    name = f"r{COUNTIES.index(k) + 1:02d}_{k.variant}{'_table' if k.table else ''}"
    return Report(name, title, issuer, report_date, c.paras, c.relations, variant=k.variant, table=table,
                  fullwidth_punct=k.fullwidth_punct, page_wrap=k.page_wrap, justify=k.variant == "docx" and k.seed % 2 == 1)


def build_corpus() -> list[Report]:
    return [build_report(k) for k in COUNTIES]


def main() -> None:
    from benchmarks.render import render

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "corpus")
    parser.add_argument("--only", help="render only reports whose name contains this")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for report in build_corpus():
        if args.only and args.only not in report.name:
            continue
        pdf = args.out / f"{report.name}.pdf"
        wraps = render(report, pdf)
        if wraps is None:
            print(f"skip {report.name}: libreoffice not found (apt-get install libreoffice-writer)", file=sys.stderr)
            continue
        truth = report.truth(wraps)
        (args.out / f"{report.name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n_wrap = sum(1 for q in truth["quantities"] if q.get("wrap"))  # type: ignore[union-attr]
        print(f"wrote {pdf.name}: {len(truth['quantities'])} quantities, {len(truth['dates'])} dates, "  # type: ignore[arg-type]
              f"{len(truth['relations'])} relations, {n_wrap} wrapped")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
