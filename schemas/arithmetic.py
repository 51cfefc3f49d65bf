"""Exact Decimal arithmetic of each relation: expected, actual, difference, printed-precision tolerance."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from extract.records import BALANCED_CUE, Figure, Relation
from extract.units import PERCENT_SCALE, SCALES, scale_of

ZERO = Decimal(0)
OCR_DOUBT = 60.0  # an OCR figure read with less confidence than this is named for a reader to verify
HALF = Decimal("0.5")


@dataclass(frozen=True, slots=True)
class Arithmetic:
    """One relation worked out: the numbers a check compares, in the total's base unit."""

    relation_id: str
    type: str
    parent_figure_id: str | None
    child_figure_ids: tuple[str, ...]
    expected: Decimal
    actual: Decimal
    difference: Decimal  # actual - expected
    tolerance: Decimal
    rounding: Decimal  # the tolerance if every figure were rounded: a miss within it is a warning for shares
    unit: str  # the unit the message shows numbers in ('万元', '户', '%')
    page: int
    pages: str  # '第4页' or '第3–4页'
    message_ok: str
    message_fail: str
    confidence: str
    cue: str
    doubtful: tuple[str, ...] = ()  # OCR figures to verify by eye: '1394户 (OCR 置信度 27)'
    base_unit: str = ""  # the unit expected, actual, difference and tolerance are in ('元', '户', '%')


def is_exact(f: Figure) -> bool:
    """A figure printed without decimals is taken as exact (7573户, 700万元); 460.1万元 may be rounded."""
    if f.value is None:
        return False
    exponent = f.value.as_tuple().exponent
    return isinstance(exponent, int) and exponent >= 0 and not f.approx


SHARE_END_RE = re.compile(r"(?:分别)?(?:所?占比重?|占比|比重|占)$")  # '销售额占比' + 占比 would say it twice


def within(difference: Decimal, tolerance: Decimal) -> bool:
    """Whether printed figures can be one consistent set: equal, or closer than their rounding allows.

    Strictly closer: printed 四舍五入 (half up), 2.8 stands for [2.75, 2.85) and 1.5 for [1.45, 1.55), so parts
    printed as 1.5亿 + 9000万 + 3000万 (at most just under 2.75亿) can never make a total printed as 2.8亿, though
    the difference, 0.1亿, equals the two figures' half units added.
    """
    return difference == 0 or abs(difference) < tolerance


def not_over(difference: Decimal, tolerance: Decimal) -> bool:
    """A part no larger than its whole: not over it, or over it by less than their rounding allows (as `within`)."""
    return difference <= 0 or difference < tolerance


def holds(a: Arithmetic) -> bool:
    """Whether a relation's arithmetic holds, as the schema's checks decide it (a rule's comparison is its own)."""
    return not_over(a.difference, a.tolerance) if a.type == "subset" else within(a.difference, a.tolerance)


def tolerance_of(f: Figure) -> Decimal:
    """What a figure adds to a check's tolerance: half_unit for a rounded figure, 0 for an exact one."""
    return ZERO if is_exact(f) else half_unit(f)


def half_unit(f: Figure) -> Decimal:
    """Half a unit of the last printed digit, in base units: 460.1万元 -> 0.05万元 = 500元; 7573户 -> 0.5."""
    if f.value is None:
        return ZERO
    exponent = f.value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    scale, _ = scale_of(f.unit)
    step = Decimal(1).scaleb(-places) * SCALES.get(scale, Decimal(1))
    if f.kind == "percent":
        step = step * PERCENT_SCALE.get(f.unit, Decimal(1))  # a digit of 3.6‰ is 0.1 ‰ = 0.01 %, of 五成 10 %
    return HALF * step


def in_unit(base: Decimal, unit: str) -> Decimal:
    """A base value shown in a printed unit: 4601000元 in 万元 -> 460.1 (exact division by a power of ten)."""
    scale, _ = scale_of(unit)
    return base / SCALES.get(scale, Decimal(1))


def show(value: Decimal, grouped: bool = False) -> str:
    """A Decimal as a reader writes it: no exponent, no trailing zeros after the point; with thousands separators
    when `grouped` ('298,640')."""
    text = format(value, ",f" if grouped else "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def _as_printed(f: Figure, unit: str, grouped: bool) -> str:
    """A part as its message shows it, in the total's unit: as printed when printed in that unit ('68.0' stays
    68.0, '6,850' 6,850), else converted exactly ('12,200万元' in 亿元: 1.22)."""
    number = f.raw[: len(f.raw) - len(f.unit)] if f.unit and f.raw.endswith(f.unit) else ""
    if not number and f.table_index is not None and f.raw[-1:].isdigit():
        number = f.raw  # a cell '4,862.30' under 单位:万元 is printed in its unit
    if f.unit == unit and number and re.fullmatch(r"-?[\d,]+(?:\.\d+)?", number) and not f.approx:
        sign, digits = ("-", number[1:]) if number.startswith("-") else ("", number)
        whole, point, decimals = digits.replace(",", "").partition(".")
        return sign + (format(int(whole), ",") if grouped else whole) + point + decimals
    return show(in_unit(f.base_value or ZERO, unit), grouped)


def _places(parts: str) -> int:
    """The most decimal places a part is shown with: '4,862.30 + 3,260' -> 2."""
    return max((len(d) for d in re.findall(r"\.(\d+)", parts)), default=0)


def _to_places(shown: str, places: int) -> str:
    """A number as `show` wrote it, padded with zeros to `places` decimals ('8,122.3', 2 -> '8,122.30'), never cut."""
    whole, _, decimals = shown.partition(".")
    if len(decimals) >= places:
        return shown
    return f"{whole}.{decimals.ljust(places, '0')}"


def _pages(figs: Sequence[Figure]) -> str:
    pages = sorted({f.page for f in figs})
    return f"第{pages[0]}页" if len(pages) == 1 else f"第{pages[0]}–{pages[-1]}页"


def _printed(f: Figure) -> str:
    """A figure as a message names it: as printed, with its unit when the print leaves it to a table's
    caption (a cell '51500' under 单位:万元 is 51500万元)."""
    if f.table_index is not None and f.raw[-1:].isdigit() and f.unit:
        return f.raw + f.unit
    return f.raw


def _label(f: Figure) -> str:
    return f.label or f.sentence[:12]


def work_out(relation: Relation, figures: Mapping[str, Figure]) -> Arithmetic | None:
    """The arithmetic of one relation; None if a figure it names has no value."""
    parent = figures.get(relation.parent_figure_id) if relation.parent_figure_id else None
    kids = [figures[k] for k in relation.child_figure_ids if k in figures]
    if len(kids) != len(relation.child_figure_ids) or any(k.base_value is None for k in kids):
        return None
    if relation.parent_figure_id and (parent is None or parent.base_value is None):
        return None  # the total was rejected as a figure: nothing to check against
    involved = ([parent] if parent else []) + kids
    tolerance = sum((tolerance_of(f) for f in involved), ZERO)
    rounding = sum((half_unit(f) for f in involved), ZERO)
    pages = _pages(involved)
    away = set(relation.subtracted_figure_ids)  # a balance's parts taken away: 年初 + 新增 − 偿还
    total = sum(((-k.base_value if k.figure_id in away else k.base_value) for k in kids if k.base_value is not None), ZERO)
    grouped = parent is not None and "," in parent.raw  # '298,640万元': the sum shown with thousands separators too
    parts = "".join(
        ("" if n == 0 else " − " if k.figure_id in away else " + ") + _as_printed(k, (parent or k).unit, grouped)
        for n, k in enumerate(kids)
    )
    signs = {k.figure_id: "(减)" if k.figure_id in away else "(增)" for k in kids[1:]} if relation.type == "balance" else {}
    named = "、".join(f"{_label(k)}{_printed(k)}{signs.get(k.figure_id, '')}" for k in kids)
    if relation.type == "share" or parent is None:
        expected, unit, head = Decimal(100), "%", f"{pages} {SHARE_END_RE.sub('', _label(kids[0]))}占比"
        base_unit = "%"
        actual = total
        if relation.type == "subset":  # shares of some of one whole: within 100%
            ok = (f"{head}: {parts} = {show(actual)}%,不超过100% (分项: {named})" if actual <= expected else
                  f"{head}: {parts} = {show(actual)}% ≈ 100% (多 {show(actual - expected)}个百分点,"
                  f" 在印刷精度的舍入范围 ±{show(tolerance)}个百分点 内; 分项: {named})")
            fail = f"{head}: {parts} = {show(actual)}% > 100% (多 {show(actual - expected)}个百分点; 分项: {named})"
        else:
            ok = f"{head}: {parts} = {show(actual)}%,合计为100% (分项: {named})"
            fail = f"{head}: {parts} = {show(actual)}% ≠ 100% (差 {show(abs(actual - expected))}个百分点; 分项: {named})"
    else:
        assert parent.base_value is not None
        expected, unit, base_unit = parent.base_value, parent.unit, parent.base_unit
        head = f"{pages} {_label(parent)}"
        shown_total = show(in_unit(total, unit), grouped)
        if all(k.table_index is not None for k in kids):  # a column printed to fixed places: 4,862.30 + 3,260.00 = 8,122.30
            shown_total = _to_places(shown_total, _places(parts))
        if relation.type == "repeat":
            actual = total
            second = kids[0]
            ok = f"{head}: 第{parent.page}页与第{second.page}页均为 {_printed(parent)}"
            fail = (
                f"{head}: 第{parent.page}页印为 {_printed(parent)},第{second.page}页印为 {_printed(second)}"
                f" (差 {show(in_unit(abs(actual - expected), unit), grouped)}{unit})"
            )
        elif relation.type == "subset":
            actual = total
            ok = f"{head}: {named} 不超过 {_printed(parent)}"
            fail = f"{head}: 部分 {named} 大于整体 {_printed(parent)} (多 {show(in_unit(actual - expected, unit), grouped)}{unit})"
        elif relation.cue == BALANCED_CUE:  # a 收入支出决算总表's two sides: one 总计 printed twice
            actual = total
            gap = f"{show(in_unit(abs(actual - expected), unit), grouped)}{unit}"
            ok = f"{head}: 收入总计 {_printed(parent)} = 支出总计 {_printed(kids[0])} ✓"
            fail = f"{head}: 收入总计 {_printed(parent)} ≠ 支出总计 {_printed(kids[0])} (差 {gap})"
        else:
            actual = total
            if actual == expected:
                ok = f"{head}: {parts} = {shown_total} = {_printed(parent)} ✓ (分项: {named})"
            else:  # within the rounding of the printed figures, but not equal: say so
                ok = (
                    f"{head}: {parts} = {shown_total} ≈ {_printed(parent)} (差 {show(in_unit(abs(actual - expected), unit), grouped)}{unit},"
                    f" 在印刷精度的舍入范围 ±{show(in_unit(tolerance, unit), grouped)}{unit} 内; 分项: {named})"
                )
            gap_unit = "个百分点" if unit == "%" else unit  # (shares in a column that should make 100%)
            fail = (
                f"{head}: {parts} = {shown_total} ≠ {_printed(parent)} "
                f"(差 {show(in_unit(abs(actual - expected), unit), grouped)}{gap_unit}; 分项: {named})"
            )
    doubtful = tuple(
        f"第{f.page}页 {f.raw} (OCR 置信度 {f.ocr_confidence:.0f})"
        for f in involved
        if f.source == "ocr" and f.ocr_confidence is not None and f.ocr_confidence < OCR_DOUBT
    )
    if doubtful:
        fail += f"; OCR 读数存疑, 请对照原件核对: {'、'.join(doubtful)}"
    return Arithmetic(
        relation.relation_id, relation.type, relation.parent_figure_id or None, relation.child_figure_ids,
        expected, actual, actual - expected, tolerance, rounding, unit, min(f.page for f in involved), pages, ok, fail,
        relation.confidence, relation.cue, doubtful, base_unit,
    )
