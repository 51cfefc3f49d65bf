"""Totals and the parts listed after them: 其中, 分别为, 包括, 由…组成 and the like."""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise

from extract.numbers import parse_number
from extract.records import Figure
from extract.relations.base import (
    CLAUSE_BREAK_RE,
    CLOSE_BRACKETS,
    CUE_PUNCTUATION,
    FROM_OPENING,
    INCOME_LEAD_RE,
    LIST_CUE_RE,
    NEW_STATEMENT_RE,
    OPEN_BRACKETS,
    POINT_RE,
    SENTENCE_END,
    SPENDING_LEAD_RE,
    STOCK_CLAUSE_RE,
    STOCKS_TO_RE,
    Span,
    _addable,
    _Builder,
    _clause_before,
    _clause_to,
    _paragraph,
    _paren_end,
    _parts_total,
    _role,
    _sentence,
    _sign_said,
    _summable,
    measure,
)
from extract.relations.shares import (
    AMONG,
    AND_OTHERS_RE,
    CLAUSE_BREAKS,
    CLOSING_LEAD,
    GROUP_KINDS,
    OTHER_ITEM_RE,
    QIZHONG_NAMES_RE,
    SHARE_WORDS,
    TOTAL_AFTER_RE,
    Cue,
    _clause_break,
    _closing_total,
    _complementary,
    _lead,
    _negates,
    _part_words,
    _qizhong,
    _share,
    _shares_listed,
)

INCLUDES = "包括"
# '总收入46.8亿元,由A…、B…和C…组成': the parts between 由 and 组成 make the figure just before.
COMPOSED_RE = re.compile(r"由(?=[^。;;]{2,80}?(?P<verb>组成|构成)(?:[。,,;;]|$))")
# Cues that detail the figure just before them, as 包括 does: '学校86所,涵盖小学52所、…', '…,由…组成'.
INCLUDES_WORDS = (INCLUDES, "涵盖", "由…组成", "由…构成")
# A total said to divide into so many kinds, before them: '268.4万人次,分为西医诊疗和中医诊疗两类,西医…'.
DIVIDED_RE = re.compile(r"(?<![^。;;,,:\n])分为[^,,。;;::]{0,24}?(?:[两二三四五六七八九十]|\d{1,2})(?:类|种|个部分|部分|个方面|个层次|档)(?=[,,::])")
INCLUDES_LEAD_RE = re.compile(r"[,,::]?[^,,;;。]{0,2}")  # '600万元,包括' or '800万元,主要包括'; not '500户,帮扶措施包括'
REMAINDER_RE = re.compile(r"^[^,,。;;]{0,6}?(?:下余|其余|剩余|结余|余下|尚余|(?:正在|尚未|未)(?:整改|支付|拨付|追回|追缴))")  # '…,正在整改0.2亿元'
# The noun a count counts, then 分别: '三个村分别建成…' (no punctuation or digit between).
COUNTED_BEFORE_FENBIE_RE = re.compile(r"[^\d,,;;。、::()（）\n]{0,6}?分别")
# 分别 and a verb after a count of groups that follows a total: '帮扶资金4.5亿元,三年分别投入1.2亿元、…' (see _counted_parent)
FENBIE_VERB_RE = re.compile(r"分别(?:投入|完成|实现|新增|引进|带动|安排|下达|拨付|争取|落实|培训|转移|吸纳|安置|销售|采购|选派|"
                            r"接收|建成|新建|发放|募集|减少|脱贫|消除|用于|派驻|分配|分布在|落户|投放|到位|到账|筹集|整合)")
# A range of years between a total and 分别 + verb, one part a year: ',2021年至2024年' (four parts).
YEAR_SPAN = r"(?P<a>(?:19|20)\d{2})\s*年?\s*(?:—|–|-|至|到|~)\s*(?P<b>(?:19|20)\d{2})\s*年"  # '2021年至2024年', '2023—2025年'
YEARS_SPANNED_RE = re.compile(r"[,,]?\s*" + YEAR_SPAN + r"\s*")
YEAR_SPAN_RE = re.compile(YEAR_SPAN)
YEARS_LISTED_RE = re.compile(r"[,,]?\s*(?:(?:19|20)\d{2}\s*年\s*[、和及]?\s*){2,}")
YEARS_COUNTED_RE = re.compile(r"(?:近|过去|这)(?P<n>[两二三四五六七八九十]|\d{1,2})年|(?P<m>[两二三四五六七八九十]|\d{1,2})年(?:来|以来|间)"
                              r"|(?<![\d〇零一二三四五六七八九十])(?P<k>[两二三四五六七八九十]|\d{1,2})年(?=累计|合计|共)")  # ('三年累计…')
GROUPS_COUNTED_RE = re.compile(r"[,]?(?P<n>[两二三四五六七八九十]|\d{1,2})个?[\u4e00-\u9fff]{1,3}?")
# A part that is the negation of its total ('累计消除风险982户,其中…356户;尚未消除风险404户'): no part of it.
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
    r"|(?<![^。;,:\n])按(?!照|时|期|规定|要求|程序|标准)[\u4e00-\u9fff]{1,10}?统计(?=[,:])"  # ('按手术分级管理目录统计,')
)
# A list that states the whole composition of something: '收入构成中,', '从资金构成看,', '资金结构为'
COMPOSITION_RE = re.compile(r"构成|结构|组成")
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
# Where people work, said with a place: '在浙江就业', '到苏州务工'.
WORKS_AT_RE = re.compile(r"(?:在|到|赴)[\u4e00-\u9fff]{2,4}(?:就业|务工)")
# Milestones a project or firm passes in order (签约 -> 落地/入驻 -> 开工 -> 建成/竣工/完工 -> 投产 -> 达产): one that has
# reached a later one has passed the earlier, so parts counted at different milestones overlap. States that
# exclude each other (在建, 未开工, 待建) are no milestones.
MILESTONES = ("签约", "落地", "入驻", "开工", "建成", "竣工", "完工", "投产", "达产")
NOT_YET_RE = re.compile(r"(?:未|尚未|没有|待|暂未)$")
# A list that says it names only some parts: '其中增值税…、契税0.95亿元等' (not 等级, 等同)
SOME_PARTS_RE = re.compile(r"[^,,;;。]{0,3}?等(?![级同待于])")
# Totals whose 其中 lists in fiscal and statistical reports name the main parts only (taxes, spending heads, kinds of
# investment or staff): a shortfall there may be the parts not listed, so it is checked at low confidence.
OPEN_TOTALS_RE = re.compile(r"税收|预算收入|预算支出|财政收入|财政支出|民生支出|固定资产投资|技术人员|零售总额|进出口")


def _per_head(f: Figure, kids: Sequence[Figure]) -> bool:
    """A per-head amount ('农村居民人均可支配收入17862元'): a rate, but its 其中 parts are its components
    ('其中工资性收入7215元、经营净收入5936元…'), per head too, and add up to it; not when a part is larger than it
    ('…5836项,户均4.2项。其中:产业帮扶1893项…': the parts of the total before it)."""
    return (_addable(f) and any(w in f.label for w in ("人均", "户均")) and f.base_value is not None
            and all(k.base_value is not None and k.base_value <= f.base_value for k in kids))


AS_FOLLOWS = "如下:"  # a list announced with 如下 and printed in the same sentence (numbered items: _enumerations, _inline_items)
INLINE_AS_FOLLOWS_RE = re.compile(r"如下[::](?![ \n]*$)(?!\s*(?:[(（]?[\d一二三四五六七八九十]{1,2}[)）、.．]|[一二三四五六七八九十]是))")
TOTAL_AMONG_RE = re.compile(r"\s*中\s*[,,::]")
IN_AMONG_RE = re.compile(r"[\u4e00-\u9fff]{1,6}?中\s*[,,::]")  # '…2,864笔' + '贷款中,'


def _in_among(text: str, f: Figure) -> re.Match[str] | None:
    """'在发放的2,864笔贷款中,首套…、二套…': a clause that opens with 在 and closes with the total, what it counts and
    中 breaks it down, as 其中 does."""
    if not _clause_to(text, f.doc_start, 30).lstrip().startswith("在"):
        return None
    return IN_AMONG_RE.match(text, f.doc_end)


SAYS_THE_LIST = ("分别为", "分别是", "分别有")  # (not 分别占: shares, a cue of their own)


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
            if cue.group().startswith("分别") and kids[0] is not parts[0] and _clause_break(text, parts[0], kids[0]) and (
                    (prior := next((figs[j] for j in range(bisect_left(starts, cue.start()) - 1, -1, -1)
                                    if measure(figs[j]) == key), None)) is not None and prior.figure_id in build.children):
                continue  # '…其中主办231件、协办65件;面复率、办结率分别为96.3%、100%,…满意的258件、…': another clause's
                # figures, and the figure before of their measure a part already: no whole of theirs
            if key[0] == "percent":
                kids = [k for k in kids if _role(text, k) != "threshold"]  # ('…占58.2%,高于上级要求的55%以上的比例;…')
                # '因病致贫人口中,…占45%' may list only some of them; '收入构成中,' lists them all
                if not cue.noun or COMPOSITION_RE.search(cue.group()):  # '从资金投向看,产业发展占58.2%,…' too
                    _share(text, figs, cue, sentence, kids, build)
                    _classified_shares(text, cue, kids, build)
                if _qizhong(cue):
                    _shares_within(text, figs, cue, sentence, kids, build)
                    _composition(text, figs, cue, sentence, kids, build)
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
            if (flows := _income_and_spending(text, kids)) is not None:
                # '分险种看,职工医保基金收入46.38亿元、支出41.95亿元;居民医保基金收入52.26亿元、支出49.32亿元': the
                # incomes break the income before down, the spendings the spending
                window = figs[bisect_left(starts, floor):bisect_left(starts, cue.start())]
                for side, said in zip(flows, (INCOME_LEAD_RE, SPENDING_LEAD_RE), strict=True):
                    whole = next((f for f in reversed(window) if measure(f) == key and _summable(text, f)
                                  and said.search(_clause_before(text, f))), None)
                    if whole is not None and len(side) >= 2:
                        _add_list(text, cue, whole, side, cue.group(), True, build)
                continue
            if _qizhong(cue) and not nested and (outside := [f for f in before if _paren_end(text, f.doc_start, cue.start()) >= cue.start()]):
                before = outside  # '达52.37万人,比上年增加0.84万人(上年为51.53万人),其中…': a bracket closed before 其中 is an aside
            if FENBIE_VERB_RE.fullmatch(cue.group()):
                parent = (_counted_parent(text, before, cue, kids) or _qizhong_parent(text, before, cue, kids)
                          or _named_items_parent(text, before, cue, kids))
            else:
                parent = _named_figure(text, figs, cue, key) if cue.noun else _unit_parent(before, kids)
            if _qizhong(cue) and text[cue.start() - 1:cue.start()] in OPEN_BRACKETS:
                parent = _bracketed_whole(text, figs, starts, cue, key)  # '…限额312,600万元以内(其中一般债务限额…)'
            if _classifies(cue) and parent is not None and len(exact := [f for f in before if _adds_up(f, kids)]) == 1:
                parent = exact[0]  # '受理…案件246件,结案241件,…。从案件类型看,…': the one its parts make, exactly
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
    ended = next((i for i in range(1, len(kids)) if LIST_ENDER_RE.search(words[i]) and _clause_break(text, kids[i - 1], kids[i])), None)
    if ended is not None:  # ('其中出口…,进口…,贸易顺差1363.2亿元': a net; '…,带动消费超过30亿元': what it brought)
        kids, words = kids[:ended], words[:ended]
    other = next((i for i in range(len(kids) - 1) if OTHER_ITEM_RE.match(words[i].lstrip("、,;: ")) is not None
                  and _clause_break(text, kids[i], kids[i + 1])), None)
    if other is not None:
        kids = kids[:other + 1]  # '…、其他类990.2万元,年度执行中调减预算1,218.6万元': the rest closes the list
    said_total = next((i for i, k in enumerate(kids) if i and TOTAL_OPENS_RE.match(_clause_before(text, k))), None)
    if said_total is not None:
        kids = kids[:said_total]  # '其中汽车消费券620万元、…815万元,合计拉动消费5.6亿元': a total of something else
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
                           or _names_nest(text, cue.end(), kids)
                           or SOME_PARTS_RE.match(text, kids[-1].doc_end) or _thresholds(text, cue.end(), kids)
                           or (MAIN_ONES_RE.match(text, cue.end()) and not _complementary(kids))):
        for kid in kids:  # groups within a total ('其中高血压…糖尿病…分别签约…'), not a breakdown of it
            if not _another_statement(text, parent, cue.end(), kid):
                build.add("subset", parent, [kid], cue_text, parent.page)
        return
    type_ = "sum" if len(kids) >= 2 and not _some_of_an_earlier_breakdown(parent, kids, build) else "subset"
    if type_ == "subset" and _far_over(parent, kids) and not _unit_slip(*_totals_of(parent, kids), kids, parent.unit):
        unsure = True  # '…比年初净增1.25万人,其中领用电子社保卡31.06万人': the group of another figure, likelier than a misprint
    unsure = unsure or (type_ == "sum" and OPEN_TOTALS_RE.search(parent.label) is not None and _short(parent, kids)
                        and not _complementary(kids) and not _classifies(cue) and not _enumerates(text, cue)
                        and not _part_misprinted(parent, kids) and not _digit_slip(*_totals_of(parent, kids)))
    # (a classification, '按消费类型分,', lists all of its total, and so does '分别为:')
    unsure = unsure or (type_ == "sum" and _far_over(parent, kids) and not _unit_slip(*_totals_of(parent, kids), kids, parent.unit)
                        and not _classifies(cue) and not _digit_slip(*_totals_of(parent, kids)) and not _part_misprinted(parent, kids))  # ('按经营单位所在地分,城镇…;乡村…': one whole split by one thing, no groups that overlap)
    unsure = unsure or (type_ == "sum" and _qizhong(cue) and _far_short(parent, kids) and not _part_misprinted(parent, kids))
    unsure = unsure or (type_ == "sum" and _qizhong(cue) and _short_past_a_slip(parent, kids))
    unsure = unsure or (type_ == "sum" and any(HAVING_RE.search(_clause_before(text, k)) for k in kids))
    # ('点位6,842个,其中高清点位5,317个、具备人脸识别功能的点位1,263个': what some have, groups that may overlap)
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
            start = _sentence(text, before[-1].doc_start).start
            counted_years = YEARS_COUNTED_RE.search(text, start, before[-1].doc_start)
            span = YEAR_SPAN_RE.search(text, start, before[-1].doc_start)  # ('2023—2025年,…累计投入24,480万元,2023年、…分别')
            spanned = n if (counted_years is not None and int(parse_number(counted_years.group("n") or counted_years.group("m") or counted_years.group("k"))) == n) \
                or (span is not None and int(span.group("b")) - int(span.group("a")) + 1 == n) else 0
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


def _income_and_spending(text: str, kids: Sequence[Figure]) -> tuple[list[Figure], list[Figure]] | None:
    """A list's incomes and its spendings, when it lists both and nothing else; None otherwise."""
    incomes = [k for k in kids if INCOME_LEAD_RE.search(_clause_before(text, k))]
    spendings = [k for k in kids if SPENDING_LEAD_RE.search(_clause_before(text, k))]
    if not incomes or not spendings or len(incomes) + len(spendings) != len(kids):
        return None
    return incomes, spendings


def _enumerates(text: str, cue: Cue) -> bool:
    """'…收入完成2209万元,…,分别为:利润收入1286万元,…': 分别为 and a colon, each part named after it, lists all of the
    total (not '教育、社保和就业、卫生健康支出分别为9.64亿元、…': some heads named before it)."""
    return cue.group().startswith("分别") and text[cue.end():cue.end() + 1] in "::"


def _adds_up(total: Figure, kids: Sequence[Figure]) -> bool:
    return (sums := _parts_total(total, kids)) is not None and sums[0] == sums[1]


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


def _closes(text: str, figs: Sequence[Figure], start: int, f: Figure) -> bool:
    """Whether `f` closes the list that starts at `start` as its total. A total after 共/累计 and a verb closes it only
    after a part of its measure: '其中产业项目累计投入800万元' opens the list with a part."""
    cue = _closing_total(text, f)
    if cue is not None and OTHER_ITEM_RE.match(_clause_before(text, f).lstrip()):
        return False  # ('…,其余各项支出合计30,410万元': the rest, the list's last part)
    if cue is None or not (cue.group("verb") or cue.group("noun")):
        return cue is not None
    return any(start <= g.doc_start and g.doc_end <= f.doc_start and measure(g) == measure(f) for g in figs)


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


def _names_nest(text: str, start: int, kids: Sequence[Figure]) -> bool:
    """Whether one part's name is another's with words before it ('节水灌溉面积' and '高效节水灌溉面积'): the one is a kind
    of the other, within it, so the two are no split of the total. A name cut at a bracket is read whole: '小(一)型水库'
    is no kind of '中型水库'."""
    labels = [_whole_name(k.label or "", words) for k, words in zip(kids, _part_words(text, start, kids), strict=True)]
    return any(len(a) >= 3 and len(b) > len(a) and b.endswith(a) and not re.search(r"(?:未|不|非|无|没有)$", b[:-len(a)])
               for a in labels for b in labels)  # ('消除风险' and '未消除风险' split the whole: one is the other's negation)


BRACKET_REACH = 4  # characters between a figure and the bracket of its own 其中 list ('312,600万元以内(其中…')


def _bracketed_whole(text: str, figs: Sequence[Figure], starts: Sequence[int], cue: Cue, key: tuple[str, str]) -> Figure | None:
    """The whole of a bracketed 其中 list: the figure right before the bracket, of the parts' measure, a limit too
    ('控制在债务限额312,600万元以内(其中一般债务限额105,000万元、专项债务限额207,600万元)'); None when that figure is
    of another measure or there is none: the list is not of a figure further back ('专项债务余额192,214.80万元')."""
    k = bisect_left(starts, cue.start())
    right = figs[k - 1] if k else None
    if right is None or right.doc_end > cue.start() or cue.start() - right.doc_end > BRACKET_REACH + 1:
        return None
    return right if measure(right) == key and _addable(right) else None


def _whole_name(label: str, words: str) -> str:
    """A part's label, or, when a bracket cuts it off from the words before it ('小(一)型水库9座': '型水库'), those words
    back to the list's last separator."""
    at = len(words) - len(label)
    if label and words.endswith(label) and at > 0 and words[at - 1] in CLOSE_BRACKETS:
        return re.split(r"[、,;:]", words)[-1]
    return label


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


def _short_past_a_slip(parent: Figure, kids: Sequence[Figure]) -> bool:
    """Parts after 其中 short of their total by over a twentieth, and by more than one of them, where no misprint explains
    the gap ('支出2,865万元,其中发放失业保险金1,536万元、稳岗返还846万元、技能提升补贴213万元': 2,595): a list of the main
    items, not all of them, is likelier. A misprint would be the total one digit off or two of its digits swapped, a part with two digits
    swapped, or a part at another scale; those stay errors."""
    totals = _parts_total(parent, kids)
    if totals is None or totals[0] * 20 >= totals[1] * 19:
        return False
    parts, total = totals
    if all(k.base_value is not None and k.base_value > total - parts for k in kids):
        return False  # (a gap smaller than every part listed is no item left out: a misprint)
    return not (_digit_slip(parts, total) or _part_misprinted(parent, kids) or _unit_slip(parts, total, kids))


def _totals_of(parent: Figure, kids: Sequence[Figure]) -> tuple[Decimal, Decimal]:
    return _parts_total(parent, kids) or (Decimal(0), Decimal(0))


def _some_of_an_earlier_breakdown(parent: Figure, kids: Sequence[Figure], build: _Builder) -> bool:
    """Whether the total and its parts restate some of a breakdown printed before, in full ('市场主体44,083户。其中企业
    9,872户,个体工商户33,164户,农民专业合作社1,047户' … later '全县市场主体44,083户,其中企业9,872户,仅占22.4%,个体
    工商户33,164户,占比偏高'): the parts then are some of it, within it, and no sum of their own."""
    values = sorted(k.base_value for k in kids if k.base_value is not None)
    for r in build.sums_of.get(parent.base_value, []) if parent.base_value is not None else []:
        if len(r.child_figure_ids) <= len(kids):
            continue
        earlier = build.figures.get(r.parent_figure_id)
        if earlier is None or earlier.base_value != parent.base_value or measure(earlier) != measure(parent):
            continue
        before = [build.figures[k].base_value for k in r.child_figure_ids if k in build.figures]
        if all(before.count(v) >= values.count(v) for v in values):
            return True
    return False


HAVING_RE = re.compile(r"具备|具有|拥有|带有|配备")  # a part named by what it has: a property, not a kind


def _part_misprinted(parent: Figure, kids: Sequence[Figure]) -> bool:
    """Whether one part with two neighbouring digits swapped would make the total exactly ('152个,其中新开工项目67个、
    续建项目58个': 85): a misprint, not groups left out. (One digit changed is no evidence: too many values are one
    digit off another, '186个,其中联农带农项目152个,东西部协作项目74个' would be 112.)"""
    sums = _parts_total(parent, kids)
    if sums is None:
        return False
    for kid in kids:
        if kid.base_value is None:
            continue
        meant = sums[1] - (sums[0] - kid.base_value)
        if meant > 0 and _digits_swapped(kid.base_value, meant):
            return True
    return False


def _digits_swapped(printed: Decimal, meant: Decimal) -> bool:
    """Two neighbouring digits swapped, of two significant digits or more."""
    differ = _differing_digits(printed, meant, 2)
    return differ is not None and _swap(*differ)


def _digit_slip(parts: Decimal, total: Decimal) -> bool:
    """Whether the total, of three significant digits or more, is the parts' sum with one digit misprinted or two
    neighbouring digits swapped ('经济作物…26.8万亩,其中蔬菜12.4万亩、中药材15.3万亩、林果9.1万亩': 36.8): a
    misprint, likelier than groups that overlap by just so much."""
    differ = _differing_digits(parts, total, 3) if total > 0 and parts > 0 else None
    return differ is not None and (len(differ[0]) == 1 or _swap(*differ))


def _differing_digits(one: Decimal, two: Decimal, least: int) -> tuple[list[int], str, str] | None:
    """Where the digits of two values of as many significant digits, `least` or more, differ (positions, digits of
    each at the finer scale, less the zeros both end with: 26万亩 and 36万亩 have two, not six); None when they cannot
    be compared so."""
    exponent = min(one.as_tuple().exponent, two.as_tuple().exponent)
    if not isinstance(exponent, int):
        return None
    a, b = (str(abs(v).scaleb(-exponent).to_integral_value()) for v in (one, two))
    while a.endswith("0") and b.endswith("0"):
        a, b = a[:-1], b[:-1]
    if len(a) != len(b) or len(a) < least:
        return None
    return [k for k in range(len(a)) if a[k] != b[k]], a, b


def _swap(differ: list[int], a: str, b: str) -> bool:
    return len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]


def _unit_slip(parts: Decimal, total: Decimal, kids: Sequence[Figure], unit: str | None = None) -> bool:
    """Whether one part printed at another scale would make the total within a hundredth ('3.2亿元,其中…1.8亿元、…
    1.4万元': 1.4亿元 makes it): a misprint, not a list of some groups. A part printed larger than it is
    ('3280万元,其中…1150万元,…1.27亿元,…860万元': 1270万元 makes it) only in a unit other than the total's, `unit`:
    a part of the total's unit divided down would as good as drop it ('2.47万个…0.68万个、1.12万个、1.79万个'), unless
    it is larger than the whole by itself ('实际到位投资4.35亿元,其中…3.2亿元、…1.05亿元、…1,000亿元')."""
    for kid in kids:
        value = kid.base_value or Decimal(0)
        larger = unit is not None and kid.unit == unit and value > total  # ('…到位1,000亿元' of 4.35亿元: 1,000万元)
        smaller = unit is not None and kid.unit != unit
        for power in (10, 100, 1000, 10_000):
            for meant in (value * power, value / power) if smaller or larger else (value * power,):
                if larger and meant < value and (meant * 100 < total or parts - value + meant != total):
                    continue  # (divided down, it must make the total exactly, and matter to it)
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


def _done_from(text: str, kids: Sequence[Figure]) -> int:
    """Where the parts said to be done already begin, when the first is not ('其中违规使用资金1.24亿元、损失浪费3260万元,
    已整改到位4.12亿元'; '其中亿元以上项目15个,已开工32个'): how far the whole has come, within it, not a kind of it;
    len(kids) when none is. Lists of states ('其中已建成12个、在建8个') are no such thing."""
    if not kids or re.match(r"[,, ::]*(?:其中)?[,, ::]*(?:已|未|尚未|正在|在)", _clause_before(text, kids[0])):
        return len(kids)
    return next((i for i, kid in enumerate(kids) if i and re.match(r"已经?", _clause_before(text, kid))), len(kids))


# A clause that opens with what was done, not with a group: after a semicolon in a 其中 list of groups, a statement of
# its own.
STATEMENT_VERB_RE = re.compile(r"[::,,]?\s*(?:发展|帮助|新增|完成|实现|开展|组织|推动|新建|建成|举办|发放|落实|引导|支持|培训|安置|吸纳|带动|兑现|办理|"
                               r"受理|查处|处置|引进|争取|投入|拨付|建设|改造|提升|创建)")
TOTAL_OPENS_RE = re.compile(r"^(?:合计|共计|总计|累计|总共)")  # a clause that says a total, no part of a list


def _another_statement(text: str, parent: Figure, start: int, kid: Figure) -> bool:
    """A figure after a semicolon in a 其中 list that is larger than the total ('转移就业1834人,其中脱贫人口1127人;帮助省内
    就近就业3652人'), or named as the total is with other words in the middle ('排查一般隐患4617处,其中已整改4589处;排查重大
    隐患12处'), or whose clause opens with a verb when the list's first part does not ('其中高校毕业生2,146人;帮助城镇
    失业人员再就业1,925人'; not '其中:发展茶园6114户,…;带动养殖64户,…'): another statement, no group within it. (Before a semicolon, '门诊费用支出…,其中…、"两病"门诊用药支出512万元'
    is a part whose name is shortened.)"""
    semicolon = max(text.rfind(";", start, kid.doc_start), text.rfind("；", start, kid.doc_start))
    if semicolon < 0:
        return False
    totals = _parts_total(parent, [kid])
    return ((totals is not None and totals[0] > totals[1]) or _sibling_names(parent.label, kid.label)
            or (STATEMENT_VERB_RE.match(text, semicolon + 1) is not None and STATEMENT_VERB_RE.match(text, start) is None))


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


# A clause that ends a list of parts: a net of two of them (顺差, 逆差, 差额) or what the whole brought about (拉动, 带动消费 …).
LIST_ENDER_RE = re.compile(r"顺差|逆差|差额|带动(?:消费|投资)|拉动|撬动")  # (not 带动养殖64户: a part)


def _classified_shares(text: str, cue: Cue, kids: Sequence[Figure], build: _Builder) -> None:
    """'从主要风险类型看,因病38.6%、因残21.4%、…、其他10.3%': percentages listed after a classification with no share word,
    the last one named the rest (其他): each kind's share of all of it, so they make 100%."""
    if not _classifies(cue) or len(kids) < 2 or any(k.unit != "%" or k.base_value is None or k.figure_id in build.children for k in kids):
        return
    words = _part_words(text, cue.end(), kids)
    if any(w in "".join(words) for w in SHARE_WORDS) or any(ch in w for w in words[1:] for ch in ";；"):
        return  # (with a share word, _share reads them; a semicolon between, they are of two lists)
    if OTHER_ITEM_RE.match(words[-1].lstrip("、,;: ")) and all(_role(text, k) == "amount" for k in kids):
        build.add("share", None, kids, cue.group(), kids[0].page)


def _composition(text: str, figs: Sequence[Figure], cue: Cue, sentence: Span, kids: Sequence[Figure],
                 build: _Builder) -> None:
    """'完成道路旅客运输量286.4万人次,…;其中班线客运占57.3%、城乡公交占36.5%、出租及其他占6.2%': the shares after 其中
    that an amount before it is made of, each said with 占 and no base of its own (占…的), the last naming the rest
    (其他) or all of them within a point of 100% (not 99.0: that may leave a group out). Not some groups' shares ('其中省外游客占42.5%、过夜游客占38.6%')."""
    kids = list(_shares_listed(text, cue, kids))
    if len(kids) < 2 or any(k.base_value is None or k.unit != "%" or k.figure_id in build.children for k in kids):
        return
    window = figs[bisect_left(figs, sentence.start, key=lambda f: f.doc_start):bisect_left(figs, cue.start(), key=lambda f: f.doc_start)]
    if not any(f.kind not in ("percent", "date") and f.doc_end <= cue.start() for f in window):
        return  # (the shares of an amount said before them)
    if not all("占" in (clause := _clause_before(text, k)) and "的" not in clause for k in kids):
        return
    rest = _part_words(text, cue.end(), kids)[-1].lstrip("、,;: ")
    total = sum((k.base_value for k in kids if k.base_value is not None), Decimal(0))
    if OTHER_ITEM_RE.match(rest) or AND_OTHERS_RE.search(rest) or -1 < total - 100 <= 1:
        build.add("share", None, kids, cue.group(), kids[0].page)


STOCK_PAIR_TAIL_RE = re.compile(rf"{FROM_OPENING}[^,,;;。]{{1,30}}?(?:{STOCKS_TO_RE.pattern})$")
LEVELS_AT_RE = re.compile(r"(?:\d{4}年|[上本]?年|期)(?:末|底|初)[、和与及至]\s*(?:\d{4}年|[上本]?年|期)(?:末|底|初)")  # times a stock is counted at
MAIN_ONES_RE = re.compile(r"[,,::\s]*(?:其中)?[,,::\s]*(?:主要|重点)")  # '税收收入中,主要税种增值税…': the main ones only
NET_CHANGE_RE = re.compile(r"净(?:增|减)(?:加|少)?了?[\u4e00-\u9fff]{0,6}$")  # '比年初的297家净增15家', '全年净增缴存职工1860人'
