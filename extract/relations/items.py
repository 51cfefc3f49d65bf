"""Enumerations: numbered items or points (一是…二是…) whose figures make a total said before or after them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.numbers import parse_number
from extract.records import Figure
from extract.relations.base import (
    CN_ORD,
    CUE_PUNCTUATION,
    ITEM_RE,
    LIST_CUE_RE,
    POINT_RE,
    Span,
    _Builder,
    _clause_before,
    _item_number,
    _paragraph,
    _paragraphs,
    _sentence,
    _summable,
    measure,
)

ENUM_CUE_RE = re.compile(r"如下[::]?|以下[::]|(?:^|[。;;,,])(?:上述|以上)")


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
# Items numbered within a paragraph, at a clause's start: '具体如下:1.产业项目74个…;2.基础设施项目52个…'.
INLINE_ITEM_RE = re.compile(r"(?<![^。;;,,::\n])(?:(?P<arabic>\d{1,2})[、.](?!\d)|[(](?P<bracketed>\d{1,2})[)])")
POINTS_COUNTED_RE = re.compile(r"(?P<n>[两二三四五六七八九十]|\d{1,2})(?:个)?(?:方面|领域|部分|类|项|块)")
POINTS_TOTAL_RE = re.compile(r"以上|上述|合计|共计|总计|累计|共")  # a sentence after points that totals them
POINTS_SUMMED_RE = re.compile(r"以上|上述|合计|共计|总计|[两二三四五六七八九十]项")  # … saying it of them
POINT_LEAD = 12  # characters between a total and its 一是 at most: '…2.35亿元,主要用于:一是'
# What says they are only some of it: '重点项目进展情况如下', '部分车间运行情况如下', '进展较快的项目如下', and after them
# '其余乡镇发放情况详见附表'.
SOME_ITEMS_RE = re.compile(r"重点|部分|典型|代表性|进展较快|较好的|突出的|例如|比如|为例")
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
