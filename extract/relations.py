"""Breakdowns a reader would check: totals and their parts, found from cue words and enumerations."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.records import Figure, Relation

LIST_CUE_RE = re.compile(r"其中|分别为|分别是|分别有|分别达到|分别达")
ENUM_CUE_RE = re.compile(r"如下[::]?|以下[::]|(?:^|[。;;,,])(?:上述|以上)")
REMAINDER_RE = re.compile(r"^[^,,。;;]{0,6}?(?:下余|其余|剩余|结余|余下|尚余)")
ITEM_RE = re.compile(r"^(?:(?P<arabic>\d{1,2})[、.．](?!\d)|[((](?P<cn>[一二三四五六七八九十]{1,3})[))]|(?P<shi>[一二三四五六七八九十]{1,3})是)")
CUE_PUNCTUATION = "。;;,,:: "  # stripped from either end of a printed cue
SHARE_WORDS = ("占", "比重", "构成", "比例")
SENTENCE_END = "。!?\n"
CN_ORD = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def measure(f: Figure) -> tuple[str, str]:
    """Figures that can be added up share a measure: money in 元, or the same count unit."""
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
    return f.kind in ("money", "count", "other") and f.value is not None and f.value_max is None


class _Builder:
    """Collects relations with ids in order and remembers which figures already play a part."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self.relations: list[Relation] = []
        self.children: set[str] = set()
        self.parents: set[str] = set()

    def add(self, type_: str, parent: Figure | None, kids: Sequence[Figure], cue: str, page: int, low: bool = False) -> None:
        key = (parent.figure_id if parent else "", tuple(k.figure_id for k in kids))
        if any((r.parent_figure_id, r.child_figure_ids) == key for r in self.relations):
            return
        confidence = "low" if low or any(k.approx for k in kids) or (parent is not None and parent.approx) else "high"
        self.relations.append(
            Relation(self.doc_id, f"R{len(self.relations) + 1:03d}", type_, key[0], key[1], cue, page, confidence)
        )
        self.children.update(key[1])
        if parent is not None:
            self.parents.add(parent.figure_id)


def find_relations(text: str, figures: Sequence[Figure], doc_id: str) -> list[Relation]:
    """Sum, subset and share relations of a document, from its text and its figures (doc offsets)."""
    build = _Builder(doc_id)
    figs = sorted(figures, key=lambda f: f.doc_start)
    _enumerations(text, figs, build)
    _lists(text, figs, build)
    _same_label_subsets(text, figs, build)
    return build.relations


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where a nested list ends: the next semicolon, or `limit` (the sentence end)."""
    ends = [i for i in (text.find(ch, start, limit) for ch in ";;") if i >= 0]
    return min(ends) if ends else limit


def _lists(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'总数A,其中B、C' and 'A,分别为B、C': parts grouped by measure; a lone part is a subset.

    A cue inside another cue's list ('…,其中产业资金600万元,其中茶叶400万元、魔芋200万元;…') opens a
    nested list that runs to the next semicolon: its parts belong to it, not to the outer list.
    """
    cues = list(LIST_CUE_RE.finditer(text))
    for cue in cues:
        sentence = _sentence(text, cue.start())
        paragraph = _paragraph(text, cue.start())
        nested = any(sentence.start <= c.start() < cue.start() for c in cues)
        end = _clause_end(text, cue.end(), sentence.end) if nested else sentence.end
        holes = [Span(c.start(), _clause_end(text, c.end(), sentence.end)) for c in cues if cue.end() <= c.start() < end]
        parts = [f for f in figs if cue.end() <= f.doc_start < end and f.kind != "date"
                 and not any(h.start <= f.doc_start < h.end for h in holes)]
        groups: dict[tuple[str, str], list[Figure]] = {}
        for f in parts:
            groups.setdefault(measure(f), []).append(f)
        for key, kids in groups.items():
            if key[0] == "percent":
                _share(text, cue.group(), sentence, kids, build)
                continue
            kids = [k for k in kids if _addable(k)]
            if not kids:
                continue
            floor = sentence.start if cue.group().startswith("分别") else paragraph.start
            before = [f for f in figs if floor <= f.doc_start and f.doc_end <= cue.start() and _addable(f) and measure(f) == key]
            if not before:
                continue
            parent = before[-1]
            rest = None if nested else _remainder(text, figs, sentence, paragraph, key)
            cue_text = cue.group()
            if rest is not None:
                kids = kids + [rest[0]]
                cue_text += " … " + rest[1]
            type_ = "sum" if len(kids) >= 2 else "subset"
            build.add(type_, parent, kids, cue_text, parent.page)


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


def _share(text: str, cue: str, sentence: Span, kids: Sequence[Figure], build: _Builder) -> None:
    """Percentages of one whole ('占比分别为33.3%、33.3%、33.4%') must total 100%."""
    words = text[sentence.start:sentence.end]
    if len(kids) >= 2 and any(w in words for w in SHARE_WORDS) and all(k.value is not None for k in kids):
        build.add("share", None, kids, cue, kids[0].page)


def _item_number(paragraph: str) -> int | None:
    m = ITEM_RE.match(paragraph)
    if m is None:
        return None
    if m.group("arabic"):
        return int(m.group("arabic"))
    ordinal = m.group("cn") or m.group("shi")
    return CN_ORD.get(ordinal) if len(ordinal) == 1 else (10 + CN_ORD.get(ordinal[-1], 0) if ordinal[0] == "十" else None)


def _paragraphs(text: str) -> list[Span]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append(Span(start, start + len(line)))
        start += len(line) + 1
    return spans


def _items_after(text: str, paragraphs: Sequence[Span], index: int) -> list[Span]:
    """Consecutive numbered paragraphs 1、2、3、 (or (一)(二), 一是 二是) after paragraph `index`."""
    items: list[Span] = []
    for para in paragraphs[index + 1:]:
        number = _item_number(text[para.start:para.end])
        if number is None or number != len(items) + 1:
            break
        items.append(para)
    return items


def _item_parts(figs: Sequence[Figure], items: Sequence[Span], total: Figure) -> list[Figure]:
    """Per numbered item, its first figure of the total's measure and label."""
    kids: list[Figure] = []
    for item in items:
        match = [f for f in figs if item.start <= f.doc_start < item.end and _addable(f)
                 and measure(f) == measure(total) and labels_match(total.label, f.label)]
        if match:
            kids.append(match[0])
    return kids


def _enumerations(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """A total announced with 如下 (or 上述) and broken down over the numbered items that follow."""
    paragraphs = _paragraphs(text)
    for index, para in enumerate(paragraphs):
        body = text[para.start:para.end]
        cue = ENUM_CUE_RE.search(body)
        if cue is None:
            continue
        cue_at = para.start + cue.end()
        if body.rstrip().endswith((":", ":")):  # '上述项目共使用资金1000万元:' announces its total after the cue
            cue_at = para.end
        totals = [f for f in figs if para.start <= f.doc_start and f.doc_end <= cue_at and _addable(f)]
        if not totals:
            continue
        items = _items_after(text, paragraphs, index)
        if len(items) < 2:
            continue
        for total in reversed(totals):  # the nearest figure the items break down: '资金1310万元,项目12个。上述…如下'
            kids = _item_parts(figs, items, total)
            if len(kids) >= 2:
                break
        if len(kids) >= 2:
            ordinals = (ITEM_RE.match(text[item.start:item.end]) for item in items)
            cue_text = cue.group().strip(CUE_PUNCTUATION) + " " + "".join(m.group() for m in ordinals if m is not None)
            build.add("sum", total, kids, cue_text, total.page, low=len(kids) < len(items))


def _same_label_subsets(text: str, figs: Sequence[Figure], build: _Builder) -> None:
    """'率7位企业家委员…,2位企业家委员达成协议': a later figure of one sentence counting the same noun is part of the first.

    Only counted nouns printed after the measure word qualify: 'A项目投资100万元,B项目投资200万元' are parallel items.
    """
    used = build.children | build.parents
    by_sentence: dict[int, list[Figure]] = {}
    for f in figs:
        counted = text.startswith(f.label, f.doc_end)
        if _addable(f) and f.figure_id not in used and len(f.label) >= 2 and counted:
            by_sentence.setdefault(_sentence(text, f.doc_start).start, []).append(f)
    for group in by_sentence.values():
        for i, whole in enumerate(group):
            same = [f for f in group[i + 1:] if f.label == whole.label and f.unit == whole.unit]
            if len(same) == 1 and sum(1 for f in group if f.label == whole.label) == 2:
                between = text[whole.doc_end:same[0].doc_start]
                if re.search(r"[,,;;]", between):
                    build.add("subset", whole, same, "同一句中的同名数字", whole.page, low=True)
