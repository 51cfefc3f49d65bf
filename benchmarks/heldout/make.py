"""Held-out reports: eight hand-written county reports in phrasing the tuning corpus never uses, and their truth.

    /work/main/.venv/bin/python benchmarks/heldout/make.py [--out benchmarks/heldout/out] [--lint]

Each report is written as marked-up paragraphs; the markup is the truth, so text and truth cannot drift:
  [printed|label|id]            a quantity; printed is exactly what the PDF shows (a leading 近/约/逾/超过 is a
                                qualifier, not part of raw); id (optional) names it for relations
  [printed|label|id|=v,unit]    the same, with value and unit given by hand (近千户, 万余人, 两千余人, 逾亿元)
  {raw|iso}                     a calendar date as printed
  '# ' starts a heading line, '> ' a left-aligned line; blank lines separate paragraphs.
Relations are written as R(type, parent id, [child ids], cue, planted=..., optional=...). The truth JSON has the
format of benchmarks/facts.py (scored by benchmarks/figures.py and benchmarks/checks.py with --corpus).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from benchmarks.facts import Date, Para, Qty, Rel, Report, TableSpec  # noqa: E402

D = Decimal
OUT = Path(__file__).resolve().parent / "out"
PREFIXES = ("将近", "大约", "超过", "约", "近", "逾")
CN_NUM = "零一二两三四五六七八九十百千"
CN_VAL = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(eq=False)
class QX(Qty):
    """A Qty whose printed text (after any leading qualifier) is given verbatim."""

    text: str = ""

    @property
    def raw(self) -> str:
        return self.text if self.text and not self.table else super().raw


def cn_int(s: str) -> int:
    total, cur = 0, 0
    for ch in s:
        if ch in CN_VAL:
            cur = CN_VAL[ch]
        else:
            mult = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (cur or 1) * mult
            cur = 0
    return total + cur


NUM_RE = re.compile(r"^(?P<num>[0-9０-９][0-9０-９.,．]*|[" + CN_NUM + r"]+)"
                    r"(?:(?P<sep>-|—|至|~)(?P<max>[0-9０-９][0-9０-９.．]*))?(?P<approx>余|多)?(?P<unit>.+)$")


def make_qty(printed: str, label: str, override: str | None) -> QX:
    prefix = next((p for p in PREFIXES if printed.startswith(p)), "")
    text = printed[len(prefix):]
    if override:
        value_s, unit = override.lstrip("=").split(",")
        approx = prefix or ("余" if "余" in text else "多" if "多" in text else "")
        form = "chinese" if text[:1] in CN_NUM or not text[:1].isdigit() else "arabic"
        return QX(D(value_s), unit, label, form=form, approx=approx, text=text)
    m = NUM_RE.match(text)
    if not m:
        raise ValueError(f"cannot parse figure {printed!r}")
    num = m["num"]
    if num[0] in CN_NUM:
        value, form = D(cn_int(num)), "chinese"
    else:
        form = "fullwidth" if num != unicodedata.normalize("NFKC", num) else "grouped" if "," in num else "arabic"
        value = D(unicodedata.normalize("NFKC", num).replace(",", ""))
    vmax = D(unicodedata.normalize("NFKC", m["max"])) if m["max"] else None
    return QX(value, m["unit"], label, form=form, approx=prefix or (m["approx"] or ""), value_max=vmax,
              range_sep=m["sep"] or "-", text=text)


TOKEN = re.compile(r"\[([^\]]+)\]|\{([^}]+)\}")


@dataclass
class Spec:
    name: str
    variant: str
    title: str  # may hold {date} markup
    date: tuple[str, str]
    issuer: str
    body: str
    rels: list[tuple] = field(default_factory=list)
    table: dict | None = None
    topic: str = ""


def R(type_: str, parent: str | None, children: list[str], cue: str, planted: str = "", optional: bool = False) -> tuple:
    return (type_, parent, children, cue, planted, optional)


def pieces_of(text: str, ids: dict[str, Qty]) -> list:
    out: list = []
    at = 0
    for m in TOKEN.finditer(text):
        if m.start() > at:
            out.append(text[at:m.start()])
        if m[1]:
            parts = m[1].split("|")
            printed, label = parts[0], parts[1]
            qid = parts[2] if len(parts) > 2 and parts[2] else None
            override = parts[3] if len(parts) > 3 else None
            q = make_qty(printed, label, override)
            if qid:
                if qid in ids:
                    raise ValueError(f"duplicate id {qid}")
                ids[qid] = q
            out.append(q)
        else:
            raw, iso = m[2].split("|")
            out.append(Date(raw, iso))
        at = m.end()
    if at < len(text):
        out.append(text[at:])
    return out


def build(spec: Spec) -> tuple[Report, list[bool]]:
    ids: dict[str, Qty] = {}
    report_date = Date(*spec.date)
    title_plain = TOKEN.sub(lambda m: (m[1] or m[2]).split("|")[0], spec.title)
    paras = [Para(pieces_of(spec.title, ids), align="title"), Para(["(", report_date, ")"], align="center"),
             Para([spec.issuer], align="center"), Para([""], align="center")]
    for block in re.split(r"\n\s*\n", spec.body.strip()):
        line = " ".join(x.strip() for x in block.strip().splitlines())
        if line.startswith("# "):
            paras.append(Para(pieces_of(line[2:], ids), align="heading"))
        elif line.startswith("> "):
            paras.append(Para(pieces_of(line[2:], ids), align="left"))
        else:
            paras.append(Para(pieces_of(line, ids), align="indent"))
    rels, optional = [], []
    for type_, parent, children, cue, planted, opt in spec.rels:
        rels.append(Rel(type_, ids[parent] if parent else None, [ids[c] for c in children], cue, planted))
        optional.append(opt)
    table = None
    if spec.table:
        t = spec.table
        tids: dict[str, Qty] = {}
        rows = []
        for row in t["rows"]:
            cells: list = []
            for cell in row:
                if isinstance(cell, str) and cell.startswith("="):
                    val, qid, label = cell[1:].split("|")
                    q = Qty(D(val), "万元", label, table=True)
                    tids[qid] = q
                    cells.append(q)
                else:
                    cells.append(cell)
            rows.append(cells)
        trels = [Rel("sum", tids[p], [tids[c] for c in kids], cue, planted) for p, kids, cue, planted in t["rels"]]
        table = TableSpec(t["title"], t["header"], rows, trels, [Date(*d) for d in t.get("dates", [])])
        table.unit_line = t["unit_line"]  # type: ignore[attr-defined]
    report = Report(spec.name, title_plain, spec.issuer, report_date, paras, rels, variant=spec.variant, table=table,
                    justify=spec.variant == "docx")
    return report, optional


# ---------------------------------------------------------------------------------------------------------------
# The eight reports. Arithmetic is checked by facts.rel_truth: a relation must hold exactly unless it is planted.
# ---------------------------------------------------------------------------------------------------------------

SPECS: list[Spec] = []

SPECS.append(Spec(
    "h01_dongxi_table", "reportlab", "青岚县{2019年|2019}东西部扶贫协作工作情况报告", ("2020年1月15日", "2020-01-15"),
    "青岚县人民政府", topic="东西部协作", body="""
> 尊敬的考核组各位领导：

{2019年|2019}，青岚县与东江市滨湖区紧紧围绕“两不愁三保障”目标，深化东西部扶贫协作，各项工作取得新进展。全年到位财政援助资金[3860万元|财政援助资金]，较上年增加[620万元|较上年增加]，增长[19.1%|增长]；实施协作项目[42个|协作项目|proj]，覆盖全县[11个|乡镇]乡镇、[86个|贫困村]贫困村，直接带动建档立卡贫困人口[1.26万人|建档立卡贫困人口]增收。

# 一、聚焦资金项目，全年落实协作资金[4720万元|协作资金]

{2019年4月|2019-04}，两地召开第三次联席会议，签订《青岚县—滨湖区2019年扶贫协作协议》。全年累计落实各类协作资金[4720万元|协作资金|fund]，其中财政援助资金[3860万元|财政援助资金|fin]，社会帮扶资金[860万元|社会帮扶资金|soc]。财政援助资金使用情况如下：

（一）产业发展类项目[18个|产业发展类项目|n1]，使用资金[2150万元|产业发展类项目资金|p1]；（二）基础设施类项目[9个|基础设施类项目|n2]，使用资金[980万元|基础设施类项目资金|p2]；（三）劳务协作和就业扶持项目[7个|劳务协作和就业扶持项目|n3]，使用资金[410万元|劳务协作和就业扶持资金|p3]；（四）教育医疗帮扶项目[8个|教育医疗帮扶项目|n4]，使用资金[310万元|教育医疗帮扶资金|p4]。以上合计[3860万元|合计|ptot]。截至{2019年12月底|2019-12}，项目开工率[100%|开工率]，资金拨付率[96.4%|资金拨付率]。

# 二、强化人才交流，选派专业技术人才[53名|专业技术人才]

滨湖区选派挂职干部[6名|挂职干部]、专业技术人才[53名|专业技术人才|tal]（其中教师[21名|教师|tal1]、医生[24名|医生|tal2]、农技人员[8名|农技人员|tal3]）到我县开展帮扶，我县选派[35名|干部]干部到滨湖区挂职锻炼。两地共举办党政干部和专业技术人员培训班[14期|培训班]，培训[1126人次|培训]。

# 三、深化产业合作，增强内生动力

全年引导[13家|东部企业]东部企业到我县投资兴业，完成实际投资[5.68亿元|实际投资]，其中千万元级项目[9个|千万元级项目]。滨湖工业园区新建标准化厂房[3.2万平方米|标准化厂房]，吸纳就业[1260人|吸纳就业|job]，其中建档立卡贫困人口[438人|建档立卡贫困人口|job1]，人均月收入[2600元|人均月收入]。

# 四、推进消费扶贫，拓宽增收渠道

通过“以购代捐”“以买代帮”等方式，在滨湖区销售我县茶叶、香菇、土蜂蜜等农特产品[1.35亿元|农特产品]，同比增长[42.3%|同比增长]，带动贫困户[4800余户|贫困户]户均增收[1860元|户均增收]。在滨湖区开设青岚农特产品专卖店[5家|专卖店]，设立扶贫专柜[32个|扶贫专柜]。协作办联系电话：0916-7215068。
""",
    rels=[
        R("sum", "fund", ["fin", "soc"], "其中 A、B"),
        R("sum", "ptot", ["p1", "p2", "p3", "p4"], "如下：（一）…；（二）…；（三）…；（四）…。以上合计 (total after the parts)",
          planted="parts add to 3850万元, 10万元 short"),
        R("sum", "proj", ["n1", "n2", "n3", "n4"], "implicit: project counts of (一)-(四) vs 42个 in the opening paragraph",
          optional=True),
        R("sum", "tal", ["tal1", "tal2", "tal3"], "（其中…、…、…） in parentheses"),
        R("subset", "job", ["job1"], "其中"),
    ],
    table={
        "title": "附表：2019年财政援助资金项目统计表", "dates": [("2019年", "2019")], "unit_line": "单位：万元",
        "header": ["序号", "项目类别", "计划投资", "到位资金"],
        "rows": [["1", "产业发展类项目", "=2300|a1|产业发展类项目", "=2150|b1|产业发展类项目"],
                 ["2", "基础设施类项目", "=1000|a2|基础设施类项目", "=980|b2|基础设施类项目"],
                 ["3", "劳务协作和就业扶持项目", "=420|a3|劳务协作和就业扶持项目", "=410|b3|劳务协作和就业扶持项目"],
                 ["4", "教育医疗帮扶项目", "=330|a4|教育医疗帮扶项目", "=310|b4|教育医疗帮扶项目"],
                 ["", "合计", "=4050|at|合计", "=3850|bt|合计"]],
        "rels": [("at", ["a1", "a2", "a3", "a4"], "合计 (table)", ""), ("bt", ["b1", "b2", "b3", "b4"], "合计 (table)", "")],
    },
))

SPECS.append(Spec(
    "h02_xiangcun_docx", "docx", "松溪县{2020年上半年|2020-01/2020-06}乡村振兴工作总结", ("2020年7月10日", "2020-07-10"),
    "松溪县农业农村局", topic="乡村振兴", body="""
{2020年上半年|2020-01/2020-06}，我县统筹推进疫情防控和乡村振兴各项工作，农业农村经济稳中向好。全县农林牧渔业总产值完成[18.6亿元|农林牧渔业总产值]，同比增长[3.2%|同比增长]；农村居民人均可支配收入[6540元|农村居民人均可支配收入]，较上年同期增加[418元|较上年同期增加]，增长[6.8%|增长]。统筹整合涉农资金[逾亿元|涉农资金||=1,亿元]，重点支持产业发展和基础设施建设。

# 一、特色产业持续壮大

全县新发展特色产业基地[2.3万亩|特色产业基地|base]，其中茶叶[8600亩|茶叶|b1]、中药材[6200亩|中药材|b2]、猕猴桃[5100亩|猕猴桃|b3]、核桃[3100亩|核桃|b4]。培育新型农业经营主体[146个|新型农业经营主体|ent]，其中农民专业合作社[98个|农民专业合作社|e1]、家庭农场[37个|家庭农场|e2]、农业产业化龙头企业[11家|龙头企业|e3]。

# 二、村级集体经济不断壮大

截至{2020年6月底|2020-06}，全县[128个|行政村|vil]行政村集体经济年收入均超过[5万元|集体经济年收入]，其中超过[10万元|集体经济年收入]的村[47个|超过10万元的村|v10]，超过[50万元|集体经济年收入]的村[9个|超过50万元的村|v50]。

{1—6月|2020-01/2020-06}，全县发放扶贫小额信贷[2860万元|扶贫小额信贷]，支持[1175户|脱贫户]脱贫户发展生产，户均[2.43万元|户均]。完成农村承包地确权登记颁证[31.5万亩|确权登记颁证]，颁证率[98.7%|颁证率]。

# 三、乡村治理水平有效提升

全县[16个|乡镇]乡镇、[128个|行政村]行政村全部建立“一约四会”，评选“星级文明户”[2150户|星级文明户]，调处矛盾纠纷[386件|矛盾纠纷|dis]，调解成功[379件|调解成功|dis1]，调解成功率[98.2%|调解成功率]。

从涉农资金投向看，产业发展、基础设施、公共服务分别占[62.5%|产业发展|sh1]、[24.3%|基础设施|sh2]、[13.4%|公共服务|sh3]。

# 四、下半年工作打算

下半年，力争新发展特色产业基地[1.5万亩|特色产业基地]，新培育市级以上龙头企业[2-3家|龙头企业]，确保全年农村居民人均可支配收入增长[7%|增长]以上。
""",
    rels=[
        R("sum", "base", ["b1", "b2", "b3", "b4"], "其中 (万亩 = 亩 + 亩 + 亩 + 亩)"),
        R("sum", "ent", ["e1", "e2", "e3"], "其中 (个 = 个 + 个 + 家: mixed count words)"),
        R("subset", "vil", ["v10"], "nested thresholds: villages over 10万元 are among the 128", optional=True),
        R("subset", "v10", ["v50"], "nested thresholds: over 50万元 is a subset of over 10万元; must not be summed", optional=True),
        R("subset", "dis", ["dis1"], "implicit: resolved disputes are among those handled", optional=True),
        R("share", None, ["sh1", "sh2", "sh3"], "分别占", planted="shares add to 100.2%"),
    ],
))

SPECS.append(Spec(
    "h03_jiaoyu", "reportlab", "白石县教育对口帮扶工作汇报", ("2019年12月20日", "2019-12-20"),
    "白石县教育和体育局", topic="教育帮扶", body="""
> 尊敬的各位领导：

{2018年|2018}以来，我县与滨江区建立教育对口帮扶关系，按照“输血”与“造血”相结合的思路，开展“组团式”教育帮扶。现将有关情况汇报如下：

# 一、选派支教教师，补齐师资短板

{2019年|2019}，滨江区累计选派支教教师[86名|支教教师|t]，其中：中学教师[38名|中学教师|t1]、小学教师[35名|小学教师|t2]、幼儿园教师[13名|幼儿园教师|t3]，分别安排在县城和[9个|乡镇]乡镇的[23所|学校]学校任教，支教时间均在[1年|支教时间]以上。全年接收我县跟岗学习教师[124名|跟岗学习教师|g]，其中县直学校和乡镇学校分别为[47名|县直学校|g1]和[76名|乡镇学校|g2]。两地[32所|结对学校]学校结成“手拉手”对子，实现乡镇中心学校结对全覆盖。

# 二、加大资金投入，改善办学条件

滨江区投入教育帮扶资金共计[1260万元|教育帮扶资金|e]：用于改善办学条件[780万元|改善办学条件|e1]；用于资助家庭经济困难学生[320万元|资助家庭经济困难学生|e2]；用于教师培训[160万元|教师培训|e3]。资助建档立卡家庭学生[2468人|建档立卡家庭学生]，人均资助[1296元|人均资助]。{2019年上半年|2019-01/2019-06}，新建、改扩建幼儿园[7所|幼儿园]，新增学位[1350个|学位]；新招聘教师[165名|新招聘教师|rec]（含特岗教师[60名|特岗教师|rec1]）。

# 三、培训教师[3200余人次|培训教师]，师资水平明显提升

通过“请进来、走出去”相结合，全年组织线上培训[12期|线上培训]、线下集中培训[6期|线下集中培训]，参训教师覆盖全县所有学校。全县本科及以上学历教师占比由[68.5%|本科及以上学历教师占比]提高到[74.2%|本科及以上学历教师占比]。

# 四、控辍保学成效巩固

全县义务教育阶段适龄儿童少年[4.86万人|适龄儿童少年]，九年义务教育巩固率达到[99.2%|巩固率]，较上年提高[0.6个百分点|较上年提高]。为[137名|重度残疾儿童]重度残疾儿童送教上门[2800余次|送教上门]，实现“一人一案”。县教体局咨询电话：0913-8826117。
""",
    rels=[
        R("sum", "t", ["t1", "t2", "t3"], "累计…，其中：A、B、C"),
        R("sum", "g", ["g1", "g2"], "其中 A和B分别为 x和y", planted="parts add to 123, one teacher short"),
        R("sum", "e", ["e1", "e2", "e3"], "共计…：…；…；… (semicolon list after a colon)"),
        R("subset", "rec", ["rec1"], "（含…） in parentheses"),
    ],
))

SPECS.append(Spec(
    "h04_yiliao", "reportlab", "石门县健康扶贫工作情况汇报", ("2020年9月8日", "2020-09-08"),
    "石门县卫生健康局", topic="医疗卫生", body="""
根据《关于开展健康扶贫专项督查的通知》（石政办发〔2020〕37号）要求，现将我县健康扶贫工作情况汇报如下。全县建档立卡贫困人口[3.52万人|建档立卡贫困人口]，基本医疗保险参保率[100%|参保率]。

# 一、提升县域医疗服务能力

滨江区对口帮扶医院累计选派专家[46名|专家|x]（其中副高以上职称[19名|副高以上职称|x1]）来我县坐诊带教，开展新技术新项目[28项|新技术新项目]，诊疗患者[1.8万人次|诊疗患者]，开展手术[640台|手术]。全县[15个|乡镇卫生院]乡镇卫生院和[167个|村卫生室]村卫生室全部达标，今年新改建村卫生室[42个|新改建村卫生室|vc]（其中新建[17个|新建|vc1]，改建[26个|改建|vc2]），配备健康一体机[167台|健康一体机]。全县每千人口医疗卫生机构床位数[4.8张|床位数]。

# 二、落实医疗保障政策

截至{2020年6月底|2020-06}，贫困人口住院[8436人次|住院]，医疗总费用[5318.6万元|医疗总费用|c]，其中政策范围内费用[4902.3万元|政策范围内费用|c1]，政策范围外费用[426.3万元|政策范围外费用|c2]。累计报销[4706.5万元|报销|r]，实际报销比例[88.5%|实际报销比例]。报销资金构成为：基本医保[3512.4万元|基本医保|r1]，大病保险[486.2万元|大病保险|r2]，医疗救助[521.7万元|医疗救助|r3]，兜底保障[186.2万元|兜底保障|r4]。县域内就诊率[91.3%|县域内就诊率]。

# 三、做实家庭医生签约服务

全县组建家庭医生签约团队[112个|签约团队]，签约贫困人口[3.49万人|签约贫困人口|s]，签约率[99.1%|签约率]。其中高血压、糖尿病、严重精神障碍、肺结核患者分别签约[2860人|高血压|s1]、[1125人|糖尿病|s2]、[356人|严重精神障碍|s3]、[98人|肺结核|s4]，实现应签尽签。健康扶贫咨询电话：0917-6832110。
""",
    rels=[
        R("subset", "x", ["x1"], "（其中…） in parentheses"),
        R("sum", "vc", ["vc1", "vc2"], "（其中新建…，改建…） in parentheses", planted="parts add to 43, one over"),
        R("sum", "c", ["c1", "c2"], "其中 A，B", planted="parts add to 5328.6万元, 10万元 over"),
        R("sum", "r", ["r1", "r2", "r3", "r4"], "报销资金构成为：A，B，C，D (no 其中)"),
        R("subset", "s", ["s1", "s2", "s3", "s4"], "其中…分别签约: chronic-disease groups inside 3.49万人; must not be summed to it",
          optional=True),
    ],
))

SPECS.append(Spec(
    "h05_laowu", "reportlab", "云岭县{2020年1—6月|2020-01/2020-06}劳务协作工作进展情况", ("2020年7月3日", "2020-07-03"),
    "云岭县人力资源和社会保障局", topic="劳务协作", body="""
# 一、就业总体情况

{1—6月|2020-01/2020-06}，面对新冠肺炎疫情影响，我县把劳务协作作为稳就业、保增收的关键举措，全县新增农村劳动力转移就业[1.32万人|转移就业|w]，同比增长[8.6%|同比增长]，完成全年目标任务的[66%|完成全年目标任务]。其中，转移到东部地区[5620人|东部地区|w1]，省内县外[4380人|省内县外|w2]，县内就近就业[3200人|县内就近就业|w3]；三者占比分别为[42.6%|东部地区占比|sh1]、[33.2%|省内县外占比|sh2]、[24.2%|县内占比|sh3]。

在东部地区就业的[5620人|东部地区就业|e]中，脱贫人口[2310人|脱贫人口|e1]、女性[2480人|女性|e2]。全县转移就业的脱贫劳动力共[6815人|脱贫劳动力|pw]，占转移就业总人数的[51.6%|占比]。

# 二、主要做法

主要做法如下：

（一）搭建就业平台。与东部协作地区共同举办线上线下招聘会[36场|招聘会|z]，其中线上[21场|线上|z1]、线下[15场|线下|z2]，提供就业岗位[2.4万个|就业岗位]，达成就业意向[3100余人|就业意向]。

（二）开展技能培训。举办订单式、定向式培训班[48期|培训班]，培训[2156人|培训]，培训后就业率[82%|培训后就业率]。

（三）强化稳岗服务。组织“点对点”包车[42趟|包车]，开行返岗专列[2列|专列]，输送务工人员[两千余人|输送务工人员||=2000,人]。对在东部地区稳定就业[3个月|稳定就业]以上的脱贫劳动力给予一次性交通补贴，每人[500元|交通补贴]，共发放[286.5万元|交通补贴]。

# 三、扶贫车间和公益性岗位兜底安置

全县[58个|扶贫车间]扶贫车间吸纳就业[2736人|扶贫车间吸纳就业|k]，其中脱贫人口[1208人|脱贫人口|k1]。开发乡村公益性岗位[4200个|公益性岗位]，安置[4186人|安置]。

# 四、劳务收入[9.6亿元|劳务收入]

全县劳务收入累计达[9.6亿元|劳务收入|i]，其中东部地区务工收入[5.1亿元|东部地区务工收入|i1]；省内县外务工收入[2.9亿元|省内县外务工收入|i2]；县内务工收入[1.5亿元|县内务工收入|i3]。外出务工人员人均月收入[3850元|人均月收入]，较上年增加[230元|较上年增加]。
""",
    rels=[
        R("sum", "w", ["w1", "w2", "w3"], "其中 (万人 = 人 + 人 + 人)"),
        R("share", None, ["sh1", "sh2", "sh3"], "三者占比分别为"),
        R("subset", "e", ["e1"], "…中，A、B: overlapping groups, must not be summed", optional=True),
        R("subset", "e", ["e2"], "…中，A、B: overlapping groups, must not be summed", optional=True),
        R("subset", "w", ["pw"], "implicit: 占转移就业总人数的51.6%", optional=True),
        R("sum", "z", ["z1", "z2"], "其中 A、B"),
        R("subset", "k", ["k1"], "其中"),
        R("sum", "i", ["i1", "i2", "i3"], "其中 A；B；C (semicolon list)", planted="parts add to 9.5亿元, 0.1亿元 short"),
    ],
))

SPECS.append(Spec(
    "h06_xiaofei", "reportlab", "临溪县{2020年|2020}消费帮扶工作情况报告", ("2021年1月12日", "2021-01-12"),
    "临溪县商务局", topic="消费帮扶", body="""
{2020年|2020}，我县围绕“三专一平台”建设，大力推进消费帮扶，全年累计销售农特产品[3.86亿元|农特产品|s]，较上年增长[57.3%|较上年增长]。其中：东部协作地区采购[2.14亿元|东部协作地区采购|s1]，省内机关企事业单位采购[0.98亿元|省内机关企事业单位采购|s2]，电商平台销售[7200万元|电商平台销售|s3]。

# 一、扶贫产品认定和销售

全县认定扶贫产品[218个|扶贫产品]，涉及供应商[64家|供应商]，在“832”平台上架产品[126个|上架产品]，交易额[4280.6万元|交易额]。茶叶销售额[1.52亿元|茶叶]，占农特产品销售总额的[39.4%|占比]。按产品类别分：茶叶[1.52亿元|茶叶|c1]，食用菌[0.63亿元|食用菌|c2]，畜禽产品[0.87亿元|畜禽产品|c3]，果蔬杂粮[0.71亿元|果蔬杂粮|c4]，其他[0.13亿元|其他|c5]，以上合计[3.86亿元|合计|ct]。

# 二、“三专”建设

在东江市建成消费帮扶专馆[3个|专馆]、专柜[146台|专柜]、专区[12个|专区]。全年组织参加各类展销会[15场|展销会|f]（其中东部地区[9场|东部地区|f1]），现场签约[1.06亿元|现场签约]。

# 三、带贫益贫成效

通过消费帮扶带动[近千户|脱贫户||=1000,户]脱贫户户均增收[2300元|户均增收]，带动[万余人|带动||=1,万人]实现增收。{2020年第四季度|2020-10/2020-12}，电商平台销售额环比增长[31%|环比增长]。
""",
    rels=[
        R("sum", "s", ["s1", "s2", "s3"], "其中：A，B，C (亿元 = 亿元 + 亿元 + 万元)", planted="parts add to 3.84亿元, 200万元 short"),
        R("sum", "ct", ["c1", "c2", "c3", "c4", "c5"], "按产品类别分：…，以上合计 (total after the parts)"),
        R("subset", "f", ["f1"], "（其中…） in parentheses"),
    ],
))

SPECS.append(Spec(
    "h07_yuanqu_table", "reportlab", "丰源县“飞地园区”建设情况汇报", ("2019年11月26日", "2019-11-26"),
    "丰源县发展和改革局", topic="产业园区", body="""
{2017年|2017}以来，丰源县与东江市共建“飞地园区”，园区规划面积[12.6平方公里|规划面积]，已开发[4.3平方公里|已开发]，被列为省级重点园区。现将有关情况汇报如下：

# 一、招商引资成效明显

截至{2019年10月底|2019-10}，园区累计入驻企业[57家|入驻企业|en]，较上年增加[12家|较上年增加]，其中东部转移企业[34家|东部转移企业|en1]、规模以上工业企业[21家|规模以上工业企业|en2]。已签约项目[23个|签约项目|pr]，总投资[86.5亿元|总投资]，其中已投产[11个|已投产|pr1]、在建[8个|在建|pr2]、前期推进[5个|前期推进|pr3]，千万元级以上项目占[80%|占比]以上。

# 二、基础设施投入[4.65亿元|基础设施投资]，承载能力显著增强

园区累计完成基础设施投资[4.65亿元|基础设施投资|b]，其中：道路管网[1.82亿元|道路管网|b1]；标准化厂房[2.06亿元|标准化厂房|b2]；污水处理厂[0.38亿元|污水处理厂|b3]；其他配套[0.39亿元|其他配套|b4]。建成标准化厂房[26.8万平方米|标准化厂房|fa]，其中“拎包入驻”厂房[9.5万平方米|拎包入驻厂房|fa1]，日处理污水[2万吨|污水处理]。

# 三、经济效益稳步提升

{1—10月|2019-01/2019-10}，园区完成工业总产值[28.7亿元|工业总产值]，同比增长[21.4%|同比增长]；实现税收[1.06亿元|税收]，占全县税收收入的[23.8%|占全县税收收入]；亩均税收[18.6万元|亩均税收]。园区企业用工[6850人|企业用工|wk]，其中本县劳动力[5920人|本县劳动力|wk1]，本县劳动力中脱贫劳动力[1436人|脱贫劳动力|wk2]。
""",
    rels=[
        R("subset", "en", ["en1"], "其中 A、B: overlapping groups (转移企业 / 规上企业), must not be summed", optional=True),
        R("subset", "en", ["en2"], "其中 A、B: overlapping groups (转移企业 / 规上企业), must not be summed", optional=True),
        R("sum", "pr", ["pr1", "pr2", "pr3"], "其中已投产…、在建…、前期推进…", planted="parts add to 24, one over"),
        R("sum", "b", ["b1", "b2", "b3", "b4"], "其中：A；B；C；D (semicolon list)"),
        R("subset", "fa", ["fa1"], "其中"),
        R("subset", "wk", ["wk1"], "其中"),
        R("subset", "wk1", ["wk2"], "nested: 本县劳动力中…; 5920+1436 must not be summed to 6850", optional=True),
    ],
    table={
        "title": "附表：园区基础设施投资明细表", "unit_line": "单位：万元",
        "header": ["序号", "项目", "计划投资", "完成投资"],
        "rows": [["1", "道路管网", "=20000|a1|道路管网", "=18200|b1|道路管网"],
                 ["2", "标准化厂房", "=22000|a2|标准化厂房", "=20600|b2|标准化厂房"],
                 ["3", "污水处理厂", "=4500|a3|污水处理厂", "=3800|b3|污水处理厂"],
                 ["4", "其他配套", "=4000|a4|其他配套", "=3900|b4|其他配套"],
                 ["", "合计", "=51500|at|合计", "=46500|bt|合计"]],
        "rels": [("at", ["a1", "a2", "a3", "a4"], "合计 (table)", "合计 printed 51500, rows add to 50500"),
                 ("bt", ["b1", "b2", "b3", "b4"], "合计 (table)", "")],
    },
))

SPECS.append(Spec(
    "h08_renju", "reportlab", "河口县农村人居环境整治三年行动工作总结", ("2020年12月18日", "2020-12-18"),
    "河口县农业农村局", topic="农村人居环境", body="""
按照《河口县农村人居环境整治三年行动实施方案（2018—2020年）》（河办发〔2018〕21号）部署，{2018年|2018}以来，全县以“三清一改”为重点，扎实推进农村人居环境整治，三年行动目标任务全面完成。

# 一、多元投入保障有力

三年来，全县累计投入人居环境整治资金[3.27亿元|人居环境整治资金|f]，其中中央和省级资金[1.35亿元|中央和省级资金|f1]，市县配套[0.96亿元|市县配套|f2]，整合涉农资金[0.74亿元|整合涉农资金|f3]，群众自筹和社会捐助[2200万元|群众自筹和社会捐助|f4]。

# 二、扎实推进农村“厕所革命”

累计完成农村户厕改造[2.16万户|户厕改造|t]，其中{2018年|2018}[4800户|2018年户厕改造|t1]、{2019年|2019}[8600户|2019年户厕改造|t2]、{2020年|2020}[8200户|2020年户厕改造|t3]，卫生厕所普及率由[61.2%|卫生厕所普及率]提高到[89.5%|卫生厕所普及率]，提高[28.3个百分点|提高]。新建农村公厕[136座|农村公厕]。

# 三、生活垃圾和污水治理

全县[9个|乡镇]乡镇、[104个|行政村]行政村全部建立“户分类、村收集、镇转运、县处理”体系，配备保洁员[1260名|保洁员]，购置垃圾清运车[58辆|垃圾清运车]，日均清运生活垃圾[96吨|生活垃圾]，农村生活垃圾有效处理率达[95%|生活垃圾有效处理率]以上。建成污水处理设施[43处|污水处理设施]，铺设管网[186.4公里|管网]，[27个|行政村]行政村生活污水得到有效治理，治理率[26%|治理率]。

# 四、村容村貌明显提升

开展村庄清洁行动[3.6万余人次|村庄清洁行动||=3.6,万人次]，清理农村生活垃圾[1.2万吨|农村生活垃圾]、沟渠[860公里|沟渠]、残垣断壁[2300余处|残垣断壁]。新改建农村公路[218.6公里|农村公路|rd]，其中通组路[136.2公里|通组路|rd1]、产业路[64.8公里|产业路|rd2]、旅游路[17.6公里|旅游路|rd3]。创建省级美丽乡村示范村[12个|省级美丽乡村示范村|m1]、市级[18个|市级|m2]、县级[30个|县级|m3]，共计[62个|美丽乡村示范村|m]。截至{2020年11月底|2020-11}，全县村庄绿化覆盖率达到[38.6%|村庄绿化覆盖率]。
""",
    rels=[
        R("sum", "f", ["f1", "f2", "f3", "f4"], "其中 (亿元 = 亿元 + 亿元 + 亿元 + 万元)"),
        R("sum", "t", ["t1", "t2", "t3"], "其中2018年…、2019年…、2020年… (years between the parts)"),
        R("sum", "rd", ["rd1", "rd2", "rd3"], "其中"),
        R("sum", "m", ["m1", "m2", "m3"], "A、B、C，共计 (total after the parts)", planted="parts add to 60, total says 62"),
    ],
))


# ---------------------------------------------------------------------------------------------------------------

def draw_table_page(canvas, report: Report, number: int) -> None:  # type: ignore[no-untyped-def]
    """Like benchmarks.render.draw_table_page, plus a right-aligned 单位：万元 line above the table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Table, TableStyle

    from benchmarks.render import FONT
    assert report.table is not None
    width, height = A4
    canvas.setFont(FONT, 16)
    canvas.drawCentredString(width / 2, height - 100, report.table.title)
    data = [report.table.header] + [[c if isinstance(c, str) else c.raw for c in row] for row in report.table.rows]
    table = Table(data, colWidths=[50, 190, 110, 110], rowHeights=30)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 12),
        ("GRID", (0, 0), (-1, -1), 0.8, colors.black), ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"), ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    table_width, table_height = table.wrapOn(canvas, width, height)
    left = (width - table_width) / 2
    canvas.setFont(FONT, 12)
    canvas.drawRightString(left + table_width, height - 124, getattr(report.table, "unit_line", ""))
    table.drawOn(canvas, left, height - 134 - table_height)
    canvas.setFont(FONT, 14)
    canvas.drawCentredString(width / 2, 40, f"— {number} —")
    canvas.showPage()


LINT_NUM = re.compile(r"[0-9０-９]+(?:[.．][0-9]+)?.?.?|[一二两三四五六七八九十百千万亿]+[^，。；、）]?")


def lint(spec: Spec) -> list[str]:
    """Digits and numerals left outside the markup, for a human to confirm they are not figures or dates."""
    text = TOKEN.sub("■", spec.title + "\n" + spec.body)
    return sorted({m.group(0) for m in LINT_NUM.finditer(text)})


ABOUT = ("Held-out hand-written report (see benchmarks/heldout/README.md). Same format as the corpus truth; "
         "'optional' relations are implicit or overlapping subsets that are not required but must not be "
         "reported as failing sums.")


def write_report(spec: Spec, out: Path, source: str, about: str) -> tuple[Report, dict[str, object]] | None:
    """Render one report to out/NAME.pdf and its truth to out/NAME.truth.json, and say what it holds; (report, truth),
    or None when it needs LibreOffice and there is none. (Also the second held-out set's writer.)"""
    import benchmarks.render as render_mod

    report, optional = build(spec)
    pdf = out / f"{spec.name}.pdf"
    wraps = render_mod.render(report, pdf)
    if wraps is None:
        print(f"skip {spec.name}: libreoffice not found", file=sys.stderr)
        return None
    truth = report.truth(wraps)
    truth["source"] = f"{source}:{spec.name}"
    truth["topic"] = spec.topic
    truth["about"] = about
    for row, opt in zip(truth["relations"], optional, strict=True):  # type: ignore[arg-type]
        if opt:
            row["optional"] = True
    (out / f"{spec.name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    rels = truth["relations"]
    print(f"wrote {pdf.name}: {len(truth['quantities'])} quantities, {len(truth['dates'])} dates, "  # type: ignore[arg-type]
          f"{len(rels)} relations ({sum(not r['holds'] for r in rels)} planted, "  # type: ignore[union-attr]
          f"{sum(bool(r.get('optional')) for r in rels)} optional), "  # type: ignore[union-attr]
          f"{len(truth.get('table_quantities', []))} table cells, {sum(1 for q in truth['quantities'] if q.get('wrap'))} wrapped")  # type: ignore[union-attr]
    return report, truth


def main() -> int:
    import benchmarks.render as render_mod

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--lint", action="store_true", help="print unmarked numerals per report and stop")
    args = parser.parse_args()
    if args.lint:
        for spec in SPECS:
            print(spec.name, " ".join(lint(spec)))
        return 0
    render_mod.draw_table_page = draw_table_page  # adds the 单位：万元 line
    args.out.mkdir(parents=True, exist_ok=True)
    for spec in SPECS:
        write_report(spec, args.out, "benchmarks/heldout/make.py", ABOUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
