"""Shares of a whole: percentages that make 100%, or some of it within 100%, and ratios printed with their parts."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from extract.figures import RATIO_SUM, structure_named_before
from extract.records import Figure
from extract.relations.base import (
    CLAUSE_BREAK_RE,
    Span,
    _Builder,
    _clause_before,
    _role,
    _sentence,
    _summable,
    measure,
)
from extract.units import AGE_UNITS

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
    r"|(?<![\u4e00-\u9fff])[两二三四五六七八九十]个?年(?:来|间)?累计(?:为|达到?|实现|完成)?$"  # '…分别…,三年累计达11.95亿元': one a year
)
CLOSING_LEAD = 14  # characters before a figure searched for its closing cue: '共建成电商服务网点' + 140个
QIZHONG_NAMES_RE = re.compile(r"[,,]?其中[::]?[^\d,,;;。]{1,30}")
# Words that split all of something in two: '重点人群…、一般人群…', '公办园…、民办园…'.
COMPLEMENT_WORDS = (("重点", "一般"), ("公办", "民办"), ("城镇", "农村"), ("城镇", "乡村"), ("男性", "女性"), ("境内", "境外"), ("省内", "省外"),
                    ("县内", "县外"), ("市内", "市外"), ("线上", "线下"), ("国有", "民营"))
SHARE_WORDS = ("占", "比重", "构成", "比例")
# Shares closed by their printed total: '…,其他占5.0%,合计100%'.
CLOSED_AT_100_RE = re.compile(r"[^。;;]{0,8}?(?:合计|共计|总计)(?:为|达)?100(?:\.0+)?%")
# 'of each its own whole': 本镇, 各自, and after 占 各村/所在村/全村 ('分别占各村总户数的35%、28%'); not 全县, one whole
EACH_OWN_WHOLE_RE = re.compile(r"本[县乡镇村户组]|各自|占到?(?:各[县乡镇村户组]|所在[县乡镇村]|全[村户组])")
PARTIAL_AFTER_RE = re.compile(r"其余|其他|剩余|余下|另有")
# Rates of several places or units, each of its own whole ('三个重点帮扶乡镇的…占比分别为', '城关镇、河口镇…比重分别为',
# '四所学校的…比例分别为'): a count of them or a list of their names before the percentages ('三类企业' are kinds: shares).
PLACE_NOUNS = "乡镇|镇|乡|村|县|区|市|社区|安置点|学校|医院|卫生院|企业|园区|基地|车间|合作社"
PLACES_RE = re.compile(
    rf"[两二三四五六七八九十几\d]+(?![类种项级批])(?:个|所|家|座)?[\u4e00-\u9fff]{{0,6}}?(?:{PLACE_NOUNS})"
    rf"|(?:^|[^\u4e00-\u9fff]|其中)[\u4e00-\u9fff]{{1,5}}?(?:{PLACE_NOUNS})[、和与及]"
)
SHARES_AT_MOST = 120  # percentages that pass 100% by more than any misprint would are rates of several wholes
SHARES_AT_LEAST = 80  # shares that make less than this are some of the whole: a misprint misses by less
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
    "rank": ("正高级", "副高级", "高级教师", "一级教师", "二级教师", "三级教师"),
    "threshold": ("万元以上", "亿元以上", "万元以下", "亿元以下"),
    "milestone": ("签约", "落地", "开工", "建成", "竣工", "投产", "达产"),
}
# An item a list ends with that is part of it by its name: '其他渠道销售480万元', '其余培训200人次'
OTHER_ITEM_RE = re.compile(r"^(?:其他|其它|其余|剩余)")  # (not 另有: "in addition to" the total)
AND_OTHERS_RE = re.compile(r"[及和与](?:其他|其它|其余)[\u4e00-\u9fff]{0,4}?占?$")  # '生活源及其他占', '…和其他
CLAUSE_BREAKS = ",,;;"


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


AMONG = "中"  # the cue of a total followed by 中 ('全县税收收入13.45亿元中,增值税5.62亿元、…'): a 其中 (_qizhong)


def _qizhong(cue: Cue) -> bool:
    """A 其中 cue, or a total's own 中 ('…13.45亿元中,'), which lists its parts as 其中 does."""
    return cue.group().startswith("其中") or cue.group() == AMONG


def _lead(text: str, f: Figure) -> str:
    """The words of the figure's clause just before it (at most CLOSING_LEAD characters)."""
    return re.split(r"[,,;;。:: \n、]", text[max(0, f.doc_start - CLOSING_LEAD):f.doc_start])[-1]


def _closing_total(text: str, f: Figure) -> re.Match[str] | None:
    """The cue of a total printed after its parts, in the clause just before the figure: '三项合计', '共计'."""
    return TOTAL_AFTER_RE.search(_lead(text, f))


def _clause_break(text: str, before: Figure, after: Figure) -> bool:
    return any(ch in text[before.doc_end:after.doc_start] for ch in CLAUSE_BREAKS)


def _part_words(text: str, start: int, kids: Sequence[Figure]) -> list[str]:
    """The words before each part of a list: from `start` (the cue's end) to the first, then between the parts."""
    out: list[str] = []
    for kid in kids:
        out.append(text[start:kid.doc_start])
        start = kid.doc_end
    return out


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
        whole = (next(reversed(list(WHOLE_NAMED_RE.finditer(lead))), None)  # (the last whole named before them)
                 or next(reversed(list(BY_WHAT_RE.finditer(lead))), None))
        words = [_clause_before(text, f).split("、")[-1] for f in run]  # ('…灌木林地占13.2%、其他林地占': 其他林地占)
        if whole is None and len(run) >= 2 and _scale_to_its_negation(words[0], words[-1]) and "其中" not in lead:
            build.add("share", None, run, SHARE_WORD_END_RE.sub("", words[-1]) + "…", first.page)  # ('满意的占…,不满意的占…')
            continue
        if len(run) < 2 or whole is None or "其中" in lead or any(f.unit != "%" for f in run) \
                or RANKED_RE.search(text, sentence.start, sentence.end):
            continue
        all_of_it = (_complementary(run) or OTHER_ITEM_RE.match(words[-1]) is not None or REST_NAMED_RE.match(words[-1]) is not None
                     or AND_OTHERS_RE.search(words[-1]) is not None  # '…、生活源及其他占12.4%': the rest with it
                     or (BAND_FLOOR_RE.search(words[0]) is not None and re.search(r"以上|超过|高于", words[-1]) is not None)
                     or (FIRST_RANK_RE.match(words[0]) is not None and re.search(r"及以上$|以上占?$", words[-1]) is not None)
                     or -1 < sum((f.base_value or Decimal(0) for f in run), Decimal(0)) - 100 <= 1)
        # ('处置方式中,焚烧…占58.6%,填埋…,资源化…': all of it; over by a point too, but 99.0 may leave a group out)
        if all_of_it:
            build.add("share", None, run, whole.group().rstrip(","), first.page)  # (less its comma)
        elif _shares_of_some(run, listed=False):
            # nothing closes them: some of the whole, maybe of more than one dimension (a warning past 100%)
            build.add("subset", None, run, whole.group().rstrip(","), first.page, low=True)


SHARE_WORD_END_RE = re.compile(r"的?(?:所?占比?|比重|比例)(?:为|达)?$")
NEGATION_RE = re.compile(r"^(?:不|未|非|没有)")


def _scale_to_its_negation(first: str, last: str) -> bool:
    """Whether shares said one by one run from a word to its negation ('表示满意的占87.4%,基本满意的占11.6%,不满意的占
    0.6%'; '已脱贫的占…,未脱贫的占…'): a scale with both ends, so all of one whole."""
    a, b = (SHARE_WORD_END_RE.sub("", w) for w in (first, last))
    said = NEGATION_RE.match(b)
    return said is not None and len(b) - said.end() >= 2 and a.endswith(b[said.end():])


# A share whose clause names its whole ('第一产业增加值占地区生产总值的比重为14.5%'), and the clauses after it that say
# only their share ('第二产业增加值比重为36.5%', '…占比为…').
SHARE_OF_NAMED_RE = re.compile(r"占(?P<whole>[^,,;;。占\d]{2,16}?)(?:的?(?:比重|比例)(?:为|达|达到)?|的)$")
SHARE_SAID_RE = re.compile(r"(?:比重|占比|比例|占)(?:为|达|达到)?$")
REST_NAMED_RE = re.compile(r"^(?:对|向|在|来自|自|从)?(?:其他|其它|其余)")  # '对其他国家和地区出口占19.3%': the rest
INDUSTRY_RE = re.compile(r"^第([一二三])产业")  # the three industries make all of an economy


def _clause_after(text: str, f: Figure) -> str:
    """The next clause after a figure's own, to the share it says there: '5,967.02万元,占本年支出的' of '…76.00%'."""
    end = CLAUSE_BREAK_RE.search(text, f.doc_end)
    if end is None or text[end.start()] not in ",,":
        return ""
    figure = re.search(r"\d", text[end.end():end.end() + 24])
    return text[end.end():end.end() + figure.start()] if figure else ""


def _shares_named_in_clause(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'第一产业增加值占地区生产总值的比重为14.5%,第二产业增加值比重为36.5%,第三产业增加值比重为49.9%', '对东盟出口占
    全县出口总额的28.4%,对欧盟出口占21.7%,…': shares in one sentence, the first naming the whole (占…的比重, 占…的),
    each of the rest its share only; checked when the parts are all of the whole by their names (the three industries;
    two that split it, 城镇 and 乡村; a last 其他)."""
    i = 0
    while i < len(figs):
        first = figs[i]
        named = SHARE_OF_NAMED_RE.search(_clause_before(text, first)) if first.unit == "%" else None
        if named is None or first.figure_id in build.children:
            i += 1
            continue
        sentence = _sentence(text, first.doc_start)
        run = [first]
        j = i + 1
        while j < len(figs) and figs[j].doc_start < sentence.end:
            if figs[j].kind in ("money", "count") and (again := SHARE_OF_NAMED_RE.search(_clause_after(text, figs[j]))) \
                    and again.group("whole") == named.group("whole"):
                j += 1  # ('…;项目支出5,967.02万元,占本年支出的76.00%': the amount whose share comes next)
                continue
            words = _clause_before(text, figs[j])
            again = SHARE_OF_NAMED_RE.search(words)
            if not (figs[j].unit == "%" and figs[j].figure_id not in build.children
                    and (again.group("whole") == named.group("whole") if again else SHARE_SAID_RE.search(words))):
                break
            run.append(figs[j])  # (each its share only, or of the whole named again: '…占本年支出的24.30%;…占本年支出的76.00%')
            j += 1
        i = j
        if len(run) < 2:
            continue
        labels = [_clause_before(text, f) for f in run]
        industries = {m.group(1) for label in labels if (m := INDUSTRY_RE.match(label))}
        if ((industries == {"一", "二", "三"} and len(run) == 3) or _complementary(run) or REST_NAMED_RE.match(labels[-1])
                or _whole_listed(build, sentence, run[-1].doc_end)):  # (their amounts make the whole exactly)
            build.add("share", None, run, named.group().rstrip("为达到的"), first.page)


RATIO_JOIN_RE = re.compile(r" ?[:∶] ?")


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


RANKED_RE = re.compile(r"最多|最高|最大|其次|居首位?|位居前|居前[二三四五十]|前[二三四五十]位|排名前|排在前|居第[一二三四五]位")  # the first few by rank
# Shares said one by one ('税收收入占76.8%') of a whole named before them ('全年一般公共预算收入中,').
SHARE_CLAUSE_RE = re.compile(r"占(?:比|比重)?(?:为|达)?$")
# (or with no comma, right before the first share: '全县PM2.5来源中移动源占38.5%、…'; not 其中, 集中 …)
WHOLE_NAMED_RE = re.compile(r"[\u4e00-\u9fff]{2,}(?<![其集期途心])中(?:[,,]|(?=[\u4e00-\u9fff]{1,10}?占))")
# What a whole is looked at by, right before its shares: '从出生孩次看,一孩占42.3%,…'.
BY_WHAT_RE = re.compile(r"(?<![^。;;,,:\n])(?:从|按)[\u4e00-\u9fff]{2,8}?(?:看|分|来看)[,,::]")
FIRST_RANK_RE = re.compile(r"^(?:一|1|首|第一)(?![\u4e00-\u9fff]*以上)")  # '一孩', '一级', '第一档': the first of ranks …
BAND_FLOOR_RE = re.compile(r"^\D{0,4}0\s*[—–\-~至到]|以下|不足|低于|不到")  # '0—14岁人口', '14岁以下'
