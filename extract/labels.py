"""The words a figure measures, taken from the clause around it: '受益贫困户7573户' -> '受益贫困户'."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.numbers import ITEM_MARKERS

# Characters that end a clause: nothing before them labels a figure after them.
CLAUSE_BREAK = set(",,;;::。.!!??、()()《》<>“”\"'‘’「」[]【】\n|/") | ITEM_MARKERS  # '②200万元': a new item
PLACES_WHOLE = ("全县", "全市", "全区", "全镇", "全乡", "全省", "全州", "我县", "我市", "我区", "我镇", "我乡", "本县", "本市")
# Words that open a clause without naming anything: dropped from the front of a label.
LEADING_NOISE = (
    "其中", "其余", "另外", "此外", "同时", "全年", "今年", "当年", "年内", "年底", "目前", "截至目前", "累计", "共计",
    "合计", "总计", "共有", "共", "总", "均", "分别", "已经", "已", "还", "又", "再", "并", "可", "将", "能", "约",
    "近", "达", "为", "是", "有", "和", "与", "及", "对", "向", "在", "从", "把", "被", "让", "使", "等", "的",
    "以上的", "以下的", "以上", "以下",  # the threshold of the figure before: '10万元以上的村186个' counts 村
    "含",  # '(含个人贷款8600万元)': a part said to be included
    "加",  # '加上级补助收入6,850万元': what is added, in a budget's sum
    # the whole place a report speaks for, and verbs that say what was done to the thing counted ('全县粮食播种面积',
    # '实施帮扶项目26个', '受理欠薪案件236件': what is measured is the noun; two blind label probes dropped them alike)
    *PLACES_WHOLE,
    "实施", "新建改建", "改扩建", "开展", "培育", "推广", "改造", "受理", "移送", "发现", "引导", "惠及", "发放", "新建", "改建",
    "开发", "认定",
)
# Words that begin with one of those characters, which is then no noise: '对口帮扶资金', '使用率', '有效灌溉面积'.
WORD_HEADS = (
    "对口", "对象", "从业", "达标", "并网", "可支配", "可用", "使用", "在岗", "在校", "在园", "在册", "在建", "在读", "在职",
    "在外", "在库", "在档", "有效", "有劳动", "有组织", "能源", "能力", "共同", "共享", "共建", "共治", "和平", "和谐",
    "向阳", "与会", "等级", "约束", "均衡", "再就业", "再生", "及时", "为民", "将军", "近视", "还款", "含量", "含税", "在家", "加工", "加固", "加强", "加快", "加大", "加油", "加盟", "加密", "加气", "加速", "加班",
)
# What 总 makes a total of, kept with it: '总投资3.2亿元' -> '总投资' (a bare 总 in front of a clause is noise).
TOTAL_OF = ("投资", "投入", "产值", "人口", "收入", "金额", "额", "量", "数", "规模", "面积", "户数", "人数", "资产", "成本", "造价",
            "装机", "容量", "产量", "长度", "里程", "用地")
# Verbs and nouns after which the measured thing starts: '获得协作支持资金1000万元' -> '协作支持资金'.
CUT_AFTER = (
    "获得", "获", "争取", "落实", "解决", "实现", "达到", "安排", "下达", "拨付", "到位", "投入", "吸纳",
    "有限公司", "公司", "集团", "项目", "合作社", "共计", "累计", "合计", "总计", "其中", "全年", "两地", "共有",
    "帮助", "组织", "选派", "培训", "覆盖", "涉及", "包括", "新增", "建成", "引进", "签约", "招引",
    "带动", "资助", "援建", "举办", "召开", "接待", "提供", "签订",
)
# Where one of those is part of a noun, not the verb or the name it ends: '社会组织捐赠' (组织 is the donor),
# '产业项目资金' (the project money, not any money): (words that may come before it, words that may come after it).
NOUN_NOT_CUT = {
    "组织": (("社会", "党", "经济", "村级", "基层", "群团", "自治", "合作"), ()),
    "项目": ((), ("资金", "经费", "投资", "个数", "数", "审批", "到位", "建设", "支出")),
    "资助": ((), ("资金", "金额", "对象", "人数", "标准")),  # '学生资助资金
    "投入": ((), ("强度",)),  # '研发经费投入强度': the ratio, not what was put in
    # names the verb is part of, which the word after it alone would not name: '城镇新增就业', '到位资金', '签约项目'
    "新增": (("城镇", "农村"), ()),
    "到位": ((), ("资金", "金额", "率", "投资")),  # '实际到位投资'
    "签约": ((), ("总金额", "金额", "总额", "资金", "项目", "企业", "服务", "率")),  # '家庭医生签约服务'

}
# Verbs and qualifiers that close a clause right before its number: '受益贫困人口达550人' -> '受益贫困人口'.
TRAILING_NOISE = (
    "达到", "达", "为", "是", "共计", "累计", "合计", "共", "约", "将近", "近", "超过", "逾", "有",
    "下降到", "下降至", "降至", "降到", "提高到", "提高至", "提升到", "提升至", "增长到", "增长至", "增至", "增加到", "分别",
    "增加至", "发展到", "发展至", "扩大到", "扩大至", "均", "都",  # '集体经济收入均超过': 均 says each, names nothing
    "的",  # '占转移就业总人数的51.6%': the share of 转移就业总人数
    "仅", "仅有", "只有",
    # predicates that put a figure in the sentence: '失业率控制在', '总产值突破', '审批时限压缩至' (not 完成, which
    # says what is counted: '建设任务已完成30个' of 33)
    "控制在", "控制到", "稳定在", "保持在", "维持在", "保持", "突破", "实现", "总计",
    "压缩至", "压缩到", "缩短至", "缩短到", "压减至", "压减到", "缩减至", "缩减到",
)
# 约 and 近 end these words rather than qualify the number after them: 签约, 节约, 合约…; 最近, 附近, 临近…
WORDS_ENDING = {"约": "签节合违预履特制集公条契邀缔践续解失简", "近": "最附临邻靠亲", "均": "户人平", "都": "首成"}
# What may stand between a count and the noun it counts: '2项以上帮扶措施', '5家以上的龙头企业'.
THRESHOLD_AFTER = ("以上的", "以下的", "以内的", "以上", "以下", "以内")
# Nouns of a group, kept whole: '赵立根一行9人' -> '一行'.
GROUP_NOUNS = ("一行", "代表团", "考察团", "工作组", "调研组", "专家组", "团队")
# Words after a measure word that end the counted noun: '5名干部赴新北区' -> '干部'.
AFTER_STOP = re.compile(
    r"(?:户均|人均|的|赴|来|去|到|与|和|及|在|于|已|将|被|由|共|等|是|为|均|都|也|逐|实施|全部|全|分别|受助|参加|参与|进行|开展|签订|签署|达成|完成|实现|"
    r"获得|入驻|落户|落地|建成|受益|脱贫|就业|参训|培训|学习|交流|开工|投产|对接|考察|挂职|帮扶|结对|带动|覆盖)"
)
MEASURE_WORDS = set("个家名位项所座台套辆场期篇条件只头株棵册份间栋处组队支届门类种张本节班")
MAX_LABEL = 14
# A change's start and the rate it is counted in, before the first figure: '…最低标准由每人每月113元提高到123元'.
FROM_RATE_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:从|由)(?:每[人户月年亩](?:每[月年])?)?$")
# The cue of a total printed after its parts is its label: '…其他510万元,三项合计3860万元' -> '三项合计'.
TOTAL_CUE_RE = re.compile(r"(?:以上|上述|两项|三项|四项|五项|各项)?(?:合计|共计|总计)")
# Words that name nothing on their own: a label of only one of them is no label ('7条共4.2公里', '120个和300个').
FILLER_WORDS = ("的", "和", "即", "共", "及", "与", "或", "并")
# A change from one date to another: '贫困人口从2014年的' + 4.32万人, '…减少到2019年底的' + 1260人: both measure the subject.
DATED = r"\d{4}年(?:\d{1,2}月)?(?:底|末|初)?的"
CHANGED_RE = re.compile(
    rf"(?P<subject>[^\d]+?)(?:从|由|自){DATED}"
    rf"(?:[\d.]+[^\d,,;;。]{{0,4}}?(?:增加|减少|下降|提高|上升|增长|降低|提升|扩大|缩小)(?:到|至|为){DATED})?"
)
CHANGE_CLAUSE_BREAK = ",,;;。::\n!!??"
# Approximate words printed after a figure: '车间10个左右' counts 车间, not 左右.
APPROX_AFTER = ("左右", "上下", "前后")


CUT_ANY_RE = re.compile("|".join(map(re.escape, CUT_AFTER)))
LEADING_ANY_RE = re.compile("|".join(map(re.escape, LEADING_NOISE)))
TRAILING_ANY_RE = re.compile("(?:" + "|".join(map(re.escape, TRAILING_NOISE)) + ")$")


def clean_label(text: str) -> str:
    """Strip clause-opening noise and keep the measured words: '全年两地横向交流' -> '横向交流'."""
    label = text.strip()
    if TOTAL_CUE_RE.fullmatch(label):
        return label
    if label in FILLER_WORDS:
        return ""
    for group in GROUP_NOUNS:
        if label.endswith(group):
            return group
    for word in CUT_AFTER if CUT_ANY_RE.search(label) else ():  # (most labels hold none: skip the loop)
        at = label.rfind(word)
        if at >= 0 and word in NOUN_NOT_CUT and (label[:at].endswith(NOUN_NOT_CUT[word][0] or ("\0",))
                                                 or label.startswith(NOUN_NOT_CUT[word][1] or ("\0",), at + len(word))):
            continue
        if at >= 0 and at + len(word) < len(label):
            tail = label[at + len(word):]
            if len(_without_trailing_noise(tail)) >= 2:  # '资金到位率达到' is no 到位 + '率达到'
                label = tail
    changed = LEADING_ANY_RE.match(label) is not None
    while changed and label:
        changed = False
        heads = label.startswith(WORD_HEADS)
        for word in LEADING_NOISE:
            if not label.startswith(word):
                continue
            if word == "总" and label[1:].startswith(TOTAL_OF):
                continue  # 总投资 is the total invested, not any investment
            if len(word) == 1 and heads:
                continue  # 对口帮扶资金: 对 begins the word
            if word in PLACES_WHOLE and len(_without_trailing_noise(label)) < len(word) + 3:
                continue  # '全镇平均', '全县建成': what is left would name nothing
            if len(label) > len(word) + 1 or (word == "的" and len(label) > 1):
                label = label[len(word):]
                changed = True
    changed = TRAILING_ANY_RE.search(label) is not None
    while changed and label:
        changed = False
        for word in TRAILING_NOISE:
            if word in WORDS_ENDING and label[-2:-1] and label[-2] in WORDS_ENDING[word]:
                continue  # '家庭医生签约': the 约 of 签约
            if label.endswith(word) and len(label) >= len(word) + (1 if len(word) > 1 else 2):  # '村达到' -> '村'
                label = label[: -len(word)]
                changed = True
    label = FROM_RATE_RE.sub("", label) or label  # '基础养老金最低标准由每人每月' (113元 提高到 123元): the standard
    if label in TRAILING_NOISE:
        return ""  # '近2000人': the clause holds only a qualifier, nothing measured
    if (listed := LISTED_BEFORE_RE.match(label)) is not None and label[:listed.end()][-2:] not in WORDS_WITH_DENG:
        label = label[listed.end():]  # '茶叶、猕猴桃、核桃等特色产业基地面积' -> 特色产业基地面积 (the 、 list is cut before)
    if len(label) > MAX_LABEL:
        label = _tail(label)
    return label


WORD_BOUNDARY = "和及与的于在对、"  # where a label cut short may start: after one of these, not inside a word


def _tail(label: str) -> str:
    """The last MAX_LABEL characters, cut after a boundary character near there rather than inside a word:
    '城镇和农村居民人均可支配收入分别增长' -> '农村居民人均可支配收入分别增长' (not '村居民…')."""
    cut = len(label) - MAX_LABEL
    for at in range(max(0, cut - 2), min(len(label) - 2, cut + 4)):
        if label[at] in WORD_BOUNDARY:
            return label[at + 1:]
    return label if cut <= 2 else label[cut:]  # '合作银行共发放脱贫人口小额信贷' whole, not '作银行…'


def _without_trailing_noise(text: str) -> str:
    """'率达到' -> '率', '共计' -> '': the words left once the verbs and qualifiers at the end are dropped."""
    changed = True
    while changed and text:
        changed = False
        for word in TRAILING_NOISE:
            if text.endswith(word):
                text = text[: -len(word)]
                changed = True
    return text


def clause_before(text: str, start: int, floor: int) -> str:
    """The clause that ends where a figure starts, not reaching back past `floor` (the previous figure)."""
    i = start
    while i > floor and (text[i - 1] not in CLAUSE_BREAK or _decimal_point(text, i - 1)):
        i -= 1
    return text[i:start]


def _decimal_point(text: str, at: int) -> bool:
    """A '.' inside a name, between a digit and a digit: 'PM2.5平均浓度' (not the full stop of '…完成.').'"""
    return text[at] == "." and at > 0 and text[at - 1].isdigit() and text[at + 1:at + 2].isdigit()


def noun_after(text: str, end: int) -> str:
    """The noun a measure word counts: '14个镇,发展' at the end of '14个' -> '镇'; '' if none."""
    j = end
    if text.startswith(APPROX_AFTER, end):
        end = j = end + 2
    threshold = next((word for word in THRESHOLD_AFTER if text.startswith(word, end)), "")
    end = j = end + len(threshold)
    limit = min(len(text), end + 10)
    while j < limit and text[j] not in CLAUSE_BREAK and not text[j].isdigit():
        j += 1
    phrase = text[end:j]
    if phrase[:1] in ("和", "及", "与", "、"):
        return ""  # '公办园9所和普惠性民办园4所': what follows the conjunction is the next item's, not this count's
    stop = AFTER_STOP.search(phrase, 1) if phrase else None
    if stop:
        phrase = phrase[: stop.start()]
    return phrase if len(phrase) <= 10 else ""  # '对440户未消除风险监测对象' counts 未消除风险监测对象


def figure_label(text: str, start: int, end: int, unit: str, floor: int, previous_label: str) -> str:
    """Label of the figure at text[start:end]; a figure printed right after another shares its label."""
    if unit and unit[-1] in MEASURE_WORDS:
        after = noun_after(text, end)
        if after and not (len(after) == 1 and after in "内外间中左右多余") and after not in FILLER_WORDS:
            return after
    if start - 1 > floor and text[start - 1] in MARKED_OPEN and text[end:end + 1] == MARKED_OPEN[text[start - 1]]:
        start -= 1  # '企业开办时间压缩至【0.5个工作日】', '办理“跨省通办”事项“3.6万件”': the figure is only marked
    before = clause_before(text, start, floor) or _before_aside(text, start, floor) or _quoted_before(text, start, floor)
    if not before.strip() and floor == start and previous_label:
        return previous_label  # '26批193人次': both measure 横向交流
    label = clean_label(before) or _changed_subject(text, start)
    if label in LONE_PREPOSITIONS or (len(label) == 2 and label[0] in "共已再又并" and label[1] in LONE_PREPOSITIONS):
        label = noun_after(text, end)  # '共对17户困难群众…': the noun after the count
    if 0 < len(label) <= 4 and (name := _quoted_before(text, start - len(before), floor)):
        label = name + label  # '“一网通办”率达到98.6%' -> 一网通办率: the quoted name says what it is
    if label in MONEY_VERBS and text.startswith("用于", end):
        purpose = clause_before(text, _clause_end(text, end + 2), end + 2)
        if 2 <= len(purpose) <= MAX_LABEL:
            return purpose  # '统筹1710万元用于农村人居环境整治': the money is named by what it is for
    if TOTAL_CUE_RE.fullmatch(label) and start - len(before) == floor and previous_label:
        return previous_label  # '专业技术人才3批次共计86人': 共计 joins two figures of one thing, it closes no list
    if label in CUT_AFTER:  # only a verb before: '共带动500余户贫困户' counts 贫困户
        after = noun_after(text, end)
        if unit and unit[-1] in after[1:]:
            after = after[: after.index(unit[-1], 1) + 1]  # '贫困户增收' -> '贫困户'
        if len(after) >= 2 and not AFTER_STOP.match(after):
            return after
    if label or any(ch in "。;;!!??\n" for ch in text[floor:start]):
        return label  # a label never carries over into another sentence or item
    return previous_label


def _clause_end(text: str, at: int) -> int:
    while at < len(text) and text[at] not in CLAUSE_BREAK:
        at += 1
    return at


def all_han(text: str) -> bool:
    """Whether text is one or more Han characters (no CJK punctuation, unlike layout.is_cjk: '培训三期。')."""
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text)


def _before_aside(text: str, start: int, floor: int) -> str:
    """'消费帮扶馆(店)17家' -> '消费帮扶馆': the clause before a short aside in brackets right before a figure; ''
    for an item number ('(1)200万元') or anything longer than an aside."""
    if start - 1 <= floor or text[start - 1] not in ")）":
        return ""
    opening = max(text.rfind("(", floor, start - 1), text.rfind("（", floor, start - 1))
    aside = text[opening + 1 : start - 1]
    if opening < 0 or len(aside) > 6 or not all_han(aside):
        return ""
    return clause_before(text, opening, floor) or _quoted_before(text, opening, floor)


QUOTES = {"”": "“", "」": "「", "』": "『", "\"": "\""}


def _quoted_before(text: str, start: int, floor: int) -> str:
    """'其中“满意”1032份' -> '满意': a name in quotes right before a figure (up to 10 Chinese characters)."""
    if start - 1 <= floor or text[start - 1] not in QUOTES:
        return ""
    opening = text.rfind(QUOTES[text[start - 1]], max(floor, start - 12), start - 1)
    name = text[opening + 1 : start - 1]
    if opening < 0 or not (all_han(name) or (re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]+", name) and re.search(r"[\u4e00-\u9fff]", name))):
        return ""
    return name  # ('“832平台”' too: a name may hold letters and digits)


def _changed_subject(text: str, start: int) -> str:
    """'扶贫车间吸纳就业人数从2019年的680人增加到2022年的' + 1520人 -> '扶贫车间吸纳就业人数' (see CHANGED_RE); else ''."""
    i = start
    while i > 0 and text[i - 1] not in CHANGE_CLAUSE_BREAK:
        i -= 1
    m = CHANGED_RE.fullmatch(text, i, start)
    return clean_label(m.group("subject")) if m else ""


# What stands before the items of a respective list: '分布在汉滨镇、洛河镇' -> '汉滨镇'.
ITEM_LEAD = ("分布在", "分布于", "位于", "包括", "涉及", "覆盖", "其中", "在", "于")
COUNTED_GROUP = re.compile(r"(?<!第)(?P<n>[一二两三四五六七八九十]|\d{1,2})[\u4e00-\u9fff]")  # '三个', '两镇' (not '第二产业')
GROUP_SIZE = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}


# A noun printed once, after the last of equally long items, that all of them share: '城镇和农村居民人均可支配收入'
# (城镇居民… and 农村居民…), '第一产业、第二产业增加值', '高血压、糖尿病、肺结核患者'. Not any longer last item:
# '种植业、养殖业和农产品加工业' lists three.
SHARED_NOUNS = ("居民", "农民", "群众", "人口", "人均", "家庭", "患者", "学生", "儿童", "老人", "妇女", "劳动力", "企业",
                "农户", "增加值", "产值", "收入", "支出", "投资", "资金", "面积", "产量", "规模", "人数", "户数", "销售额",
                "占比", "比重", "比例", "户")
# The last items of a list ended by 等 before the noun: '核桃等' of '核桃等特色产业基地面积' (not 等级, 等待, 同等).
LISTED_BEFORE_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}?等(?![级待同于次])(?=[\u4e00-\u9fff]{2})")
WORDS_WITH_DENG = ("平等", "同等", "对等", "均等", "高等", "中等", "初等", "优等", "上等", "次等", "头等", "特等", "相等", "劣等")
# A preposition left alone before a count ('对440户未消除风险监测对象…'): the noun after the count names it.
LONE_PREPOSITIONS = ("对", "向", "为", "给", "把", "被", "让", "从", "在", "将")
# What an amount is compared with: '较协议目标' + 8000万元, '比计划' + 500万元 (a change said so is a change first).
# (not 比赛, 比武: contests; nor 较大, 较高, 较多 …: '较大隐患53处' is a kind of hazard, compared with nothing)
COMPARED_TO_RE = re.compile(r"(?:较(?![大小高低多少好差快慢重轻为强弱])|比(?![赛武])|相比|对比)[\u4e00-\u9fff]{1,8}$")
# The base of a ratio printed after it: '目标任务27800人' + '的102.2%'.
BASE_OF_RATIO_RE = re.compile(r"的\s*\d")
# Brackets and quotes that only mark a figure ('【0.5个工作日】', '“3.6万件”'): its label is before them.
MARKED_OPEN = {"【": "】", "“": "”", "「": "」"}
# Verbs that put money somewhere without naming it: '统筹1710万元用于…' is named by what follows 用于.
MONEY_VERBS = ("统筹", "整合", "筹措", "筹集", "安排", "投入", "下达", "拨付", "落实", "争取", "使用")
# Verbs listed before the noun they share: '新增和改善灌溉面积', '新建、改建农村公路'.
LIST_VERBS = ("新增", "新建", "改建", "扩建", "改扩建", "改造", "改善", "恢复", "新修", "维修", "加固", "硬化", "提升", "完善",
              "新开", "新种", "补种", "新改建", "新改")
# A place before the first item: '嘉木县城镇和农村居民…' lists 城镇 and 农村.
PLACE_BEFORE_ITEM_RE = re.compile(r"^[\u4e00-\u9fff]{1,4}?[县市州旗](?=[\u4e00-\u9fff]{2})")
# A range of years: '2021—2023年', '2020年至2022年', '2019-2021年'.
YEAR_RANGE_RE = re.compile(r"(?P<a>(?:19|20)\d{2})\s*年?\s*(?:—|–|-|－|~|～|至|到)\s*(?P<b>(?:19|20)\d{2})\s*年")


def respective_labels(text: str, cue: int, n: int, total_label: str, verb: str = "",
                      before: Sequence[str] = ()) -> list[str]:
    """Labels of the n figures listed after a 分别为 (or 分别 + verb) at text[cue]: the subject before the cue,
    each item named when the subject enumerates as many items; the verb after 分别 ends each label.

    '茶叶、魔芋的销售额占比分别为60%、40%' -> ['茶叶销售额占比', '魔芋销售额占比'];
    'A、B两个社区工厂分别为6个、8个' -> ['A社区工厂', 'B社区工厂']; '分布在甲镇、乙镇,分别为…' takes the
    noun from the total before ('新建社区工厂9个') -> ['甲镇社区工厂', '乙镇社区工厂'];
    '城镇和农村居民人均可支配收入分别增长…' (verb '增长') -> ['城镇居民人均可支配收入增长', '农村居民人均可支配收入增长'];
    '种植业产值3.2亿元,养殖业产值1.8亿元,分别增长…' (before: the labels of the figures listed just before the
    cue) -> ['种植业产值增长', '养殖业产值增长']; '2021—2023年,…三年分别投入…' -> ['2021年…投入', …].
    """
    action = _action(verb)
    end = cue
    if end > 0 and text[end - 1] in ",,":  # '分布在甲镇、乙镇,分别为…': the subject is the clause before
        end -= 1
    i = end
    while i > 0 and text[i - 1] not in ",,;;。::\n!!??()()":
        i -= 1
    clause = text[i:end]
    if any(ch.isdigit() for ch in clause):
        if action and len(before) == n and all(before):  # '直接采购1.48亿元,帮助销售8600万元,分别较上年增长…'
            return [_joined(item, "", action) for item in before]
        return [_joined("", total_label, action)] * n  # '培训3期150人次,分别为…': the clause is the total itself
    parts = clause.split("、")
    last = parts[-1]
    noun = ""
    years: list[str] = []
    counted = next((m for m in COUNTED_GROUP.finditer(last) if _group_size(m.group("n")) == n), None)
    if counted and len(parts) > 1 and _ranked(parts[-2], last):
        counted = None  # '一类、二类、三类户', '…三季度、四季度': the last of the ranks, not a count of them
    if counted:
        last, noun = last[: counted.start()], last[counted.end():]
        if counted.group().endswith("年") and not last and len(parts) == 1:  # '2021—2023年,…三年分别投入'
            years = _years_before(text, cue, n)
    elif "的" in last:
        last, noun = last.split("的", 1)
    elif len(parts) == 1 and len(re.split(r"[和及与]", last)) != n:
        last, noun = "", last
    own_noun = clean_label(noun)
    items = [*parts[:-1], last] if last else parts[:-1]
    if (len(items) == n - 1 and items) or (len(items) == 1 and n == 2):  # '来访和出访分别为19批、3批'
        items = items[:-1] + re.split(r"[和及与]", items[-1], maxsplit=1)
    if items:
        items[0] = PLACE_BEFORE_ITEM_RE.sub("", _strip_lead(items[0]))
    items = years or items
    if len(items) != n or not all(items):
        return [_joined("", own_noun or total_label, action)] * n
    if not own_noun and len(items) > 1:
        items, own_noun = _shared_noun(items)
    if action and not years:  # '其中县农商行、邮储银行分别发放…': each bank's 发放, not the total's words again
        total_label = ""
    return [_joined(item, own_noun or total_label, action) for item in items]


def _ranked(previous: str, last: str) -> bool:
    """'二类', '三类户' and '三季度', '四季度': items named by a numeral and the same word after it."""
    return (len(previous) > 1 and previous[:1] in GROUP_SIZE and last[:1] in GROUP_SIZE
            and last[1:].startswith(previous[1:]))


def _action(verb: str) -> str:
    """What a verb after 分别 adds to each label: '增长', '较上年增长', '完成年度计划' (its 的 dropped); nothing
    for 为/是/有/达到; a bare 占 names a share: '占比'."""
    verb = verb.replace(" ", "").rstrip("的")
    if verb in ("", "为", "是", "有", "达到", "达"):
        return ""
    if verb.startswith(("有", "为", "是")) and len(verb) > 2:
        verb = verb[1:]  # '小学和初中分别有学生…' -> 学生
    return "占比" if verb == "占" else verb


def _joined(item: str, noun: str, action: str) -> str:
    """item + noun + action, a word said once: '城关镇' + '新建车间' + '新建' -> '城关镇新建车间'."""
    if action and action in noun:
        action = ""
    elif noun and noun in action:
        noun = ""
    return item + noun + action


def _shared_noun(items: list[str]) -> tuple[list[str], str]:
    """'城镇', '农村居民人均可支配收入' -> ['城镇', '农村'], '居民人均可支配收入': the last item as long as the
    others, the rest a noun they share (SHARED_NOUNS); else the items as printed."""
    size = len(items[0])
    rest = items[-1][size:]
    if all(len(item) == size for item in items[:-1]) and rest.startswith(SHARED_NOUNS):
        return [*items[:-1], items[-1][:size]], rest
    short = min(len(item) for item in items[:-1])
    if (max(len(item) for item in items[:-1]) <= 4 and len(items[-1]) - short >= 2 + (short == 1)
            and items[-1][short:].endswith(SHARED_NOUNS) and items[-1][short:] not in items[:-1]):
        return [*items[:-1], items[-1][:short]], items[-1][short:]  # '县内、省内县外、省外务工人数' -> …务工人数
    if all(item in LIST_VERBS for item in items[:-1]) and items[-1].startswith(LIST_VERBS):
        verb = next(v for v in sorted(LIST_VERBS, key=len, reverse=True) if items[-1].startswith(v))
        if len(items[-1]) - len(verb) >= 2:  # '新增和改善灌溉面积' -> 新增灌溉面积, 改善灌溉面积
            return [*items[:-1], verb], items[-1][len(verb):]
    return items, ""


def _years_before(text: str, cue: int, n: int) -> list[str]:
    """The n years of the last range printed in the sentence before cue ('2021—2023年'), or none."""
    start = max(text.rfind(ch, 0, cue) for ch in "。!?\n") + 1
    ranges = list(YEAR_RANGE_RE.finditer(text, start, cue))
    if not ranges:
        return []
    first, last = int(ranges[-1].group("a")), int(ranges[-1].group("b"))
    return [f"{year}年" for year in range(first, last + 1)] if last - first + 1 == n else []


def _group_size(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else GROUP_SIZE[numeral]


def _strip_lead(item: str) -> str:
    """'分布在汉滨镇' -> '汉滨镇': the verb before the first item of a list."""
    for word in ITEM_LEAD:
        at = item.rfind(word)
        if at >= 0 and len(item) - at - len(word) >= 2:
            return item[at + len(word):]
    return clean_label(item) or item
