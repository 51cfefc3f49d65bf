"""Totals after their parts (合计, 共计, 三项合计), states of a whole (已整改…正在整改), remainders, classes among a total, (含…) parts, and subsets of one label."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise

from extract.numbers import parse_number
from extract.records import Figure
from extract.relations.base import (
    CLOSE_BRACKETS,
    INCOME_LEAD_RE,
    OPEN_BRACKETS,
    SENTENCE_END,
    SPENDING_LEAD_RE,
    Span,
    _Builder,
    _clause_before,
    _item_number,
    _paragraph,
    _paragraphs,
    _paren_end,
    _parts_total,
    _sentence,
    _summable,
    measure,
)
from extract.relations.lists import (
    COUNTED_BEFORE_FENBIE_RE,
    REMAINDER_RE,
    _far_short,
    _kinds_differ,
    _statuses_within,
    _unit_slip,
)
from extract.relations.shares import OTHER_ITEM_RE, _clause_break, _closing_total, _lead, _part_words

# What a total in the sentence after its parts counts them by: '两批次共选派教师55人', '三年累计投入…'.
PARTS_COUNTED_RE = re.compile(r"^(?P<n>[两二三四五六七八九十]|\d{1,2})(?:个|批次|批|年|季度|期|镇|乡|村|项|类|所|家)[\u4e00-\u9fff]{0,4}$")
ITEMS_COUNTED_RE = re.compile(r"(?P<n>[两二三四五六七八九十]|\d{1,2})项")  # '三项合计…': the count the cue itself says
# What a remainder is left after, said in the clause before it: '已支出1.87亿元', '累计拨付4850万元'.
USED_RE = re.compile(r"^[^,,。;;]{0,6}?(?:已|累计)(?:支出|拨付|使用|兑付|下达|报账|支付|花费|追回|收回|缴回|退回|清退)")
PLACE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,4}(?:镇|乡|街道|社区|村|县|区|市)")  # '城关镇', '和平乡'


def _subjects_of_fenbie(text: str, f: Figure) -> bool:
    """'2个村分别建成车间6个、8个,合计14个': a count just before 分别 counts what it distributes over, not one of the
    parts listed after it, so it is no part of the total that follows them."""
    return f.kind == "count" and COUNTED_BEFORE_FENBIE_RE.match(text, f.doc_end) is not None


def _lead_start(text: str, f: Figure) -> int:
    return f.doc_start - len(_lead(text, f))


def _parts_counted(text: str, total: Figure, cue: re.Match[str]) -> int | None:
    """How many parts a total that opens its sentence counts before its cue: '两批次共选派教师55人' -> 2."""
    lead = _lead(text, total)
    sentence = _sentence(text, total.doc_start)
    counted = PARTS_COUNTED_RE.match(lead[:cue.start()]) or ITEMS_COUNTED_RE.match(cue.group())  # ('三项合计投资')
    if counted is None or text[sentence.start:total.doc_start].strip() != lead:
        return None
    return int(parse_number(counted.group("n")))


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


def _opening_totals_dropped(text: str, total: Figure, parts: list[Figure]) -> list[Figure]:
    """'帮扶干部共128人,省级干部20人、市级干部48人、县级干部60人,合计128人': a figure that opens the sentence, as
    large as the 合计 after it and a clause before the rest, states the total; the parts are the rest."""
    while (len(parts) > 2 and total.base_value is not None and parts[0].base_value is not None
           and parts[0].base_value >= total.base_value and _clause_break(text, parts[0], parts[1])):
        parts = parts[1:]
    return parts


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
        if len(same) > 2 and _ways_disposed(text, same[1:]):
            same = [same[0], *same[1:]]  # '受理纠纷217件,已调处化解203件,…通过诉讼途径解决9件,剩余4件…': each way it went
        elif len(same) != 2:
            continue  # '计划96个,已开工96个,…已完工81个,剩余15个': which two it completes is not said
        if any(REMAINDER_RE.match(_clause_before(text, f)) for f in same):
            continue  # '支出完成91,350万元,当年结余5,130万元,年末滚存结余68,720万元': a balance carried is no remainder of the
            # spending before it
        build.add("sum", same[0], [*same[1:], left, *_disposed_after(text, figs, i, sentence)], words.strip(), left.page)


def _disposed_after(text: str, figs: Sequence[Figure], i: int, sentence: Span) -> list[Figure]:
    """The figures of the remainder's measure after it in its sentence that each say another way the total went
    ('…已整改6162.72万元,正在整改3025.97万元,移送有关部门处理321.70万元,整改率64.80%'): parts too."""
    out: list[Figure] = []
    for g in figs[i + 1:]:
        if g.doc_start >= sentence.end:
            break
        if measure(g) != measure(figs[i]):
            continue
        clause = _clause_before(text, g)
        if not (_summable(text, g) and DISPOSED_RE.search(clause) and not STAGE_RE.search(clause)):
            break
        out.append(g)
    return out


# '受理行政诉讼案件1,264件,审结1,246件': what was concluded of what was received (受理 counts old cases with the new,
# so no more can be concluded; not 新收, which counts only the new)
RECEIVED_RE = re.compile(r"(?<!新)受理[\u4e00-\u9fff]{0,10}$")
CONCLUDED_RE = re.compile(r"^(?:已|共|依法)?(?:审结|结案|执结)[\u4e00-\u9fff]{0,8}$")  # (a court's words; 办结 of 信访 is left alone)


def _concluded_of_received(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'全年受理行政诉讼案件1,264件,审结1,246件,结案率98.6%': the cases concluded are some of those received, in one
    sentence and one measure, the concluded figure next after the received one."""
    for i, received in enumerate(figs[:-1]):
        if not RECEIVED_RE.search(_clause_before(text, received)) or not _summable(text, received):
            continue
        sentence = _sentence(text, received.doc_start)
        concluded = next((g for g in figs[i + 1:] if g.doc_start < sentence.end and measure(g) == measure(received)), None)
        if concluded is None or concluded.figure_id in build.children or not _summable(text, concluded):
            continue
        if CONCLUDED_RE.match(_clause_before(text, concluded).strip()):
            build.add("subset", received, [concluded], "受理…审结", received.page)


THIS_YEAR_RE = re.compile(r"全年|今年|当年|本年|年内|本期")
YEARS_TOTALLED_RE = re.compile(r"(?<![\u4e00-\u9fff])(?P<n>[两二三四五六七八九十])个?年(?:来|间)?(?:累计|共计|合计|总计|共)")  # '三年累计…'
DISPOSED_RE = re.compile(r"已|解决|化解|办结|结案|调处|处置|处理|移交|移送|转交|销号|退回|追回")
STAGE_RE = re.compile(r"开工|完工|竣工|签约|落地|投产|达产|启动|建成|在建")


def _ways_disposed(text: str, done: Sequence[Figure]) -> bool:
    """Whether the figures between a total and what is left each say a way it was disposed of (已调处化解…, 通过诉讼途径
    解决…), none a stage a project passes through (开工, 完工: stages nest, each past the one before)."""
    clauses = [_clause_before(text, f) for f in done]
    return all(DISPOSED_RE.search(c) for c in clauses) and not any(STAGE_RE.search(c) for c in clauses)


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


def _totals_after(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'A 12个、B 18个、C 30个,共计62个' and '…(四)…310万元。以上合计3860万元': the total printed after its parts."""
    for i, total in enumerate(figs):
        if not _summable(text, total) or total.figure_id in build.children or total.figure_id in build.summed_parents():
            continue  # (a total with subsets only, '…合计116项;其中今年新增…3项', still totals the parts before it)
        cue = _closing_total(text, total)
        if cue is None or OPERAND_RE.match(_clause_before(text, total)):
            continue  # ('…上年结转0.86亿元,加本年收入总计38.45亿元,减本年支出总计38.12亿元,…': what is added or taken away)
        if OTHER_ITEM_RE.match(_clause_before(text, total).lstrip()):
            continue  # ('教育支出…、城乡社区支出…,其余各项支出合计96,308.71万元': the rest, one more part, no total of them)
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
        if any(INCOME_LEAD_RE.search(_clause_before(text, p)) for p in parts) and any(
                SPENDING_LEAD_RE.search(_clause_before(text, p)) for p in parts):
            continue  # '…合计收入5,210.4万元、支出4,968.2万元,…': flows the other way of one another add up to nothing
        if SPENDING_LEAD_RE.search(_clause_before(text, total)) and any(INCOME_LEAD_RE.search(_clause_before(text, p)) for p in parts):
            continue  # '年初结转和结余86.24万元,本年收入合计2958.63万元,本年支出合计2971.40万元': spending totals no income
        if len(parts) >= 2 and (_smaller_than_a_part(total, parts) or _counts_its_own(text, total, parts)):
            continue
        if parts and "累计" in cue.group() and THIS_YEAR_RE.search(text, start, parts[0].doc_start) \
                and not THIS_YEAR_RE.search(_clause_before(text, total)):
            continue  # ('全年新建高标准农田312万亩、改造提升185万亩,全省累计建成4620万亩': all years', not this year's sum)
        if (years := YEARS_TOTALLED_RE.search(_lead(text, total))) and len(parts) != int(parse_number(years.group("n"))):
            continue  # ('2023年…1,200万元、2024年…1,300万元,三年累计投入3,800万元': a year not listed)
        if len(parts) >= 2:
            build.add("sum", total, parts, cue.group(), total.page)


def _smaller_than_a_part(total: Figure, parts: Sequence[Figure]) -> bool:
    """A total after its parts less than half of one of them, where no part at another scale explains it ('具有本科及以上学历的2,816人,具有中级及以上职称的1,942人,县级及以上骨干教师、学科带头人共368人'):
    the count of something else, no total of them."""
    if total.base_value is None or any(p.base_value is None for p in parts):
        return False
    largest = max(p.base_value for p in parts if p.base_value is not None)
    added = sum((p.base_value for p in parts if p.base_value is not None), Decimal(0))
    return largest > total.base_value * 2 and not _unit_slip(added, total.base_value, parts, total.unit)


OWN_NAMES_RE = re.compile(r"(?P<names>[\u4e00-\u9fff]{2,12}(?:[、和与及][\u4e00-\u9fff]{2,12})+)(?:共计?|合计|总计)(?:有|为|达到?)?$")


def _counts_its_own(text: str, total: Figure, parts: Sequence[Figure]) -> bool:
    """Whether the total's clause names the things it counts, joined by 、/和, none of them named where a part is
    ('…,县级骨干教师、学科带头人共368人' after '…本科学历的2,816人,…职称的1,942人'): not '乡镇干部320人、村干部880人,
    乡镇和村干部共1,200人', whose names are the parts'."""
    said = OWN_NAMES_RE.search(_clause_before(text, total))
    if said is None:
        return False
    names = [n[-2:] for n in re.split(r"[、和与及]", said.group("names")) if len(n) >= 2]
    words = "".join(_clause_before(text, p) + p.label for p in parts)
    return not any(n in words for n in names)


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


def _parts_before(text: str, figs: Sequence[Figure], total: Figure, start: int, build: _Builder) -> list[Figure]:
    """The figures from `start` on that may be parts of `total`, printed after them: its measure, no part or total yet."""
    summed = build.summed_children()
    parts = [f for f in figs if f.doc_start >= start and _summable(text, f) and measure(f) == measure(total)
             and not _subjects_of_fenbie(text, f) and f.figure_id not in summed]
    listed = {f.figure_id for f in parts}
    at = {f.figure_id: f for f in figs}
    parts = [f for f in parts if f.figure_id not in build.parents or _broken_down_apart(text, f, listed, at, build)]
    return _opening_totals_dropped(text, total, parts)


def _broken_down_apart(text: str, f: Figure, listed: set[str], at: dict[str, Figure], build: _Builder) -> bool:
    """Whether a total of its own may still be one of the parts before a later total: its own parts none of them
    listed with it, each in brackets right after it ('加上上级补助收入168452万元(其中返还性收入3214万元、…)、债务转贷收入…,
    收入总计339239万元') or after the later total ('支出安排293036万元,加上…,支出总计316136万元,…。一般公共预算支出中,
    安排教育支出…')."""
    kids = {k for r in build.relations if r.parent_figure_id == f.figure_id for k in r.child_figure_ids}
    before = [at[k] for k in kids if k in at]  # (the rest come after the later total)
    bracketed = text[f.doc_end:f.doc_end + 1] in OPEN_BRACKETS
    return bool(kids) and not kids & listed and all(
        bracketed and k.doc_start > f.doc_end and not any(c in CLOSE_BRACKETS for c in text[f.doc_end:k.doc_start]) for k in before)


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
        elif after[1] == "其" and whole.figure_id in build.parents:
            continue  # '河长426名(其中县级河长12名、乡级河长87名)': the 其中 list's own rule read it (lists)
        elif len(inside) >= 2 and not any(_clause_break(text, a, b) for a, b in pairwise(inside)):
            if _kinds_differ(text, whole.doc_end + 1, inside) or _statuses_within(text, whole, whole.doc_end + 1, inside):
                for kid in inside:  # '培训1200人次(女性560人次、脱贫劳动力430人次)': groups within it
                    build.add("subset", whole, [kid], "(…)", whole.page)
            else:
                sure = _kinds_of_the_whole(whole, inside) or _places_named(text, whole, inside) or _near_miss(whole, inside)
                build.add("sum", whole, inside, "(…)", whole.page, low=not sure)


def _near_miss(whole: Figure, parts: Sequence[Figure]) -> bool:
    """Bracketed parts that miss their whole, but by a hundredth of it at most ('卫生技术人员1263人(医师452人、护士648人、
    药技人员164人)': 1264): a misprint, where groups that overlap or leave some out would seldom come so near."""
    totals = _parts_total(whole, parts)
    return totals is not None and totals[0] != totals[1] and abs(totals[0] - totals[1]) * 100 <= totals[1]


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


# A clause that adds its figure or takes it away ('加本年收入总计…', '减上解支出…'), not 加快/加强/减少/减免 … of a verb.
OPERAND_RE = re.compile(r"\s*(?:加上?(?!快|强|大|速|紧|工|油|入|盟|固|装|宽|密|挂|班|码|热|重|深|剧)"
                        r"|减去?(?!少|免|税|负|速|半|持|排|贫|灾|量|缓|轻|弱)|扣除|扣减)")
CARRIED_RE = re.compile(r"滚存|累计|历年")


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
