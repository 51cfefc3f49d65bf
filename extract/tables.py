"""Ruled tables -> figures labelled by row and column header, and the 合计/小计 sums a reader would check."""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from extract import units
from extract.figures import Found, find_figures
from extract.layout import Char, Line, RawPage, is_cjk, normalize_char
from extract.records import (
    BALANCED_CUE,
    LABEL_SEP,
    BBox,
    Figure,
    Image,
    PageText,
    RawImage,
    RawTable,
    Relation,
    Table,
)
from extract.relations import groups_of_kinds

CELL_SEP = "|"  # between the cells of a row in Table.text; rows are lines
UNIT = rf"(?:{units.SCALE_RE})?(?:{units.BASE_RE})"
UNIT_CELL_RE = re.compile(rf"^{UNIT}$")  # a row's own unit, in a column of its own ('指标 单位 绝对数 …' / '粮食 万吨 21.74 …')
HEADER_UNIT_RE = re.compile(rf"(?:[((]\s*(?:单位\s*[::]\s*)?(?P<a>{UNIT})\s*[))]|[/／]\s*(?P<b>{UNIT}))\s*$")
TABLE_UNIT_RE = re.compile(rf"^\s*[((]?\s*单位\s*[::]\s*(?P<unit>{UNIT}(?:[、,/]{UNIT})*)\s*[))]?\s*$")
CAPTION_UNIT_RE = re.compile(rf"单位\s*[::]\s*(?P<unit>{UNIT}(?:[、,/]{UNIT})*)(?![\w])")
# Several units for one table ('单位:人次、万元'): each column takes the one its header calls for, money where the header
# names money, the other where it names none.
UNITS_SEP_RE = re.compile(r"[、,/]")
MONEY_HEADER_RE = re.compile(r"费用|金额|资金|支付|支出|收入|补助|补贴|基金|报销|结余|投资|产值|价|款|额|经费|预算|决算")
CAPTION_GAP = 40.0  # points: a '单位:万元' line this close above a table is its caption
CAPTION_OVERLAP = 3.0  # points its glyph box may reach into the table's top rule (probe 20's reached 1.8 below it)
BARE_NUMBER_RE = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
SKIP_HEADER_RE = re.compile(r"^(?:序号|编号|序|排名|名次|代码|编码|No\.?|NO\.?|[\u4e00-\u9fff]{0,6}(?:编码|代码))$")  # '科目编码'
# Budget subjects coded by level: 201 (类), 20101 (款), 2010101 (项); a code's parent is its code less two digits.
SUBJECT_CODE_RE = re.compile(r"^\d{3}(?:\d{2}){0,3}$")
TOTAL_RE = re.compile(r"^[\w]{0,8}?(?P<word>合计|总计|共计|累计|小计)[::]?$")
# A row numbered 一, 二 … in the 序号 column heads a group of rows numbered 1, 2 … under it: a subtotal printed above them.
GROUP_MARK_RE = re.compile(r"^[一二三四五六七八九十]{1,3}[、.]?$")
GROUP = "分组"  # (a row word of chain_relations: such a group row)
# A row that is part of the row above it, '其中:"三公"经费' under 商品和服务支出: no item of its own in a column's sum.
PART_ROW_RE = re.compile(r"^(?:\d{1,2}\s*)?其中[::]?")
PART_OF = "其中"  # (a row word of chain_relations: such a row)
OTHER_ROW_RE = re.compile(r"^(?:其中[::]?)?(?:其他|其它|其余)")  # the last row of a 其中 group that says it is all of it
# Group rows marked in their label: '一、税收收入', '(二)非税收入'.
GROUP_LABEL_RES = (re.compile(r"^[一二三四五六七八九十]{1,3}、"), re.compile(r"^[(（][一二三四五六七八九十]{1,3}[)）]"))
# Columns of rates ('金额整改率', '完成率', '比上年增长'): percentages, whatever unit the table's caption gives its amounts.
# in % when the header gives no unit: '支出进度' (the share spent), '比上年增长' (a statistics table's growth)
RATE_HEADER_RE = re.compile(r"(?<!汇)率$|占比$|比重$|比例$|进度$|增长$|增速$|增幅$")
# Columns of averages, rates and standards ('户均补助(元)', '人均增收'): their 合计 row holds an average, never a sum.
AVERAGE_HEADER_RE = re.compile(r"人均|户均|亩均|村均|平均|均价|单价|标准|率|比例|占比|比重")
MAX_MEAN_CELL = 50  # characters: boxes whose cells average longer hold prose, not data
ADDABLE_KINDS = ("money", "count", "other")
NOTHING = {"-", "--", "—", "——", "–", "－", "/", "无", "0"}  # a cell that adds nothing to a sum


@dataclass(frozen=True, slots=True)
class PdfPage(RawPage):
    """A RawPage as read from the PDF, with the ruled tables (their characters are not in `lines`) and images."""

    tables: tuple[RawTable, ...] = ()
    images: tuple[RawImage, ...] = ()
    table_chars: tuple[Char, ...] = ()  # the characters inside the tables, left out of `lines`


def all_chars(page: RawPage) -> list[Char]:
    """Every character printed on a page, table cells included (what a text-layer or OCR test should count)."""
    chars = [c for line in page.lines for c in line.chars]
    if isinstance(page, PdfPage):
        chars.extend(page.table_chars)
    return chars


def is_data_table(raw: RawTable) -> bool:
    """At least 2 columns (and a row: the 合计 row of a table continued at the top of a page may be alone), and short
    cells: a ruled box around a paragraph stays running text."""
    if not raw.rows or max((len(r) for r in raw.rows), default=0) < 2:
        return False
    texts = [c.strip() for row in raw.rows for c in row if c and c.strip()]
    return bool(texts) and sum(len(t) for t in texts) / len(texts) <= MAX_MEAN_CELL


def normalize_cell(text: str | None) -> str:
    """A cell's printed lines -> one string, NFKC: '人才交流和劳\\n务培训项目' -> '人才交流和劳务培训项目'."""
    if not text:
        return ""
    out = ""
    for line in text.split("\n"):
        piece = "".join(normalize_char(ch) for ch in line).strip()
        if not piece:
            continue
        if out and out[-1].isascii() and out[-1].isalpha() and piece[0].isascii() and piece[0].isalpha():
            out += " "
        out += piece
    # spaces between Chinese characters are layout, not text ('合  计' -> '合计')
    return re.sub(r" +", lambda m: "" if _cjk_around(out, m.start(), m.end()) else " ", out)


def _cjk_around(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return is_cjk(before) or is_cjk(after) or (before.isdigit() and after.isdigit())


def render(rows: Sequence[Sequence[str]]) -> tuple[str, list[list[int]]]:
    """Rows -> ('a|b\\nc|d', offset of each cell in that text)."""
    offsets: list[list[int]] = []
    lines: list[str] = []
    at = 0
    for row in rows:
        starts = []
        for i, cell in enumerate(row):
            starts.append(at)
            at += len(cell) + (1 if i < len(row) - 1 else 0)
        offsets.append(starts)
        lines.append(CELL_SEP.join(row))
        at += 1  # the newline
    return "\n".join(lines), offsets


def raw_to_table(raw: RawTable, page: int, index: int) -> Table:
    width = max(len(r) for r in raw.rows) if raw.rows else 0
    rows = tuple(tuple(normalize_cell(c) for c in row) + ("",) * (width - len(row)) for row in raw.rows)
    cells = tuple(tuple(row) + (None,) * (width - len(row)) for row in raw.cells)
    text_boxes = tuple(tuple(row) + (None,) * (width - len(row)) for row in raw.text_boxes)
    text, _ = render(rows)
    return Table(page, index, rows, raw.bbox, text, cells, text_boxes)


def raw_to_image(raw: RawImage, page: int, index: int) -> Image:
    return Image(page, index, raw.bbox, raw.width_px, raw.height_px)


def caption_unit(page: PageText, top: float) -> str:
    """The unit a caption line just above a table gives all its cells: '单位:万元' -> '万元' ('' if none)."""
    unit = ""
    for m in CAPTION_UNIT_RE.finditer(page.text):
        box = page.boxes[m.start()] if m.start() < len(page.boxes) else None
        if box is not None and box[3] <= top + CAPTION_OVERLAP and top - box[3] <= CAPTION_GAP:
            unit = m.group("unit")
    return unit


def header_unit(header: str) -> tuple[str, str]:
    """'帮扶资金(万元)' -> ('帮扶资金', '万元'); '金额/万元' -> ('金额', '万元'); '项目名称' -> ('项目名称', '');
    '决算数为调整预算数的%' -> ('决算数为调整预算数的', '%')."""
    m = HEADER_UNIT_RE.search(header)
    if m is None:
        if header.rstrip().endswith("%"):
            return header.rstrip()[:-1].strip(), "%"
        return header, ""
    unit = m.group("a") or m.group("b")
    scale, base = units.scale_of(unit)
    if not units.accepts_scale(scale, base):
        return header, ""
    return header[:m.start()].strip(), unit


# Headers that say their unit in their name: '住院人次', '脱贫户数', '受益人数' (no '(人)' printed after them).
NAMED_UNITS = (("人次", "人次"), ("户次", "户次"), ("人数", "人"), ("户数", "户"), ("个数", "个"), ("件数", "件"), ("家数", "家"))


def _unit_named(name: str) -> str:
    return next((unit for end, unit in NAMED_UNITS if name.replace(" ", "").endswith(end)), "")


def is_total(label: str) -> str:
    """'合计' -> '合计', '全县总计' -> '总计', '小计:' -> '小计'; '' for any other row or column header."""
    m = TOTAL_RE.match(label.replace(" ", ""))
    return m.group("word") if m else ""


@dataclass(frozen=True, slots=True)
class Layout:
    """How a table reads: where the header rows end, each column's header and unit, the label columns."""

    first_data: int
    column_headers: tuple[str, ...]  # unit stripped, header rows joined by ' '
    column_groups: tuple[str, ...]  # header rows above the last one: columns under one spanning header
    column_units: tuple[str, ...]
    table_unit: str
    label_columns: frozenset[int]
    skip_columns: frozenset[int]
    unit_column: int | None = None  # a column of each row's unit ('单位': 亿元, 万吨 …), for the row's bare numbers


def _quantities(text: str) -> bool:
    return bool(BARE_NUMBER_RE.match(text)) or any(f.kind != "date" for f in find_figures(text, None))


def read_layout(table: Table, caption: str = "") -> Layout:
    rows = table.rows
    width = len(rows[0]) if rows else 0
    table_unit = caption
    caption_rows: set[int] = set()
    for r, row in enumerate(rows[:3]):
        texts = {text for text in row if text}
        unit_row = TABLE_UNIT_RE.match(next(iter(texts))) if len(texts) == 1 else None
        if unit_row is not None:
            table_unit = unit_row.group("unit")
            caption_rows.add(r)
    first = min(set(range(len(rows))) - caption_rows, default=0)
    header_rows = [first]
    for r in range(first + 1, len(rows)):
        filled = [text for text in rows[r] if text]
        if len(filled) >= 2 and not any(_quantities(text) for text in filled) and not _group_row(filled):
            header_rows.append(r)
            continue
        break
    first_data = header_rows[-1] + 1
    parts: list[list[str]] = [[] for _ in range(width)]
    units_of = [""] * width
    middles = column_middles(table)
    for r in header_rows:
        for c in range(width):
            cell = rows[r][c]
            span = merged_into(table, r, c, middles)
            if not cell and span is not None:  # under a header cell spanning columns (or rows): its text
                cell = rows[span[0]][span[1]]
            unit_cell = TABLE_UNIT_RE.match(cell)
            if unit_cell is not None:
                table_unit = table_unit or unit_cell.group("unit")
                continue
            name, unit = header_unit(cell)
            unit = unit or _unit_named(name)
            if unit:
                units_of[c] = unit
            if name and (not parts[c] or parts[c][-1] != name):
                parts[c].append(name)
    headers = tuple(" ".join(p) for p in parts)
    for c in range(width):
        if not units_of[c] and RATE_HEADER_RE.search(headers[c].replace(" ", "")):
            units_of[c] = "%"
    if UNITS_SEP_RE.search(table_unit):  # '单位:人次、万元'
        listed = UNITS_SEP_RE.split(table_unit)
        percent = [u for u in listed if u == "%"]  # '单位:万元、%': rates in %, the amounts in the other
        amounts = [u for u in listed if u not in percent]
        money = [u for u in amounts if units.unit_kind(units.scale_of(u)[1]) == "money"]
        other = [u for u in amounts if u not in money]
        for c in range(width):
            if not units_of[c]:
                wanted = ["%"] if percent and RATE_HEADER_RE.search(headers[c]) else (
                    money if MONEY_HEADER_RE.search(headers[c]) else other or (amounts if percent else []))
                units_of[c] = wanted[0] if len(wanted) == 1 else ""
        table_unit = ""
    groups = tuple(" ".join(p[:-1]) for p in parts)
    data = rows[first_data:]
    unit_column = next((c for c in range(width) if _units_column(headers[c], [row[c] for row in data])), None)
    skip = frozenset(c for c in range(width) if SKIP_HEADER_RE.match(headers[c].replace(" ", "")) or c == unit_column
                     or (not units_of[c] and _counts_rows([row[c] for row in data])))
    numeric = {c for c in range(width) if c not in skip and _numeric_column([row[c] for row in data])}
    labels = frozenset(c for c in range(width) if c not in skip and c not in numeric)
    return Layout(first_data, headers, groups, tuple(units_of), table_unit, labels, skip, unit_column)


def _units_column(header: str, cells: Sequence[str]) -> bool:
    """A column headed 单位 (计量单位 …) whose cells are units, blank or not, two at least and three in four ('台(套)' is
    台, _row_unit): each row's own unit."""
    units_given = [cell.replace(" ", "") for cell in cells if cell.strip()]
    known = sum(1 for u in units_given if _row_unit(u))
    return header.replace(" ", "").endswith("单位") and known >= 2 and known * 4 >= len(units_given) * 3


def _row_unit(cell: str) -> str:
    """A unit cell's unit, less a second one in brackets ('台(套)' -> '台'); '' when it is none ('顶' is, '批次' is)."""
    unit = re.sub(r"[((][^()（）]*[))]$", "", cell.replace(" ", ""))
    return unit if UNIT_CELL_RE.match(unit) else ""


def _group_row(filled: Sequence[str]) -> bool:
    """A row that opens a group of rows ('一 | 产业发展类', '(二)基础设施类'): data, never a header row."""
    first = filled[0].replace(" ", "")
    return bool(GROUP_MARK_RE.match(first)) or any(rx.match(first) for rx in GROUP_LABEL_RES)


def _numeric_column(cells: Sequence[str]) -> bool:
    """A column of quantities: one at least, and no more cells of words than of quantities; a name holding a count
    ('其他产业发展项目(13个)') is words, so a column of project names stays a column of row labels."""
    filled = [cell for cell in cells if cell]
    quantities = sum(1 for cell in filled if _quantities(cell) and not _words(cell))
    return quantities > 0 and quantities >= sum(1 for cell in filled if _words(cell))


def _words(cell: str) -> bool:
    """Whether a cell says more in words than a quantity and its unit: four Han characters or more."""
    return sum(1 for ch in cell if "\u4e00" <= ch <= "\u9fff") >= 4


def _counts_rows(cells: Sequence[str]) -> bool:
    """A column of row numbers 1, 2, 3 … (blank in 合计 rows): a 序号 column without its header."""
    numbers = [c for c in cells if c]
    return len(numbers) >= 2 and all(c.isdigit() for c in numbers) and [int(c) for c in numbers] == list(range(int(numbers[0]), int(numbers[0]) + len(numbers)))


def row_labels(table: Table, layout: Layout) -> list[str]:
    """Each row's header: its label cells joined, a cell merged from above taking the text above it."""
    out: list[str] = []
    middles = column_middles(table)
    text_columns = sorted((layout.label_columns | layout.skip_columns) - {layout.unit_column})  # (a unit names no row)
    for r, row in enumerate(table.rows):
        words = []
        for c in text_columns:
            cell = row[c]
            span = merged_into(table, r, c, middles) if not cell and r >= layout.first_data else None
            if span is not None and span[1] == c:  # a category cell spanning rows: each row is under it
                cell = table.rows[span[0]][c]
            if cell and not BARE_NUMBER_RE.match(cell):  # '合计' may sit in the 序号 column; '1' is not a header
                words.append(cell)
        out.append(" ".join(words))
    return out


def column_middles(table: Table) -> list[float | None]:
    """The x middle of each column, from the cells that start in it."""
    width = len(table.rows[0]) if table.rows else 0
    out: list[float | None] = []
    for c in range(width):
        boxes = [row[c] for row in table.cells if c < len(row) and row[c] is not None]
        out.append(None if not boxes else sum((b[0] + b[2]) / 2 for b in boxes if b is not None) / len(boxes))
    return out


def merged_into(table: Table, r: int, c: int, middles: Sequence[float | None]) -> tuple[int, int] | None:
    """(row, column) of the merged cell covering a position that has no cell of its own: to its left, or above it."""
    if not table.cells or r >= len(table.cells) or table.cells[r][c] is not None or middles[c] is None:
        return None
    middle = middles[c]
    for left in range(c - 1, -1, -1):
        box = table.cells[r][left]
        if box is not None:
            if middle is not None and box[2] > middle:
                return r, left
            break
    for up in range(r - 1, -1, -1):
        if table.cells[up][c] is not None:
            return up, c
    return None


def _cell_found(cell: str, unit: str, report_year: int | None) -> list[Found]:
    """Figures of one cell; a bare number takes the unit of its column, row or table."""
    compact = cell.replace(" ", "")
    if BARE_NUMBER_RE.match(compact):
        if not unit:
            return []
        probe = find_figures(compact + unit, report_year)
        return [
            Found(0, len(cell), cell, f.value, f.value_max, f.unit, f.kind, f.base_value, f.base_unit, f.approx, f.date_iso, f.label, f.sentence, f.note)
            for f in probe[:1]
            if f.start == 0 and f.end == len(compact) + len(unit)
        ]
    return find_figures(cell, report_year)


def table_figures(table: Table, doc_id: str, report_year: int | None = None, section: str = "", caption: str = "",
                  layout: Layout | None = None) -> list[Figure]:
    """Every figure in a table's data cells, row by row (figure_id and seq are set when the document is numbered).

    `caption` is the unit printed above the table ('单位:万元' -> '万元'), for bare numbers whose header has none;
    `layout`, how to read it when it goes on from a table on the page before (continuation_layout).
    """
    if not table.rows:
        return []
    layout = layout or read_layout(table, caption)
    labels = row_labels(table, layout)
    # (a table of two sides, '收入项目 | 决算数 | 支出项目 | 决算数': each cell's row is named by its own side's label)
    by_side = [(side, row_labels(_columns_of(table, side), _layout_of(layout, side))) for side in _sides(layout)]
    _, offsets = render(table.rows)
    lines = table.text.split("\n")
    out: list[Figure] = []
    for r in range(layout.first_data, len(table.rows)):
        row = table.rows[r]
        for c, cell in enumerate(row):
            if not cell or c in layout.skip_columns or c in layout.label_columns:
                continue
            named = next((side_labels[r] for side, side_labels in by_side if c in side), labels[r])
            row_label, row_unit = header_unit(named)
            if layout.unit_column is not None and (given := _row_unit(row[layout.unit_column])):
                row_unit = given  # ('粮食 | 万吨 | 21.74 | 2.1': the row's numbers are 万吨)
            unit = layout.column_units[c] or row_unit or layout.table_unit
            label = LABEL_SEP.join(x for x in (row_label, layout.column_headers[c]) if x)
            box: BBox | None = table.cells[r][c] if table.cells and r < len(table.cells) else None
            for f in _cell_found(cell, unit, report_year):
                start = offsets[r][c] + f.start
                out.append(
                    Figure(
                        doc_id=doc_id, figure_id="", seq=0, page=table.page, raw=f.raw, value=f.value, value_max=f.value_max,
                        unit=f.unit, kind=f.kind, base_value=f.base_value, base_unit=f.base_unit,
                        label=label if f.kind != "date" else "", section=section, sentence=lines[r], char_start=start,
                        char_end=start + (f.end - f.start), bbox=box, approx=f.approx, date_iso=f.date_iso, source="table",
                        note=f.note, table_index=table.index, table_row=r, table_col=c,
                    )
                )
    return out


def _addable(f: Figure) -> bool:
    return f.kind in ADDABLE_KINDS and f.value is not None and f.value_max is None


class _Sums:
    """Collects table sums with relation ids continuing from `first`."""

    def __init__(self, doc_id: str, first: int) -> None:
        self.doc_id = doc_id
        self.next = first
        self.relations: list[Relation] = []

    def part(self, whole: Figure, part: Figure) -> None:
        """A 其中 row's cell: within the cell of the row above it."""
        if (part.kind, part.base_unit) != (whole.kind, whole.base_unit):
            return
        low = bool(whole.approx or part.approx)
        self.relations.append(Relation(self.doc_id, f"R{self.next:03d}", "subset", whole.figure_id, (part.figure_id,), "其中",
                                       whole.page, "low" if low else "high"))
        self.next += 1

    def within(self, whole: Figure, parts: Sequence[Figure]) -> None:
        """A 其中 list's cells: together within the cell of the row above them."""
        parts = [p for p in parts if (p.kind, p.base_unit) == (whole.kind, whole.base_unit)]
        if not parts:
            return
        low = bool(whole.approx) or any(p.approx for p in parts)
        self.relations.append(Relation(self.doc_id, f"R{self.next:03d}", "subset", whole.figure_id,
                                       tuple(p.figure_id for p in parts), PART_OF, whole.page, "low" if low else "high"))
        self.next += 1

    def balance(self, closing: Figure, opening: Figure, added: Sequence[Figure], taken: Sequence[Figure]) -> None:
        """A row's stock carried forward across its columns: 年初 + 新增 − 偿还 = 年末."""
        cells = [opening, *added, *taken]
        if any((k.kind, k.base_unit) != (closing.kind, closing.base_unit) for k in cells):
            return
        low = bool(closing.approx) or any(k.approx for k in cells)
        self.relations.append(Relation(self.doc_id, f"R{self.next:03d}", "balance", closing.figure_id,
                                       tuple(k.figure_id for k in cells), BALANCE_CUE, closing.page, "low" if low else "high",
                                       tuple(k.figure_id for k in taken)))
        self.next += 1

    def add(self, parent: Figure, kids: Sequence[Figure], cue: str, complete: bool) -> None:
        measure = (parent.kind, parent.base_unit)
        kids = [k for k in kids if (k.kind, k.base_unit) == measure]
        if len(kids) < 2:
            return
        low = not complete or bool(parent.approx) or any(k.approx for k in kids)
        self.relations.append(
            Relation(self.doc_id, f"R{self.next:03d}", "sum", parent.figure_id, tuple(k.figure_id for k in kids), cue,
                     parent.page, "low" if low else "high")
        )
        self.next += 1


def widened(before: Table, head: Layout, after: Table) -> Table:
    """`after` as wide as `before` when a page break cut a table and the row-label cells of its first columns were
    merged into one on the next page ('险种|项目|收入|…' above, '居民医保|43447|…' below): the missing columns come
    back empty after the first, so every number stays under its header. `after` itself when that is not so."""
    k = len(before.rows[0]) - len(after.rows[0]) if before.rows and after.rows else 0
    if after.page != before.page + 1 or k < 1 or any(c not in head.label_columns | head.skip_columns for c in range(k + 1)):
        return after
    if not after.rows[0][0] or _quantities(after.rows[0][0]):
        return after
    rows = tuple((row[0], *("",) * k, *row[1:]) for row in after.rows)
    cells = tuple((row[0], *(None,) * k, *row[1:]) for row in after.cells) if after.cells else ()
    text_boxes = tuple((row[0], *(None,) * k, *row[1:]) for row in after.text_boxes) if after.text_boxes else ()
    text, _ = render(rows)
    return Table(after.page, after.index, rows, after.bbox, text, cells, text_boxes)


def continuation_layout(before: Table, head: Layout, after: Table) -> Layout | None:
    """How to read `after` when it goes on with `before`, a table a page break cut in two; None when it does not.

    `after` is on the next page, as wide, and either repeats the header of `before` (then it is read with its own
    header, the unit printed above `before` standing for the one it lacks) or starts with data where `before`
    has numbers (then it is read with the header of `before`). `head`: how `before` reads (its layout, with the unit
    printed above it). (The caller passes the last table of a page and the first of the next.)
    """
    if after.page != before.page + 1 or not before.rows or not after.rows or len(after.rows[0]) != len(before.rows[0]):
        return None
    header_rows = [row for row in before.rows[:head.first_data] if any(row)]
    if header_rows and after.rows[0] == header_rows[-1 if len(header_rows) == 1 else 0]:
        own = read_layout(after, head.table_unit)  # the units a caption over `before` gave its columns stand here too
        return replace(own, column_units=tuple(u or h for u, h in zip(own.column_units, head.column_units, strict=False)))
    if head.first_data >= len(before.rows):  # only the header at the foot of the page: read it over these rows
        joined = read_layout(replace(after, rows=before.rows + after.rows, cells=()), head.table_unit)
        if joined.first_data == len(before.rows):
            return replace(joined, first_data=0)
        return None
    numbers = [c for c in range(len(after.rows[0])) if c not in head.label_columns and c not in head.skip_columns]
    if any(after.rows[0][c] and _quantities(after.rows[0][c]) for c in numbers):
        return replace(head, first_data=0)
    return None


def table_relations(table: Table, figures: Sequence[Figure], doc_id: str, first: int = 1) -> list[Relation]:
    """合计/总计 rows (and columns) are the sum of the rows above them; 小计 rows close a group (ids R<first>…)."""
    if not table.rows:
        return []
    return chain_relations([(table, read_layout(table))], figures, doc_id, first)


def chain_relations(parts: Sequence[tuple[Table, Layout]], figures: Sequence[Figure], doc_id: str, first: int = 1) -> list[Relation]:
    """table_relations over a table cut by page breaks: its parts' data rows, each part read with its layout, as one table."""
    head_table, layout = parts[0]
    if not head_table.rows:
        return []
    if layout.first_data >= len(head_table.rows) and len(parts) > 1:
        layout = parts[1][1]  # a header alone above the break: the rows below tell its label columns from its numbers
    sides = _sides(layout)
    if sides and all(len(part_layout.column_headers) == len(layout.column_headers) for _, part_layout in parts):
        relations: list[Relation] = []
        for side in sides:  # '收入 | 决算数 | 支出 | 决算数': each side a table of its own
            halves = [(_columns_of(table, side), _layout_of(part_layout, side)) for table, part_layout in parts]
            keys = {(table.page, table.index) for table, _ in parts}
            moved = [replace(f, table_col=f.table_col - side.start) for f in figures if f.table_col is not None
                     and f.table_col in side and (f.page, f.table_index) in keys]
            relations += chain_relations(halves, moved, doc_id, first + len(relations))
        return relations + _sides_balance(parts, layout, sides, figures, doc_id, first + len(relations))
    rows: list[tuple[str, ...]] = []  # the data rows of every part, in order
    where: dict[tuple[int, int, int], int] = {}  # (page, table index, row) -> index in rows
    labels: list[str] = []
    read = [(table, part_layout, row_labels(table, part_layout), _label_starts(table, part_layout)) for table, part_layout in parts]
    for table, part_layout, part_labels, _ in read:
        for r in range(part_layout.first_data, len(table.rows)):
            where[(table.page, table.index, r)] = len(rows)
            rows.append(table.rows[r])
            labels.append(part_labels[r])
    totals = _row_words(read, set_in=False)
    at: dict[tuple[int, int], Figure] = {}
    for f in figures:
        if f.source == "table" and f.table_row is not None and f.table_col is not None:
            i = where.get((f.page, f.table_index if f.table_index is not None else -1, f.table_row))
            if i is not None:
                at.setdefault((i, f.table_col), f)
    sums = _Sums(doc_id, first)
    width = len(head_table.rows[0])
    averages = {c for c in range(width) if AVERAGE_HEADER_RE.search(layout.column_headers[c])}
    codes = _subject_codes(rows, layout)
    level_cue = "科目"
    if not codes and (codes := _ordinal_codes(labels, totals)):
        level_cue = "小计"  # '一、税收收入' over its taxes: the group's own row sums them
    if not codes:  # (where codes say which rows are parts of which, what is set in says no more)
        totals = _row_words(read, set_in=True)
    for c in range(width):
        if c in layout.label_columns or c in layout.skip_columns or c in averages:
            continue
        if codes:
            _coded_sums(rows, codes, c, totals, at, sums, level_cue)
        else:
            _column_sums(rows, c, totals, at, sums, labels)
    total_cols = [c for c in range(width) if is_total(layout.column_headers[c].split(" ")[-1])]
    for t in total_cols:
        for r in range(len(rows)):
            parent = at.get((r, t))
            if parent is None or not _addable(parent):
                continue
            others = [c for c in range(width) if c != t and c not in total_cols and c not in layout.label_columns
                      and c not in layout.skip_columns and c not in averages and layout.column_groups[c] == layout.column_groups[t]]
            kids = [at[(r, c)] for c in others if (r, c) in at and _addable(at[(r, c)])]
            complete = all((r, c) in at or rows[r][c] in NOTHING or not rows[r][c] for c in others)
            sums.add(parent, kids, is_total(layout.column_headers[t].split(" ")[-1]), complete)
    if not codes:
        _share_columns(rows, layout, totals, labels, at, sums)
    _balance_columns(rows, layout, at, sums)
    _qizhong_columns(rows, layout, at, averages, sums)
    _shares_of_whole_lists(layout, totals, labels, at, sums)
    return sums.relations


BALANCE_CUE = "年初 + 增加 − 减少 = 年末"
OPENING_HEADER_RE = re.compile(r"年初|期初|上年末|上年结[余转]")
CLOSING_HEADER_RE = re.compile(r"年末|期末")
ADDED_HEADER_RE = re.compile(r"新增|增加|举借|发行|转贷|收入|购置|采购|入库|调入|补充")
TAKEN_HEADER_RE = re.compile(r"偿还|还本|减少|核销|支出|置换|使用|消耗|出库|调出|报废")  # ('调拨使用': out)


def _balance_columns(rows: Sequence[Sequence[str]], layout: Layout, at: dict[tuple[int, int], Figure], sums: _Sums) -> None:
    """'项目 | 年初余额 | 本年新增 | 本年偿还 | 年末余额', '物资名称 | 单位 | 年初库存 | 本年新增 | 调拨使用 | 年末库存': in each
    row, the opening stock with what came in and went out makes
    the closing one. Only when an opening column comes first, a closing one last, and every column between them is
    a change of one sign (新增, 举借 … in; 偿还, 减少 … out), all in one unit."""
    headers = [h.replace(" ", "") for h in layout.column_headers]
    amounts = [c for c in range(len(headers)) if c not in layout.label_columns and c not in layout.skip_columns]
    openings = [c for c in amounts if OPENING_HEADER_RE.search(headers[c])]  # ('上年末余额' opens, though 年末 is in it)
    closings = [c for c in amounts if CLOSING_HEADER_RE.search(headers[c]) and not OPENING_HEADER_RE.search(headers[c])]
    if len(openings) != 1 or len(closings) != 1 or openings[0] >= closings[0]:
        return
    between = [c for c in amounts if openings[0] < c < closings[0]]
    signs = [bool(TAKEN_HEADER_RE.search(headers[c])) for c in between]
    if not between or any(bool(ADDED_HEADER_RE.search(headers[c])) == taken for c, taken in zip(between, signs, strict=True)):
        return  # (a column that is no change, or says both)
    for r in range(len(rows)):
        cells = [at.get((r, c)) for c in (openings[0], *between, closings[0])]
        if any(cell is None or not _addable(cell) for cell in cells):
            continue
        opening, *changes, closing = [cell for cell in cells if cell is not None]
        sums.balance(closing, opening, [f for f, taken in zip(changes, signs, strict=True) if not taken],
                     [f for f, taken in zip(changes, signs, strict=True) if taken])


def _share_columns(rows: Sequence[Sequence[str]], layout: Layout, totals: Sequence[str], labels: Sequence[str],
                   at: dict[tuple[int, int], Figure], sums: _Sums) -> None:
    """A column of shares (占比, 比重 … in %) whose 合计 row reads 100: the shares of the rows that 合计 adds up make
    100, as their amounts make its amount ('教育支出 | 71,835 | 18.8' … '合计 | 382,709 | 100.0'). A 合计 of another
    share is a rate of the whole, no sum of the rows'."""
    def share(f: Figure) -> bool:
        return f.kind == "percent" and f.unit == "%" and f.value is not None and f.value_max is None

    cells = {f.figure_id: f for f in at.values()}

    for c in range(len(layout.column_headers)):
        if layout.column_units[c] != "%" or not SHARE_HEADER_RE.search(layout.column_headers[c]):
            continue
        scratch = _Sums(sums.doc_id, 0)
        _column_sums(rows, c, totals, at, scratch, labels, share)
        for relation in scratch.relations:
            parent = cells[relation.parent_figure_id]
            if relation.type == "sum" and parent.value == 100 and relation.cue != "小计":
                sums.add(parent, [cells[k] for k in relation.child_figure_ids], relation.cue, relation.confidence == "high")


BOUND_RE = re.compile(r"以上|以下|及以上|及以下")  # '高中以上', '大专以上': bands that nest, not parts side by side


SOURCES_RE = re.compile(r"收入|来源")
USES_RE = re.compile(r"支出|运用|使用")


def _sides_balance(parts: Sequence[tuple[Table, Layout]], layout: Layout, sides: Sequence[range], figures: Sequence[Figure],
                   doc_id: str, first: int) -> list[Relation]:
    """A 收入 side beside a 支出 side (收入支出决算总表): on the row where both say 总计, the two totals are one figure,
    each column under 收入 against its like under 支出 (决算数 with 决算数)."""
    if len(sides) != 2 or not (SOURCES_RE.search(_side_name(layout, sides[0])) and USES_RE.search(_side_name(layout, sides[1]))):
        return []
    cells = {(f.page, f.table_index, f.table_row, f.table_col): f for f in figures if f.source == "table"}
    relations: list[Relation] = []
    for table, part_layout in parts:
        for r in range(part_layout.first_data, len(table.rows)):
            row = table.rows[r]
            if is_total(row[sides[0].start].replace(" ", "")) != "总计" or is_total(row[sides[1].start].replace(" ", "")) != "总计":
                continue
            for a, b in zip(sides[0][1:], sides[1][1:], strict=False):
                source, use = cells.get((table.page, table.index, r, a)), cells.get((table.page, table.index, r, b))
                header = layout.column_headers
                if source is None or use is None or header[a].split(" ")[-1] != header[b].split(" ")[-1]:
                    continue
                if not _addable(source) or (source.kind, source.base_unit) != (use.kind, use.base_unit):
                    continue
                relations.append(Relation(doc_id, f"R{first + len(relations):03d}", "sum", source.figure_id,
                                          (use.figure_id,), BALANCED_CUE, source.page, "high"))
    return relations


def _columns_of(table: Table, side: range) -> Table:
    """The table cut down to one side's columns."""
    rows = tuple(tuple(row[side.start:side.stop]) for row in table.rows)
    cells = tuple(tuple(row[side.start:side.stop]) for row in table.cells)
    text_boxes = tuple(tuple(row[side.start:side.stop]) for row in table.text_boxes)
    return Table(table.page, table.index, rows, table.bbox, render(rows)[0], cells, text_boxes)


def _layout_of(layout: Layout, side: range) -> Layout:
    """A layout cut down to one side's columns, numbered from 0."""
    def inside(columns: frozenset[int]) -> frozenset[int]:
        return frozenset(c - side.start for c in columns if c in side)

    unit = layout.unit_column - side.start if layout.unit_column is not None and layout.unit_column in side else None
    return Layout(layout.first_data, layout.column_headers[side.start:side.stop], layout.column_groups[side.start:side.stop],
                  layout.column_units[side.start:side.stop], layout.table_unit, inside(layout.label_columns),
                  inside(layout.skip_columns), unit)


def _side_name(layout: Layout, side: range) -> str:
    """What a side is named: its spanning header ('收入'), or else its label column's own ('收入项目')."""
    return layout.column_groups[side.start] or layout.column_headers[side.start]


def _sides(layout: Layout) -> list[range]:
    """The halves of a table set side by side under spanning headers ('收入' over 项目 | 决算数, '支出' over 项目 | 决算数, as
    a 收入支出决算总表 prints them): each a run of columns under one header that opens with a label column of its own.
    With no spanning headers, two label columns whose own headers name the sides ('收入项目 | 决算数 | 支出项目 | 决算数')
    split it so too. [] for a table of one side."""
    groups = layout.column_groups
    if len(layout.label_columns) == 2 and not any(groups):
        first, second = sorted(layout.label_columns)
        halves = [range(first, second), range(second, len(layout.column_headers))]
        named = SOURCES_RE.search(layout.column_headers[first]) and USES_RE.search(layout.column_headers[second])
        return halves if first == 0 and named and all(len(h) >= 2 for h in halves) else []
    if len(layout.label_columns) < 2 or not all(groups):
        return []
    sides: list[list[int]] = []
    for c, group in enumerate(groups):
        if sides and groups[sides[-1][-1]] == group:
            sides[-1].append(c)
        else:
            sides.append([c])
    if len(sides) < 2 or any(side[0] not in layout.label_columns or len(side) < 2 for side in sides):
        return []
    if any(len(set(side) & layout.label_columns) != 1 for side in sides):
        return []
    return [range(side[0], side[-1] + 1) for side in sides]


def _row_words(read: Sequence[tuple[Table, Layout, list[str], list[float | None]]], set_in: bool) -> list[str]:
    """Each data row's word: its total word (合计, 小计 …), GROUP for a group row, PART_OF for a row of a 其中 list,
    '' for an item. A row set in under a 其中 row's is of its list ('其中:工业 55.73' / '      建筑业 2.55'); with
    `set_in`, so is a row set in under an item's ('税收收入 88,230' / '    增值税 37,215': its parts), on this page or
    the next. `read`: each part with its layout, row labels and label starts (_label_starts)."""
    words: list[str] = []
    depths: list[tuple[float, float]] = []  # where each row set in under an item starts, and its glyphs' size
    item_x0: float | None = None  # where the label of the last item starts
    for table, layout, labels, starts in read:
        if not set_in:
            item_x0 = None
        for r in range(layout.first_data, len(table.rows)):
            word = is_total(header_unit(labels[r])[0])
            if not word and any(GROUP_MARK_RE.match(table.rows[r][c]) for c in layout.skip_columns):
                word = GROUP
            indented = not word and _indented(starts[r], item_x0, _text_size(table, r))
            if (not word and PART_ROW_RE.match(labels[r].replace(" ", ""))) or (indented and (set_in or (words and words[-1] == PART_OF))):
                word = PART_OF
            start = starts[r]
            if set_in and indented and start is not None:
                depths.append((start, _text_size(table, r)))
            if not set_in and word != PART_OF:
                item_x0 = start
            elif set_in and not indented and word != PART_OF:
                item_x0 = start if not word else None  # (rows set in under a total or a group row are its items)
            words.append(word)
    if set_in and depths and max(x for x, _ in depths) - min(x for x, _ in depths) >= 0.5 * min(size for _, size in depths):
        return _row_words(read, set_in=False)  # three levels or more set in, with no codes to tell them: as before
    return words


def _bounds_nest(parts: Sequence[Figure]) -> bool:
    """Whether two rows or more of a 其中 list name a bound (高中以上 / 大专以上, 60岁以上 / 80岁以上): groups that nest."""
    return sum(1 for p in parts if BOUND_RE.search(p.label.split(LABEL_SEP)[0])) >= 2


SHARE_HEADER_RE = re.compile(r"比重|占比|构成|比例")  # a column of shares of the table's whole


def _shares_of_whole_lists(layout: Layout, totals: Sequence[str], labels: Sequence[str], at: dict[tuple[int, int], Figure],
                           sums: _Sums) -> None:
    """A 其中 list whose amounts make its item's exactly ('其中:城镇 24.67' / '乡村 20.51' under '全县常住人口 45.18') is all of
    the item: its shares, in a column of shares (比重, 占比 … in %), make the item's (54.6 + 45.4 = 100.0), within their
    rounding. A list that does not add up in amounts may be some of the item only: its shares are not checked."""
    width = len(layout.column_headers)
    shares = [c for c in range(width) if layout.column_units[c] == "%" and SHARE_HEADER_RE.search(layout.column_headers[c])]
    amounts = [c for c in range(width) if c not in shares and c not in layout.label_columns and c not in layout.skip_columns]
    lists: list[tuple[int, list[int]]] = []  # (the item's row, its 其中 list's rows), a list for each 其中
    item: int | None = None
    for r, word in enumerate(totals):
        if word != PART_OF:
            item = r
        elif item is not None:
            if PART_ROW_RE.match(labels[r].replace(" ", "")) or not lists or lists[-1][0] != item:
                lists.append((item, []))
            lists[-1][1].append(r)
    for item_row, parts in ((i, p) for i, p in lists if len(p) >= 2 and shares):
        whole_list = False
        for a in amounts:
            whole, kids = at.get((item_row, a)), [at.get((r, a)) for r in parts]
            if whole is None or not _addable(whole) or any(k is None or not _addable(k) for k in kids):
                continue
            measures = {(f.kind, f.base_unit) for f in (whole, *kids) if f is not None}
            if len(measures) == 1 and sum(k.base_value or 0 for k in kids if k is not None) == whole.base_value:
                whole_list = True
                break
        for c in shares if whole_list else []:
            share, parts_shares = at.get((item_row, c)), [at.get((r, c)) for r in parts]
            if share is not None and all(k is not None for k in parts_shares):
                sums.add(share, [k for k in parts_shares if k is not None], PART_OF, True)


def _label_starts(table: Table, layout: Layout) -> list[float | None]:
    """Where each row's label starts: in a table set without rules, its first label cell's box, which is the text's
    own; in a ruled one, how far that cell's text stands in from the cell's left rule (the same on every page). None
    for every row when the labels stand centred (in their cells, or on one line down the column), where a shorter
    label only looks set in."""
    ruled = bool(table.text_boxes and table.cells)
    texts_by_row = table.text_boxes if ruled else table.cells
    if not layout.label_columns or not texts_by_row:
        return [None] * len(table.rows)
    c = min(layout.label_columns)
    texts = [row[c] if c < len(row) else None for row in texts_by_row]
    rules = [row[c] if c < len(row) else None for row in table.cells] if ruled else [None] * len(texts)
    if ruled:
        starts = [None if t is None or k is None else t[0] - k[0] for t, k in zip(texts, rules, strict=False)]
    else:
        starts = [None if t is None else t[0] for t in texts]
    # the middle of the first label of each width (less its cell's middle, in a ruled table)
    by_width: dict[int, float] = {}
    for text, rule in zip(texts[layout.first_data:], rules[layout.first_data:], strict=False):
        if text is not None and (rule is not None or not ruled):
            offset = (rule[0] + rule[2]) / 2 if rule is not None else 0.0
            by_width.setdefault(round(text[2] - text[0]), (text[0] + text[2]) / 2 - offset)
    middles = list(by_width.values())
    middle = 0.0 if ruled else statistics.median(middles) if middles else 0.0
    if len(middles) >= 2 and sum(1 for m in middles if abs(m - middle) <= 1.0) * 2 >= len(middles):
        return [None] * len(table.rows)  # (half of them or more: a 合计 may stand apart)
    return starts


def _text_size(table: Table, r: int) -> float:
    """About the size of row r's glyphs: the height of its shortest text box (of a cell where no text boxes are kept)."""
    boxes = table.text_boxes or table.cells
    row_boxes = [b for b in boxes[r] if b is not None] if r < len(boxes) else []
    return min((b[3] - b[1] for b in row_boxes), default=10.0)


def _indented(x0: float | None, item_x0: float | None, size: float) -> bool:
    """Whether a row's label starts further right than the items' labels, by half a character or more."""
    if x0 is None or item_x0 is None:
        return False
    return x0 - item_x0 >= 0.5 * size


def _ordinal_codes(labels: Sequence[str], totals: Sequence[str]) -> list[str]:
    """Levels read from the ordinals rows' labels open with, as subject codes (_coded_sums): '一、税收收入' 101 over
    '增值税' 10101, '企业所得税' 10102 …; '一、工业' 101 over '(一)钢铁' 10101 over '粗钢' 1010101. An unnumbered row is
    one level under the numbered row above it. [] when no label opens with an ordinal, or every one does alike."""
    levels: list[int | None] = []
    for label in labels:
        levels.append(next((i + 1 for i, style in enumerate(GROUP_LABEL_RES) if style.match(label)), None))
    numbered = {level for level in levels if level is not None}
    if not numbered or (len(numbered) == 1 and all(level is not None or word for level, word in zip(levels, totals, strict=True))):
        return []
    rank = {level: i + 1 for i, level in enumerate(sorted(numbered))}  # (一) is the top level where no 一、 is printed
    codes: list[str] = []
    path: list[int] = []  # the counters of the rows above, one per level
    numbered_depth = 0  # the level of the last numbered row since the last total
    for level, word in zip(levels, totals, strict=True):
        if word:
            codes.append("")
            path, numbered_depth = [], 0
            continue
        depth = rank[level] if level is not None else numbered_depth + 1
        if level is not None:
            numbered_depth = depth
        path = path + [0] * (depth - 1 - len(path))
        path = path[:depth - 1] + [path[depth - 1] + 1 if len(path) >= depth else 1]
        codes.append("1" + "".join(f"{n:02d}" for n in path))
    return codes


def _subject_codes(rows: Sequence[Sequence[str]], layout: Layout) -> list[str]:
    """Each row's budget subject code (201, 20101, 2010101; '' for a total or a row without one), when a skipped column
    holds such codes at two levels or more; [] for a table of no such column."""
    for c in sorted(layout.skip_columns):
        cells = [row[c].replace(" ", "") for row in rows]
        coded = [cell for cell in cells if cell]
        if len(coded) >= 2 and all(SUBJECT_CODE_RE.match(cell) for cell in coded) and len({len(x) for x in coded}) > 1:
            return cells
    return []


def _coded_sums(rows: Sequence[Sequence[str]], codes: Sequence[str], c: int, totals: Sequence[str],
                at: dict[tuple[int, int], Figure], sums: _Sums, cue: str = "科目") -> None:
    """One column of a table of coded budget subjects: each subject is the sum of the subjects one level under it (201 of
    20101, 20102 …), and a 合计 of the top-level subjects above it (not of every level, which would count each twice)."""
    for r, code in enumerate(codes):
        parent = at.get((r, c))
        if not code or parent is None or not _addable(parent):
            continue
        kids = [at[(k, c)] for k, sub in enumerate(codes) if len(sub) == len(code) + 2 and sub.startswith(code)
                and (k, c) in at and _addable(at[(k, c)])]
        if kids:
            sums.add(parent, kids, cue, complete=True)
    start = sub_start = 0  # rows since the last 合计, and since the last 小计 or 合计
    carried: Figure | None = None  # a 合计 since the last 总计: part of the 总计 ('本年收入合计 … 年初结转和结余 … 总计')
    for r, word in enumerate(totals):
        parent = at.get((r, c))
        if not word or word == GROUP:
            continue
        subtotals = [k for k in range(start, r) if totals[k] == "小计" and (k, c) in at]
        if parent is not None and _addable(parent):
            if word != "小计" and subtotals:  # '…税收收入小计…非税收入小计,一般公共预算收入合计': the sum of the 小计
                kids = [at[(k, c)] for k in subtotals]
            else:  # the highest level printed with amounts since the last total
                span = range(sub_start if word == "小计" else start, r)
                filled = [k for k in span if codes[k] and (k, c) in at and _addable(at[(k, c)])]
                top = min((len(codes[k]) for k in filled), default=0)
                kids = [at[(k, c)] for k in filled if len(codes[k]) == top]
            if word == "总计" and carried is not None:
                kids = [carried, *kids]
            sums.add(parent, kids, word, complete=True)
        carried = (parent if parent is not None and _addable(parent) else None) if word == "合计" else \
            None if word == "总计" else carried
        sub_start = r + 1
        if word != "小计":
            start = r + 1


def _qizhong_columns(rows: Sequence[Sequence[str]], layout: Layout, at: dict[tuple[int, int], Figure], averages: set[int],
                     sums: _Sums) -> None:
    """'总投资 | 其中: 财政资金 | 群众自筹': the columns under a 其中 header break down the column before them, row by row
    (low confidence: a 其中 may list only some parts)."""
    width = len(layout.column_headers)
    under = [c for c in range(width) if layout.column_groups[c].replace(" ", "").startswith("其中") and c not in averages]
    if len(under) < 2 or under[0] == 0:
        return
    whole = under[0] - 1
    if whole in layout.label_columns or whole in layout.skip_columns or whole in averages or whole in under:
        return
    for r in range(len(rows)):
        parent = at.get((r, whole))
        if parent is None or not _addable(parent):
            continue
        kids = [at[(r, c)] for c in under if (r, c) in at and _addable(at[(r, c)])]
        sums.add(parent, kids, "其中", False)


def _column_sums(rows: Sequence[Sequence[str]], c: int, totals: Sequence[str], at: dict[tuple[int, int], Figure], sums: _Sums,
                 labels: Sequence[str], addable: Callable[[Figure], bool] = _addable) -> None:
    """Walk one column top to bottom: leaves add up to a 小计, leaves and 小计s to a 合计 (below them, or above when printed first)."""
    leaves: list[Figure] = []  # since the last 小计 or 合计
    subtotals: list[Figure] = []  # since the last 合计
    group: list[Figure] = []  # leaves since the last 合计
    complete = True
    pending: tuple[Figure, str] | None = None  # a 合计 printed above its rows
    heading: Figure | None = None  # the group row (一, 二 …) the rows since belong to, and those rows
    under: list[Figure] = []
    heading_complete = True

    def close_group() -> None:
        nonlocal heading, under
        if heading is not None:
            sums.add(heading, under, "小计", heading_complete)
        heading, under = None, []

    carried: Figure | None = None  # a 合计 since the last 总计
    above: Figure | None = None  # the last item's cell: what a 其中 row is part of
    groups: list[list[Figure]] = []  # the cells of the 其中 rows under it, a list for each 其中

    def close_parts() -> None:
        nonlocal groups
        for parts in groups if above is not None else []:
            assert above is not None
            if len(parts) >= 2 and OTHER_ROW_RE.match(parts[-1].label.split(LABEL_SEP)[0]):
                sums.add(above, parts, PART_OF, True)  # '其中:交通运输… / 房地产业 / … / 其他服务业': all of it, 其他 the rest
            elif len(parts) >= 2 and not groups_of_kinds(parts) and not _bounds_nest(parts):
                sums.within(above, parts)  # '其中:农业 / 林业 / 牧业 …': some of it maybe, but together no more than it
            else:
                for part in parts:
                    sums.part(above, part)  # (groups that overlap, '其中:女性 / 党员': each within it)
        groups = []

    for r in range(len(rows)):
        cell = at.get((r, c))
        ok = cell is not None and addable(cell)
        word = totals[r]
        if word == PART_OF:
            if PART_ROW_RE.match(labels[r].replace(" ", "")) or not groups:
                groups.append([])  # (each 其中 opens a list of its own: '其中:城镇 / 乡村', '其中:男性 / 女性')
            if ok and cell is not None and above is not None:
                groups[-1].append(cell)
            continue
        close_parts()
        above = cell if ok and not word else None
        if word == GROUP:
            close_group()
            if ok and cell is not None:
                heading, heading_complete = cell, True
                subtotals.append(cell)
            continue
        if not word:
            if ok and cell is not None:
                if heading is not None:
                    under.append(cell)  # (counted in its group's row, not again in the 合计)
                else:
                    leaves.append(cell)
                    group.append(cell)
            elif rows[r][c] and rows[r][c] not in NOTHING:
                complete = heading_complete = False
            continue
        close_group()
        if word == "小计":
            if ok and cell is not None:
                sums.add(cell, leaves, word, complete)
                subtotals.append(cell)
            leaves = []
            continue
        if pending is not None:
            sums.add(pending[0], subtotals + leaves if subtotals else group, pending[1], complete)
            pending = None
        if ok and cell is not None:
            if not group and not subtotals:
                pending = (cell, word)
            else:
                kids = subtotals + leaves if subtotals else group
                sums.add(cell, [carried, *kids] if word == "总计" and carried is not None else kids, word, complete)
        # a 合计 since the last 总计 is part of the 总计 ('本年收入合计 … 年初结转和结余 … 总计')
        carried = (cell if ok else None) if word == "合计" else None if word == "总计" else carried
        leaves, subtotals, group, complete = [], [], [], True
    close_parts()
    close_group()
    if pending is not None:
        sums.add(pending[0], subtotals + leaves if subtotals else group, pending[1], complete)


# Tables printed without ruling lines ('表2 …' / '单位:万元' / '行业 增加值 比上年增长(%)' / rows / '合计 312,602 7.2'): lines
# whose words stand apart in aligned columns, a label then numbers, one row of them a total.
TEXT_CELL_GAP = 0.9  # a gap wider than this many character widths separates two cells of a line
TEXT_NUMBER_RE = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
MIN_TEXT_ROWS = 3  # rows (the total's among them) before lines are taken for a table
MIN_HEADED_ROWS = 5  # aligned rows under a header with a word over each column: a table, with no total (its 合计 on the next page)
# A cell that prints no figure, where a row has none to give: '—' (not applicable), '…' (not available), '/'. It keeps
# its row in the table (it is no number, so it gives no figure), and its column's alignment is not asked of it:
# Word sets it in the column's middle.
NO_FIGURE_RE = re.compile(r"^(?:[—–-]{1,2}|…{1,2}|/|\.{3})$")
NO_FIGURE_ENDS = "—–-…/."
ALIGN_SLACK = 1.5  # character widths the right edges of one column's numbers may differ by


RULE_GLYPHS = "|｜"  # a table's vertical rule as OCR reads what erasing it left
Cell = tuple[str, tuple[Char, ...]]  # a cell of a line set without rules: its text and glyphs
HEADER_GAP, HEADER_SLACK = 0.25, 0.5  # character widths: a space at least after a header word, ending this near its column's edge
WITH_UNIT = 1000  # _row_shape's mark of a row with a unit cell


def _cells(line: Line, edges: Sequence[float] = ()) -> list[Cell]:
    """A line's words split where the gap between two glyphs is wider than TEXT_CELL_GAP character widths, and after
    a glyph that ends at one of `edges` (within HEADER_SLACK character widths) when a space follows it: a header's words
    set flush right over their columns' numbers may stand as close as a space ('绝对数 比上年增长(%)'), and in a header
    (`edges` given) a unit in brackets ends a word even with no space after it ('粮食面积(万亩)监测户(户)'). Spaces
    set as glyphs (a monospaced table padded with them) are gaps like any other. A vertical bar is a rule a scan's
    OCR read ('年度完成(万元)|完成率(%)'): it parts two cells and is no glyph of either."""
    glyphs = [c for c in line.chars if not c.text.isspace()] or list(line.chars[:1])
    ruled = {id(b) for a, b in zip(glyphs, glyphs[1:], strict=False) if a.text in RULE_GLYPHS}
    glyphs = [c for c in glyphs if c.text not in RULE_GLYPHS] or glyphs[:1]
    spaces = _spaces_between(line)
    out: list[list[Char]] = [[glyphs[0]]]
    for a, b in zip(glyphs, glyphs[1:], strict=False):
        size = max(a.size, b.size, 1.0)
        if id(b) in ruled:
            out.append([b])
            continue
        if spaces.get(id(b), 0) == 1:
            out[-1].append(b)  # ('合　计': one space set as a glyph spaces letters, or words, apart; two or more pad cells)
            continue
        if (b.x0 - a.x1 > TEXT_CELL_GAP * size or (b.x0 - a.x1 >= HEADER_GAP * size and any(abs(a.x1 - e) <= HEADER_SLACK * size for e in edges))
                or (edges and a.text in ")）" and "\u4e00" <= b.text <= "\u9fff")):  # ('粮食面积(万亩)监测户(户)': a unit ends a header's word)
            out.append([])
        out[-1].append(b)
    while len(out) >= 2 and all(len(cell) == 1 and "\u4e00" <= cell[0].text <= "\u9fff" for cell in out[:2]):
        out[:2] = [out[0] + out[1]]  # ('总    计', '行    业': a label letter-spaced at the line's start is one word)
    return [("".join(normalize_char(c.text) for c in cell).strip(), tuple(cell)) for cell in out]


def _spaces_between(line: Line) -> dict[int, int]:
    """For each glyph after a space set as a glyph, how many spaces stand right before it (by the glyph's id)."""
    run = 0
    out: dict[int, int] = {}
    for c in line.chars:
        if c.text.isspace():
            run += 1
        else:
            if run:
                out[id(c)] = run
            run = 0
    return out


def _row_shape(line: Line) -> int:
    """The number of numeric cells of a table row (a label, a unit maybe, then numbers or cells that print none: '—',
    '…'), plus WITH_UNIT when it has a unit cell; 0 for any other line."""
    last = next((c.text for c in reversed(line.chars) if not c.text.isspace()), "")
    if not (last.isdigit() or (last and last in "%%" + NO_FIGURE_ENDS)):
        return 0  # (a row ends with a number: most lines of prose are passed over here, cheaply)
    cells = [text for text, _ in _cells(line) if text]
    unit = len(cells) >= 3 and bool(_row_unit(cells[1]))  # ("台(套)": 台)
    numbers = cells[2:] if unit else cells[1:]
    if len(cells) < 2 or TEXT_NUMBER_RE.match(cells[0]) or not numbers or not all(_number_or_none(c) for c in numbers):
        return 0
    return len(numbers) + (WITH_UNIT if unit else 0)


def _number_or_none(cell: str) -> bool:
    return TEXT_NUMBER_RE.match(cell) is not None or NO_FIGURE_RE.match(cell) is not None


def _has_number(line: Line) -> bool:
    return any(TEXT_NUMBER_RE.match(text) for text, _ in _cells(line)[1:])


def _row_width(shape: int) -> int:
    """The cells of a row of this shape: its label, its unit cell if any, its numbers."""
    return 1 + shape % WITH_UNIT + (1 if shape >= WITH_UNIT else 0)


def unruled_tables(lines: Sequence[Line]) -> tuple[list[Line], list[RawTable], list[Char]]:
    """(the lines left, the tables found among them, their characters): runs of MIN_TEXT_ROWS lines or more of one
    column, each a label (and a unit) and the same number of numbers whose right edges align, one of them a total
    row (合计, 总计 …) or, below the first, a 其中 row under a header; with the line just above as header when it has
    as many words (or the two lines above, _two_line_header)."""
    keep: list[Line] = []
    tables: list[RawTable] = []
    taken: list[Char] = []
    i = 0
    while i < len(lines):
        n = _row_shape(lines[i])
        j = i
        while n and j < len(lines) and lines[j].column == lines[i].column:
            if _row_shape(lines[j]) == n:
                j += 1
            elif (j > i and j + 1 < len(lines) and _group_heading(lines[j]) and _row_shape(lines[j + 1]) == n
                  and lines[j + 1].column == lines[i].column):
                j += 2  # ('…小计' / '二、乡镇学校' / rows: the next group's heading, in the table)
            else:
                break
        within = list(lines[i:j])
        block = [ln for ln in within if not _group_heading(ln) or _row_shape(ln)]  # (the rows, headings aside)
        numbered = sum(1 for ln in block if _has_number(ln)) if n and len(block) >= MIN_TEXT_ROWS else 0
        firsts = [_cells(ln)[0][0].replace(" ", "") for ln in block] if numbered >= MIN_TEXT_ROWS else []
        aligned = bool(firsts) and _aligned(block)
        totalled = aligned and any(TOTAL_RE.match(first) for first in firsts)
        header: Line | None = None
        header_cells: list[Cell] | None = None
        edges: list[float] = []
        lead: list[Line] = []
        if totalled or (aligned and (n >= WITH_UNIT or any(PART_ROW_RE.match(first) for first in firsts[1:])
                                     or len(block) >= MIN_HEADED_ROWS)):
            # (a total row; rows under 其中, or rows with a unit each, with a header over them: '全县常住人口 45.18' /
            # '其中:城镇 24.67' …, '粮食产量 万吨 21.74' / '用电量 亿千瓦时 12.06' …)
            if keep and _group_heading(keep[-1]):
                lead = [keep.pop()]  # ('一、城区学校' over the first group's rows: a row of the table, under its header)
            edges = _right_edges(block)
            width = _row_width(n)
            header_cells = _header_cells(keep[-1], block, edges, width) if keep else None
            header = keep[-1] if header_cells is not None else None
            if header is None and len(keep) >= 2:
                header_cells = _two_line_header(keep[-2], keep[-1], edges, width)
                if header_cells is not None:
                    header = keep[-2]
                    taken.extend(keep.pop().chars)  # ('企业数 增加值 比上年' over '(个) (亿元) 增长(%)': one header in two lines)
            if header is None and len(keep) >= 3:
                header_cells = _stacked_header(keep[-3:], block, width, [*lead, *block][0])
                if header_cells is not None:
                    header = keep[-3]  # ('新增学位 计划投资 …' / '项目名称' / '(个) (万元) …': one header in three lines)
                    taken.extend(c for _ in range(2) for c in keep.pop().chars)
        if totalled or header is not None:
            rows = ([header] if header is not None else []) + lead + within
            if header is not None:
                keep.pop()
            tables.append(_raw_text_table(rows, header_cells))
            taken.extend(c for ln in rows for c in ln.chars)
            i = j
            continue
        keep.extend(lead)
        keep.append(lines[i])
        i += 1
    return keep, tables, taken


# A row that heads a group of a table's rows: '一、城区学校', '(二)乡镇', '第三片区' (its 小计 closes the group).
GROUP_HEADING_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[类组片部批])")
GROUP_HEADING_MAX = 16  # characters: a heading names a group, it says nothing more


def _group_heading(line: Line) -> bool:
    """Whether a line is a group's heading within a table: one cell, no figure, a numbered name."""
    cells = [text for text, _ in _cells(line) if text]
    return (len(cells) == 1 and len(cells[0]) <= GROUP_HEADING_MAX and GROUP_HEADING_RE.match(cells[0]) is not None
            and not any(ch.isdigit() for ch in cells[0]))


def _stacked_header(above: Sequence[Line], block: Sequence[Line], width: int, below: Line) -> list[Cell] | None:
    """A header set in three lines right above a table's rows, each line a word or a few over some columns and no
    figure ('新增学位 计划投资 完成投资 完成率' / '项目名称' / '(个) (万元) (万元) (%)'): every column has a word, no line
    two over one column, the lines close together and to the line `below` (a group's heading or the first row); the
    columns' words joined top to bottom, or None."""
    size = max(c.size for ln in above for c in ln.chars)
    if any(b.top - a.bottom > 1.5 * size for a, b in pairwise([*above, below])):
        return None  # (lines apart: no one header)
    rows = [[cell for cell in _cells(ln) if cell[0]] for ln in block]
    if any(len(r) != width for r in rows):
        return None
    bounds = [(max(r[k - 1][1][-1].x1 for r in rows) + min(r[k][1][0].x0 for r in rows)) / 2 for k in range(1, width)]
    columns: list[list[Cell]] = [[] for _ in range(width)]
    for line in above:
        cells = [c for c in _cells(line) if c[0]]
        if not cells or any(TEXT_NUMBER_RE.match(text) for text, _ in cells):
            return None
        at = [sum(1 for b in bounds if (chars[0].x0 + chars[-1].x1) / 2 > b) for _, chars in cells]
        if len(set(at)) != len(at):
            return None
        for k, cell in zip(at, cells, strict=True):
            columns[k].append(cell)
    if not all(columns):
        return None
    return [("".join(text for text, _ in col), tuple(c for _, chars in col for c in chars)) for col in columns]


def _aligned(block: Sequence[Line]) -> bool:
    """Whether each numeric column's right edges line up across the rows (numbers set flush right, or nearly); a cell
    that prints no figure ('—') is not asked to, and a column of units may line up on the left instead."""
    columns = list(zip(*[_cells(ln)[1:] for ln in block], strict=True))  # (each line's cells, read once)
    size = max(c.size for ln in block for c in ln.chars)

    def lined_up(edges: list[float]) -> bool:
        return not edges or max(edges) - min(edges) <= ALIGN_SLACK * size

    return all(lined_up([chars[-1].x1 for text, chars in col if not NO_FIGURE_RE.match(text)])
               or (all(_row_unit(text) for text, _ in col) and lined_up([chars[0].x0 for _, chars in col]))
               for col in columns)


def _header_cells(line: Line, block: Sequence[Line], edges: Sequence[float], width: int) -> list[Cell] | None:
    """The cells of the line right above a table's rows when it is their header: a word over each column (split at the
    numeric columns' `edges` too, _cells), the words over one column joined ('指    标', letter-spaced over the
    labels, is one word); None when it is not one."""
    cells = [c for c in _cells(line, edges) if c[0]]
    if len(cells) == width:
        return cells
    if len(cells) < width or any(TEXT_NUMBER_RE.match(text) for text, _ in cells):
        return None
    rows = [[cell for cell in _cells(ln) if cell[0]] for ln in block]
    # between two columns: halfway from the right of the one to the left of the next, over all rows
    bounds = [(max(r[k - 1][1][-1].x1 for r in rows) + min(r[k][1][0].x0 for r in rows)) / 2 for k in range(1, width)]
    columns: list[list[Cell]] = [[] for _ in range(width)]
    for cell in cells:
        middle = (cell[1][0].x0 + cell[1][-1].x1) / 2
        columns[sum(1 for b in bounds if middle > b)].append(cell)
    if not all(columns):
        return None
    return [("".join(text for text, _ in col), tuple(c for _, chars in col for c in chars)) for col in columns]


def _two_line_header(upper: Line, lower: Line, edges: Sequence[float], width: int) -> list[Cell] | None:
    """A header set in two lines right above a table's rows: the upper one with a word over each column, the lower one
    with no number, only words (units, the rest of a name) each under the upper word nearest it and right below it;
    the header's cells, the two lines' words joined, or None."""
    top = [c for c in _cells(upper, edges) if c[0]]
    below = [c for c in _cells(lower, edges) if c[0]]
    if len(top) != width or not below or len(below) > width or any(TEXT_NUMBER_RE.match(t) for t, _ in below):
        return None
    if lower.top - upper.bottom > 1.5 * max(upper.size, lower.size):
        return None  # (a line apart: not one header)

    def middle(cell: Cell) -> float:
        return (cell[1][0].x0 + cell[1][-1].x1) / 2

    joined = [(text, list(chars)) for text, chars in top]
    for text, chars in below:
        k = min(range(width), key=lambda i: abs(middle(top[i]) - middle((text, chars))))
        joined[k] = (joined[k][0] + text, joined[k][1] + list(chars))
    return [(text, tuple(chars)) for text, chars in joined]


def _right_edges(block: Sequence[Line]) -> list[float]:
    """Where each numeric column of a block of rows ends (the first number printed in it; _aligned holds the rest in
    line)."""
    rows = [_cells(ln)[1:] for ln in block]
    edges = []
    for k, (text, _) in enumerate(rows[0]):
        if not _number_or_none(text):
            continue  # (a unit)
        edges.extend([row[k][1][-1].x1 for row in rows if TEXT_NUMBER_RE.match(row[k][0])][:1])
    return edges


def _raw_text_table(rows: Sequence[Line], header: Sequence[Cell] | None = None) -> RawTable:
    """The table of `rows`, the first of them a header given as its cells (_header_cells, _two_line_header)."""
    cells = [[cell for cell in _cells(ln) if cell[0]] for ln in rows]
    if header is not None:
        cells[0] = list(header)
    width = max(len(row) for row in cells)
    # (a group's heading, '一、城区学校', spans the row as a merged cell would: its text, then None)
    texts = tuple(tuple(text for text, _ in row) + (None,) * (width - len(row)) for row in cells)
    boxes = tuple(tuple((min(c.x0 for c in ch), min(c.top for c in ch), max(c.x1 for c in ch), max(c.bottom for c in ch))
                        for _, ch in row) + (None,) * (width - len(row)) for row in cells)
    chars = [c for ln in rows for c in ln.chars]
    bbox = (min(c.x0 for c in chars), min(c.top for c in chars), max(c.x1 for c in chars), max(c.bottom for c in chars))
    return RawTable(bbox, texts, boxes)
