"""Breakdowns a reader would check: totals and their parts, found from cue words and enumerations."""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise

from extract.figures import RATIO_SUM, structure_named_before
from extract.labels import BASE_OF_RATIO_RE, COMPARED_TO_RE
from extract.numbers import parse_number
from extract.records import LABEL_SEP, Figure, Relation
from extract.units import AGE_UNITS

# 包括 breaks down the figure just before it ('产业资金600万元,包括茶叶400万元、魔芋200万元'); '(包括…)' is left
# to _included, like '(含…)'.
LIST_CUE_RE = re.compile(r"其中(?:包括)?|分别为|分别是|分别有|分别达到|分别达|分别占|构成为|具体为|具体是|(?<![(（])(?:包括|涵盖)"
                         r"|(?<=来源|构成|用途|投向|分布|安排|具体)如下[::](?=[^\n\d(（一二三四五六七八九十])")  # '资金来源如下:衔接资金60万元,…'

INCLUDES = "包括"
# '总收入46.8亿元,由A…、B…和C…组成': the parts between 由 and 组成 make the figure just before.
COMPOSED_RE = re.compile(r"由(?=[^。;;]{2,80}?(?P<verb>组成|构成)(?:[。,,;;]|$))")
# Cues that detail the figure just before them, as 包括 does: '学校86所,涵盖小学52所、…', '…,由…组成'.
INCLUDES_WORDS = (INCLUDES, "涵盖", "由…组成", "由…构成")
# A total said to divide into so many kinds, before them: '268.4万人次,分为西医诊疗和中医诊疗两类,西医…'.
DIVIDED_RE = re.compile(r"(?<![^。;;,,:\n])分为[^,,。;;::]{0,24}?(?:[两二三四五六七八九十]|\d{1,2})(?:类|种|个部分|部分|个方面|个层次|档)(?=[,,::])")
INCLUDES_LEAD_RE = re.compile(r"[,,::]?[^,,;;。]{0,2}")  # '600万元,包括' or '800万元,主要包括'; not '500户,帮扶措施包括'
# A total after its parts: '三项合计', '共计', and 共 or 累计 with a verb the parts share ('两年共引进13家', '累计投入资金').
TOTAL_VERBS = (
    "引进", "帮扶", "培训", "实施", "建成", "完成", "投入", "落实", "转移", "带动", "组织", "开展", "举办", "召开", "签约",
    "选派", "接收", "安置", "销售", "采购", "发放", "争取", "新增", "减少", "脱贫", "覆盖", "惠及", "受益", "吸纳", "解决",
    "输出", "建设", "实现", "达成", "涉及", "募集", "筹集", "捐赠", "捐款", "动员", "新建", "改造", "硬化", "认定", "结对", "投资", "扣",
    "上线", "录取", "招聘", "招录", "检查", "排查", "走访", "办理", "受理", "查处", "调解", "救助", "慰问", "收治", "开工", "竣工",
    "审批", "登记", "服务", "接待", "出动", "建立", "制定", "出台", "完善", "追回", "移送", "处理", "问责", "整改",
)
# '上述项目合计投入' names what it totals between 上述 and 合计.
TOTAL_AFTER_RE = re.compile(
    r"^(?:总数|总量)(?:为|达|达到)?$|"  # '…西部片区52个,总数达到212个'
    r"(?:(?:以上|上述)[\u4e00-\u9fff]{0,4}?|两项|三项|各项)?(?:(?:合计|共计|总计|总共|(?<!公)共)(?:为|达|达到|投入|完成)?"
    rf"|(?:共计|(?<!公)共|累计|合计|总计|总共)(?P<verb>{'|'.join(TOTAL_VERBS)})[\u4e00-\u9fff]{{0,8}}"  # (not 公共服务)
    r"|^(?:[\u4e00-\u9fff]{1,4}?(?=总))?总(?!工会|医院|书记|经理|公司|支队|部|院|站|队)(?P<noun>[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,3})$"  # '总装机', '粮食总播种面积': what the parts measure
)
# What a total in the sentence after its parts counts them by: '两批次共选派教师55人', '三年累计投入…'.
PARTS_COUNTED_RE = re.compile(r"^(?P<n>[两二三四五六七八九十]|\d{1,2})(?:个|批次|批|年|季度|期|镇|乡|村|项|类|所|家)[\u4e00-\u9fff]{0,4}$")
ITEMS_COUNTED_RE = re.compile(r"(?P<n>[两二三四五六七八九十]|\d{1,2})项")  # '三项合计…': the count the cue itself says
CLOSING_LEAD = 14  # characters before a figure searched for its closing cue: '共建成电商服务网点' + 140个
# Words just before a figure that make it a rate, a change or a threshold, never a part or a whole of a sum.
RATE_BEFORE_RE = re.compile(r"(?:人均|户均|平均|均|每人|每户|每亩)[^,,;;。]{0,6}$"
                            r"|每[十百千万]?(?:名|位|个|户|人|亩|家|平方公里|公里|平方米)[^,,;;。]{0,12}$")  # '每千名老年人拥有养老床位'
CHANGE_BEFORE_RE = re.compile(r"(?:较上年|比上年|同比|较去年|比去年|环比|较\d{4}年)?(?:增加|减少|增长|下降|提高|降低|上升|增收)了?$"
                               r"|超额(?:完成)?$|超出$")  # '实际完成128户,超额完成8户': by how much, no amount of its own
THRESHOLD_BEFORE_RE = re.compile(r"(?:超过|高于|低于|不足|不到|达到|在)$")
# '超过10万元的村', '10万元以上的村', and '800人以上大型安置点' (a threshold before a word, not before a comma)
THRESHOLD_AFTER_RE = re.compile(r"^(?:(?:以上|以下|以内|及以上)(?:的|[\u4e00-\u9fff])|的)")
ENUM_CUE_RE = re.compile(r"如下[::]?|以下[::]|(?:^|[。;;,,])(?:上述|以上)")
# What a remainder is left after, said in the clause before it: '已支出1.87亿元', '累计拨付4850万元'.
USED_RE = re.compile(r"^[^,,。;;]{0,6}?(?:已|累计)(?:支出|拨付|使用|兑付|下达|报账|支付|花费|追回|收回|缴回|退回|清退)")
REMAINDER_RE = re.compile(r"^[^,,。;;]{0,6}?(?:下余|其余|剩余|结余|余下|尚余|(?:正在|尚未|未)(?:整改|支付|拨付|追回|追缴))")  # '…,正在整改0.2亿元'
ITEM_RE = re.compile(
    r"^(?:(?P<arabic>\d{1,2})[、.．](?!\d)|[(（]?(?P<bracketed>\d{1,2})[)）]"
    r"|[(（](?P<cn>[一二三四五六七八九十]{1,3})[)）]|(?P<shi>[一二三四五六七八九十]{1,3})是)"
)
OPEN_BRACKETS = "(（"
CLOSE_BRACKETS = ")）"
# The noun a count counts, then 分别: '三个村分别建成…' (no punctuation or digit between).
COUNTED_BEFORE_FENBIE_RE = re.compile(r"[^\d,,;;。、::()（）\n]{0,6}?分别")
CUE_PUNCTUATION = "。;;,,:: "  # stripped from either end of a printed cue
# 分别 and a verb after a count of groups that follows a total: '帮扶资金4.5亿元,三年分别投入1.2亿元、…' (see _counted_parent)
FENBIE_VERB_RE = re.compile(r"分别(?:投入|完成|实现|新增|引进|带动|安排|下达|拨付|争取|落实|培训|转移|吸纳|安置|销售|采购|选派|"
                            r"接收|建成|新建|发放|募集|减少|脱贫|消除|用于|派驻|分配|分布在|落户|投放)")
# A range of years between a total and 分别 + verb, one part a year: ',2021年至2024年' (four parts).
YEARS_SPANNED_RE = re.compile(r"[,,]?\s*(?P<a>(?:19|20)\d{2})\s*年?\s*(?:—|–|-|至|到|~)\s*(?P<b>(?:19|20)\d{2})\s*年\s*")
YEARS_LISTED_RE = re.compile(r"[,,]?\s*(?:(?:19|20)\d{2}\s*年\s*[、和及]?\s*){2,}")
YEARS_COUNTED_RE = re.compile(r"(?:近|过去|这)(?P<n>[两二三四五六七八九十]|\d{1,2})年|(?P<m>[两二三四五六七八九十]|\d{1,2})年(?:来|以来|间)"
                              r"|(?<![\d〇零一二三四五六七八九十])(?P<k>[两二三四五六七八九十]|\d{1,2})年(?=累计|合计|共)")  # ('三年累计…')
QIZHONG_NAMES_RE = re.compile(r"[,,]?其中[::]?[^\d,,;;。]{1,30}")
GROUPS_COUNTED_RE = re.compile(r"[,]?(?P<n>[两二三四五六七八九十]|\d{1,2})个?[\u4e00-\u9fff]{1,3}?")
# A part that is the negation of its total ('累计消除风险982户,其中…356户;尚未消除风险404户'): no part of it.
# Words that split all of something in two: '重点人群…、一般人群…', '公办园…、民办园…'.
COMPLEMENT_WORDS = (("重点", "一般"), ("公办", "民办"), ("城镇", "农村"), ("男性", "女性"), ("境内", "境外"), ("省内", "省外"),
                    ("县内", "县外"), ("市内", "市外"), ("线上", "线下"), ("国有", "民营"))
NEGATED_RE = re.compile(r"^(?:尚未|仍未|还未|未|没有)(?P<words>[\u4e00-\u9fff]{2})")
# A clause that opens with the name of an earlier figure and 中 breaks that figure down: '学生资助中,学前教育260万元…',
# '2019年脱贫人口中,…', '其中种植业项目中,…', and after 其中 also '其中集中安置的,…' and, when the name is a label
# printed earlier, '其中,产业项目中茶叶1800万元' (see _sub_group_cues).
SUB_GROUP_RE = re.compile(
    r"(?<![^。;,:\n])(?P<qizhong>其中[,]?)?在?(?:\d{4}年(?:\d{1,2}月)?)?"
    r"(?P<noun>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:(?P<end>中|的)[,:]|中有)"  # '转移就业劳动力中有脱贫劳动力3120人'
)
QIZHONG_AT_CLAUSE_START_RE = re.compile(r"(?<![^。;,:\n])其中[,]?(?:\d{4}年)?(?P<words>[\u4e00-\u9fffA-Za-z]+)")
TIME_NOUN_RE = re.compile(r"^(?:全|今|当|去|本|上半|下半)?年|(?:年|月|季度|期间|过程|阶段)$")
# What may follow the name of a figure in the noun that names its group: '因病致贫' -> '因病致贫人口中'.
HEAD_NOUNS = ("", "人口", "人员", "就业人员", "务工人员", "劳动力", "群众", "人", "户", "项目", "资金")
# What a group named again may carry that its figure's label left to the sentence: '新增企业中' for 企业 (of 新增市场主体).
NEW_QUALIFIERS = ("新增", "新", "新登记", "新设立", "新注册", "新引进", "当年", "本年", "全年")
# A list announced by what it is classified by: '按来源划分为', '按资金来源分,', '从资金来源看,', '按培训类型分:', and 按 anything
# 分 before a comma or colon ('按学段分,'); 从…看 and 分…看 only with these words ('从全年看' classifies nothing; '分季度看,').
CLASSIFIED_RE = re.compile(
    r"(?<![^。;,:\n])(?:按(?!照|时|期|规定|要求|程序|标准)[\u4e00-\u9fff]{1,5}?|(?:按|从|分)[\u4e00-\u9fff]{0,4}?(?:来源|类型|类别|用途|性质|渠道|行业|领域|区域|地区|级别|层级|结构|构成|组成|方式|对象|投向|经营地|所在地|城乡|主体|险种|产业|学段|年龄|性别|规模|品种|所有制|层次|形式|环节|门类|业态|地域|去向|流向|季度|月份))"
    r"(?:划分为|分为|(?:划分|分|来看|看|构成)(?=[,:]))"
)
SHARE_WORDS = ("占", "比重", "构成", "比例")
# Shares closed by their printed total: '…,其他占5.0%,合计100%'.
CLOSED_AT_100_RE = re.compile(r"[^。;;]{0,8}?(?:合计|共计|总计)(?:为|达)?100(?:\.0+)?%")
# 'of each its own whole': 本镇, 各自, and after 占 各村/所在村/全村 ('分别占各村总户数的35%、28%'); not 全县, one whole
EACH_OWN_WHOLE_RE = re.compile(r"本[县乡镇村户组]|各自|占到?(?:各[县乡镇村户组]|所在[县乡镇村]|全[村户组])")
PARTIAL_AFTER_RE = re.compile(r"其余|其他|剩余|余下|另有")
# Rates of several places or units, each of its own whole ('三个重点帮扶乡镇的…占比分别为', '城关镇、河口镇…比重分别为',
# '四所学校的…比例分别为'): a count of them or a list of their names before the percentages ('三类企业' are kinds: shares).
PLACE_NOUNS = "乡镇|镇|乡|村|县|区|市|社区|安置点|学校|医院|卫生院|企业|园区|基地|车间|合作社"
PLACE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,4}(?:镇|乡|街道|社区|村|县|区|市)")  # '城关镇', '和平乡'
# A paragraph that ends at a comma was wrapped, not ended, unless the next opens an item ('…,\n2.…', '…,\n二是…').
WRAPPED_AT_BREAK_RE = re.compile(r"(?<=[,,、;;])\n(?![(（]?[\d一二三四五六七八九十]{1,2}[)）、.．]|[一二三四五六七八九十]是)")
PLACES_RE = re.compile(
    rf"[两二三四五六七八九十几\d]+(?![类种项级批])(?:个|所|家|座)?[\u4e00-\u9fff]{{0,6}}?(?:{PLACE_NOUNS})"
    rf"|(?:^|[^\u4e00-\u9fff]|其中)[\u4e00-\u9fff]{{1,5}}?(?:{PLACE_NOUNS})[、和与及]"
)
SHARES_AT_MOST = 120  # percentages that pass 100% by more than any misprint would are rates of several wholes
SHARES_AT_LEAST = 80  # shares that make less than this are some of the whole: a misprint misses by less
# A list that states the whole composition of something: '收入构成中,', '从资金构成看,', '资金结构为'
COMPOSITION_RE = re.compile(r"构成|结构|组成")
# Kinds of groups a list names: parts of different kinds ('其中跨省就业3310人,通过有组织劳务输出1870人': where they work,
# how they went) overlap, each within the total and no breakdown of it; parts of one kind (省外, 省内) break it down.
GROUP_KINDS: dict[str, tuple[str, ...]] = {
    "where": ("跨省", "省外", "省内", "县外", "县内", "市外", "市内", "外省", "本省", "本县", "本市", "就近", "就地", "异地", "东部", "转移"),
    "how": ("有组织", "自主", "自发"),
    "gender": ("女性", "男性", "妇女"),
    "age": ("岁以上", "岁以下", "老年", "老人", "青年", "儿童"),
    "ethnicity": ("少数民族",),
    "need": ("残疾", "低保", "特困", "五保", "大病", "慢性病", "就业困难"),
    "schooled": ("高校毕业生", "大学毕业生", "毕业生"),
    "veteran": ("退役军人",),
    "role": ("带头人", "党员", "干部", "技术人员"),
    "size": ("规模以上", "规上"),
    "leading": ("龙头",),
    # designations a firm may hold together: each a kind of its own
    "hightech": ("高新技术",),
    "specialised": ("专精特新",),
    "scitech": ("科技型",),
    "owner": ("民间", "民营", "国有", "外资", "私营"),
    "sector": ("工业", "农业", "服务业", "基础设施", "房地产", "文旅"),
    "status": ("脱贫", "监测", "一般户", "边缘"),
    # receiving a benefit, whoever one is: '参保人数28.6万人,其中领取养老金待遇人数9.4万人,脱贫人口参保人数10.2万人'
    "benefit": ("领取", "享受", "待遇"),
    "credential": ("资格", "职称", "证书", "执业"),
    "schooling": ("学历", "大专", "本科", "研究生", "中专", "高中以上", "初中以上"),
    "threshold": ("万元以上", "亿元以上", "万元以下", "亿元以下"),
    "milestone": ("签约", "落地", "开工", "建成", "竣工", "投产", "达产"),
}
# Places by how far they are, outward (县外 holds 市外 holds 省外 holds 境外) and inward (县内 within 市内 within 省内):
# parts at two levels of one direction nest ('其中县外就业1.3万人,省外就业0.6万人'); one level splits the whole.
OUTWARD = ("县外", "市外", "省外", "境外")
INWARD = ("县内", "市内", "省内")
# Levels of recognition ('市级以上龙头企业28家,其中国家级3家、省级11家': the 市级 ones are not listed).
LEVELS = ("国家级", "省级", "市级", "县级")
LEVELS_ABOVE_RE = re.compile(r"(国家|省|市|县)级以上")
# A range between two bounds of a band: '10万至50万元的', '5-10亩的'.
BAND_RANGE_RE = re.compile(r"\d[\d.]*\s*[万亿千]?[\u4e00-\u9fff]{0,2}\s*(?:至|到|-|—|~|～)\s*\d")
# A grade, or a grade and up: '国家一级', '二级以上', '4A级以上', '三星级'.
GRADE_RE = re.compile(r"(?:[一二三四五六七八九]|\d)(?:A级|A|星级|星|级)(?P<up>以上)?")
# Milestones a project or firm passes in order (签约 -> 落地/入驻 -> 开工 -> 建成/竣工/完工 -> 投产 -> 达产): one that has
# reached a later one has passed the earlier, so parts counted at different milestones overlap. States that
# exclude each other (在建, 未开工, 待建) are no milestones.
# Where people work, said with a place: '在浙江就业', '到苏州务工'.
WORKS_AT_RE = re.compile(r"(?:在|到|赴)[\u4e00-\u9fff]{2,4}(?:就业|务工)")
MILESTONES = ("签约", "落地", "入驻", "开工", "建成", "竣工", "完工", "投产", "达产")
NOT_YET_RE = re.compile(r"(?:未|尚未|没有|待|暂未)$")
# A list that says it names only some parts: '其中增值税…、契税0.95亿元等' (not 等级, 等同)
SOME_PARTS_RE = re.compile(r"[^,,;;。]{0,3}?等(?![级同待于])")
# Totals whose 其中 lists in fiscal and statistical reports name the main parts only (taxes, spending heads, kinds of
# investment or staff): a shortfall there may be the parts not listed, so it is checked at low confidence.
OPEN_TOTALS_RE = re.compile(r"税收|预算收入|预算支出|财政收入|财政支出|民生支出|固定资产投资|技术人员|零售总额|进出口")
# An item a list ends with that is part of it by its name: '其他渠道销售480万元', '其余培训200人次'
OTHER_ITEM_RE = re.compile(r"^(?:其他|其它|其余|剩余)")  # (not 另有: "in addition to" the total)
AND_OTHERS_RE = re.compile(r"[及和与](?:其他|其它|其余)[\u4e00-\u9fff]{0,4}?占?$")  # '生活源及其他占', '…和其他
CLAUSE_BREAKS = ",,;;"
STOCK_CLAUSE_RE = re.compile(r"年末|期末|年底|余额")  # a clause that says a stock
CLAUSE_BREAK_RE = re.compile(r"[,,;;。]")  # a clause's end, a sentence's too
SENTENCE_END = "。!?\n"
CN_ORD = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


# Counters of organisations: the general 个 and the specific 家 (enterprises, farms) and 所 (schools,
# clinics). One list may mix them: '经营主体146个,其中合作社98个、家庭农场37个、龙头企业11家'.
ORGANISATION_COUNTERS = frozenset("个家所")
# Counters of people: '帮助2135名农村劳动力…,其中省外就业824人、省内就业1311人' counts people in both.
PEOPLE_COUNTERS = frozenset("人名位")


def measure(f: Figure) -> tuple[str, str]:
    """Figures that can be added up share a measure: money in 元, the same count unit, people counted in 人, 名 or
    位, or organisations counted in 个, 家 or 所 (a sum that mixes them has low confidence: see _Builder.add)."""
    if f.kind == "count" and f.base_unit in ORGANISATION_COUNTERS:
        return f.kind, "个"
    if f.kind == "count" and f.base_unit in PEOPLE_COUNTERS:
        return f.kind, "人"
    return f.kind, f.base_unit


def labels_match(total: str, part: str) -> bool:
    """'扶贫协作支持资金' ~ '协作支持资金' (one ends the other, or they share a 2+ character head noun)."""
    if not total or not part:
        return False
    if total in part or part in total:
        return True
    common = 0
    while common < min(len(total), len(part)) and total[-1 - common] == part[-1 - common]:
        common += 1
    return common >= 2


def _sentence(text: str, offset: int) -> Span:
    left = max(text.rfind(ch, 0, offset) for ch in SENTENCE_END) + 1
    rights = [i for i in (text.find(ch, offset) for ch in SENTENCE_END) if i >= 0]
    return Span(left, min(rights) + 1 if rights else len(text))


def _paragraph(text: str, offset: int) -> Span:
    left = text.rfind("\n", 0, offset) + 1
    right = text.find("\n", offset)
    return Span(left, right if right >= 0 else len(text))


def _addable(f: Figure) -> bool:
    """An amount that adds up: not an age ('60岁及以上人口', '65岁': where a group begins, never summed)."""
    return f.kind in ("money", "count", "other") and f.value is not None and f.value_max is None and f.base_unit not in AGE_UNITS


def _role(text: str, f: Figure) -> str:
    """'rate' (人均2600元), 'change' (较上年增加12家), 'threshold' (超过10万元的村, 限额…以内), 'reference' (较协议目标
    8000万元, 目标任务27800人的102.2%) or 'amount'."""
    before = text[max(0, f.doc_start - 12):f.doc_start]
    after = text[f.doc_end:f.doc_end + 4]
    if RATE_BEFORE_RE.search(before) or any(w in f.label for w in ("人均", "户均", "平均")):
        return "rate"
    if any(w in f.label for w in ("最高", "最低")):
        return "threshold"  # '单缴存职工最高额度40万元,双缴存职工最高额度60万元': caps, never added
    if CHANGE_BEFORE_RE.search(before):
        return "change"
    if THRESHOLD_AFTER_RE.match(after) and (THRESHOLD_BEFORE_RE.search(before) or after.startswith(("以上", "以下", "以内"))):
        return "threshold"
    if after.startswith("以内"):
        return "threshold"  # '债务余额控制在上级核定的限额66.9亿元以内': a limit, no amount
    if COMPARED_TO_RE.search(before) or BASE_OF_RATIO_RE.match(after):
        return "reference"  # '较协议目标8,000万元超额8.1%', '完成目标任务27800人的102.2%': what an amount is measured against
    return "amount"


def _per_head(f: Figure, kids: Sequence[Figure]) -> bool:
    """A per-head amount ('农村居民人均可支配收入17862元'): a rate, but its 其中 parts are its components
    ('其中工资性收入7215元、经营净收入5936元…'), per head too, and add up to it; not when a part is larger than it
    ('…5836项,户均4.2项。其中:产业帮扶1893项…': the parts of the total before it)."""
    return (_addable(f) and any(w in f.label for w in ("人均", "户均")) and f.base_value is not None
            and all(k.base_value is not None and k.base_value <= f.base_value for k in kids))


def _summable(text: str, f: Figure) -> bool:
    """A figure that can be a part or a whole of a breakdown: an amount, not a rate, change or threshold."""
    return _addable(f) and _role(text, f) == "amount"


def _paren_end(text: str, start: int, limit: int) -> int:
    """If `start` sits inside an open bracket, where that bracket closes; else `limit`."""
    open_at = max(text.rfind(ch, 0, start) for ch in OPEN_BRACKETS)
    close_at = max(text.rfind(ch, 0, start) for ch in CLOSE_BRACKETS)
    if open_at > close_at and start - open_at < 40:
        ends = [i for i in (text.find(ch, start, limit) for ch in CLOSE_BRACKETS) if i >= 0]
        return min(ends) if ends else limit
    return limit


@dataclass(frozen=True, slots=True)
class Cue:
    """A list cue in the document text, read like a regex match: start(), end(), group()."""

    at: int
    until: int
    word: str
    noun: str = ""  # a sub-group cue ('学生资助中,'): the name of the figure it breaks down

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.until

    def group(self) -> str:
        return self.word


AS_FOLLOWS = "如下:"  # a list announced with 如下 and printed in the same sentence (numbered items: _enumerations, _inline_items)
INLINE_AS_FOLLOWS_RE = re.compile(r"如下[::](?![ \n]*$)(?!\s*(?:[(（]?[\d一二三四五六七八九十]{1,2}[)）、.．]|[一二三四五六七八九十]是))")
AMONG = "中"  # the cue of a total followed by 中 ('全县税收收入13.45亿元中,增值税5.62亿元、…'): a 其中 (_qizhong)
TOTAL_AMONG_RE = re.compile(r"\s*中\s*[,,::]")
IN_AMONG_RE = re.compile(r"[\u4e00-\u9fff]{1,6}?中\s*[,,::]")  # '…2,864笔' + '贷款中,'


def _in_among(text: str, f: Figure) -> re.Match[str] | None:
    """'在发放的2,864笔贷款中,首套…、二套…': a clause that opens with 在 and closes with the total, what it counts and
    中 breaks it down, as 其中 does."""
    if not _clause_to(text, f.doc_start, 30).lstrip().startswith("在"):
        return None
    return IN_AMONG_RE.match(text, f.doc_end)
SAYS_THE_LIST = ("分别为", "分别是", "分别有")  # (not 分别占: shares, a cue of their own)


def _qizhong(cue: Cue) -> bool:
    """A 其中 cue, or a total's own 中 ('…13.45亿元中,'), which lists its parts as 其中 does."""
    return cue.group().startswith("其中") or cue.group() == AMONG


def _classifies(cue: Cue) -> bool:
    """Whether a cue names what its list is classified by (CLASSIFIED_RE, DIVIDED_RE: '按产业分', '从举办主体看',
    '分季度看', '分为三类'), not 分别 …"""
    word = cue.group()
    return word.startswith(("按", "从")) or (word.startswith("分") and not word.startswith("分别"))


def _says_the_list(text: str, figs: Sequence[Figure], cue: Cue, later: Cue) -> bool:
    """Whether a 分别 cue right after a classification, sub-group or 其中 cue only says its list ('按产业分,签约项目分别为先进
    制造业项目26个、…', '受理案件中,刑事、民商事、行政案件分别为…', '其中小麦、玉米播种面积分别为…', names listed: some
    of it, as 其中 says): a few words and no figure or clause break between them, so the two are one cue (_list_cues)."""
    between = text[cue.end():later.start()]
    names_listed = cue.group().startswith("其中") and "、" in between  # ('其中规上企业分别为36家和41家': each of its own)
    return ((_classifies(cue) or bool(cue.noun) or names_listed) and later.group() in SAYS_THE_LIST
            and len(between) <= 24
            and CLAUSE_BREAK_RE.search(between.lstrip(CUE_PUNCTUATION)) is None
            and not any(cue.end() <= f.doc_start < later.start() for f in figs))


def _list_cues(text: str, figs: Sequence[Figure]) -> list[Cue]:
    """Cue words, plus a colon right after a total ('共计1260万元:用于…780万元;…'), classification cues ('按来源分,')
    and sub-group cues ('学生资助中,'); a 其中 that opens a sub-group cue is no cue of its own."""
    subs = _sub_group_cues(text, figs)
    taken = {c.at for c in subs}
    cues = [Cue(m.start(), m.end(), m.group()) for m in LIST_CUE_RE.finditer(text) if m.start() not in taken]
    cues += [c for c in subs if _names_earlier(text, figs, c) or COMPOSITION_RE.search(c.noun)]
    cues += [Cue(m.start(), m.end(), m.group()) for m in CLASSIFIED_RE.finditer(text)]
    cues += [Cue(m.start(), m.end(), m.group()) for m in DIVIDED_RE.finditer(text)]
    cues += [Cue(m.start(), m.end(), "由…" + m.group("verb")) for m in COMPOSED_RE.finditer(text)]
    cues += [Cue(m.start(), m.end(), m.group()) for m in FENBIE_VERB_RE.finditer(text)]
    for f in figs:
        if text[f.doc_end:f.doc_end + 1] in (":", ":") and _summable(text, f) and not LIST_CUE_RE.match(text, f.doc_end + 1):
            cues.append(Cue(f.doc_end, f.doc_end + 1, ":"))
        elif (among := TOTAL_AMONG_RE.match(text, f.doc_end) or _in_among(text, f)) and f.kind in ("money", "count") \
                and _summable(text, f):
            cues.append(Cue(among.start(), among.end(), AMONG))  # '税收收入13.45亿元中,增值税…': as 其中 does
    for m in INLINE_AS_FOLLOWS_RE.finditer(text):  # '…3.2万吨全部落实到库,品种结构如下:小麦16,800吨,稻谷…': the list is here
        if any(m.end() <= f.doc_start < _sentence(text, m.start()).end for f in figs):
            cues.append(Cue(m.start(), m.end(), AS_FOLLOWS))
    merged: list[Cue] = []
    for cue in sorted(cues, key=lambda c: c.at):
        if merged and _says_the_list(text, figs, merged[-1], cue):  # '按产业分,签约项目分别为…': one cue, its list after 分别为
            merged[-1] = Cue(merged[-1].at, cue.until, merged[-1].word, merged[-1].noun)
        else:
            merged.append(cue)
    return merged


def _sub_group_cues(text: str, figs: Sequence[Figure]) -> list[Cue]:
    """'学生资助中,', '其中种植业项目中,', '其中集中安置的,' at a clause start (not '全年中,', '2019年中,'); after
    其中 also a name and 中 with no comma when an earlier label ends with it ('其中,产业项目中茶叶…')."""
    cues: list[Cue] = []
    for m in SUB_GROUP_RE.finditer(text):
        noun = m.group("noun").replace("的", "")
        if (m.group("end") == "的" and not m.group("qizhong")) or len(noun) < 2 or TIME_NOUN_RE.search(noun):
            continue
        cues.append(Cue(m.start(), m.end(), m.group().strip(CUE_PUNCTUATION), noun))
    taken = {c.at for c in cues}
    for m in QIZHONG_AT_CLAUSE_START_RE.finditer(text):
        if m.start() in taken:
            continue
        words = m.group("words")
        for i in (i for i, ch in enumerate(words) if ch == "中" and i >= 2):
            cue = Cue(m.start(), m.start("words") + i + 1, text[m.start():m.start("words") + i + 1], words[:i])
            earlier = [f for f in figs if f.doc_end <= cue.at and _summable(text, f)]
            if any(f.label.replace("的", "").endswith(cue.noun) for f in earlier) and _names_earlier(text, figs, cue):
                cues.append(cue)
                break
    return cues


def _naming(noun: str, label: str) -> int:
    """How closely `noun` names a figure labelled `label`: 2 the same ('种植业项目'), 1 one holds the other with
    nothing but a head noun after ('因病致贫人口' ~ '因病致贫', '脱贫人口' ~ '全县脱贫人口'), 0 not at all."""
    label = label.replace("的", "")
    if len(label) < 2:
        return 0
    if label == noun:
        return 2
    if noun in label or any(noun == label + head for head in HEAD_NOUNS):
        return 1
    if noun.endswith(label) and noun[:-len(label)] in NEW_QUALIFIERS:
        return 1  # '新增市场主体6218户,其中企业1425户…;新增企业中,…': the new ones again, named with their 新增
    # the end of the label and a head noun: '转移就业人员' names '农村劳动力转移就业'
    if any(head and noun.endswith(head) and len(noun) - len(head) >= 2 and label.endswith(noun[:-len(head)])
           for head in HEAD_NOUNS):
        return 1
    return 0


def _own_words(text: str, figs: Sequence[Figure], f: Figure) -> str:
    """The words of a figure's clause before it, after any figure before it in that clause."""
    words = _clause_before(text, f)
    start = f.doc_start - len(words)
    before = [g.doc_end for g in figs if start <= g.doc_end <= f.doc_start and g is not f]
    return text[max(before, default=start):f.doc_start]


def _said_with_verb(noun: str, clause: str) -> int:
    """1 when a sub-group noun is the verb and the head noun of the figure's clause ('受理案件' of '共受理各类案件',
    '受理事项' of '共受理信访事项'): its first two characters, then its last two, in the clause; else 0."""
    if len(noun) != 4:
        return 0
    verb = clause.find(noun[:2])
    return 1 if verb >= 0 and clause.find(noun[2:], verb + 2) >= 0 else 0


def _named_figure(text: str, figs: Sequence[Figure], cue: Cue, key: tuple[str, str] | None = None) -> Figure | None:
    """The figure a sub-group cue breaks down: the latest of its measure, in its paragraph or the sentence before,
    whose label is its noun, or failing that holds it. None when no label names it: never the last figure."""
    sentence = _sentence(text, cue.at)
    floor = min(_paragraph(text, cue.at).start, _sentence(text, sentence.start - 1).start if sentence.start else 0)
    candidates = [f for f in figs if floor <= f.doc_start and f.doc_end <= cue.at and _summable(text, f)
                  and (key is None or measure(f) == key)]
    named = [(_naming(cue.noun, f.label), f) for f in candidates]
    if not any(level for level, _ in named):  # failing a label, the verb and head noun of its clause
        named = [(_said_with_verb(cue.noun, _own_words(text, figs, f)), f) for f in candidates]
    if (year := re.match(r"\d{4}年", cue.group())) is not None:  # '2020年脱贫户中': the figure of that year first
        named = [(level + 2 if level and year.group() in _clause_before(text, f) else level, f) for level, f in named]
    best = max((level for level, _ in named), default=0)
    return next((f for level, f in reversed(named) if level == best), None) if best else None


def _names_earlier(text: str, figs: Sequence[Figure], cue: Cue) -> bool:
    return _named_figure(text, figs, cue) is not None


class _Builder:
    """Collects relations with ids in order and remembers which figures already play a part."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self.relations: list[Relation] = []
        self.children: set[str] = set()
        self.parents: set[str] = set()
        self.exact_lists: list[tuple[int, int]] = []  # where the parts of each sum that makes its total exactly are

    def summed_children(self) -> set[str]:
        """The figures that are parts of a sum or a balance (a subset's parts may still add up to a total of their own)."""
        return {k for r in self.relations if r.type in ("sum", "balance") for k in r.child_figure_ids}

    def summed_parents(self) -> set[str]:
        return {r.parent_figure_id for r in self.relations if r.type in ("sum", "balance")}

    def whole_of(self, part: Figure, among: Sequence[Figure]) -> Figure | None:
        """The total (one of `among`) of the sum `part` is a part of, if any."""
        parent = next((r.parent_figure_id for r in self.relations if r.type == "sum" and part.figure_id in r.child_figure_ids), None)
        return next((f for f in among if f.figure_id == parent), None)

    def add(self, type_: str, parent: Figure | None, kids: Sequence[Figure], cue: str, page: int, low: bool = False,
            subtracted: Sequence[Figure] = ()) -> None:
        key = (parent.figure_id if parent else "", tuple(k.figure_id for k in kids))
        if any((r.parent_figure_id, r.child_figure_ids) == key for r in self.relations):
            return
        if type_ == "subset" and len(kids) == 1 and any(
                r.parent_figure_id == key[0] and key[1][0] in r.child_figure_ids and r.type in ("sum", "subset")
                and not r.subtracted_figure_ids for r in self.relations):
            return  # one part within the total, when parts with it are checked against the total already
        mixed = parent is not None and any(k.base_unit != parent.base_unit and measure(k) == ("count", "个")
                                           for k in kids if k.kind == "count")
        if parent is not None and mixed and (len(kids) < 2 or all(k.base_unit != parent.base_unit for k in kids)):
            return  # '13家企业…其中项目9个': organisations of another kind, unless the list also counts the total's own
        confidence = "low" if low or mixed or any(k.approx for k in kids) or (parent is not None and parent.approx) else "high"
        self.relations.append(
            Relation(self.doc_id, f"R{len(self.relations) + 1:03d}", type_, key[0], key[1], cue, page, confidence,
                     tuple(k.figure_id for k in subtracted))
        )
        self.children.update(key[1])
        if parent is not None:
            self.parents.add(parent.figure_id)
            totals = _parts_total(parent, kids)
            if type_ == "sum" and totals is not None and totals[0] == totals[1]:
                self.exact_lists.append((kids[0].doc_start, kids[-1].doc_end))


def find_relations(text: str, figures: Sequence[Figure], doc_id: str) -> list[Relation]:
    """Sum, subset and share relations of a document, from its text and its figures (doc offsets)."""
    build = _Builder(doc_id)
    text = WRAPPED_AT_BREAK_RE.sub(" ", text)  # '…乡村建设类3867万元,\n就业帮扶类…': a list wrapped, not ended (offsets kept)
    figs = sorted(figures, key=lambda f: f.doc_start)
    figs = [f for f in figs if not _counts_groups(text, figs, f)]
    _enumerations(text, figs, build)
    _inline_items(text, figs, build)
    _classes_among(text, figs, build)
    _lists(text, figs, build)
    _totals_after(text, figs, build)
    _ratios(text, figs, build)
    _shares_closed(text, figs, build)
    _shares_of_a_whole(text, figs, build)
    _points(text, figs, build)
    _points_then_total(text, figs, build)
    _balance_sheet(text, figs, build)
    _roll_forwards(text, figs, build)
    _openings_after(text, figs, build)
    _stocks_first(text, figs, build)
    _closing_first(text, figs, build)
    _net_then_opening(text, figs, build)
    _parallel_roll_forwards(text, figs, build)
    _budget_outturns(text, figs, build)
    _year_on_year(text, figs, build)
    _states(text, figs, build)  # (before _remainders: '已整改38个,正在整改6个,需长期坚持的2个' are three states, not two)
    _remainders(text, figs, build)  # after the totals a remainder may be left of: '…,合计1.67亿元。已拨付…,下余…'
    _included(text, figs, build)
    _same_label_subsets(text, figs, build)
    _repeats(text, figs, build)
    return build.relations


def _subjects_of_fenbie(text: str, f: Figure) -> bool:
    """'2个村分别建成车间6个、8个,合计14个': a count just before 分别 counts what it distributes over, not one of the
    parts listed after it, so it is no part of the total that follows them."""
    return f.kind == "count" and COUNTED_BEFORE_FENBIE_RE.match(text, f.doc_end) is not None


def _counts_groups(text: str, figs: Sequence[Figure], f: Figure) -> bool:
    """'三个村分别建成车间6个、8个、1个': a count just before 分别 that equals the number of figures listed after
    it counts the subjects 分别 distributes over (the villages), so it is neither a part nor a total."""
    counted = COUNTED_BEFORE_FENBIE_RE.match(text, f.doc_end)
    if f.kind != "count" or f.value is None or counted is None:
        return False
    if any(f.doc_end <= g.doc_start < counted.end() for g in figs):
        return False  # '三期一百五十人次分别…': the count nearest 分别 is the one it distributes
    listed: list[Figure] = []
    sentence_end = _sentence(text, counted.end()).end
    for g in figs:
        if not counted.end() <= g.doc_start < sentence_end or g.kind == "date":
            continue
        if listed and measure(g) != measure(listed[0]):
            continue
        lead = re.split(r"[,,;;。:: \n]", text[max(0, g.doc_start - CLOSING_LEAD):g.doc_start])[-1]
        if listed and TOTAL_AFTER_RE.search(lead):
            break  # '…6个、8个、1个,合计15个': the total after the list is not one of its items
        listed.append(g)
    return len(listed) >= 2 and f.value == len(listed)


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where a nested list ends: the next semicolon, or `limit` (the sentence end)."""
    ends = [i for i in (text.find(ch, start, limit) for ch in ";;") if i >= 0]
    return min(ends) if ends else limit


def _lists(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'总数A,其中B、C' and 'A,分别为B、C': parts grouped by measure; a lone part is a subset.

    A cue inside another cue's list ('…,其中产业资金600万元,其中茶叶400万元、魔芋200万元;…') opens a
    nested list that runs to the next semicolon, or to the closing bracket when the cue is bracketed
    ('产业资金600万元(其中茶叶400万元、魔芋200万元),就业资金300万元'): its parts belong to it, not to the
    outer list. So do the figures in any bracket right after a part ('600万元(含茶叶400万元)'): they detail that part.
    """
    cues = _list_cues(text, figs)
    starts = [f.doc_start for f in figs]  # figs are in reading order: a list's figures are one slice of them
    for cue in cues:
        sentence = _sentence(text, cue.start())
        paragraph = _paragraph(text, cue.start())
        nested = any(sentence.start <= c.start() < cue.start() for c in cues)
        end = _clause_end(text, cue.end(), sentence.end) if nested else sentence.end
        after = next((c for c in cues if cue.end() <= c.start() < end and _qizhong(c)
                      and text[c.start() - 1:c.start()] not in OPEN_BRACKETS), None)  # ('…198.35万元(其中,…);' details a part)
        if after is not None and (semi := max(text.rfind(";", cue.end(), after.start()),
                                              text.rfind(";", cue.end(), after.start()))) > 0:
            end = semi  # '…其中脱贫人口820人;经培训后实现就业1120人,其中…': the next 其中 list's total is none of these parts
        if (_qizhong(cue) or cue.group() in INCLUDES_WORDS) and not nested:
            end = _semicolon_end(text, figs, cue.end(), end)
            if (turn := NEW_STATEMENT_RE.search(text, cue.end(), end)) is not None:
                end = turn.start()  # '包括5A级景区2个、4A级景区18个,全年新创建4A级景区3个': that clause says something else
        end = _paren_end(text, cue.start(), end)  # '53名(其中教师21名、医生24名),另选派35名': the list ends at ')'
        # '…、其他510万元,三项合计3860万元': a total printed after the parts closes the list, it is none of them
        listed = figs[bisect_left(starts, cue.end()):bisect_left(starts, end)]
        closing = next((f for f in listed if _closes(text, figs, cue.end(), f)), None)
        end = closing.doc_start if closing is not None else end
        listed = [f for f in listed if f.doc_start < end]
        holes = [Span(c.start(), _paren_end(text, c.start(), _clause_end(text, c.end(), sentence.end)))
                 for c in cues if cue.end() <= c.start() < end]
        holes += [h for f in listed if (h := _bracket_after(text, f, end)) is not None]
        parts = [f for f in listed if f.kind != "date" and not any(h.start <= f.doc_start < h.end for h in holes)]
        if _qizhong(cue) and parts and not STOCK_CLAUSE_RE.search(text[max(0, cue.start() - 30):parts[0].doc_start]):
            parts = [f for f in parts if not (STOCK_CLAUSE_RE.search(_clause_before(text, f)) and _clause_break(text, parts[0], f))]
            # ('新增贷款户5168户,其中…882户,年末贷款余额3.62亿元': a stock, no part of a flow; a stock's own 其中 lists stocks)
        if _qizhong(cue) and (other := _complement_after(text, figs, parts, end)) is not None:
            parts.append(other)  # '其中,税收收入67.48亿元,增长2.6%。非税收入24.18亿元…': the rest, named as such
        groups: dict[tuple[str, str], list[Figure]] = {}
        for f in parts:
            groups.setdefault(measure(f), []).append(f)
        classified = cue.group().startswith(("按", "从", "分为"))  # only classification cues open so
        for key, kids in groups.items():
            if key[0] == "percent":
                # '因病致贫人口中,…占45%' may list only some of them; '收入构成中,' lists them all
                if not cue.noun or COMPOSITION_RE.search(cue.group()):  # '从资金投向看,产业发展占58.2%,…' too
                    _share(text, figs, cue, sentence, kids, build)
                if _qizhong(cue):
                    _shares_within(text, figs, cue, sentence, kids, build)
                continue
            changes = [k for k in kids if _addable(k) and _role(text, k) in ("amount", "change")]  # (for a net change)
            kids = [k for k in kids if _summable(text, k)]
            kids = _split_nested(text, kids, build)
            if not kids:
                continue
            if cue.group().startswith("分别") and LEVELS_AT_RE.search(_clause_to(text, cue.start(), 30)):
                continue  # '2021年末、2022年末、2023年末分别为0.68万个、1.12万个…': a stock's levels then, no parts of a total
            if cue.group().startswith("分别") and (pairs := _parallel_fenbie(text, figs, cue, sentence, kids)) is not None:
                for earlier, kid in pairs:  # '年初和年末分别有企业120家和98家,其中规上企业分别为36家和41家': each of its own
                    build.add("subset", earlier, [kid], "其中…" + cue.group(), earlier.page)
                continue
            floor = sentence.start if cue.group().startswith("分别") or cue.group() in (":", AS_FOLLOWS, *INCLUDES_WORDS) else paragraph.start
            points = [m.start() for m in POINT_RE.finditer(text, sentence.start, cue.start())]
            floor = max([floor, *points[-1:]])  # '一是…体检38,600人;二是…管理人数分别为2.15万人、7,368人': not the point before
            if classified:  # '全年培训5200人次。按培训类型分,…': the figure just before, in this sentence or the one before
                floor = max(paragraph.start, _sentence(text, sentence.start - 1).start if sentence.start else 0)
            before = [f for f in figs[bisect_left(starts, floor):bisect_left(starts, cue.start())]
                      if f.doc_end <= cue.start() and measure(f) == key
                      and (_summable(text, f) or _qizhong(cue) and _per_head(f, kids))]
            if classified:  # a figure a list before has taken as a part is no whole of this one
                taken = [f for f in before if f.figure_id in build.children]
                before = [f for f in before if f.figure_id not in build.children]
                wholes = {w.figure_id: w for f in taken if (w := build.whole_of(f, figs)) is not None}
                if not before and len(wholes) == 1:  # '按经营地分,…分别为86.27亿元和32.37亿元…。按消费类型分,…': the
                    before = list(wholes.values())   # same total broken down another way

            if not text[sentence.start:cue.start()].strip() and before and REMAINDER_RE.match(_clause_before(text, before[-1])):
                before = before[:-1]  # '…,结余资金3600万元。其中用于产业发展的资金2.19亿元': the 其中 is of what came in
            if not text[sentence.start:cue.start()].strip() and before and (whole := build.whole_of(before[-1], before)):
                before = [*before, whole]  # '…具体如下:1.…;3.社会民生项目42个…。其中,新开工项目63个…': of all of them
            if FENBIE_VERB_RE.fullmatch(cue.group()):
                parent = (_counted_parent(text, before, cue, kids) or _qizhong_parent(text, before, cue, kids)
                          or _named_items_parent(text, before, cue, kids))
            else:
                parent = _named_figure(text, figs, cue, key) if cue.noun else _unit_parent(before, kids)
            if parent is not None and parent.doc_start < sentence.start and text[sentence.start:cue.start()].strip() \
                    and _qizhong(cue) and not cue.noun:
                continue  # '建设帮扶车间32个,其中新建12个、续建20个,吸纳就业1,145人': no total in its sentence for 人
            if parent is None or (classified and (len(kids) < 2 or closing is not None)):
                continue  # a list by source or type has two parts or more, and its own 合计 after them is its total
            if cue.group() in INCLUDES_WORDS and not _just_before(text, figs, parent, cue.start()) and not (
                    cue.group().startswith("由") and _names_between(text, figs, parent, cue.start())):
                continue  # 包括 details the figure just before it, or nothing ('512户改厕任务由…组成': what it counts between)
            if _net_change_made(text, parent, changes, build):
                continue  # '净增2136人,其中新增参保4587人,…等减少2451人': what came and went ('减少2451人' is no amount)
            rest = None if nested or cue.noun else _remainder(text, figs, sentence, paragraph, key)
            cue_text = cue.group()
            if rest is not None:
                kids = kids + [rest[0]]
                cue_text += " … " + rest[1]
            kids = _before_negation(text, parent, kids)
            done = _done_from(text, kids)
            kids, done_kids = kids[:done], kids[done:]  # how far the whole has come: within it, no part of it
            if kids:
                _add_list(text, cue, parent, kids, cue_text, rest is None, build)
            for kid in done_kids:
                build.add("subset", parent, [kid], cue_text, parent.page)


def _parallel_fenbie(text: str, figs: Sequence[Figure], cue: Cue, sentence: Span,
                     kids: Sequence[Figure]) -> list[tuple[Figure, Figure]] | None:
    """A 分别 list that answers an earlier one of its sentence item by item ('年初和年末分别有企业120家和98家,其中规上企业
    分别为36家和41家'): its figures are no parts of the last figure before it. Returns each earlier figure with the one
    that answers it when 其中 says they are within them, else no pairs ([]); None when the list answers no earlier one."""
    if len(kids) < 2:
        return None
    broken = CLAUSE_BREAK_RE.search(text, cue.end(), kids[-1].doc_start)
    kids = [k for k in kids if broken is None or k.doc_start < broken.start()]  # (the list's own clause)
    if len(kids) < 2:
        return None
    earlier = text.find("分别", sentence.start, cue.start())
    if earlier >= 0:
        clause = CLAUSE_BREAK_RE.search(text, earlier, cue.start())  # (its clause: '年初分别为26418人、14275人,年内分别招收…')
        end = clause.start() if clause is not None else cue.start()
        listed = [f for f in figs if earlier < f.doc_start and f.doc_end <= end and measure(f) == measure(kids[0])]
    else:  # '年初各项存款余额328.6亿元、贷款余额241.9亿元,年末分别达到356.4亿元和268.3亿元': a list in one clause before
        listed = [f for f in figs if sentence.start <= f.doc_start and f.doc_end <= cue.start() and measure(f) == measure(kids[0])]
        if any(CLAUSE_BREAK_RE.search(text, a.doc_end, b.doc_start) for a, b in pairwise(listed)):
            return None
    if len(listed) != len(kids) or len(kids) < 2:
        return None
    if "其中" not in text[listed[-1].doc_end:cue.start()]:
        return []
    return list(zip(listed, kids, strict=True))


def _add_list(text: str, cue: Cue, parent: Figure, kids: list[Figure], cue_text: str, trim: bool, build: _Builder) -> None:
    """The parts of a list under its total: a sum, or each a subset when they are groups within it; `trim` drops the
    parts after those that make the total (_parts_making), for a list with no remainder to close it."""
    if len(kids) >= 2 and STOCK_PAIR_TAIL_RE.search(text, max(0, parent.doc_start - 40), parent.doc_start):
        signs = [_change_sign(text, k) for k in kids]
        if None not in signs and True in signs and False in signs:
            return  # '由上年末的56.82亿元下降到年末的54.09亿元,其中新增3.15亿元,偿还5.98亿元': the changes between them (_stocks_first)
    if _net_change_made(text, parent, kids, build):
        return
    words = _part_words(text, cue.end(), kids)
    other = next((i for i in range(len(kids) - 1) if OTHER_ITEM_RE.match(words[i].lstrip("、,;: ")) is not None
                  and _clause_break(text, kids[i], kids[i + 1])), None)
    if other is not None:
        kids = kids[:other + 1]  # '…、其他类990.2万元,年度执行中调减预算1,218.6万元': the rest closes the list
    kids = kids[:_list_ends_at_semicolon(text, cue.end(), kids)]
    if _qizhong(cue) and kids and any(ch in text[cue.end():kids[0].doc_start] for ch in ";;"):
        return  # '转移就业6,245人,其中脱贫劳动力3,812人;消费帮扶销售…2.36亿元': that 其中 was another total's list
    if _qizhong(cue):
        past = next((i for i, k in enumerate(kids) if _another_statement(text, parent, cue.end(), k)), len(kids))
        kids = kids[:past]  # '…其中已消除风险3787人;新建…,惠及群众2.1万人': the list ended at the semicolon
        if not kids:
            return
    unsure = False
    if trim:
        kids, unsure = _parts_making(text, parent, kids)
    if len(kids) >= 2 and (_covers_little(parent, kids) or _kinds_differ(text, cue.end(), kids)
                           or _milestones_differ(text, cue.end(), kids) or _places_nest(text, cue.end(), kids)
                           or _levels_left_out(text, parent, cue.end(), kids) or _grades_overlap(text, cue.end(), kids)
                           or _statuses_within(text, parent, cue.end(), kids)
                           or _properties_overlap(text, parent, cue.end(), kids) or _some_said_with_de(text, kids)
                           or _names_nest(kids)
                           or SOME_PARTS_RE.match(text, kids[-1].doc_end) or _thresholds(text, cue.end(), kids)
                           or (MAIN_ONES_RE.match(text, cue.end()) and not _complementary(kids))):
        for kid in kids:  # groups within a total ('其中高血压…糖尿病…分别签约…'), not a breakdown of it
            if not _another_statement(text, parent, cue.end(), kid):
                build.add("subset", parent, [kid], cue_text, parent.page)
        return
    type_ = "sum" if len(kids) >= 2 else "subset"
    if type_ == "subset" and _far_over(parent, kids) and not _unit_slip(*_totals_of(parent, kids), kids, parent.unit):
        unsure = True  # '…比年初净增1.25万人,其中领用电子社保卡31.06万人': the group of another figure, likelier than a misprint
    unsure = unsure or (type_ == "sum" and OPEN_TOTALS_RE.search(parent.label) is not None and _short(parent, kids)
                        and not _complementary(kids) and not _classifies(cue))
    # (a classification, '按消费类型分,', lists all of its total)
    unsure = unsure or (type_ == "sum" and _far_over(parent, kids) and not _unit_slip(*_totals_of(parent, kids), kids, parent.unit))
    unsure = unsure or (type_ == "sum" and _qizhong(cue) and _far_short(parent, kids))
    build.add(type_, parent, kids, cue_text, parent.page, low=unsure)


def _net_change_made(text: str, parent: Figure, kids: Sequence[Figure], build: _Builder) -> bool:
    """'比年初净增15家,其中新登记28家、注销13家': a net change and what came and went, each signed by its verb; the
    list ends at its first figure no verb signs ('…,年末参保人数达到8.92万人'). True when the balance was added."""
    if not NET_CHANGE_RE.search(_clause_before(text, parent)):
        return False
    signed: list[tuple[Figure, bool]] = []
    for kid in kids:
        if kid.doc_start < parent.doc_end:
            continue
        sign = _change_sign(text, kid)
        if sign is None:
            break
        signed.append((kid, sign))
    if len(signed) < 2 or {sign for _, sign in signed} != {True, False}:
        return False
    build.add("balance", parent, [k for k, _ in signed], "净增 = 增加 − 减少", parent.page,
              subtracted=[k for k, away in signed if away])
    return True


def _change_sign(text: str, f: Figure) -> bool | None:
    """_sign_said of the words of a list item before its figure ('其中新登记28家、注销13家')."""
    return _sign_said(re.split(r"[、,,;;。]", text[max(0, f.doc_start - 12):f.doc_start])[-1], f.kind == "count")


def _sign_said(words: str, count: bool = False, stock: str | None = None) -> bool | None:
    """Whether the last change verb in `words` takes away (True) or adds (False); None when none is said. A fund's flow
    nouns (收入, 支出 …) count only where no verb is said: '调增支出24.87亿元' adds, though 支出 is spending. For a
    count (staff, households) 调入 adds and 调出 takes away; for money they sign nothing (调入预算 draws a fund down).
    收回 signs a change only when the stock's words (`stock`) are known: it takes from what is lent or owed (贷款,
    借款, 应收 …: '收回到期贷款') and adds to what is held ('收回闲置土地' to a land reserve), unless the treasury
    takes the money back ('收回统筹使用', '被财政收回': it leaves the balance)."""
    verbs = VERB_RES[count, stock is not None].findall(words)
    said = [v for v in verbs if v not in FLOW_NOUNS] or verbs
    if not said:
        return None
    if said[-1] in RECLAIMED:
        return TREASURY_TAKES_RE.search(words) is not None or CLAIMS_RE.search(stock or "") is not None
    return said[-1] in TAKEN_AWAY + COUNT_TAKEN_AWAY


def _counted_parent(text: str, before: Sequence[Figure], cue: Cue, kids: Sequence[Figure]) -> Figure | None:
    """The total a '三年分别投入…' list breaks down: the figure right before the count of its groups, when the count
    is how many parts there are ('4.5亿元,三年分别投入1.2亿元、1.5亿元、1.8亿元'). Not '甲镇投入200万元,乙、丙两镇分别投入…':
    the groups there are others."""
    if not before:
        return None
    counted = GROUPS_COUNTED_RE.fullmatch(text, before[-1].doc_end, cue.at)
    if counted is None:
        years = YEARS_SPANNED_RE.fullmatch(text, before[-1].doc_end, cue.at)  # '…9846个,2021年至2024年分别建成…'
        spanned = int(years.group("b")) - int(years.group("a")) + 1 if years is not None else 0
        if not spanned and (listed := YEARS_LISTED_RE.fullmatch(text, before[-1].doc_end, cue.at)) is not None:
            # '近三年来,全市累计完成造林26.8万亩,2021年、2022年、2023年分别完成…': the years listed, as many as the total's
            # clause counts ('从2020年的486家增加到2024年的1144家,2021年、…分别净增…' counts none: a stock, no total)
            n = len(re.findall(r"(?:19|20)\d{2}", listed.group()))
            counted_years = YEARS_COUNTED_RE.search(text, _sentence(text, before[-1].doc_start).start, before[-1].doc_start)
            spanned = n if counted_years is not None and int(parse_number(counted_years.group("n") or counted_years.group("m") or counted_years.group("k"))) == n else 0
        return before[-1] if spanned == len(kids) else None
    return before[-1] if int(parse_number(counted.group("n"))) == len(kids) else None


def _qizhong_parent(text: str, before: Sequence[Figure], cue: Cue, kids: Sequence[Figure]) -> Figure | None:
    """The total of '1.28亿元,其中县农商行、邮储银行、农业银行分别发放6200万元、…': 其中 and the names of the parts
    between the total and 分别 + verb, no figure and no other clause."""
    if not before or not QIZHONG_NAMES_RE.fullmatch(text, before[-1].doc_end, cue.at):
        return None
    return _unit_parent(before, kids)


def _named_items_parent(text: str, before: Sequence[Figure], cue: Cue, kids: Sequence[Figure]) -> Figure | None:
    """The total right before '分别用于产业发展1.52亿元、基础设施建设0.68亿元…': only a comma between them, and each part
    named by its own words (the list names where the total went)."""
    if not before or text[before[-1].doc_end:cue.at].strip() not in (",", ",") or len(kids) < 2:
        return None
    starts = [cue.end(), *(k.doc_end for k in kids[:-1])]
    if any(not re.search(r"[\u4e00-\u9fff]", text[at:k.doc_start]) for at, k in zip(starts, kids, strict=True)):
        return None  # '分别投入1.2亿元、1.5亿元…': figures with no names of their own
    return before[-1]


def _before_negation(text: str, parent: Figure, kids: list[Figure]) -> list[Figure]:
    """The parts before one that negates the total: '累计消除风险982户,其中当年356户;尚未消除风险404户' -> [356户]."""
    whole = _lead(text, parent)
    for i, kid in enumerate(kids):
        negated = NEGATED_RE.match(_clause_before(text, kid))
        if negated and negated.group("words") in whole:
            return kids[:i]
    return kids


def _unit_parent(before: Sequence[Figure], kids: Sequence[Figure]) -> Figure | None:
    """The total a list breaks down: the last figure of its measure before the cue, or, when the parts are all in
    one unit that figure is not in, the last one in theirs: '组织86家企业结对帮扶93个村,其中省内企业51家…' -> 86家."""
    if not before:
        return None
    units = {k.base_unit for k in kids}
    if len(units) == 1 and before[-1].base_unit not in units:
        same = [f for f in before if f.base_unit in units]
        if same:
            return same[-1]
    return before[-1]


def _lead(text: str, f: Figure) -> str:
    """The words of the figure's clause just before it (at most CLOSING_LEAD characters)."""
    return re.split(r"[,,;;。:: \n、]", text[max(0, f.doc_start - CLOSING_LEAD):f.doc_start])[-1]


def _lead_start(text: str, f: Figure) -> int:
    return f.doc_start - len(_lead(text, f))


def _closing_total(text: str, f: Figure) -> re.Match[str] | None:
    """The cue of a total printed after its parts, in the clause just before the figure: '三项合计', '共计'."""
    return TOTAL_AFTER_RE.search(_lead(text, f))


def _parts_counted(text: str, total: Figure, cue: re.Match[str]) -> int | None:
    """How many parts a total that opens its sentence counts before its cue: '两批次共选派教师55人' -> 2."""
    lead = _lead(text, total)
    sentence = _sentence(text, total.doc_start)
    counted = PARTS_COUNTED_RE.match(lead[:cue.start()]) or ITEMS_COUNTED_RE.match(cue.group())  # ('三项合计投资')
    if counted is None or text[sentence.start:total.doc_start].strip() != lead:
        return None
    return int(parse_number(counted.group("n")))


def _closes(text: str, figs: Sequence[Figure], start: int, f: Figure) -> bool:
    """Whether `f` closes the list that starts at `start` as its total. A total after 共/累计 and a verb closes it only
    after a part of its measure: '其中产业项目累计投入800万元' opens the list with a part."""
    cue = _closing_total(text, f)
    if cue is None or not (cue.group("verb") or cue.group("noun")):
        return cue is not None
    return any(start <= g.doc_start and g.doc_end <= f.doc_start and measure(g) == measure(f) for g in figs)


def _share_verb(text: str, parts: Sequence[Figure], verb: str, noun: str = "") -> bool:
    """Every part is printed in a clause with the total's verb: '2018年引进企业5家,2019年引进企业8家,两年共引进13家',
    or follows such a part with only '、' between: '建成服务站126个、服务中心12个,共建成网点138个'; or with the noun
    the total's verb takes ('分别涉及小区48个、63个和57个,累计改造小区170个': 小区)."""
    previous: Figure | None = None
    for part in parts:
        clause = re.split(r"[,,;;、。:: \n]", text[max(0, part.doc_start - 20):part.doc_start])[-1]
        listed = previous is not None and not re.search(r"[,,;;。:: \n]", text[previous.doc_end:part.doc_start])
        if verb not in clause and not listed and not (len(noun) >= 2 and clause.endswith(noun)):
            return False
        previous = part
    return True


def _clause_before(text: str, f: Figure) -> str:
    """The words of the figure's clause before it (back to the last comma, semicolon or full stop; 20 characters at most)."""
    return _clause_to(text, f.doc_start)


def _clause_to(text: str, at: int, reach: int = 20) -> str:
    """The words of the clause that runs up to `at` (back to the last comma, semicolon or full stop; `reach` at most)."""
    return CLAUSE_BREAK_RE.split(text[max(0, at - reach):at])[-1]


def _clause_after(text: str, at: int, reach: int = 20) -> str:
    """The words of the clause that runs on from `at` (up to the next comma, semicolon or full stop; `reach` at most):
    '…全年为62,481人完成待遇领取资格认证,' names the figure after it."""
    return CLAUSE_BREAK_RE.split(text[at:at + reach])[0]


def _clause_break(text: str, before: Figure, after: Figure) -> bool:
    return any(ch in text[before.doc_end:after.doc_start] for ch in CLAUSE_BREAKS)


def _parts_making(text: str, parent: Figure, kids: list[Figure]) -> tuple[list[Figure], bool]:
    """The parts of a list up to a clause break where they already make the total exactly, if the whole list does
    not: '其中上海召开2次、我县召开4次,县委书记带队赴上海对接3次' breaks 6次 down into 2次 and 4次, and the
    clause after them is no part of it. Exactly, so a list that is wrong stays whole and fails as printed.

    Not when an item after the break is named a part ('…,其他渠道销售480万元'), nor when the parts before it
    are listed with clause breaks too ('其中县城12个,乡镇集镇27个,村级24个,安置点5个'): nothing then tells a last
    part from a later clause, so the whole list is checked, and True says it is unsure (low confidence)."""
    if parent.base_value is None or any(k.base_value is None for k in kids):
        return kids, False
    values = [k.base_value for k in kids if k.base_value is not None]
    if sum(values) == parent.base_value:
        return kids, False
    for j in range(len(kids) - 1, 1, -1):
        if _clause_break(text, kids[j - 1], kids[j]) and sum(values[:j]) == parent.base_value:
            if any(_named_other(text, kids[i - 1], kids[i]) for i in range(j, len(kids))):
                return kids, False
            cut = _breaks(text, kids[j - 1], kids[j])
            if all(_breaks(text, kids[i - 1], kids[i]) == cut for i in range(1, j)):
                return kids, True
            return kids[:j], False
    return kids, False


def _breaks(text: str, before: Figure, after: Figure) -> str:
    """The clause breaks between two figures: ',' in '其中一般债券2.1亿元,专项债券…', ';' before '…;再融资债券'."""
    return "".join(sorted({ch for ch in text[before.doc_end:after.doc_start] if ch in CLAUSE_BREAKS}))


def _named_other(text: str, before: Figure, f: Figure) -> bool:
    """Whether the clause of `f` (after the figure `before`) opens with 其他/其余: an item that is a part by name."""
    clause = re.split(r"[,,;;、。]", text[before.doc_end:f.doc_start])[-1]
    return OTHER_ITEM_RE.match(clause) is not None


def _opening_totals_dropped(text: str, total: Figure, parts: list[Figure]) -> list[Figure]:
    """'帮扶干部共128人,省级干部20人、市级干部48人、县级干部60人,合计128人': a figure that opens the sentence, as
    large as the 合计 after it and a clause before the rest, states the total; the parts are the rest."""
    while (len(parts) > 2 and total.base_value is not None and parts[0].base_value is not None
           and parts[0].base_value >= total.base_value and _clause_break(text, parts[0], parts[1])):
        parts = parts[1:]
    return parts


def _bracket_after(text: str, f: Figure, limit: int) -> Span | None:
    """'600万元(含茶叶400万元)': the bracket that opens right after a figure, up to its closing bracket."""
    if not text.startswith(tuple(OPEN_BRACKETS), f.doc_end):
        return None
    return Span(f.doc_end, _paren_end(text, f.doc_end + 1, limit) + 1)


def _names_between(text: str, figs: Sequence[Figure], f: Figure, at: int) -> bool:
    """Whether only the noun `f` counts stands between it and offset `at` ('完成的512户' + '改厕任务' + 由…组成)."""
    between = any(f.doc_end <= g.doc_start < at and g.kind != "date" for g in figs)
    return not between and re.fullmatch(r"[\u4e00-\u9fff]{1,8}", text[f.doc_end:at]) is not None


def _just_before(text: str, figs: Sequence[Figure], f: Figure, at: int) -> bool:
    """Whether `f` is the last figure before offset `at`, with at most a comma and a short adverb between."""
    between = any(f.doc_end <= g.doc_start < at and g.kind != "date" for g in figs)
    return not between and INCLUDES_LEAD_RE.fullmatch(text, f.doc_end, at) is not None


def _thresholds(text: str, start: int, kids: Sequence[Figure]) -> bool:
    """Parts that each count what passes a threshold ('亿元以上项目35个、10亿元以上项目9个') nest in each other; parts
    above and below thresholds both ('1000万元以上项目12个、1000万元以下项目8个') split the whole between them."""
    sides: set[str] = set()
    for words in _part_words(text, start, kids):
        side = re.search(r"以上|以下", words)
        if not side:
            return False
        sides.add(side.group())
    return len(sides) == 1


def _part_words(text: str, start: int, kids: Sequence[Figure]) -> list[str]:
    """The words before each part of a list: from `start` (the cue's end) to the first, then between the parts."""
    out: list[str] = []
    for kid in kids:
        out.append(text[start:kid.doc_start])
        start = kid.doc_end
    return out


def _parts_total(parent: Figure, kids: Sequence[Figure]) -> tuple[Decimal, Decimal] | None:
    """(the parts' total, the total) in base units, or None when a value is missing."""
    if parent.base_value is None or any(k.base_value is None for k in kids):
        return None
    return sum((k.base_value for k in kids if k.base_value is not None), Decimal(0)), parent.base_value


def _far_over(parent: Figure, kids: Sequence[Figure]) -> bool:
    """The parts add up to more than the total by over a tenth ('耕地面积86.4万亩,其中永久基本农田72.8万亩,已建成高标准
    农田41.5万亩'): groups that overlap are likelier than a misprint, so the check is a warning, not an error."""
    totals = _parts_total(parent, kids)
    return totals is not None and totals[0] * 10 > totals[1] * 11


def _short(parent: Figure, kids: Sequence[Figure]) -> bool:
    """The parts add up to less than the total."""
    totals = _parts_total(parent, kids)
    return totals is not None and totals[0] < totals[1]


def _kinds_differ(text: str, start: int, kids: Sequence[Figure]) -> bool:
    """Whether every part names a kind of group (GROUP_KINDS; where people work also as '在浙江就业') and two parts
    name none in common: groups that overlap ('脱贫人口…、监测对象…、少数民族群众…': ethnicity cuts across status)."""
    kinds: list[set[str]] = []
    for words in _part_words(text, start, kids):
        named = {kind for kind, marks in GROUP_KINDS.items() if any(m in words for m in marks)}
        kinds.append(named | ({"where"} if WORKS_AT_RE.search(words) else set()))
    if not all(kinds):
        return False
    return any(not (a & b) for i, a in enumerate(kinds) for b in kinds[i + 1:])


def _properties_overlap(text: str, parent: Figure, start: int, kids: Sequence[Figure]) -> bool:
    """Parts each said with a clause and 的 ('吸纳脱贫人口就业的车间61个,由浙江企业投资建设的车间29个') that add up to
    over a fiftieth more than the total: properties the same things may have together, not a breakdown."""
    words = _part_words(text, start, kids)
    if not all("的" in w for w in words) or _bands(words):
        return False  # '50万元以上的41个、10万至50万元的157个、10万元以下的89个': bands split the whole
    totals = _parts_total(parent, kids)  # (a little over, up to a fiftieth, is likelier a misprint: '集中安置的590户,
    return totals is not None and totals[0] * 50 > totals[1] * 51  # 分散安置的271户' of 860)


def _bands(words: Sequence[str]) -> bool:
    """Whether the parts are bands of one scale that cannot overlap: one above a bound, one below a bound, and any
    between them a range ('…50万元以上的、10万至50万元的、10万元以下的')."""
    above = [w for w in words if re.search(r"以上|超过|高于", w)]
    below = [w for w in words if re.search(r"以下|不足|低于|不到", w)]
    ranges = [w for w in words if BAND_RANGE_RE.search(w)]
    return len(above) == 1 and len(below) == 1 and len(above) + len(below) + len(ranges) == len(words)


def _grades_overlap(text: str, start: int, kids: Sequence[Figure]) -> bool:
    """Whether one part counts a grade and up ('二级以上博物馆9座') and another a grade ('国家一级博物馆3座'): the
    one may be among the other (which way grades run differs: 一级 museums are the top, 三级 hospitals)."""
    words = _part_words(text, start, kids)
    graded = [GRADE_RE.search(w) for w in words]
    return any(g is not None and g.group("up") for g in graded) and sum(g is not None for g in graded) >= 2


def _names_nest(kids: Sequence[Figure]) -> bool:
    """Whether one part's name is another's with words before it ('节水灌溉面积' and '高效节水灌溉面积'): the one is a kind
    of the other, within it, so the two are no split of the total."""
    labels = [k.label or "" for k in kids]
    return any(len(a) >= 3 and len(b) > len(a) and b.endswith(a) and not re.search(r"(?:未|不|非|无|没有)$", b[:-len(a)])
               for a in labels for b in labels)  # ('消除风险' and '未消除风险' split the whole: one is the other's negation)


def _some_said_with_de(text: str, kids: Sequence[Figure]) -> bool:
    """Some parts named by a clause ending in 的 right before the figure ('涉及征地拆迁的312件') and some by a noun
    ('网上信访836件'): a property beside a kind, which cut across each other ('受理信访事项1284件,其中网上信访836件,
    涉及征地拆迁的312件')."""
    said = [text[max(0, k.doc_start - 1):k.doc_start] == "的" for k in kids]
    return any(said) and not all(said)


def _milestones_differ(text: str, start: int, kids: Sequence[Figure]) -> bool:
    """Whether every part names one milestone (MILESTONES), not as one not yet reached, and two parts name
    different ones: '其中新落地企业18家、已投产企业13家' (13 of the 18 may be among them)."""
    reached: list[str] = []
    for words in _part_words(text, start, kids):
        named = [(words.find(m), m) for m in MILESTONES if m in words]
        if len(named) != 1 or NOT_YET_RE.search(words, 0, named[0][0]):
            return False
        reached.append(named[0][1])
    return len(set(reached)) > 1


def _statuses_within(text: str, parent: Figure, start: int, kids: Sequence[Figure]) -> bool:
    """Whether every part names a status (脱贫, 监测 …) and the total names none: the groups a report follows,
    within a total of everyone ('吸纳就业1860人,其中吸纳脱贫人口就业1020人、吸纳监测对象就业136人'); a total that is
    of a status itself ('监测帮扶对象1260户,其中脱贫不稳定户…、边缘易致贫户…') is broken down by them."""
    marks = GROUP_KINDS["status"]
    if any(m in _clause_before(text, parent) or m in (parent.label or "") for m in marks):
        return False
    named: list[str] = []
    for words in _part_words(text, start, kids):
        found = [m for m in marks if m in words]
        if not found:
            return False
        named.append(found[0])
    if "一般户" in named:
        return False  # '农户415户,分别是脱贫户102户、监测户31户、一般户282户': the ordinary ones complete the split
    return len(set(named)) == len(named)  # '其中已脱贫10000户、未脱贫2345户' splits the total by one status


def _remainders(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'到位帮扶资金6200万元,已拨付4850万元,下余资金1350万元': what is left (下余, 结余, 剩余 …) after what was used
    makes, with it, the figure before: 6200 = 4850 + 1350, when the sentence has just those two of its measure before it."""
    used = build.children | build.parents
    for i, left in enumerate(figs):
        words = _clause_before(text, left)
        if not REMAINDER_RE.match(words) or not _summable(text, left) or left.figure_id in used:
            continue
        sentence = _sentence(text, left.doc_start)
        same = [f for f in figs[:i] if f.doc_start >= sentence.start and measure(f) == measure(left) and _summable(text, f)]
        if any(f.figure_id in build.children for f in same):
            continue  # (a total of its own list may still be spent from: '已拨付3.12亿元,…。其中…2.19亿元')
        if len(same) == 1 and USED_RE.match(_clause_before(text, same[0])):
            same = [*_total_before(text, figs, sentence.start, left, build), *same]
            if len(same) == 2 and (same[0].base_value or 0) < (same[1].base_value or 0):
                continue  # a total smaller than what was spent from it is no total of it
        if CARRIED_RE.search(words):
            continue  # '收入、支出分别为48.62亿元和45.19亿元,年末滚存结余为39.77亿元': a stock carried, no remainder of the year's
        if "收支平衡" in text[sentence.start:sentence.end]:
            continue  # '收入总计177,057万元,支出总计177,057万元,收支平衡,年终结余823万元': a balanced account, its 结余 carried
        if len(same) != 2 or any(REMAINDER_RE.match(_clause_before(text, f)) for f in same):
            continue  # '计划96个,已开工96个,…已完工81个,剩余15个': which two it completes is not said; '支出完成91,350万元,
            # 当年结余5,130万元,年末滚存结余68,720万元': a balance carried is no remainder of the spending before it
        build.add("sum", same[0], [*same[1:], left], words.strip(), left.page)


DONE_STATE_RE = re.compile(r"^(?:目前|截至目前|现)?[,,]?已(?:经)?(?:整改|完成|办结|销号|化解|解决|落实)")
STILL_STATE_RE = re.compile(r"^(?:目前|现)?[,,]?(?:正在|尚在|仍在|尚未|未|需长期|长期|持续)")
STATES = "已…正在…"


def _states(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'巡察反馈问题46个,已整改到位38个,正在整改6个,需长期坚持的2个': what was found, then three states or more it is in,
    one after the other (the first done, 已整改…; the rest not yet, 正在…, 尚未…, 需长期…), together make it. The found is the
    figure of their measure just before the first state, in its sentence or the one before. Short of it by over a
    tenth, some states may be unsaid: a warning."""
    used = build.children | build.parents
    for i, first in enumerate(figs):
        if not DONE_STATE_RE.match(_clause_before(text, first).strip()) or not _summable(text, first) or first.figure_id in used:
            continue
        sentence = _sentence(text, first.doc_start)
        states = [first]
        for g in figs[i + 1:]:
            if g.doc_start >= sentence.end or measure(g) != measure(first):
                continue
            if not STILL_STATE_RE.match(_clause_before(text, g).strip()) or not _summable(text, g) or g.figure_id in used:
                break
            states.append(g)
        if len(states) < 3:
            continue  # (two, '已拨付…,剩余…', '已整改…,正在整改…': a remainder, _remainders)
        floor = _sentence(text, sentence.start - 1).start if sentence.start else 0
        found = [f for f in figs[:i] if floor <= f.doc_start and measure(f) == measure(first) and _summable(text, f)]
        if not found or found[-1].figure_id in used or _paragraph(text, found[-1].doc_start) != _paragraph(text, first.doc_start):
            continue
        build.add("sum", found[-1], states, STATES, found[-1].page, low=_far_short(found[-1], states))


# '全县168个行政村中,': a total, the words that name what it counts, then 中 and a clause break
AMONG_RE = re.compile(r"(?P<noun>[^\d,,;;。::、()（）\n]{0,24}?)(?<![其集期途])中[,,::]")
CLASS_MARK = r"(?:[IVX]{1,4}|[一二三四五六七八九十]|[1-9]|[A-E甲乙丙丁])"
# a class of one scale: 一类, IV类, I—III类, 二级, 一等, 甲等, A级, 优级, 劣V类, 大型 …
CLASS_RE = re.compile(rf"(?:劣V|{CLASS_MARK}(?:\s*[—–\-~～至到]\s*{CLASS_MARK})?|[优良差])(?:类|级|等|档)(?!以上|以下|及以上|及以下)|(?:特大|大|中|小|微)型")
LIST_JOINT_RE = re.compile(r"\s*[、,,和及与]\s*")  # what stands between figures listed after 分别
CLASS_OR_UP_RE = re.compile(r"(?:类|级|等|档)(?:以上|以下|及以上|及以下)")


def _classes_among(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'全县168个行政村中,一类村45个,二类村80个,三类村43个': figures after a total and 中, to the sentence's end, each
    named by a class of one scale (CLASS_RE), every one a different class, are disjoint parts of the total: their sum is
    within it (a subset; a class may go unmentioned, '无劣V类断面'); so are figures listed after 分别 when the classes are
    named before it, one for each ('I类、II类、III类水质断面分别为2个、11个、9个'). Not when a figure of the measure among them names
    no class ('通硬化路的120个': attributes, which may overlap) or a class and up ('二级以上')."""
    used = build.children | build.parents
    for i, total in enumerate(figs):
        among = AMONG_RE.match(text, total.doc_end)
        if among is None or total.figure_id in used or not _summable(text, total):
            continue
        sentence_end = _sentence(text, total.doc_start).end
        listed = [f for f in figs[i + 1:] if among.end() <= f.doc_start < sentence_end and measure(f) == measure(total)]
        words = _part_words(text, among.end(), listed)
        classes = [CLASS_RE.findall(w) for w in words]
        if listed and len(classes[0]) == len(listed) and "分别" in words[0] and all(LIST_JOINT_RE.fullmatch(w) for w in words[1:]):
            classes = [[c] for c in classes[0]]  # 'I类、II类…水质断面分别为2个、11个…': the classes named first
        if (len(listed) < 2 or any(len(c) != 1 for c in classes) or len({c[0] for c in classes}) < len(classes)
                or any(CLASS_OR_UP_RE.search(w) for w in words) or any(f.figure_id in used for f in listed)
                or not all(_summable(text, f) for f in listed)):
            continue
        build.add("subset", total, listed, "中", total.page)


def _total_before(text: str, figs: Sequence[Figure], start: int, like: Figure, build: _Builder) -> list[Figure]:
    """The total a sentence that starts at `start` spends from when it does not say it: the one figure of the measure in
    the sentence before ('全年到位资金2.46亿元。\n截至目前,已支出1.87亿元,结余资金0.69亿元'), the total that sentence
    ends with ('…市级下达3200万元,合计1.67亿元。') or breaks down ('总投资4865.2万元,其中…'; '其中:…146.28万元,…68.83
    万元。' of its total before); none when it has several and no total of them. A sentence of the paragraph with no
    figure of the measure is passed over, once ('…总投资4865.2万元,其中…。工程覆盖14个乡镇…。已支付…,尚未支付…')."""
    end = start
    for hop in range(2):
        while end > 0 and (text[end - 1] in SENTENCE_END or text[end - 1].isspace()):
            end -= 1
        if end == 0:
            return []
        before = _sentence(text, end - 1)
        found = [f for f in figs if before.start <= f.doc_start < end and measure(f) == measure(like) and _summable(text, f)]
        if found or hop or "\n" in text[before.start:start]:
            break
        end = before.start  # (passed over: '工程覆盖14个乡镇,受益人口8.62万人。')
    if _item_number(text[before.start:end]) is not None:
        return []  # '4、项目管理费0.09亿元。': a numbered item's own figure, no total spent from
    if len(found) == 1 and found[0].figure_id not in build.children:
        return found
    if len(found) > 1 and found[-1].figure_id in build.parents and all(f.figure_id in build.children for f in found[:-1]):
        return found[-1:]
    tops = [f for f in found if f.figure_id not in build.children]
    wholes = {w.figure_id: w for f in found if (w := build.whole_of(f, figs)) is not None}
    if len(tops) == 1 and all(build.whole_of(f, figs) is tops[0] for f in found if f is not tops[0]):
        return tops  # '总投资4865.2万元,其中中央…2800万元、省级…1200万元…': the total its own sentence breaks down
    if found and not tops and len(wholes) == 1 and (whole := next(iter(wholes.values()))).doc_start < before.start:
        return [whole]  # '…共计312.64万元…。其中:…146.28万元,…68.83万元。': the parts' total, a sentence before
    return []


def _places_nest(text: str, start: int, kids: Sequence[Figure]) -> bool:
    """Whether every part names one place word (OUTWARD, INWARD) and two of them are levels of one direction:
    '其中县外就业1.3万人,省外就业0.6万人' (the 省外 ones are 县外 too); not '县内…、县外…' (one level)."""
    named: list[str] = []
    for words in _part_words(text, start, kids):
        found = [w for w in OUTWARD + INWARD if w in words]
        if len(found) != 1:
            return False
        named.append(found[0])
    return any(len({w for w in named if w in side}) > 1 for side in (OUTWARD, INWARD))


def _levels_left_out(text: str, parent: Figure, start: int, kids: Sequence[Figure]) -> bool:
    """Whether the total counts what is at a level or above ('市级以上龙头企业28家') and the parts, each a level
    (国家级, 省级), leave that level out: they list only some of the total."""
    above = LEVELS_ABOVE_RE.search(_clause_before(text, parent))
    if above is None:
        return False
    named: list[str] = []
    for words in _part_words(text, start, kids):
        found = [level for level in LEVELS if level in words]
        if len(found) != 1:
            return False
        named.append(found[0])
    return above.group(1) + "级" not in named


def _far_short(parent: Figure, kids: Sequence[Figure]) -> bool:
    """Parts after 其中 that fall short of their total by over a tenth ('接待游客4562.3万人次,其中过夜游客…、乡村旅游游客…、
    红色旅游游客…'): a 其中 list names notable groups as often as all of them, so the check is a warning."""
    totals = _parts_total(parent, kids)
    return totals is not None and totals[0] * 10 < totals[1] * 9 and not _unit_slip(totals[0], totals[1], kids)


def _totals_of(parent: Figure, kids: Sequence[Figure]) -> tuple[Decimal, Decimal]:
    return _parts_total(parent, kids) or (Decimal(0), Decimal(0))


def _unit_slip(parts: Decimal, total: Decimal, kids: Sequence[Figure], unit: str | None = None) -> bool:
    """Whether one part printed at another scale would make the total within a hundredth ('3.2亿元,其中…1.8亿元、…
    1.4万元': 1.4亿元 makes it): a misprint, not a list of some groups. A part printed larger than it is
    ('3280万元,其中…1150万元,…1.27亿元,…860万元': 1270万元 makes it) only in a unit other than the total's, `unit`:
    a part of the total's unit divided down would as good as drop it ('2.47万个…0.68万个、1.12万个、1.79万个')."""
    for kid in kids:
        value = kid.base_value or Decimal(0)
        for power in (10, 100, 1000, 10_000):
            for meant in (value * power, value / power) if unit is not None and kid.unit != unit else (value * power,):
                if total and abs(parts - value + meant - total) * 100 <= total:
                    return True
    return False


def _covers_little(parent: Figure, kids: Sequence[Figure]) -> bool:
    """Parts that add up to less than half their total list examples of it, not a breakdown."""
    totals = _parts_total(parent, kids)
    return totals is not None and totals[0] * 2 < totals[1]


def _split_nested(text: str, kids: list[Figure], build: _Builder) -> list[Figure]:
    """'其中本县劳动力5920人,本县劳动力中脱贫劳动力1436人': a part counted within an earlier part is its subset."""
    out: list[Figure] = []
    for kid in kids:
        clause = text[max(0, kid.doc_start - 20):kid.doc_start]
        clause = re.split(r"[,,;;、]", clause)[-1]
        holder = next((p for p in out if p.label and f"{p.label}中" in clause), None)
        if holder is not None:
            build.add("subset", holder, [kid], f"{holder.label}中", holder.page)
        else:
            out.append(kid)
    return out


def _totals_after(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'A 12个、B 18个、C 30个,共计62个' and '…(四)…310万元。以上合计3860万元': the total printed after its parts."""
    for i, total in enumerate(figs):
        if not _summable(text, total) or total.figure_id in build.children or total.figure_id in build.summed_parents():
            continue  # (a total with subsets only, '…合计116项;其中今年新增…3项', still totals the parts before it)
        cue = _closing_total(text, total)
        if cue is None or OPERAND_RE.match(_clause_before(text, total)):
            continue  # ('…上年结转0.86亿元,加本年收入总计38.45亿元,减本年支出总计38.12亿元,…': what is added or taken away)
        wide = cue.group().startswith(("以上", "上述"))
        window = _paragraph(text, total.doc_start) if wide else _sentence(text, total.doc_start)
        start = window.start
        if wide:  # '以上合计' may close a run of numbered paragraphs just before it
            paragraphs = _paragraphs(text)
            index = next(n for n, p in enumerate(paragraphs) if p.start <= total.doc_start <= p.end)
            while index > 0 and _item_number(text[paragraphs[index - 1].start:paragraphs[index - 1].end]) is not None:
                index -= 1
                start = paragraphs[index].start
        colon = max(text.rfind(":", start, total.doc_start), text.rfind(":", start, total.doc_start))
        start = max(start, colon + 1)  # '按类别分:茶叶1.52亿元、…,以上合计3.86亿元': the parts follow the colon
        parts = _parts_before(text, figs[:i], total, start, build)
        semicolon = max(text.rfind(";", start, total.doc_start), text.rfind("；", start, total.doc_start))
        if semicolon >= 0 and sum(1 for p in parts if p.doc_start > semicolon) >= 2:
            parts = [p for p in parts if p.doc_start > semicolon]  # '收入…86.4亿元,…;支出安排112.6亿元,加上…,支出总计': this statement's
        if text[start:].lstrip().startswith("加") and start > 0:  # '…收入完成52,360万元,…。加上级补助收入6,850万元、…,
            before = _sentence(text, start - 1)                   # 收入总计108,950万元': the sum starts a sentence back
            first = next((f for f in figs[:i] if before.start <= f.doc_start < start and measure(f) == measure(total)
                          and _summable(text, f) and f.figure_id not in build.children), None)
            parts = [first, *parts] if first is not None else parts
        opening = semicolon + 1 if 0 <= semicolon < (parts[0].doc_start if parts else -1) else start  # (this statement's)
        if parts and (named := NAMED_BASE_RE.match(text, opening, parts[0].doc_start)) is not None:
            base = _base_named(text, figs[:i], total, named.group("name"), start)
            if base is None:
                continue  # '社会保险基金收入加上上年结余…,收入总计…': the first part was never printed
            parts = [base, *parts]  # '政府性基金预算收入加上上级补助收入3,860万元、…,收入总计119,600万元': 45,600万元 before
        counted = _parts_counted(text, total, cue) if len(parts) < 2 and not wide else None
        if counted is not None and window.start > 0 and window.start > _paragraph(text, total.doc_start).start:
            # '第一批次选派教师24人,第二批次…31人。两批次共选派教师55人': the parts are in the sentence before, as many as it says
            parts = _parts_before(text, figs[:i], total, _sentence(text, window.start - 1).start, build)
            if len(parts) != counted:
                continue
        elif counted is not None and window.start > 0:
            # '(一)…1,236万元;' / '(二)…4,518万元;' / '(三)…2,075万元。' / '三项合计7,892万元': one from each numbered item above
            parts = _items_above(text, figs[:i], total, counted, build)
        shared = cue.group("verb") or cue.group("noun")
        taken = cue.group()[cue.end("verb") - cue.start():] if cue.group("verb") else ""  # '累计改造小区': 小区
        if shared and not _share_verb(text, parts, shared, taken):
            continue
        if (cue.group("noun") and any(f"总{cue.group('noun')}" in _clause_before(text, part) for part in parts)
                and not (i and _closing_total(text, figs[i - 1]) and re.fullmatch(r"[、和及]", text[figs[i - 1].doc_end:_lead_start(text, total)]))):
            continue  # '工业项目12个,总投资28.6亿元;…文旅项目5个,总投资9.8亿元': each item's own total, no total of the others
            # (but '…,合计开工项目56个、总投资182.5亿元': the 合计 before it totals both)
        if len(parts) >= 2:
            build.add("sum", total, parts, cue.group(), total.page)


NAMED_BASE_RE = re.compile(r"[\s,,。;;]*(?P<name>[\u4e00-\u9fff]{2,20}?)(?<![参增追新附施外叠添更倍])加上")  # '政府性基金预算收入加上…'


def _base_named(text: str, figs: Sequence[Figure], total: Figure, name: str, start: int) -> Figure | None:
    """The last figure of the total's measure printed for `name` before `start`, in the same paragraph: its label
    names it ('政府性基金预算收入完成' for 政府性基金预算收入; 全县 … before it aside)."""
    paragraph = _paragraph(text, start)
    bare = name.removeprefix("全县").removeprefix("全市")
    return next((f for f in reversed(figs) if paragraph.start <= f.doc_start < start and measure(f) == measure(total)
                 and _summable(text, f) and bare in (f.label or "")), None)


def _items_above(text: str, figs: Sequence[Figure], total: Figure, counted: int, build: _Builder) -> list[Figure]:
    """The one figure of the total's measure in each of the `counted` numbered paragraphs right above the total's own,
    numbered in turn; [] unless there are so many, each with one such figure."""
    paragraphs = _paragraphs(text)
    index = next(n for n, p in enumerate(paragraphs) if p.start <= total.doc_start <= p.end)
    above = paragraphs[max(0, index - counted):index]
    numbers = [_item_number(text[p.start:p.end]) for p in above]
    if len(above) != counted or numbers != list(range(1, counted + 1)):
        return []
    parts = [[f for f in _parts_before(text, figs, total, p.start, build) if f.doc_end <= p.end] for p in above]
    return [found[0] for found in parts] if all(len(found) == 1 for found in parts) else []


def _done_from(text: str, kids: Sequence[Figure]) -> int:
    """Where the parts said to be done already begin, when the first is not ('其中违规使用资金1.24亿元、损失浪费3260万元,
    已整改到位4.12亿元'; '其中亿元以上项目15个,已开工32个'): how far the whole has come, within it, not a kind of it;
    len(kids) when none is. Lists of states ('其中已建成12个、在建8个') are no such thing."""
    if not kids or re.match(r"[,, ::]*(?:其中)?[,, ::]*(?:已|未|尚未|正在|在)", _clause_before(text, kids[0])):
        return len(kids)
    return next((i for i, kid in enumerate(kids) if i and re.match(r"已经?", _clause_before(text, kid))), len(kids))


def _another_statement(text: str, parent: Figure, start: int, kid: Figure) -> bool:
    """A figure after a semicolon in a 其中 list that is larger than the total ('转移就业1834人,其中脱贫人口1127人;帮助省内
    就近就业3652人'), or named as the total is with other words in the middle ('排查一般隐患4617处,其中已整改4589处;排查重大
    隐患12处'): another statement, no group within it. (Before a semicolon, '门诊费用支出…,其中…、"两病"门诊用药支出512万元'
    is a part whose name is shortened.)"""
    if not any(ch in text[start:kid.doc_start] for ch in ";;"):
        return False
    totals = _parts_total(parent, [kid])
    return (totals is not None and totals[0] > totals[1]) or _sibling_names(parent.label, kid.label)


def _list_ends_at_semicolon(text: str, start: int, kids: Sequence[Figure]) -> int:
    """How many of the kids make the list when a semicolon ends it: parts joined by 、, each ending its item
    ('分别为教育人才72名、医疗人才61名、农技人才21名'), then after a semicolon a figure that opens a statement of its own,
    words going on after it ('我县选派94名专业技术人才赴滨江区跟岗学习'). len(kids) when no such semicolon is."""
    cut = next((i for i, k in enumerate(kids) if any(ch in text[start:k.doc_start] for ch in ";;")), None)
    if cut is None or cut < 2 or any(CLAUSE_BREAK_RE.search(text, a.doc_end, b.doc_start) or "、" not in text[a.doc_end:b.doc_start]
                                     for a, b in pairwise(kids[:cut])):
        return len(kids)
    after = re.split(r"[、,,;;。:]", text[kids[cut].doc_end:kids[cut].doc_end + 40])[0]
    return cut if CJK_RUN_RE.search(after) and len(after) >= 4 else len(kids)


CJK_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")


ALL_KINDS_RE = re.compile(r"各类|各项|各种|各级|所有|全部|全体|总")  # a total's word for all of its kinds


def _sibling_names(whole: str, part: str) -> bool:
    """Whether two names differ only in the middle, by the same number of characters, the ends (two at least each) the
    same: '排查一般隐患' and '排查重大隐患' name two kinds side by side, neither within the other; not when the whole's
    middle names all kinds ('排查各类隐患')."""
    if len(whole) != len(part) or whole == part or len(whole) < 5:
        return False
    head = len(os.path.commonprefix([whole, part]))
    tail = len(os.path.commonprefix([whole[::-1], part[::-1]]))
    return head >= 2 and tail >= 2 and not ALL_KINDS_RE.search(whole[head:len(whole) - tail])


def _complement_after(text: str, figs: Sequence[Figure], parts: Sequence[Figure], end: int) -> Figure | None:
    """The first figure of the sentence after a list when that sentence opens with the complement of a part's name
    ('税收收入…。非税收入24.18亿元'): the other part of a split in two; None otherwise."""
    after = end + 1 if text[end:end + 1] in SENTENCE_END else end
    if not text.startswith("非", after):
        return None
    first = next((f for f in figs if f.doc_start >= after), None)
    if first is None or first.doc_start >= _sentence(text, after).end:
        return None
    return first if any(_negates(text[after:first.doc_start], p.label or "") for p in parts) else None


def _negates(negated: str, label: str) -> bool:
    """Whether '非税收入' names the rest of '税收收入' (非, then the same first word and the same head noun)."""
    name = negated[1:] if negated.startswith("非") else ""
    return len(name) >= 2 and len(label) >= 2 and label[0] == name[0] and label[-2:] == name[-2:]


def _complementary(kids: Sequence[Figure]) -> bool:
    """Whether two parts split by a name and its negation (税收收入 and 非税收入 make all of a revenue), or by a pair of
    words that between them say all of something of one head noun (重点人群 and 一般人群, 公办园 and 民办园)."""
    labels = [k.label or "" for k in kids]
    if len(kids) != 2:
        return False
    a, b = labels
    paired = any((a.startswith(x) and b.startswith(y)) or (a.startswith(y) and b.startswith(x)) for x, y in COMPLEMENT_WORDS)
    return any(_negates(n, m) for m in labels for n in labels) or (paired and len(a) >= 3 and a[-2:] == b[-2:])


def _semicolon_end(text: str, figs: Sequence[Figure], start: int, end: int) -> int:
    """Where a 其中 list ends: at its first semicolon once two parts of one measure stand before it ('其中5A级2家、4A级
    17家;全年新增A级景区5家'); a list whose parts are each a clause ending in ';' ('其中:A 3个;B 4个;C 5个') goes on."""
    semi = min((i for i in (text.find(ch, start, end) for ch in ";;") if i >= 0), default=-1)
    if semi < 0:
        return end
    nested = LIST_CUE_RE.search(text, start, semi)  # '其中产业资金600万元,包括茶叶…、魔芋…;就业资金…': those are its own
    counts: dict[tuple[str, str], int] = {}
    for f in figs:
        if start <= f.doc_start < (nested.start() if nested else semi) and f.kind != "date":
            counts[measure(f)] = counts.get(measure(f), 0) + 1
    return semi if any(n >= 2 for n in counts.values()) else end


def _points(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'整合涉农资金2.35亿元。一是…1.12亿元;二是…0.68亿元;三是…0.55亿元。': points 一是, 二是 … right after a total
    (nothing but a few words between it and 一是) break it down when each names one figure of its measure."""
    for run in _point_runs(text):
        lead = text[max(0, run[0].start - POINT_LEAD):run[0].start]
        before = [f for f in figs if f.doc_end <= run[0].start and run[0].start - f.doc_end <= POINT_LEAD
                  and not any(ch.isdigit() for ch in text[f.doc_end:run[0].start])
                  and not POINTS_COUNTED_RE.match(text, f.doc_start)]  # ('三个方面' counts the points, no total)
        if not before or not _summable(text, before[-1]):
            continue
        said = text[before[-1].doc_end:run[0].start]  # (not the total's own name: '实施重点项目1284个,一是…')
        if SOME_ITEMS_RE.search(said) and not _counts_points(lead, len(run)):
            continue  # (but '重点用于三个方面:一是…二是…三是…' says it lists them all)
        total = _whole_of_done(text, figs, before[-1])
        kids: list[Figure] = []
        for item in run:
            inside = [f for f in figs if item.start <= f.doc_start < item.end and measure(f) == measure(total)]
            if len(inside) != 1 or not _summable(text, inside[0]) or inside[0].figure_id in build.children:
                break
            kids.append(inside[0])
        if len(kids) == len(run) and total is not before[-1] and sum(k.base_value or 0 for k in kids) == before[-1].base_value:
            total = before[-1]  # the points make up what is done, exactly: theirs
        if len(kids) == len(run) and total.figure_id not in build.children:
            cue_text = "、".join(text[p.start:p.start + 2] for p in run)
            if OTHERS_AFTER_RE.search(text, kids[-1].doc_end, run[-1].end) or RESTS_RE.search(text, kids[-1].doc_end, run[-1].end):
                for kid in kids:  # '一是…12人次,二是…9人次,其余为邻里纠纷等问题': some of it, the rest not counted
                    build.add("subset", total, [kid], cue_text, total.page)
            else:
                build.add("sum", total, kids, cue_text, total.page)


def _points_then_total(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'一是…未拨付1865.2万元;二是…236.8万元;三是…多计工程款89.47万元。以上问题涉及金额合计2191.74万元': points 一是, 二是 …
    each with one figure of a measure, and the sentence right after them totalling that measure (以上, 上述, 合计, 共
    …). Low confidence when only 共 says so and the total's name is not the points' ('全年共帮助…就业' of '…就业')."""
    used = build.children | build.parents
    for run in _point_runs(text):
        after = _sentence(text, run[-1].end)
        if after.start != run[-1].end or after.start >= len(text):
            continue
        for total in (f for f in figs if after.start <= f.doc_start < after.end and _summable(text, f)):
            lead = text[after.start:total.doc_start]
            if total.figure_id in build.children or not POINTS_TOTAL_RE.search(lead):
                continue  # (a total broken down by a 其中 of its own may still total the points)
            kids = [inside[0] for item in run
                    if len(inside := [f for f in figs if item.start <= f.doc_start < item.end and measure(f) == measure(total)]) == 1]
            if len(kids) != len(run) or any(k.figure_id in used or not _summable(text, k) for k in kids):
                continue
            sure = POINTS_SUMMED_RE.search(lead) is not None or all(labels_match(total.label, k.label) for k in kids)
            build.add("sum", total, kids, "、".join(text[p.start:p.start + 2] for p in run) + " … " + lead.strip()[:8],
                      total.page, low=not sure)
            break


def _whole_of_done(text: str, figs: Sequence[Figure], done: Figure) -> Figure:
    """'审计共查出问题32个,已整改到位30个。一是…11个…二是…13个…三是…8个': points after what is done of a whole (已…)
    break the whole down, the figure of its measure just before in the sentence; `done` itself when it is no such part."""
    if not re.match(r"已经?", _clause_before(text, done)):
        return done
    sentence = _sentence(text, done.doc_start)
    earlier = [f for f in figs if sentence.start <= f.doc_start and f.doc_end <= done.doc_start and measure(f) == measure(done)]
    return earlier[-1] if earlier and _summable(text, earlier[-1]) else done


def _counts_points(lead: str, n: int) -> bool:
    """Whether the words before points say how many there are, as many as follow: '三个方面' before 一是, 二是, 三是."""
    said = POINTS_COUNTED_RE.search(lead)
    return said is not None and int(parse_number(said.group("n"))) == n


def _point_runs(text: str) -> list[list[Span]]:
    """Runs of points 一是, 二是, 三是 … in order, each from its marker to the next (the last to its sentence's end)."""
    return _numbered_runs(text, [(m.start("n"), CN_ORD[m.group("n")]) for m in POINT_RE.finditer(text)], one_paragraph=False)


def _numbered_runs(text: str, marks: Sequence[tuple[int, int]], one_paragraph: bool) -> list[list[Span]]:
    """Runs of (offset, number) marks numbered 1, 2, 3 … in order (within one paragraph if `one_paragraph`), two or
    more, each as spans from its mark to the next (the last to its sentence's end)."""
    runs: list[list[int]] = []
    for at, n in marks:
        if n == 1:
            runs.append([at])
        elif runs and len(runs[-1]) == n - 1 and (not one_paragraph or _next_in_line(text, runs[-1][-1], at)):
            runs[-1].append(at)
    return [[Span(a, b) for a, b in zip(run, [*run[1:], _sentence(text, run[-1]).end], strict=True)]
            for run in runs if len(run) >= 2]


def _balance_sheet(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'资产总额968.27亿元,负债总额174.39亿元,净资产793.88亿元': assets are liabilities plus net assets, said in one
    sentence in this order (所有者权益 for 净资产)."""
    for i, assets in enumerate(figs):
        if not ASSETS_RE.search(_clause_before(text, assets)) or assets.figure_id in build.children:
            continue
        sentence = _sentence(text, assets.doc_start)
        after = [f for f in figs[i + 1:] if f.doc_start < sentence.end and measure(f) == measure(assets) and _summable(text, f)]
        debt = next((f for f in after if LIABILITIES_RE.search(_clause_before(text, f))), None)
        net = next((f for f in after if NET_ASSETS_RE.search(_clause_before(text, f))), None)
        if debt is not None and net is not None and debt.doc_start < net.doc_start:
            build.add("sum", assets, [debt, net], "资产 = 负债 + 净资产", assets.page)


# '与上年的29起相比减少6起', '比上年同期的412件增加37件': last year's figure and the change from it
LAST_YEAR_BEFORE_RE = re.compile(r"(?:与|和|同|比|较)(?:上年|去年|上一年)(?:同期)?的?$")
CHANGE_FROM_RE = re.compile(r"\s*(?:相比)?[,,]?\s*(?P<verb>减少|下降|降低|增加|增长|上升|多|少)了?\s*$")
YEAR_ON_YEAR = "上年 + 增加 − 减少 = 本年"


def _year_on_year(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'全年共发生各类生产安全事故21起、死亡14人,与上年的29起相比减少6起': this year's figure (the last of the measure
    before, in the clause or sentence) is last year's with the change said after it, 29 − 6 = 21."""
    for i, base in enumerate(figs[:-1]):
        change = figs[i + 1]
        if not LAST_YEAR_BEFORE_RE.search(text, max(0, base.doc_start - 8), base.doc_start) or not _addable(base):
            continue
        said = CHANGE_FROM_RE.fullmatch(text, base.doc_end, change.doc_start)
        if said is None or measure(change) != measure(base) or not _addable(change):
            continue
        sentence = _sentence(text, base.doc_start)
        now = next((f for f in reversed(figs[:i]) if f.doc_start >= sentence.start and measure(f) == measure(base)
                    and _summable(text, f)), None)
        if now is None or now.figure_id in build.parents:
            continue
        away = said.group("verb") in ("减少", "下降", "降低", "少")
        build.add("balance", now, [base, change], YEAR_ON_YEAR, now.page, subtracted=[change] if away else [])


def _roll_forwards(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'债务余额年初为45.60亿元,当年新增债务8.20亿元,偿还到期债务3.75亿元,年末余额为50.05亿元': an opening stock,
    each change signed by the last verb of its clause (新增, 调增 add; 偿还, 调减 take away), and the closing stock
    they leave, within three sentences of one paragraph; or an opening stock, a closing one and its change on the
    opening ('年末存款余额312.9亿元,比年初增加26.5亿元'). A figure of the stock's measure no verb signs ('利息支出')
    leaves the stock unchecked; a breakdown of a change, or a figure in brackets, is no change of its own. Low
    confidence when the closing names another stock than the opening ('年初有企业…年末共有规上工业企业…')."""
    whole_of = {k: r.parent_figure_id for r in build.relations for k in r.child_figure_ids}
    for i, opening in enumerate(figs):
        if not any(mark in text[max(0, opening.doc_start - 40):opening.doc_start] for mark in OPENING_MARKS + ("年末", "年底")):
            continue  # (most figures open no stock: skip them cheaply)
        lead = _stock_lead(text, figs, i)
        if not (OPENING_RE.search(lead) or _year_before(text, lead, opening)) or OPENING_NOT_RE.search(lead) or not _addable(opening):
            continue
        if _listed_with_another(text, figs, i):
            continue  # '年初分别为5210人、3684人,…': stocks side by side (_parallel_roll_forwards)
        if any(r.type == "sum" and opening.figure_id in r.child_figure_ids[1:] for r in build.relations):
            continue  # '收入总计38.62亿元,其中:…调入资金2.46亿元,上年结转1.43亿元': one of the year's sources, no opening
        paragraph = _paragraph(text, opening.doc_start)
        limit = opening.doc_start
        for _ in range(3):
            limit = _sentence(text, limit).end if limit < paragraph.end else limit
        limit = min(limit, paragraph.end)
        changes: list[tuple[Figure, bool]] = []  # (figure, taken away)
        closing: Figure | None = None
        closing_lead = ""
        for j in range(i + 1, len(figs)):
            g = figs[j]
            if g.doc_start >= limit:
                break
            if measure(g) != measure(opening) or not _addable(g) or _paren_end(text, g.doc_start, limit) != limit:
                continue
            if whole_of.get(g.figure_id) in {opening.figure_id, *(c.figure_id for c, _ in changes)}:
                continue  # '新增债务8.2亿元,其中一般债务3.1亿元…': a breakdown of a change
            clause = _stock_lead(text, figs, j)
            if (said := CLOSING_RE.search(clause)) and not ACTION_VERB_RE.search(clause, said.start() + 2):
                closing, closing_lead = g, clause  # (not '年末将结余资金补充0.85亿元': a change said at the year's end)
                break
            if NET_OF_YEAR_RE.search(clause) and len(changes) >= 2:
                net = [c for c, _ in changes[-2:]]  # '本年收入58763万元,本年支出52418万元,当年结余6345万元': the year's net
                build.add("balance", g, net, "收入 − 支出 = 当年结余", g.page, subtracted=[c for c, away in changes[-2:] if away])
                continue  # (and no change of the stock of its own)
            away = _sign_said(clause, g.kind == "count", lead)
            if away is None or _role(text, g) in ("rate", "threshold", "reference"):
                break
            changes.append((g, away))
        if closing is None:
            continue
        if UNSAID_CHANGES_RE.search(text, opening.doc_end, closing.doc_start):
            continue  # '…新增缴存21.7亿元。扣除提取及其他因素后,年末缴存余额为92.9亿元': changes it does not print
        if not changes:
            changes = _change_on_opening(text, figs, closing)
        if not changes:
            continue
        flows = _flows_before(text, figs, i, lead, whole_of)
        changes = [*(flows or []), *changes]
        named = [g for g in figs if whole_of.get(g.figure_id) == opening.figure_id and len(g.label) >= 2 and g.label in closing_lead]
        start = named[0] if len(named) == 1 else opening  # '年初…累计结余4.51亿元,其中统筹基金2.93亿元…年末统筹基金累计结余': that part's
        low = not _same_stock(lead, closing_lead) or flows is None  # (a figure before the opening it cannot sign: unsure)
        kids = [start, *(c for c, _ in changes)]
        build.add("balance", closing, kids, "年初 + 增加 − 减少 = 年末", closing.page, low, [c for c, away in changes if away])


YEAR_END_RE = re.compile(r"(?P<year>(?:19|20)\d{2})年(?:末|底)[^,,;;。]{0,12}$")


def _year_before(text: str, lead: str, f: Figure) -> bool:
    """Whether a stock at the end of a year opens the next one, which the sentence after says ('2022年末全市草原面积为
    486.3万亩。2023年新增…,减少…,至年末…'): the year after it named within that sentence's first 12 characters, or
    at the start of the figure's next clause ('2023年末结转资金312.46万元,2024年到位资金…')."""
    said = YEAR_END_RE.search(lead)
    if said is None:
        return False
    year_after = f"{int(said.group('year')) + 1}年"
    if re.match(rf"\s*[,,;;]\s*{year_after}", text[f.doc_end:f.doc_end + 12]):
        return True  # '2023年末结转资金312.46万元,2024年到位资金…': the next clause, in the next year
    following = _sentence(text, _sentence(text, f.doc_start).end)
    return year_after in text[following.start:following.start + 12]


def _flows_before(text: str, figs: Sequence[Figure], i: int, lead: str, whole_of: dict[str, str]) -> list[tuple[Figure, bool]] | None:
    """What came in or went out printed before the opening, in its sentence ('全年新增发放贷款3,642万元,惠及1,108户;
    年初贷款余额8,215万元,本年收回…,年末贷款余额…'): each of the opening's measure signed by a verb of its clause and naming
    no other stock; None when one of them is signed by none, names another stock, is a stock or is in brackets (the
    balance is then unsure: that figure may be one of its changes)."""
    opening = figs[i]
    sentence = _sentence(text, opening.doc_start)
    start = _clause_start(text, opening.doc_start, sentence.start)
    flows: list[tuple[Figure, bool]] = []
    for j, g in enumerate(figs[:i]):
        if g.doc_start < sentence.start or g.doc_end > start or measure(g) != measure(opening) or g.figure_id in whole_of:
            continue
        clause = _stock_lead(text, figs, j)
        away = _sign_said(clause, g.kind == "count", lead)
        if (away is None or not _addable(g) or _role(text, g) != "amount" or STOCK_CLAUSE_RE.search(clause)
                or OPENING_RE.search(clause) or _paren_end(text, g.doc_start, start) != start
                or not _stock_words(clause) <= _stock_words(lead)):
            return None
        flows.append((g, away))
    return flows


def _openings_after(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'年末各项贷款余额为415.26亿元,比年初的378.94亿元增加36.42亿元': a closing stock, the opening it is compared
    with and the change, in this order in one sentence."""
    for i, closing in enumerate(figs[:-2]):
        opening, change = figs[i + 1], figs[i + 2]
        said = CHANGE_BETWEEN_RE.match(text[opening.doc_end:change.doc_start])
        if said is None or not OPENING_AFTER_RE.search(text[closing.doc_end:opening.doc_start]):
            continue
        if measure(opening) != measure(closing) or measure(change) != measure(closing):
            continue
        if not CLOSING_RE.search(_stock_lead(text, figs, i)) or not all(_addable(f) for f in (closing, opening, change)):
            continue
        away = [change] if said.group("verb") in TAKEN_AWAY else []
        build.add("balance", closing, [opening, change], "年初 + 增加 − 减少 = 年末", closing.page, subtracted=away)


def _stocks_first(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'贷款余额由年初的112.5亿元增至年末的128.5亿元,全年新增贷款35.6亿元,到期偿还19.6亿元' and '年初、年末债务余额分别为
    45.6亿元和50.05亿元,当年新增8.2亿元,偿还3.75亿元': both stocks printed first, then what changed between them, each
    change signed by the last verb of its clause (as _roll_forwards reads them).

    The changes are the figures of the stocks' measure in the rest of the closing's sentence, or, when it has none,
    in the next sentence of its paragraph. Both an addition and a taking away must be among them: a gross flow alone
    ('全年新增贷款35.6亿元') is seldom the whole change. Not checked when a figure of the measure there is signed by no
    verb, when a change names another stock than the opening's clause does ('存款…,新增贷款…'), or when the text
    says there were changes it does not print (扣除…后). One change on its own is the change on the opening, which
    _change_on_opening reads."""
    whole_of = {k: r.parent_figure_id for r in build.relations for k in r.child_figure_ids}
    for i, opening in enumerate(figs[:-1]):
        pair = _stock_pair(text, figs, i)
        if pair is None:
            continue
        closing, lead = pair
        if closing.figure_id in build.parents:
            continue
        sentence = _sentence(text, closing.doc_start)
        paragraph = _paragraph(text, closing.doc_start)
        window = Span(closing.doc_end, sentence.end)
        if not any(window.start <= g.doc_start < window.end and measure(g) == measure(closing) for g in figs):
            window = _next_sentence(text, sentence, paragraph)
        changes = _signed_changes(text, figs, window, closing, lead, whole_of)
        if not changes:  # '全年归集…6.42亿元,提取4.87亿元,缴存余额由年初的…增至年末的…': the flows before both stocks
            first = _sentence(text, opening.doc_start).start
            changes = _signed_changes(text, figs, Span(first, _clause_start(text, opening.doc_start, first)), closing, lead, whole_of)
        if changes:
            build.add("balance", closing, [opening, *(c for c, _ in changes)], "年初 + 增加 − 减少 = 年末", closing.page,
                      subtracted=[c for c, away in changes if away])


def _next_sentence(text: str, sentence: Span, paragraph: Span) -> Span:
    """The sentence after `sentence` in its paragraph; an empty span at its end when it ends the paragraph."""
    if sentence.end >= paragraph.end:
        return Span(sentence.end, sentence.end)
    return Span(sentence.end, min(_sentence(text, sentence.end).end, paragraph.end))


def _clause_start(text: str, at: int, floor: int) -> int:
    """Where the clause holding `at` starts (after its comma or semicolon), not before `floor`."""
    breaks = [m.end() for m in CLAUSE_BREAK_RE.finditer(text, floor, at)]
    return breaks[-1] if breaks else floor


def _signed_changes(text: str, figs: Sequence[Figure], window: Span, stock: Figure, lead: str,
                    whole_of: dict[str, str]) -> list[tuple[Figure, bool]]:
    """The changes of a stock printed in `window` (its figures of the stock's measure), each with whether it takes away,
    signed by its clause's last change verb; none when one of them is signed by none, is a rate or in brackets, or names
    another stock than `lead` does ('存款余额由年初的…,新增贷款…'), when they do not both add and take away (what came
    in alone is seldom the whole change), or when the text says there were changes it does not print (扣除…后)."""
    changes: list[tuple[Figure, bool]] = []
    for j, g in enumerate(figs):
        if g.doc_start >= window.end:
            break
        if g.doc_start < window.start or measure(g) != measure(stock) or g is stock:
            continue
        if {away for _, away in changes} == {True, False} and NEW_STATEMENT_AFTER_SEMICOLON_RE.search(
                text, changes[-1][0].doc_end, g.doc_start):
            break  # '…新增487户,退出258户;全年发放租赁补贴1,864户': what came and went is said; this is another matter
        if whole_of.get(g.figure_id) in {c.figure_id for c, _ in changes} | {stock.figure_id}:
            continue  # '净增16亿元,其中新增35.6亿元、偿还19.6亿元': the breakdown of a change (or of the stock)
        clause = _stock_lead(text, figs, j)
        away = _sign_said(clause, g.kind == "count", lead)
        if away is None or not _addable(g) or _role(text, g) in ("rate", "threshold", "reference") \
                or _paren_end(text, g.doc_start, window.end) != window.end or not _stock_words(clause) <= _stock_words(lead):
            return []
        changes.append((g, away))
    if len(changes) < 2 or {away for _, away in changes} != {True, False} or UNSAID_CHANGES_RE.search(text, window.start, window.end):
        return []
    return changes


def _closing_first(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'年末不良贷款余额4.83亿元,年初为5.26亿元;全年新形成1.43亿元,处置1.80亿元' and '年末低保对象5862户9436人,其中…。
    与年初的6034户9718人相比,全年新增纳入…,退出…': a closing stock, the opening printed after it (in its sentence or the
    next of its paragraph; a breakdown of the closing between them is passed over), then the changes, in the rest of
    the opening's sentence, as _stocks_first reads them."""
    whole_of = {k: r.parent_figure_id for r in build.relations for k in r.child_figure_ids}
    balanced = {r.parent_figure_id for r in build.relations if r.type == "balance"}
    for i, closing in enumerate(figs):
        near = text[max(0, closing.doc_start - 30):closing.doc_start]
        if closing.figure_id in balanced or not any(mark in near for mark in CLOSING_MARKS) or not _addable(closing):
            continue  # (most figures close no stock: skip them cheaply)
        if not CLOSING_RE.search(_stock_lead(text, figs, i)):
            continue
        sentence = _sentence(text, closing.doc_start)
        paragraph = _paragraph(text, closing.doc_start)
        reach = _next_sentence(text, sentence, paragraph).end
        opening = next((g for g in figs[i + 1:] if g.doc_start < reach and measure(g) == measure(closing)
                        and whole_of.get(g.figure_id) != closing.figure_id), None)
        if opening is None or not _addable(opening):
            continue
        if not OPENING_AFTER_CLOSING_RE.search(_stock_lead(text, figs, figs.index(opening, i + 1))):
            continue
        lead = text[sentence.start:closing.doc_start]
        after = _sentence(text, opening.doc_start)
        changes = _signed_changes(text, figs, Span(opening.doc_end, after.end), closing, lead, whole_of)
        if changes:
            build.add("balance", closing, [opening, *(c for c, _ in changes)], "年初 + 增加 − 减少 = 年末", closing.page,
                      subtracted=[c for c, away in changes if away])


def _net_then_opening(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'当年收支结余0.39亿元,加上年结余3.45亿元,年末滚存结余3.94亿元': the year's net, the opening added to it after it,
    and the closing they make, one after the other in one sentence."""
    for i in range(1, len(figs) - 1):
        net, opening, closing = figs[i - 1], figs[i], figs[i + 1]
        if "加" not in text[max(0, opening.doc_start - 12):opening.doc_start]:
            continue  # (most figures are added to nothing: skip them cheaply)
        if not PLUS_OPENING_RE.match(_clause_before(text, opening)) or closing.figure_id in build.parents:
            continue
        if measure(net) != measure(opening) or measure(closing) != measure(opening) or not all(map(_addable, (net, opening, closing))):
            continue
        if _sentence(text, net.doc_start) != _sentence(text, closing.doc_start):
            continue
        if NET_OF_YEAR_RE.search(_clause_before(text, net)) and CLOSING_RE.search(_stock_lead(text, figs, i + 1)):
            build.add("balance", closing, [opening, net], "年初 + 增加 − 减少 = 年末", closing.page)


def _parallel_roll_forwards(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """Stocks carried forward side by side in one sentence: n openings in one clause ('年初企业存款余额86.4亿元、个人
    存款余额152.7亿元', '年初分别为5210人、3684人'), n closings in another ('年末分别为…和…'), and clauses of n changes
    each, in the stocks' order, signed by their verb ('年内分别新入园…、…', '离园…、…', '分别比年初增加…和…'): the i-th
    stock's opening and changes make its closing. Every clause of n figures of the measure in the sentence must be one
    of these; additions alone are no whole change unless they are the change on the opening (比年初增加)."""
    by_sentence: dict[int, list[Figure]] = {}
    for f in figs:
        if _addable(f) and any(mark in text[max(0, f.doc_start - 40):f.doc_start] for mark in OPENING_MARKS + ("年末",)):
            by_sentence.setdefault(_sentence(text, f.doc_start).start, [])  # (sentences that may hold stocks: cheap first)
    for start in by_sentence:
        sentence = _sentence(text, start)
        inside = [f for f in figs if sentence.start <= f.doc_start < sentence.end]
        groups = _clause_groups(text, inside)
        for key in {measure(f) for f in inside}:
            clauses = [(lead, g) for lead, g in groups if measure(g[0]) == key]
            n = len(clauses[0][1]) if clauses else 0
            if n < 2 or any(len(g) != n or not all(map(_addable, g)) for _, g in clauses):
                continue
            openings = [g for lead, g in clauses if OPENING_RE.search(lead) and not OPENING_NOT_RE.search(lead)]
            closings = [g for lead, g in clauses if CLOSING_RE.search(lead) or PARALLEL_CLOSING_RE.search(lead)]
            if len(openings) != 1 or len(closings) != 1 or openings[0] is closings[0]:
                continue
            stock = next(lead for lead, g in clauses if g is openings[0])
            changes = [(g, _sign_said(lead, g[0].kind == "count", stock), ON_OPENING_RE.search(lead) is not None)
                       for lead, g in clauses if g is not openings[0] and g is not closings[0]]
            if not changes or any(away is None for _, away, _ in changes):
                continue
            signs = {away for _, away, _ in changes}
            if signs != {True, False} and not (len(changes) == 1 and changes[0][2]):
                continue  # (what came in alone is seldom the whole change; the change on the opening is)
            for i in range(n):
                kids = [openings[0][i], *(g[i] for g, _, _ in changes)]
                build.add("balance", closings[0][i], kids, "年初 + 增加 − 减少 = 年末", closings[0][i].page,
                          subtracted=[g[i] for g, away, _ in changes if away])


def _listed_with_another(text: str, figs: Sequence[Figure], i: int) -> bool:
    """Whether figs[i] stands in one clause with the figure of its measure before or after it ('5210人、3684人')."""
    f = figs[i]
    near = [figs[j] for j in (i - 1, i + 1) if 0 <= j < len(figs) and measure(figs[j]) == measure(f)]
    return any(LIST_JOIN_RE.fullmatch(text, min(f.doc_end, g.doc_end), max(f.doc_start, g.doc_start)) for g in near)


def _clause_groups(text: str, figs: Sequence[Figure]) -> list[tuple[str, list[Figure]]]:
    """The figures of a sentence by clause and measure, each group with the words of its clause before its first
    figure ('年内分别新入园', [1420人, 905人])."""
    groups: list[tuple[str, list[Figure]]] = []
    for f in figs:
        same = [g for lead, g in groups if measure(g[0]) == measure(f)]
        last = same[-1] if same else None
        if last is not None and not CLAUSE_BREAK_RE.search(text, last[-1].doc_end, f.doc_start):
            last.append(f)
        else:
            groups.append((_with_when(text, f.doc_start, _clause_to(text, f.doc_start, 30)), [f]))
    return groups


def _stock_pair(text: str, figs: Sequence[Figure], i: int) -> tuple[Figure, str] | None:
    """The closing stock printed right after figs[i] as its opening ('由年初的A增至年末的B', '年初、年末…分别为A和B',
    '年初…余额为A,年末为B'), with the words of the opening's sentence before it; figures of other measures may stand beside each stock
    ('由年初的6134户10872人调整为年末的6021户10594人': two pairs). None when figs[i] opens no such pair."""
    opening = figs[i]
    near = text[max(0, opening.doc_start - 30):opening.doc_start]
    if not any(mark in near for mark in OPENING_MARKS):
        return None  # (most figures open no stock: skip them cheaply)
    j = i + 1
    while j < len(figs) and j <= i + 2 and measure(figs[j]) != measure(opening):
        j += 1  # (a figure of another measure beside the opening: 6134户10872人)
    if j >= len(figs) or measure(figs[j]) != measure(opening):
        return None
    closing = figs[j]
    between = "".join(text[a.doc_end:b.doc_start] for a, b in zip(figs[i:j], figs[i + 1:j + 1], strict=True))
    said_to, said_and = STOCKS_TO_RE.fullmatch(between), STOCKS_AND_RE.fullmatch(between)
    said_next = STOCKS_NEXT_RE.fullmatch(between)
    if not (said_to or said_and or said_next) or not (_addable(opening) and _addable(closing)):
        return None  # (most pairs of figures: skip them cheaply)
    start = opening.doc_start
    while i > 0 and figs[i - 1].doc_end == start and measure(figs[i - 1]) != measure(opening):
        i -= 1
        start = figs[i].doc_start
    lead = text[_sentence(text, start).start:start]
    if (said_to and STOCKS_FROM_RE.search(lead)) or (said_and and STOCKS_FENBIE_RE.search(lead)) \
            or (said_next and OPENING_RE.search(lead) and not OPENING_NOT_RE.search(_clause_to(text, start))):
        return closing, lead
    return None


def _stock_words(words: str) -> set[str]:
    """The STOCK_WORDS a clause names (余额, 贷款 …)."""
    return {w for w in STOCK_WORDS if w in words}


def _change_on_opening(text: str, figs: Sequence[Figure], closing: Figure) -> list[tuple[Figure, bool]]:
    """'年末存款余额312.9亿元,比年初增加26.5亿元', '…由年初预算的15.26亿元调整为15.84亿元,调增0.58亿元': the closing
    stock's change on the opening one, next in its sentence."""
    sentence = _sentence(text, closing.doc_start)
    after = next((g for g in figs if closing.doc_end <= g.doc_start < sentence.end and measure(g) == measure(closing)), None)
    if after is None or not _addable(after):
        return []
    clause = _clause_before(text, after)
    change = ON_OPENING_RE.search(clause) or BARE_CHANGE_RE.fullmatch(clause.strip())
    return [] if change is None else [(after, change.group("verb") in TAKEN_AWAY)]


def _stock_lead(text: str, figs: Sequence[Figure], i: int) -> str:
    """The words that say what stock or change a figure is: its clause before it, read past a figure of another measure
    printed just before it ('年末仍有监测对象1102户3528人': 3528人's words are 1102户's), and after a clause that only says
    when ('截至年末,缴存余额68.35亿元')."""
    f = figs[i]
    start = f.doc_start
    while i > 0 and figs[i - 1].doc_end == start and measure(figs[i - 1]) != measure(f):
        i -= 1
        start = figs[i].doc_start
    return _with_when(text, start, _clause_to(text, start))


def _with_when(text: str, start: int, clause: str) -> str:
    """A clause's words (before `start`) after the clause before it when that one only says when ('截至年末,')."""
    at = start - len(clause)
    if at > 0 and text[at - 1] in ",,":
        when = _clause_to(text, at - 1, 11)
        if WHEN_ONLY_RE.fullmatch(when.strip()):
            return when.strip() + clause
    return clause


def _same_stock(opening: str, closing: str) -> bool:
    """Whether an opening's and a closing's clauses name one stock: the closing names none ('年末余额为', '年末剩余'),
    one name holds the other, both end alike (four characters or more: not 贷款余额 and 存款余额), or both name one of
    STOCK_WORDS (余额, 预算 …)."""
    a, b = (STOCK_TIME_RE.sub("", clause) for clause in (opening, closing))
    if not b or b in a or a in b:
        return True
    if len(os.path.commonprefix([a[::-1], b[::-1]])) >= 4:
        return True  # '年初结余节余指标', '截至12月底,库存节余指标': one head noun, four characters or more
    return bool({w for w in STOCK_WORDS if w in a} & {w for w in STOCK_WORDS if w in b})


def _budget_outturns(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'收入预算12.60亿元,实际完成10.85亿元,短收1.75亿元': a budget is what came in and what fell short of it; what
    came in is the budget and what it went over by (超收). The budget and the outturn are the two figures of the
    shortfall's measure just before it in its sentence, said as such (预算; 完成, 实际, 决算, 执行)."""
    for i, gap in enumerate(figs):
        said = OUTTURN_GAP_RE.search(_clause_before(text, gap))
        if said is None or not _addable(gap):
            continue
        sentence = _sentence(text, gap.doc_start)
        before = [g for g in figs[:i] if g.doc_start >= sentence.start and measure(g) == measure(gap)][-2:]
        budget = next((g for g in before if BUDGET_RE.search(_clause_before(text, g))), None)
        outturn = next((g for g in before if g is not budget and OUTTURN_RE.search(_clause_before(text, g))), None)
        if budget is None or outturn is None or not all(_addable(g) for g in before):
            continue
        if said.group() == "短收":
            build.add("sum", budget, [outturn, gap], "预算 = 完成 + 短收", gap.page)
        else:
            build.add("sum", outturn, [budget, gap], "完成 = 预算 + 超收", gap.page)


def _shares_of_a_whole(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'全年一般公共预算收入中,税收收入占76.8%,非税收入占23.2%': shares said each in a clause of its own (…占 a%),
    after the whole they divide is named (…中,), with nothing saying they are only some of it: all of the whole, so
    they total 100%, when the words say so too (two parts, one the other's negation; a last part 其他/其余; bands of
    one scale, 0—14岁 … 60岁及以上). Parts of a list with a cue are checked with it (_share); a share broken down
    itself (…占78.6%,其中…) is still one of the whole's."""
    used = build.children
    i = 0
    while i < len(figs):
        first = figs[i]
        if first.kind != "percent" or first.figure_id in used or not SHARE_CLAUSE_RE.search(_clause_before(text, first)):
            i += 1
            continue
        sentence = _sentence(text, first.doc_start)
        lead = text[sentence.start:first.doc_start]
        run = [first]
        last = i  # where in figs the run's last share is
        j = i + 1
        resume = -1  # past a 其中 list of a share's own parts, where the whole's list goes on (after a semicolon)
        while j < len(figs) and figs[j].doc_start < sentence.end:
            nxt = figs[j]
            j += 1
            if nxt.base_unit in AGE_UNITS or nxt.doc_start < resume:
                continue  # an age names a band: '15—59岁人口占62.8%'
            qizhong = text.find("其中", run[-1].doc_end, nxt.doc_start)
            if qizhong >= 0:
                # '…60岁及以上人口占22.8%,其中65岁及以上…': a share of a share; the whole's list goes on only after a
                # semicolon ('住房消费类提取占78.6%,其中…占51.2%、…;非住房消费类提取占22.4%')
                semis = [k for k in (text.find(";", qizhong, sentence.end), text.find("；", qizhong, sentence.end)) if k >= 0]
                if not semis:
                    break
                resume = min(semis)
                if nxt.doc_start < resume:
                    continue
            if nxt.kind != "percent" or nxt.figure_id in used or not SHARE_CLAUSE_RE.search(_clause_before(text, nxt)):
                break
            if WHOLE_NAMED_RE.search(text, run[-1].doc_end, nxt.doc_start):
                break  # '…非公有制单位职工占62.3%;全部缴存职工中,…': the shares of another whole begin
            run.append(nxt)
            last = j - 1
        i = last + 1
        whole = next(reversed(list(WHOLE_NAMED_RE.finditer(lead))), None)  # (the last whole named before them)
        if len(run) < 2 or whole is None or "其中" in lead or any(f.unit != "%" for f in run) \
                or RANKED_RE.search(text, sentence.start, sentence.end):
            continue
        words = [_clause_before(text, f) for f in run]
        all_of_it = (_complementary(run) or OTHER_ITEM_RE.match(words[-1]) is not None
                     or AND_OTHERS_RE.search(words[-1]) is not None  # '…、生活源及其他占12.4%': the rest with it
                     or (BAND_FLOOR_RE.search(words[0]) is not None and re.search(r"以上|超过|高于", words[-1]) is not None))
        if all_of_it:
            build.add("share", None, run, whole.group().rstrip(","), first.page)  # (less its comma)
        elif _shares_of_some(run, listed=False):
            # nothing closes them: some of the whole, maybe of more than one dimension (a warning past 100%)
            build.add("subset", None, run, whole.group().rstrip(","), first.page, low=True)


RATIO_JOIN_RE = re.compile(r" ?: ?")


def _ratios(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'三次产业结构调整为15.2:36.9:48.7' (or 15.2%:36.9%:48.7%): three or more percents joined by ':' after a clause
    naming a structure are the shares of one whole, so they total 100%. extract.figures.find_ratios reads the parts
    printed without %; a run summing far from a hundred is no structure in percent (3:3:4 is parts of ten)."""
    i = 0
    while i < len(figs):
        run = [figs[i]]
        while (i + len(run) < len(figs) and run[-1].kind == "percent" and figs[i + len(run)].kind == "percent"
               and RATIO_JOIN_RE.fullmatch(text, run[-1].doc_end, figs[i + len(run)].doc_start)):
            run.append(figs[i + len(run)])
        i += len(run)
        if len(run) < 3 or any(f.unit != "%" or f.value is None for f in run):
            continue
        named = structure_named_before(text, run[0].doc_start)
        total = sum(f.value for f in run if f.value is not None)
        if named and RATIO_SUM[0] <= total <= RATIO_SUM[1]:
            build.add("share", None, run, named, run[0].page)


def _shares_closed(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'工资性收入占64.7%,经营净收入占18.9%,…,四项合计100%': shares before a printed 100% total make it. Each share
    says so in its clause (占, 比重 …), or the clause before the first does ('构成为…')."""
    for i, total in enumerate(figs):
        if total.kind != "percent" or total.value != 100 or total.unit != "%":
            continue
        cue = _closing_total(text, total)
        if cue is None or cue.group("verb") or cue.group("noun"):
            continue
        sentence = _sentence(text, total.doc_start)
        colon = max(text.rfind(":", sentence.start, total.doc_start), text.rfind(":", sentence.start, total.doc_start))
        start = max(sentence.start, colon + 1)
        parts = [f for f in figs[:i] if f.doc_start >= start and f.kind == "percent" and f.unit == "%"
                 and f.figure_id not in build.children and f.figure_id not in build.parents]
        if len(parts) >= 2 and _said_shares(text, start, parts):
            build.add("sum", total, parts, cue.group(), total.page)


def _parts_before(text: str, figs: Sequence[Figure], total: Figure, start: int, build: _Builder) -> list[Figure]:
    """The figures from `start` on that may be parts of `total`, printed after them: its measure, no part or total yet."""
    summed = build.summed_children()
    parts = [f for f in figs if f.doc_start >= start and _summable(text, f) and measure(f) == measure(total)
             and not _subjects_of_fenbie(text, f) and f.figure_id not in summed and f.figure_id not in build.parents]
    return _opening_totals_dropped(text, total, parts)


def _included(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'新招聘教师165名(含特岗教师60名)': the bracketed figure is part of the one just before the bracket; and
    '产业项目86个(种植类47个、养殖类39个)': two or more listed with 、 alone break it down (no cue word: low confidence,
    unless each names a kind of the whole's own noun: _kinds_of_the_whole)."""
    for i, whole in enumerate(figs[:-1]):
        after = text[whole.doc_end:whole.doc_end + 2]
        if len(after) < 2 or after[0] not in OPEN_BRACKETS or not _summable(text, whole):
            continue
        close = _paren_end(text, whole.doc_end + 1, min(len(text), whole.doc_end + 60))
        inside = [f for f in figs[i + 1:] if f.doc_start < close and _summable(text, f) and measure(f) == measure(whole)]
        if after[1] in "含包":
            if inside:
                build.add("subset" if len(inside) == 1 else "sum", whole, inside, "含", whole.page, low=len(inside) > 1)
        elif len(inside) >= 2 and not any(_clause_break(text, a, b) for a, b in pairwise(inside)):
            if _kinds_differ(text, whole.doc_end + 1, inside) or _statuses_within(text, whole, whole.doc_end + 1, inside):
                for kid in inside:  # '培训1200人次(女性560人次、脱贫劳动力430人次)': groups within it
                    build.add("subset", whole, [kid], "(…)", whole.page)
            else:
                sure = _kinds_of_the_whole(whole, inside) or _places_named(text, whole, inside)
                build.add("sum", whole, inside, "(…)", whole.page, low=not sure)


def _places_named(text: str, whole: Figure, parts: Sequence[Figure]) -> bool:
    """Whether each bracketed part is a place's own name and nothing else, and no 等 follows: '就业1865人(城关镇412人、
    和平乡538人、石门镇906人)' breaks the whole down by where (not '(城关镇412人等)', nor '(其中城关镇…)')."""
    words = _part_words(text, whole.doc_end + 1, parts)
    names = [w.lstrip("、") for w in words]
    return (all(PLACE_NAME_RE.fullmatch(n) for n in names) and len(set(names)) == len(names)
            and not text[parts[-1].doc_end:parts[-1].doc_end + 2].startswith(("等", "左右")))


def _kinds_of_the_whole(whole: Figure, parts: Sequence[Figure]) -> bool:
    """Whether each part is a kind of what the whole counts, named as such: '养老机构136家(公办养老机构58家、民办养老
    机构72家、公建民营养老机构9家)' (each label ends with the whole's noun, 养老机构, and says which kind before it)."""
    labels = [p.label for p in parts]
    suffix = os.path.commonprefix([label[::-1] for label in labels])[::-1]
    # the longest end the parts share that the whole's label ends with too ('公办学校', '民办学校' share 办学校; 学校)
    noun = next((suffix[-k:] for k in range(len(suffix), 1, -1) if whole.label.endswith(suffix[-k:])), "")
    return bool(noun) and all(len(label) > len(noun) for label in labels) and len(set(labels)) == len(labels)


def _remainder(text: str, figs: Sequence[Figure], sentence: Span, paragraph: Span, key: tuple[str, str]) -> tuple[Figure, str] | None:
    """'下余资金133.48万元' in the next sentence completes the breakdown before it: (figure, '下余资金')."""
    nxt = _sentence(text, sentence.end) if sentence.end < paragraph.end else None
    if nxt is None or not REMAINDER_RE.match(text[nxt.start:nxt.end]):
        return None
    inside = [f for f in figs if nxt.start <= f.doc_start < nxt.end and _addable(f)]
    if not inside or measure(inside[0]) != key:
        return None
    words = text[nxt.start:inside[0].doc_start].strip()
    remainder = REMAINDER_RE.match(words)
    return inside[0], words if len(words) <= 8 or remainder is None else remainder.group()


def _share(text: str, figs: Sequence[Figure], cue: Cue, sentence: Span, kids: Sequence[Figure], build: _Builder) -> None:
    """Percentages of one whole ('占比分别为33.3%、33.3%、33.4%') must total 100%.

    Only when the clause that lists them says they are shares (占, 比重, 构成, 比例 from the clause's start to the
    last of them), of one whole (not '分别占本镇总人口的', '各自'), all of it (not a 其中 list or the shares of
    one, nor one followed by 其余 …), and none of them is the whole itself (100% beside another is a rate of each group: 覆盖比例分别为100%和95%).
    """
    if len(kids) < 2 or any(k.value is None for k in kids) or _qizhong(cue):
        return
    kids = _shares_listed(text, cue, kids)
    if len(kids) < 2:
        return
    if CLOSED_AT_100_RE.match(text, kids[-1].doc_end, sentence.end):
        return  # '…,合计100%': the printed total closes them (_shares_closed)
    if RANKED_RE.search(text, sentence.start, sentence.end):
        return  # '死因构成中,心脑血管疾病居首位,占43.6%;恶性肿瘤占22.1%;…': the first few by rank, not all
    # '其中教育支出11.3亿元、卫生健康支出6.7亿元,分别占…的25.6%、15.2%': shares of some items, not all
    some = "其中" in text[sentence.start:cue.start()] and not _whole_listed(build, sentence, cue.start())
    clause_start = max(text.rfind(ch, sentence.start, cue.start()) for ch in CLAUSE_BREAKS + "。") + 1
    clause = text[max(clause_start, sentence.start):kids[-1].doc_end]
    if not any(w in clause for w in SHARE_WORDS) or EACH_OWN_WHOLE_RE.search(clause):
        return
    if not _said_shares(text, max(clause_start, sentence.start), kids) or groups_of_kinds(kids):
        return
    if any(k.base_unit == "个百分点" for k in kids):
        return  # '分别较上年提高0.6和1.1个百分点': changes of rates, no shares
    if _rates_reached(clause):
        return  # '职工医保、居民医保报销比例分别达到84.2%和70.3%': each group's own rate
    if PARTIAL_AFTER_RE.search(text, kids[-1].doc_end, sentence.end) or any(k.value == 100 for k in kids):
        return
    if sum(k.base_value for k in kids if k.base_value is not None) > SHARES_AT_MOST:
        return  # '两个安置点就业比例分别为96.2%和94.8%': rates, not shares of one whole
    if some:
        if _shares_of_some(kids, listed=True) and QIZHONG_NAMES_RE.fullmatch(text, text.rfind("其中", sentence.start, cue.start()), cue.at):
            build.add("subset", None, kids, cue.group(), kids[0].page)  # '其中首次登记、转移登记分别占…': within 100%
        return
    if sum(k.base_value for k in kids if k.base_value is not None) < SHARES_AT_LEAST:
        return  # '教育、社保、卫生健康、农林水支出分别占一般公共预算支出的18.6%、15.3%、9.7%和12.1%': some items, not all
    amounts = _amounts_before(text, figs, sentence, cue.start())
    if len(amounts) == len(kids) and not (_complementary(amounts) or _whole_listed(build, sentence, cue.start())
                                          or _split_the_whole(amounts, kids)):
        return  # '天然林45.3万亩,公益林32.7万亩,分别占林地面积的62.4%和45.0%': each amount's share; they may overlap
    if PLACES_RE.search(text, max(clause_start, sentence.start), kids[0].doc_start):
        return  # each place's own share, or a few places' shares of a larger whole
    build.add("share", None, kids, cue.group(), kids[0].page)


def _shares_of_some(kids: Sequence[Figure], listed: bool) -> bool:
    """Whether shares no words close can be checked to stay within 100%: not so far past it that they are rates of
    several wholes, and not of groups that may overlap. Names listed together ('其中首次登记、转移登记分别占38.5%、
    41.2%') are of one list unless each names a kind of group of its own (女性、党员); shares said clause by clause
    ('…中,外出务工人员占62.4%,女性占51.8%') are, when no part names a kind of group the others do not (省外, 省内
    and 县内 are one kind)."""
    total = sum((k.base_value for k in kids if k.base_value is not None), Decimal(0))
    if total > SHARES_AT_MOST or any(k.unit != "%" for k in kids):
        return False
    kinds = _kinds_named(kids)
    return not groups_of_kinds(kids) if listed else all(k == kinds[0] for k in kinds)


def _shares_listed(text: str, cue: Cue, kids: Sequence[Figure]) -> Sequence[Figure]:
    """The shares of a list up to a rate of change after them ('…其他贸易方式占4.7%;对东盟进出口增长12.6%': another
    statement) and up to an item named 其他 at a clause's end (the rest of the whole: nothing is left to share)."""
    change = next((i for i, k in enumerate(kids) if i and _role(text, k) == "change"), len(kids))
    kids = kids[:change]
    words = _part_words(text, cue.end(), kids)
    other = next((i for i in range(len(kids) - 1) if OTHER_SHARE_RE.search(words[i])
                  and _clause_break(text, kids[i], kids[i + 1])), None)
    return kids if other is None else kids[:other + 1]


OTHER_SHARE_RE = re.compile(r"(?:^|[、,;:等])(?:其他|其它|其余)")  # '…、其他占4.7%', '保税物流等其他贸易方式占4.7%'


def _shares_within(text: str, figs: Sequence[Figure], cue: Cue, sentence: Span, kids: Sequence[Figure],
                   build: _Builder) -> None:
    """'…的比重为46.8%,其中电子信息产业占21.5%,装备制造业占17.9%,新材料产业占9.2%': shares of some of a share, of the
    same base, together no more than it. Each part says 占 and names no base of its own (占…的), and together they are
    not far over the share (then they are shares of the group itself)."""
    share = next((f for f in reversed(figs) if sentence.start <= f.doc_start and f.doc_end <= cue.start()), None)
    if (share is None or share.kind != "percent" or share.unit != "%" or len(kids) < 2
            or not any(w in _clause_before(text, share) for w in SHARE_WORDS)):
        return
    if _far_over(share, kids):
        return  # '贫困人口占比为12.5%,其中因病致贫占45%、因残致贫占20%': shares of the group itself, another base
    if all("占" in _clause_before(text, k) and "的" not in _clause_before(text, k) for k in kids):
        build.add("subset", share, kids, cue.group(), share.page)


def _split_the_whole(amounts: Sequence[Figure], shares: Sequence[Figure]) -> bool:
    """Whether amounts with a share each add up to the whole a share says they are of (amount ÷ share, within 1% for
    one of them at least: a misprinted share says another whole): '城镇人口18.6万人、乡村人口21.4万人,分别占总人口的
    46.5%和53.5%' split 40万人; '天然林45.3万亩,公益林32.7万亩,分别占林地面积的62.4%和45.0%' (78万亩 of 72.6) overlap."""
    if any(a.base_value is None for a in amounts) or any(not s.base_value for s in shares):
        return False
    total = sum((a.base_value for a in amounts if a.base_value is not None), Decimal(0))
    wholes = [a.base_value * 100 / s.base_value for a, s in zip(amounts, shares, strict=True)
              if a.base_value is not None and s.base_value]
    return any(abs(total - whole) * 100 <= whole for whole in wholes)


def _amounts_before(text: str, figs: Sequence[Figure], sentence: Span, end: int) -> list[Figure]:
    """The amounts of the sentence before `end` (from its last semicolon) when they are all of one measure (else
    none): what shares listed after them may be the shares of, one each."""
    start = max(sentence.start, text.rfind(";", sentence.start, end) + 1)  # (the text is printed: ASCII ;)
    found = [f for f in figs if start <= f.doc_start and f.doc_end <= end and _summable(text, f)]
    return found if len({measure(f) for f in found}) == 1 else []


def _whole_listed(build: _Builder, sentence: Span, end: int) -> bool:
    """Whether the sentence lists, before `end`, the parts of a sum that make its total exactly ('…其中东部地区5620人,
    省内县外4380人,县内3200人;三者占比分别为…'): their shares are all of it."""
    return any(sentence.start <= start and stop <= end for start, stop in build.exact_lists)


RATE_REACHED_RE = re.compile(r"达到?|提高到|提升到|保持在|稳定在|超过")
SHARE_OF_WHOLE_RE = re.compile(r"占|比重|构成|结构")


def _rates_reached(clause: str) -> bool:
    """Whether percentages said with 比例 alone are levels each group reached ('报销比例分别达到84.2%和70.3%',
    '合格比例保持在…'): each of its own whole, no shares of one (those are said 占, 比重, 构成 or 结构)."""
    return "比例" in clause and SHARE_OF_WHOLE_RE.search(clause) is None and RATE_REACHED_RE.search(clause) is not None


def _said_shares(text: str, start: int, kids: Sequence[Figure]) -> bool:
    """The share word stands before the first percentage ('占比分别为…', '构成为…') or in the clause of each:
    not '分别增长9.3%和11.2%,税收占比72.6%', two rates and a share."""
    if any(w in text[start:kids[0].doc_start] for w in SHARE_WORDS):
        return True
    return all(any(w in _clause_before(text, k) for w in SHARE_WORDS) for k in kids)


def groups_of_kinds(kids: Sequence[Figure]) -> bool:
    """Whether the parts' own words (their labels less what all share: '老年人占比', '残疾人占比' -> 老年, 残疾) each
    name a kind of group (GROUP_KINDS) and no two the same: groups that overlap, whose shares need not make 100%."""
    kinds = _kinds_named(kids)
    return all(kinds) and all(not (a & b) for i, a in enumerate(kinds) for b in kinds[i + 1:])


def _kinds_named(kids: Sequence[Figure]) -> list[set[str]]:
    """The kinds of group (GROUP_KINDS) each part's own words name, less the words all the parts share."""
    labels = [k.label or "" for k in kids]
    lead = len(os.path.commonprefix(labels))
    tail = len(os.path.commonprefix([label[::-1] for label in labels]))
    return [{kind for kind, marks in GROUP_KINDS.items() if any(m in label[lead:len(label) - tail] for m in marks)}
            for label in labels]


def _item_number(paragraph: str) -> int | None:
    m = ITEM_RE.match(paragraph)
    if m is None:
        return None
    if m.group("arabic") or m.group("bracketed"):
        return int(m.group("arabic") or m.group("bracketed"))
    ordinal = m.group("cn") or m.group("shi")
    return CN_ORD.get(ordinal) if len(ordinal) == 1 else (10 + CN_ORD.get(ordinal[-1], 0) if ordinal[0] == "十" else None)


def _paragraphs(text: str) -> list[Span]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append(Span(start, start + len(line)))
        start += len(line) + 1
    return spans


def _items_after(text: str, paragraphs: Sequence[Span], index: int) -> tuple[list[Span], bool]:
    """Consecutive numbered paragraphs 1、2、3、 (or (一)(二), 一是 二是) after paragraph `index`, and whether
    one of them is numbered out of turn: a number misprinted or misread ('4、' for '1、') still counts as
    an item when the paragraph after it goes on with the next number in turn ('4、 2、 3、')."""
    def number(k: int) -> int | None:
        return _item_number(text[paragraphs[k].start:paragraphs[k].end]) if k < len(paragraphs) else None

    items: list[Span] = []
    out_of_turn = False
    k = index + 1
    while (got := number(k)) is not None:
        want = len(items) + 1
        if got != want:
            if out_of_turn or number(k + 1) != want + 1:
                break
            out_of_turn = True
        items.append(paragraphs[k])
        k += 1
    return items, out_of_turn


def _item_parts(text: str, figs: Sequence[Figure], items: Sequence[Span], total: Figure, by_unit: bool) -> list[Figure]:
    """Per numbered item, its figure of the total's measure: with by_unit, the only one in each item
    ('1、东部单位采购农特产品5230万元;' under '消费帮扶金额累计1.15亿元,具体如下:'); else the first whose label matches
    the total's ('1、产业项目协作资金600万元,完成投资900万元' under '协作资金1000万元')."""
    candidates = [[f for f in figs if item.start <= f.doc_start < item.end and _summable(text, f)
                   and measure(f) == measure(total)] for item in items]
    if by_unit and all(len(found) == 1 for found in candidates):
        return [found[0] for found in candidates]
    kids: list[Figure] = []
    for found in candidates:
        match = [f for f in found if labels_match(total.label, f.label)]
        if match:
            kids.append(match[0])
    return kids


# What says the numbered items after 如下 break the figure before down, whatever they are called: a classification
# ('分类情况如下', '分行业', '按区域划分', '资金投向', '资金安排', '具体使用情况'), a bare '具体如下', or 如下 in the
# figure's own sentence ('…共计202人,具体如下'); not '具体工作情况如下' after it (what was done, item by item).
CLASSIFIED_ITEMS_RE = re.compile(r"分类|分行业|分领域|分区域|分地区|按[\u4e00-\u9fff]{1,4}(?:划分|分)|投向|构成|分布|来源|用途|安排|使用|支出"
                                 r"|^\s*(?:具体)?$")  # '…4268人。具体如下:' says only that the items follow
# What says they are only some of it: '重点项目进展情况如下', '部分车间运行情况如下', '进展较快的项目如下', and after them
# '其余乡镇发放情况详见附表'.
# Items numbered within a paragraph, at a clause's start: '具体如下:1.产业项目74个…;2.基础设施项目52个…'.
INLINE_ITEM_RE = re.compile(r"(?<![^。;;,,::\n])(?:(?P<arabic>\d{1,2})[、.](?!\d)|[(](?P<bracketed>\d{1,2})[)])")
# A clause that turns from a list to another statement: '…,全年新创建4A级景区3个', '…;另有32座正在建设'.
NEW_STATEMENT_RE = re.compile(r"[,,;;](?=全年|今年|当年|年内|本年|同时|另外|此外|另有|还有|全县|全市|全区|全镇|全乡)")
NEW_STATEMENT_AFTER_SEMICOLON_RE = re.compile(NEW_STATEMENT_RE.pattern.replace("[,,;;]", "[;;]", 1))
# A balance sheet said in a sentence: 资产总额 = 负债总额 + 净资产.
ASSETS_RE = re.compile(r"(?:资产总额|资产总计|总资产)(?:为|达|达到)?$")
LIABILITIES_RE = re.compile(r"(?:负债总额|负债合计|负债总计|总负债)(?:为|达)?$")
NET_ASSETS_RE = re.compile(r"(?:净资产|所有者权益(?:合计)?)(?:为|达)?$")
# Changes a text says there were without printing them: a balance they touch cannot be checked.
UNSAID_CHANGES_RE = re.compile(r"其他因素|等因素|其他变动|等变动|扣除[^,,;;。\d]{0,12}后")
# A stock carried forward: where it opens (年初, 期初, 上年末) and closes (年末, 调整后), and what the clause before each
# change says was done to it (the last such verb counts: '因收入短收调减支出' takes away).
OPENING_MARKS = ("年初", "期初", "上年")  # what OPENING_RE needs, looked for first
CLOSING_MARKS = ("年末", "期末", "年底", "年终", "现有", "调整", "变更", "12月底", "12月末")  # what CLOSING_RE needs, looked for first
OPENING_RE = re.compile(r"(?:年初|期初|上年末|上年年末|上年(?:滚存)?结余|上年结转)[^,,;;。]{0,12}$")
OPENING_NOT_RE = re.compile(r"[比较](?:年初|期初|上年末)|计划|目标|任务")  # '比年初增加' is a change; '年初计划投资' a plan
CLOSING_RE = re.compile(r"(?:(?<!上)年末|期末|年底|年终|(?<!\d)12月(?:底|末)|现有|调整后|调整预算|调整为|变更后)[^,,;;。]{0,12}$")
ADDED = ("新增", "增加", "调增", "追加", "借入", "举借", "发行", "转入", "净增", "新识别", "新纳入", "纳入", "增长",
         "补录", "新认定", "新登记", "迁入", "轮入", "缴存", "收入", "购置", "补充", "收储", "入库",
         "发放", "新发生", "新设立", "新注册", "开户", "招录", "录用", "招收", "新入", "归集", "形成", "到位", "到账", "拨入",
         "出生", "新评定", "新评为", "新创建", "增员", "入规", "升规", "收益", "流入")
TAKEN_AWAY = ("偿还", "归还", "减少", "调减", "核减", "核销", "转出", "化解", "消化", "压减", "退出", "还本", "注销",
              "清退", "剔除", "兑付", "下降", "迁出", "净减", "轮出", "提取", "支出", "使用", "消耗", "占用",
              "处置", "报废", "出让", "供应", "出库", "回收", "消除", "撤减", "缩减", "削减", "销户", "退休", "辞职", "离职", "死亡", "离校", "离园", "动用", "终止",
              "上缴", "上解", "缴回", "交回", "摘牌", "撤销", "取消", "减员", "退规", "降规", "流出", "返乡", "解保")
FLOW_NOUNS = ("收入", "收益", "支出", "缴存", "提取", "使用")  # a fund's flows: they sign a change only when no verb in its clause does
COUNT_ADDED, COUNT_TAKEN_AWAY = ("调入",), ("调出",)  # staff moved between units: a count's change, no fund's
ACTION_VERB_RE = re.compile("|".join(sorted((v for v in ADDED + TAKEN_AWAY if v not in FLOW_NOUNS), key=len, reverse=True)))
RECLAIMED = ("收回",)  # taken back: from a loan's balance, into a reserve's (_sign_said)
CLAIMS_RE = re.compile(r"贷款|信贷|借款|欠款|应收|债权|垫付|暂付|借出|放款|周转金")  # stocks of what is lent or owed
# money the treasury takes back from a fund: it leaves the balance it is taken from ('按规定收回统筹使用', '被财政收回')
TREASURY_TAKES_RE = re.compile(r"收回[\u4e00-\u9fff]{0,2}?(?:统筹|国库|财政|上级)|(?:财政|上级|被)收回")
VERB_RES = {(count, reclaim): re.compile("|".join(sorted(
    ADDED + TAKEN_AWAY + ((*COUNT_ADDED, *COUNT_TAKEN_AWAY) if count else ()) + (RECLAIMED if reclaim else ()),
    key=len, reverse=True))) for count in (False, True) for reclaim in (False, True)}
# '年末户籍人口为312547人,比上年末的315068人减少2621人': the opening printed after the closing, then the change
OPENING_AFTER_RE = re.compile(r"[比较](?:上年末|年初|期初|上年年末)[^,,;;。\d]{0,6}$")  # '比年初的', '比年初预算'
BARE_CHANGE_RE = re.compile(r"(?P<verb>调增|调减|净增|净减|增加|减少)了?")  # '…调整为15.84亿元,调增0.58亿元'
PLUS_OPENING_RE = re.compile(r"\s*加上?(?:上年|年初|期初)(?:滚存|累计)?(?:结余|结转)[^,,;;。]{0,6}$")  # '…,加上年结余3.45亿元'
NET_OF_YEAR_RE = re.compile(r"(?:当年|本年|当期|本期)(?:收支)?结余$")
WHEN_ONLY_RE = re.compile(r"(?:截至|截止|到)?(?:\d{4}年(?:末|底|初)|(?:\d{4}年)?(?:上年末|上年底|年初|年末|年底|期初|期末|(?<!\d)12月(?:底|末)))")
CHANGE_BETWEEN_RE = re.compile(r"^\s*(?P<verb>净增|净减|增加|减少|增长|下降)了?\s*$")
ON_OPENING_RE = re.compile(r"[比较](?:年初|期初|上年末)(?:分别)?(?P<verb>净增|净减|增加|减少|增长|下降)了?$")
# A clause that adds its figure or takes it away ('加本年收入总计…', '减上解支出…'), not 加快/加强/减少/减免 … of a verb.
OPERAND_RE = re.compile(r"\s*(?:加上?(?!快|强|大|速|紧|工|油|入|盟|固|装|宽|密|挂|班|码|热|重|深|剧)"
                        r"|减去?(?!少|免|税|负|速|半|持|排|贫|灾|量|缓|轻|弱)|扣除|扣减)")
# Both stocks printed before the changes: '由年初的A增至年末的B', '年初、年末…分别为A和B'.
FROM_OPENING = r"[由从](?:年初|期初|上年末|上年底|上年年末)的?"  # '由年初的…', '从上年末的…'
STOCKS_FROM_RE = re.compile(FROM_OPENING + "$")
STOCKS_TO_RE = re.compile(r"(?:增|升|降|减|提高|增长|增加|上升|下降|减少|回落|扩大|缩小|调整|变)(?:至|到|为)了?(?:年末|期末|年底)?的?")
STOCK_PAIR_TAIL_RE = re.compile(rf"{FROM_OPENING}[^,,;;。]{{1,30}}?(?:{STOCKS_TO_RE.pattern})$")
STOCKS_FENBIE_RE = re.compile(r"(?:年初|期初|上年末)[、和与及至](?:本?年末|期末|年底)[^,,;;。\d]{0,16}分别(?:为|是|达到?|有)?$")
LIST_JOIN_RE = re.compile(r"[^,,;;。\d]{0,8}?[、和与及][^,,;;。\d]{0,8}")  # '5210人、3684人', '86.4亿元、个人存款余额152.7亿元'
PARALLEL_CLOSING_RE = re.compile(r"(?:(?<!上)年末|期末|年底|现有)")  # '年末分别为…', '年末在校生分别为…'
LEVELS_AT_RE = re.compile(r"(?:\d{4}年|[上本]?年|期)(?:末|底|初)[、和与及至]\s*(?:\d{4}年|[上本]?年|期)(?:末|底|初)")  # times a stock is counted at
OPENING_AFTER_CLOSING_RE = re.compile(r"^(?:年初|期初|上年末)(?:余额|库存)?(?:为|是)?$|^与(?:年初|期初|上年末)的?$")  # ',年初为…', '与年初的…相比'
STOCKS_NEXT_RE = re.compile(r"[,,]\s*(?:年末|期末|年底)(?:余额)?(?:为|是|达到?)?")  # '年初…余额为18.64亿元,年末为20.37亿元'
STOCKS_AND_RE = re.compile(r"\s*[和、与及]\s*")
STOCK_WORDS = ("余额", "预算", "结余", "结转", "存量", "人口", "存款", "贷款", "债务", "资产", "库存")
STOCK_TIME_RE = re.compile(r"\d{4}年|年初|年末|期初|期末|年底|年终|现有|上年|调整后|调整|变更后|当年|本年|全年|年内|各项|全[县市区镇乡]"
                           r"|共有|共|实有|有|剩余|尚余|为|是|达到|增至|降至|增加到|减少到|下降到|达")
# A budget's outturn: what fell short of it or went over it, the budget and the outturn before it.
OUTTURN_GAP_RE = re.compile(r"(?:短收|超收)$")
BUDGET_RE = re.compile(r"预算(?:数|收入|支出)?(?:为|是)?$")
OUTTURN_RE = re.compile(r"(?:完成|实际|决算|执行)")
# Points a report makes one by one: '一是…;二是…;三是…' at a clause's start.
POINT_RE = re.compile(r"(?<![^。;;,,::\n])(?P<n>[一二三四五六七八九])是")
POINTS_COUNTED_RE = re.compile(r"(?P<n>[两二三四五六七八九十]|\d{1,2})(?:个)?(?:方面|领域|部分|类|项|块)")
POINTS_TOTAL_RE = re.compile(r"以上|上述|合计|共计|总计|累计|共")  # a sentence after points that totals them
POINTS_SUMMED_RE = re.compile(r"以上|上述|合计|共计|总计|[两二三四五六七八九十]项")  # … saying it of them
POINT_LEAD = 12  # characters between a total and its 一是 at most: '…2.35亿元,主要用于:一是'
SOME_ITEMS_RE = re.compile(r"重点|部分|典型|代表性|进展较快|较好的|突出的|例如|比如|为例")
MAIN_ONES_RE = re.compile(r"[,,::\s]*(?:其中)?[,,::\s]*(?:主要|重点)")  # '税收收入中,主要税种增值税…': the main ones only
NET_CHANGE_RE = re.compile(r"净(?:增|减)(?:加|少)?了?[\u4e00-\u9fff]{0,6}$")  # '比年初的297家净增15家', '全年净增缴存职工1860人'
RANKED_RE = re.compile(r"最多|最高|最大|其次|居首位?|位居前|居前[二三四五十]|前[二三四五十]位|排名前|排在前|居第[一二三四五]位")  # the first few by rank
# Shares said one by one ('税收收入占76.8%') of a whole named before them ('全年一般公共预算收入中,').
SHARE_CLAUSE_RE = re.compile(r"占(?:比|比重)?(?:为|达)?$")
# (or with no comma, right before the first share: '全县PM2.5来源中移动源占38.5%、…'; not 其中, 集中 …)
WHOLE_NAMED_RE = re.compile(r"[\u4e00-\u9fff]{2,}(?<![其集期途心])中(?:[,,]|(?=[\u4e00-\u9fff]{1,10}?占))")
BAND_FLOOR_RE = re.compile(r"^\D{0,4}0\s*[—–\-~至到]|以下|不足|低于|不到")  # '0—14岁人口', '14岁以下'
CARRIED_RE = re.compile(r"滚存|累计|历年")
RESTS_RE = re.compile(r"[,,;;]\s*(?:其余|其他|其它|另有|此外)")  # '…9人次,其余为邻里纠纷等问题'
OTHERS_AFTER_RE = re.compile(r"\s*(?:其余|其他|其它|另有|此外)")


def _enumerations(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """A total announced with 如下 (or 上述) and broken down over the numbered items that follow; each measure's
    nearest total ('监测对象1426户5130人。…如下' breaks down both). Items said to be some of them (SOME_ITEMS_RE,
    OTHERS_AFTER_RE) are each within the total, not a breakdown of it."""
    paragraphs = _paragraphs(text)
    for index, para in enumerate(paragraphs):
        body = text[para.start:para.end]
        cue = ENUM_CUE_RE.search(body)
        if cue is None:
            continue
        cue_at = para.start + cue.end()
        if body.rstrip().endswith((":", ":")):  # '上述项目共使用资金1000万元:' announces its total after the cue
            cue_at = para.end
        totals = [f for f in figs if para.start <= f.doc_start and f.doc_end <= cue_at and _summable(text, f)
                  and not _listed_part(text, f)]
        if not totals:
            continue
        items, out_of_turn = _items_after(text, paragraphs, index)
        if len(items) < 2:
            continue
        announced = text[_sentence(text, para.start + cue.start()).start:para.start + cue.start()]
        after_items = paragraphs[index + len(items) + 1] if index + len(items) + 1 < len(paragraphs) else None
        some = bool(SOME_ITEMS_RE.search(announced)) or (
            after_items is not None and OTHERS_AFTER_RE.match(text, after_items.start) is not None)
        ordinals = (ITEM_RE.match(text[item.start:item.end]) for item in items)
        cue_text = cue.group().strip(CUE_PUNCTUATION) + " " + "".join(m.group() for m in ordinals if m is not None)
        done: set[tuple[str, str]] = set()
        for total in reversed(totals):  # the nearest figure of each measure: '资金1310万元,项目12个。上述…如下'
            if measure(total) in done:
                continue
            by_unit = bool(CLASSIFIED_ITEMS_RE.search(announced)) or _sentence(text, total.doc_start).start == \
                _sentence(text, para.start + cue.start()).start
            kids = _item_parts(text, figs, items, total, by_unit)
            if len(kids) < 2:
                continue
            done.add(measure(total))
            if some:
                for kid in kids:
                    build.add("subset", total, [kid], cue_text, total.page)
            else:
                build.add("sum", total, kids, cue_text, total.page, low=len(kids) < len(items) or out_of_turn)


def _listed_part(text: str, f: Figure) -> bool:
    """Whether a 其中 (or 包括 …) list earlier in its sentence names the figure as one of its parts ('资金28650万元,
    其中中央资金16420万元、…、县级资金3000万元。资金安排情况如下:': 3000万元 is no total of the items after)."""
    return LIST_CUE_RE.search(text, _sentence(text, f.doc_start).start, f.doc_start) is not None


def _inline_items(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """Numbered items within one paragraph after a 如下 ('实施重点项目168个,完成投资217.5亿元,具体如下:1.产业项目74个,
    完成投资96.8亿元;2.…;3.…。'): each measure's nearest total before the items, in the cue's sentence or after it,
    is the sum of the one figure of its measure in each item."""
    for run in _inline_runs(text):
        para = _paragraph(text, run[0].start)
        cue = None
        for m in ENUM_CUE_RE.finditer(text, para.start, run[0].start):
            cue = m
        if cue is None:
            continue
        window = _sentence(text, cue.start()).start
        totals = [f for f in figs if window <= f.doc_start and f.doc_end <= run[0].start and _summable(text, f)
                  and f.figure_id not in build.children and not _listed_part(text, f)]
        nearest = {measure(f): f for f in totals}  # the last of each measure
        for total in sorted(nearest.values(), key=lambda f: f.doc_start):
            kids = _item_parts(text, figs, run, total, by_unit=True)
            if len(kids) != len(run) or any(k.figure_id in build.children for k in kids):
                continue
            cue_text = cue.group().strip(CUE_PUNCTUATION) + " " + "".join(text[i.start:i.start + 2] for i in run)
            if SOME_ITEMS_RE.search(text, max(f.doc_end for f in totals), cue.start()):  # '…,其中重点项目情况如下'
                for kid in kids:
                    build.add("subset", total, [kid], cue_text, total.page)
            else:
                build.add("sum", total, kids, cue_text, total.page)


def _next_in_line(text: str, last: int, at: int) -> bool:
    """Whether the mark at `at` goes on from the one at `last`: in its paragraph, or opening the next one
    ('…;3、乡村0.23亿元;' then '4、项目管理费0.09亿元。' on a line of its own)."""
    paragraph = _paragraph(text, last)
    return paragraph == _paragraph(text, at) or at == paragraph.end + 1


def _inline_runs(text: str) -> list[list[Span]]:
    """Runs of items numbered 1, 2, 3 … (or (1), (2) …) at clause starts within one paragraph, each from its number to
    the next (the last to its sentence's end); items that open paragraphs are _enumerations'."""
    marks = [(m.start(), int(m.group("arabic") or m.group("bracketed"))) for m in INLINE_ITEM_RE.finditer(text)]
    return [run for run in _numbered_runs(text, marks, one_paragraph=True) if text[run[0].start - 1:run[0].start] not in ("\n", "")]


def _same_label_subsets(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'率7位企业家委员…,2位企业家委员达成协议': a later figure of one sentence counting the same noun is part of the first.

    Only counted nouns printed after the measure word qualify: 'A项目投资100万元,B项目投资200万元' are parallel items.
    """
    used = build.children | build.parents
    by_sentence: dict[int, list[Figure]] = {}
    for f in figs:
        counted = text.startswith(f.label, f.doc_end)
        if _summable(text, f) and f.figure_id not in used and len(f.label) >= 2 and counted:
            by_sentence.setdefault(_sentence(text, f.doc_start).start, []).append(f)
    for group in by_sentence.values():
        for i, whole in enumerate(group):
            same = [f for f in group[i + 1:] if f.label == whole.label and f.unit == whole.unit]
            if len(same) == 1 and sum(1 for f in group if f.label == whole.label) == 2:
                between = text[whole.doc_end:same[0].doc_start]
                if re.search(r"[,,;;]", between):
                    build.add("subset", whole, same, "同一句中的同名数字", whole.page, low=True)


YEAR_RE = re.compile(r"(?:19|20)\d{2}(?=年)")
# Sections of plans and targets: '二、2025年工作安排', '四、下一步工作打算', '(三)2025年工作思路'.
PLAN_SECTION_RE = re.compile(r"工作安排|工作计划|工作打算|工作思路|下一步|重点任务|目标任务|工作要点|主要目标|预期目标")
PLAN_RE = re.compile(r"计划|拟|预计|力争|目标|下一步|明年|今后|将继续|争取")
MIN_REPEAT_LABEL = 4  # '协作支持资金' names one thing; '资金', '一行' name many


def _repeats(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """The same figure printed twice ('协作支持资金1710万元' in the summary, '协作支持资金1701万元' in the body).

    Only a label printed exactly twice, of one measure, in different sentences about the same year
    (or none), neither of them a part of a breakdown: a label printed three or more times with
    different values names a kind of thing (each project's 协作资金), not one figure. Two labels printed once each,
    one ending with the whole of the other ('通过消费帮扶销售农特产品2.64亿元', '…等农特产品2.61亿元'), are one figure
    when, and only when, their values differ as a misprint does (_misprinted).
    """
    by_label: dict[tuple[str, str, str], list[Figure]] = {}
    candidates: list[Figure] = []
    for f in figs:
        if PLAN_SECTION_RE.search(f.section or ""):
            continue  # '二、2025年工作安排 … 新建高标准农田10万亩': a target, never the year's figure printed again
        if _summable(text, f) and not f.approx and f.table_index is None:
            candidates.append(f)
            if len(f.label) >= MIN_REPEAT_LABEL:
                by_label.setdefault((f.label, *measure(f)), []).append(f)
    for (label, _, _), group in by_label.items():
        if len(group) == 2:
            _repeat(text, figs, build, label, group[0], group[1])
    once = [(key, group[0]) for key, group in by_label.items() if len(group) == 1]
    for (short, *unit), f in once:
        longer = [g for (label, *other), g in once if other == unit and label != short and label.endswith(short)]
        if len(longer) == 1 and _misprinted(f, longer[0]):  # (one longer name only: which one it is, is not in doubt)
            first, second = sorted((f, longer[0]), key=lambda x: x.doc_start)
            _repeat(text, figs, build, short, first, second)
    _swapped_repeats(text, candidates, build)


SWAP_REACH = 400  # characters between two printings of one figure under two names: an excerpt, a summary and its body
GENERIC_LEAD_RE = re.compile(r"全年|今年|年内|当年|本年|全县|全市|全区|全镇|全乡|累计|共计|截至|截止|[的了共均已]")
MIN_SHARED_WORDS = 4
AFOREMENTIONED_RE = re.compile(r"(?:上述|前述)的?$")  # a figure said to be one printed before it


def _swapped_repeats(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """The same figure printed twice under two names, with two neighbouring digits swapped ('安全培训3,268人次' …
    '全年参训的…安全管理人员3,286人次'; '立案查处各类违法案件527件' … '全年立案查处的572件案件中'): one measure, at most
    SWAP_REACH characters apart in one section, and the words before each, its label and the words of its clause after
    it (less when and where: 全年, 全县 …) sharing a run of four characters or more, which names the figure in the alert
    ('惠及待遇领取人员62,418人' … '全年为62,481人完成待遇领取资格认证'). A summary before the report's first heading
    may be restated anywhere after it ('消费帮扶销售农特产品2.36亿元' … '(五)…销售我县农特产品2.63亿元'). A swap alone is no evidence: 新增1,426户 and
    注销1,246户 share a name (市场主体) but not a verb (_repeat). A figure after 上述 (前述) says it is one printed before
    it: no shared words are asked of it."""
    groups: dict[tuple[str, str, str], list[Figure]] = {}
    for f in figs:
        if f.base_value is not None and f.kind in ("money", "count"):
            groups.setdefault((*measure(f), _digits_sorted(f)), []).append(f)
    for group in groups.values():
        for i, one in enumerate(group):
            for two in group[i + 1:]:
                first, second = sorted((one, two), key=lambda x: x.doc_start)
                summary = not first.section and bool(second.section)  # (a summary before the report's first heading)
                if (first.label == second.label or not _swapped(first, second)
                        or (not summary and (second.doc_start - first.doc_start > SWAP_REACH or first.section != second.section))):
                    continue
                shared = _shared_words(_words_around(text, first, "\x00"), _words_around(text, second, "\x01"))
                if len(shared) >= MIN_SHARED_WORDS:
                    _repeat(text, figs, build, shared, first, second)
                elif AFOREMENTIONED_RE.search(text, max(0, second.doc_start - 4), second.doc_start):
                    _repeat(text, figs, build, first.label, first, second)  # '…168场次。…上述186场次赛事活动中': the one said before


TABLE_REACH = 1  # pages between a table's cell and a figure of the running text that prints it again


def table_repeats(text: str, text_figures: Sequence[Figure], table_figures: Sequence[Figure], doc_id: str,
                  first: int = 1) -> list[Relation]:
    """A table's cell printed again in the running text with two neighbouring digits swapped ('龙泉镇高山茶叶精深加工厂
    使用援助资金680万元' against the project table's '高山茶叶精深加工厂建设 … / 援助资金 860'): of one measure, on the
    same page or the next, and the cell's row and column names sharing a run of four characters or more with the
    words before the figure, its label and the words after it (less when and where: 全年, 全县 …). Ids R<first>…"""
    build = _Builder(doc_id)
    cells: dict[tuple[str, str, str], list[Figure]] = {}
    for cell in table_figures:
        if cell.base_value is not None and cell.kind in ("money", "count") and not cell.approx:
            cells.setdefault((*measure(cell), _digits_sorted(cell)), []).append(cell)
    for f in text_figures:
        if f.base_value is None or f.kind not in ("money", "count") or f.approx:
            continue
        words = _words_around(text, f, "\x00")
        for cell in cells.get((*measure(f), _digits_sorted(f)), []):
            if abs(cell.page - f.page) > TABLE_REACH:
                continue
            shared = _shared_words(GENERIC_LEAD_RE.sub("", cell.label.replace(LABEL_SEP, "\x01")), words)
            # (two significant digits swapped, 860 and 680, only where the two share a long name: a project's own)
            if len(shared) >= MIN_SHARED_WORDS and _swapped(cell, f, 2 if len(shared) >= 2 * MIN_SHARED_WORDS else 3):
                build.add("repeat", cell, [f], f"同一数字两处出现: {shared}", cell.page)
    return [replace(r, relation_id=f"R{first + n:03d}") for n, r in enumerate(build.relations)]


def _words_around(text: str, f: Figure, mark: str) -> str:
    """What names a figure: the words of its clause before it, its label and the words of its clause after it, joined
    by `mark` (two texts marked apart share no run across a mark), less when and where (全年, 全县 …)."""
    return GENERIC_LEAD_RE.sub("", _clause_to(text, f.doc_start, 30) + mark + f.label + mark + _clause_after(text, f.doc_end, 20))


def _digits_sorted(f: Figure) -> str:
    """A value's significant digits in order of size: two printings with digits swapped have the same."""
    assert f.base_value is not None
    return "".join(sorted(format(abs(f.base_value), "f").replace(".", "").strip("0")))


def _shared_words(a: str, b: str) -> str:
    """The longest run of characters two texts share."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            best = a[i:j]
    return best


def _repeat(text: str, figs: Sequence[Figure], build: _Builder, label: str, first: Figure, second: Figure) -> None:
    """A repeat of `first` as `second` (_repeats), unless the two are told apart: a part of a breakdown, one sentence,
    other years, a plan, numbered items, values far apart, or alike sentences about two subjects."""
    if first.figure_id in build.children or second.figure_id in build.children:
        return
    one, two = _sentence(text, first.doc_start), _sentence(text, second.doc_start)
    if one == two:
        return
    sentences = [text[s.start:s.end] for s in (one, two)]
    years = [set(YEAR_RE.findall(words)) for words in sentences]
    if years[0] and years[1] and years[0] != years[1]:
        return
    if any(PLAN_RE.search(words) and not BUILT_ON_RE.match(text, f.doc_end) for words, f in zip(sentences, (first, second), strict=True)):
        return  # a target or plan is not the figure achieved; what it builds on is ('在全年投入8.47亿元的基础上')
    verbs = [set(ACTION_VERB_RE.findall(_clause_before(text, f))) for f in (first, second)]
    if all(verbs) and verbs[0] != verbs[1]:
        return  # '全年新增市场主体4,517户' and '注销市场主体4,571户': two things done to one kind of thing
    paragraphs = [_paragraph(text, f.doc_start) for f in (first, second)]
    if paragraphs[0] != paragraphs[1] and all(_item_number(text[p.start:p.end]) is not None for p in paragraphs):
        return  # '1、…项目完成投资2400万元;…3、…项目完成投资1350万元': each numbered item's own figure
    if _far_apart(first, second):
        return  # '高标准农田…完成投资1860万元' and '重点项目28个,完成投资9.85亿元': two things, not one misprinted
    if _parallel_sentences(figs, one, two, label):
        return  # '职工医保基金…本年收入…本年支出…可支付月数16.5个月' and '居民医保基金…本年收入…': two funds alike
    build.add("repeat", first, [second], f"同一数字两处出现: {label}", first.page, low=not _misprinted(first, second))


def _parallel_sentences(figs: Sequence[Figure], one: Span, two: Span, label: str) -> bool:
    """Whether two sentences say alike things of two subjects: two more figures in one named as two in the other (labels
    ending alike, four characters or a whole label: '职工医保统筹基金本年收入', '居民医保基金本年收入'), each with another value."""
    def inside(span: Span) -> list[Figure]:
        return [f for f in figs if span.start <= f.doc_start < span.end and len(f.label) >= 2 and f.label != label]

    def named_alike(a: str, b: str) -> bool:
        return len(os.path.commonprefix([a[::-1], b[::-1]])) >= min(4, len(a), len(b))

    others = inside(two)
    alike = {f.label for f in inside(one) if any(named_alike(f.label, g.label) and f.base_value != g.base_value for g in others)}
    return len(alike) >= 2


BUILT_ON_RE = re.compile(r"的?基础上")


def _swapped(one: Figure, two: Figure, digits: int = 3) -> bool:
    """Whether two printings differ by two neighbouring digits swapped, with `digits` significant digits or more
    (_misprinted: a swap, or one digit changed; a swap is the one that changes two)."""
    if not _misprinted(one, two, digits):
        return False
    a, b = _digit_strings(one, two)
    return sum(x != y for x, y in zip(a, b, strict=True)) == 2


def _digit_strings(one: Figure, two: Figure) -> tuple[str, str]:
    """Both values' digits at the finer of their two scales ('1286' and '1268' for 1286万元 and 1268万元)."""
    assert one.base_value is not None and two.base_value is not None
    scale = Decimal(1).scaleb(min(int(one.base_value.as_tuple().exponent), int(two.base_value.as_tuple().exponent)))
    a, b = (format(abs(v.quantize(scale)), "f").replace(".", "") for v in (one.base_value, two.base_value))
    return a, b


def _misprinted(one: Figure, two: Figure, digits: int = 3) -> bool:
    """Whether two printings of one figure differ as a misprint does: at one scale, with three significant digits or
    more, two neighbouring digits swapped (1286万元 and 1268万元, 5.82亿元 and 5.28亿元, 1710万元 and 1701万元) or one
    digit changed (1710 and 1716). Such a repeat is an error; values that differ otherwise (300万元 and 200万元 may
    be two projects' 协作资金) are a warning."""
    if one.base_value is None or two.base_value is None or (one.base_value < 0) != (two.base_value < 0):
        return False
    a, b = _digit_strings(one, two)
    zeros = min(len(a) - len(a.rstrip("0")), len(b) - len(b.rstrip("0")))
    if len(a) != len(b) or len(a) - zeros < digits:
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]
    return len(differ) == 1 or swapped


def _far_apart(one: Figure, two: Figure) -> bool:
    """Two values more than twice apart that no slip of scale explains (1710万元 and 1.71亿元 are one slip apart)."""
    a, b = sorted((abs(one.base_value or Decimal(0)), abs(two.base_value or Decimal(0))))
    if a == 0:
        return b != 0
    ratio = b / a
    return ratio > 2 and ratio not in SCALE_SLIPS


SCALE_SLIPS = frozenset(Decimal(10) ** k for k in range(1, 9))
