"""Repeats: one figure printed twice (a summary restated, a table cell in the text) that must agree."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from extract.records import LABEL_SEP, Figure, Relation
from extract.relations.base import (
    ACTION_VERB_RE,
    CLAUSE_BREAK_RE,
    Span,
    _Builder,
    _clause_before,
    _clause_to,
    _item_number,
    _paragraph,
    _sentence,
    _summable,
    measure,
)


def _clause_after(text: str, at: int, reach: int = 20) -> str:
    """The words of the clause that runs on from `at` (up to the next comma, semicolon or full stop; `reach` at most):
    '…全年为62,481人完成待遇领取资格认证,' names the figure after it."""
    return CLAUSE_BREAK_RE.split(text[at:at + reach])[0]


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
    _said_again(text, candidates, build)
    _scale_slips(text, candidates, build)


FAR_SWAP_DIGITS = 5  # significant digits from which two printings with digits swapped are matched anywhere in a report
SWAP_REACH = 400  # characters between two printings of one figure under two names: an excerpt, a summary and its body
GENERIC_LEAD_RE = re.compile(r"全年|今年|年内|当年|本年|全县|全市|全区|全镇|全乡|累计|共计|截至|截止|[的了共均已]")
MIN_SHARED_WORDS = 4
AFOREMENTIONED_RE = re.compile(r"(?:上述|前述)(?:的|[\u4e00-\u9fff]{0,6})$")  # a figure said to be one printed before it


def _swapped_repeats(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """The same figure printed twice under two names, with two neighbouring digits swapped ('安全培训3,268人次' …
    '全年参训的…安全管理人员3,286人次'; '立案查处各类违法案件527件' … '全年立案查处的572件案件中'): one measure, at most
    SWAP_REACH characters apart in one section, and the words before each, its label and the words of its clause after
    it (less when and where: 全年, 全县 …) sharing a run of four characters or more, which names the figure in the alert
    ('惠及待遇领取人员62,418人' … '全年为62,481人完成待遇领取资格认证'). A summary before the report's first heading
    may be restated anywhere after it ('消费帮扶销售农特产品2.36亿元' … '(五)…销售我县农特产品2.63亿元'), and so may a figure of
    FAR_SWAP_DIGITS significant digits or more ('年末累计结余39,404.07万元' … '(六)…年末累计结余39,440.07万元'). A swap alone is no evidence: 新增1,426户 and
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
                if ((first.label == second.label and len(first.label) >= MIN_REPEAT_LABEL) or not _swapped(first, second)  # (_repeats')
                        or ((second.doc_start - first.doc_start > SWAP_REACH or first.section != second.section)
                            and not summary and not _swapped(first, second, FAR_SWAP_DIGITS))):  # (too many digits for a coincidence)
                    continue
                shared = _shared_words(_words_around(text, first, "\x00"), _words_around(text, second, "\x01"))
                said_again = _said_before(text, second)
                if len(shared) >= MIN_SHARED_WORDS:
                    _repeat(text, figs, build, shared, first, second, said_again)
                elif said_again:  # '…168场次。…上述186场次赛事活动中', '…1,146.72万元;上述资金1,164.72万元…': the one said before
                    _repeat(text, figs, build, first.label, first, second, said_again)


ABOVE_SAID_RE = re.compile(r"^以上(?:的|[\u4e00-\u9fff]{0,6})$")  # '……以上1701万元资金…': the above, at a clause's start


def _said_before(text: str, f: Figure) -> bool:
    """Whether a figure is said to be one printed before it: after 上述/前述, or 以上 opening its clause ('……以上1701
    万元资金全部纳入…'; not '60岁以上1,200人', where 以上 ends a band)."""
    clause = _clause_before(text, f).rstrip()
    return AFOREMENTIONED_RE.search(clause) is not None or ABOVE_SAID_RE.match(clause.lstrip("…. \n")) is not None


def _scale_slips(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """One figure printed twice at two scales ('投入帮扶资金2.86亿元' … '三年共投入帮扶资金2860万元': 28,600万元): one
    measure, values a power of ten apart of three significant digits or more, at most SWAP_REACH characters apart in
    one section, and the words around each sharing a run of four characters or more. An error: a slip of the unit."""
    repeated = {k for r in build.relations if r.type == "repeat" for k in r.child_figure_ids}
    groups: dict[tuple[str, str, str], list[Figure]] = {}
    for f in figs:
        if f.base_value and f.kind in ("money", "count") and len(_digits_sorted(f)) >= 3:
            groups.setdefault((*measure(f), _digits_sorted(f)), []).append(f)
    for group in groups.values():
        for i, first in enumerate(group):
            for second in group[i + 1:]:
                if second.figure_id in repeated or first.section != second.section or second.doc_start - first.doc_start > SWAP_REACH:
                    continue
                a, b = sorted((abs(first.base_value or Decimal(0)), abs(second.base_value or Decimal(0))))
                if not a or b / a not in SCALE_SLIPS:
                    continue
                shared = _shared_words(_words_around(text, first, "\x00"), _words_around(text, second, "\x01"))
                if len(shared) >= MIN_SHARED_WORDS:
                    _repeat(text, figs, build, shared, first, second, _said_before(text, second))


SAID_AGAIN_DIGITS = 4  # significant digits from which a figure after 上述 one digit off an earlier one is that one misprinted


def _said_again(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """A figure after 上述 (前述) one digit off or two digits swapped from one printed before it, of one measure and
    SAID_AGAIN_DIGITS significant digits or more, anywhere before it ('…合计12,587.00万元' … '对上述12,687.00万元救助资金
    实行…'): the same figure printed again, misprinted. None when one printed before has its very value."""
    repeated = {k for r in build.relations if r.type == "repeat" for k in r.child_figure_ids}
    for i, second in enumerate(figs):
        if second.figure_id in repeated or not _said_before(text, second):
            continue
        before = [f for f in figs[:i] if measure(f) == measure(second) and f.kind in ("money", "count")]
        if any(f.base_value == second.base_value for f in before):
            continue
        first = next((f for f in reversed(before) if _misprinted(f, second, SAID_AGAIN_DIGITS)), None)
        if first is not None:
            _repeat(text, figs, build, first.label, first, second, said_again=True)


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
                first_printed, again = (f, cell) if f.page < cell.page else (cell, f)  # (a 附表 after the text restates it)
                build.add("repeat", first_printed, [again], f"同一数字两处出现: {shared}", first_printed.page)
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


def _repeat(text: str, figs: Sequence[Figure], build: _Builder, label: str, first: Figure, second: Figure,
            said_again: bool = False) -> None:
    """A repeat of `first` as `second` (_repeats), unless the two are told apart: a part of a breakdown, one sentence
    (unless the second is `said_again`, after 上述), other years, a plan, numbered items, values far apart, or alike
    sentences about two subjects."""
    if first.figure_id in build.children or second.figure_id in build.children:
        return
    one, two = _sentence(text, first.doc_start), _sentence(text, second.doc_start)
    if one == two and not said_again:
        return
    sentences = [text[s.start:s.end] for s in (one, two)]
    years = [set(YEAR_RE.findall(words)) for words in sentences]
    if years[0] and years[1] and years[0] != years[1]:
        return
    if any(PLAN_RE.search(_clause_of(text, f)) and not BUILT_ON_RE.match(text, f.doc_end) for f in (first, second)):
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
    build.add("repeat", first, [second], f"同一数字两处出现: {label}", first.page, low=not (_misprinted(first, second) or _scale_slipped(first, second)))


def _scale_slipped(one: Figure, two: Figure) -> bool:
    """Two printings a power of ten apart, of three significant digits or more (2.86亿元 and 2860万元): a unit slipped."""
    a, b = sorted((abs(one.base_value or Decimal(0)), abs(two.base_value or Decimal(0))))
    return bool(a) and b / a in SCALE_SLIPS and len(_digits_sorted(one)) >= 3


def _clause_of(text: str, f: Figure) -> str:
    """The clause a figure is printed in, from the clause break before it to the one after it: a plan word elsewhere in
    its sentence ('全年共争取…援助资金12,385万元,…;帮助…转移就业5,318人') says nothing of it."""
    after = CLAUSE_BREAK_RE.search(text, f.doc_end)
    return _clause_before(text, f) + text[f.doc_start:after.start() if after else len(text)]


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
