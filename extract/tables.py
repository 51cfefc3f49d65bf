"""Ruled tables -> figures labelled by row and column header, and the 合计/小计 sums a reader would check."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract import units
from extract.figures import Found, find_figures
from extract.layout import Char, RawPage, is_cjk, normalize_char
from extract.records import BBox, Figure, Image, PageText, RawImage, RawTable, Relation, Table

CELL_SEP = "|"  # between the cells of a row in Table.text; rows are lines
LABEL_SEP = " / "  # row header / column header: '产业发展类项目 / 帮扶资金'
UNIT = rf"(?:{units.SCALE_RE})?(?:{units.BASE_RE})"
HEADER_UNIT_RE = re.compile(rf"(?:[((]\s*(?:单位\s*[::]\s*)?(?P<a>{UNIT})\s*[))]|[/／]\s*(?P<b>{UNIT}))\s*$")
TABLE_UNIT_RE = re.compile(rf"^\s*[((]?\s*单位\s*[::]\s*(?P<unit>{UNIT})\s*[))]?\s*$")
CAPTION_UNIT_RE = re.compile(rf"单位\s*[::]\s*(?P<unit>{UNIT})(?![\w])")
CAPTION_GAP = 40.0  # points: a '单位:万元' line this close above a table is its caption
BARE_NUMBER_RE = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
SKIP_HEADER_RE = re.compile(r"^(?:序号|编号|序|排名|名次|代码|编码|No\.?|NO\.?)$")
TOTAL_RE = re.compile(r"^[\w]{0,8}?(?P<word>合计|总计|共计|小计)[::]?$")
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
    """At least 2 rows and 2 columns, and short cells: a ruled box around a paragraph stays running text."""
    if len(raw.rows) < 2 or max((len(r) for r in raw.rows), default=0) < 2:
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
    text, _ = render(rows)
    return Table(page, index, rows, raw.bbox, text, cells)


def raw_to_image(raw: RawImage, page: int, index: int) -> Image:
    return Image(page, index, raw.bbox, raw.width_px, raw.height_px)


def caption_unit(page: PageText, top: float) -> str:
    """The unit a caption line just above a table gives all its cells: '单位:万元' -> '万元' ('' if none)."""
    unit = ""
    for m in CAPTION_UNIT_RE.finditer(page.text):
        box = page.boxes[m.start()] if m.start() < len(page.boxes) else None
        if box is not None and box[3] <= top + 1 and top - box[3] <= CAPTION_GAP:
            unit = m.group("unit")
    return unit


def header_unit(header: str) -> tuple[str, str]:
    """'帮扶资金(万元)' -> ('帮扶资金', '万元'); '金额/万元' -> ('金额', '万元'); '项目名称' -> ('项目名称', '')."""
    m = HEADER_UNIT_RE.search(header)
    if m is None:
        return header, ""
    unit = m.group("a") or m.group("b")
    scale, base = units.scale_of(unit)
    if not units.accepts_scale(scale, base):
        return header, ""
    return header[:m.start()].strip(), unit


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
        if len(filled) >= 2 and not any(_quantities(text) for text in filled):
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
            if unit:
                units_of[c] = unit
            if name and (not parts[c] or parts[c][-1] != name):
                parts[c].append(name)
    headers = tuple(" ".join(p) for p in parts)
    groups = tuple(" ".join(p[:-1]) for p in parts)
    data = rows[first_data:]
    skip = frozenset(c for c in range(width) if SKIP_HEADER_RE.match(headers[c].replace(" ", ""))
                     or (not units_of[c] and _counts_rows([row[c] for row in data])))
    numeric = {c for row in data for c in range(width) if c not in skip and row[c] and _quantities(row[c])}
    labels = frozenset(c for c in range(width) if c not in skip and c not in numeric)
    return Layout(first_data, headers, groups, tuple(units_of), table_unit, labels, skip)


def _counts_rows(cells: Sequence[str]) -> bool:
    """A column of row numbers 1, 2, 3 … (blank in 合计 rows): a 序号 column without its header."""
    numbers = [c for c in cells if c]
    return len(numbers) >= 2 and all(c.isdigit() for c in numbers) and [int(c) for c in numbers] == list(range(int(numbers[0]), int(numbers[0]) + len(numbers)))


def row_labels(table: Table, layout: Layout) -> list[str]:
    """Each row's header: its label cells joined, a cell merged from above taking the text above it."""
    out: list[str] = []
    middles = column_middles(table)
    text_columns = sorted(layout.label_columns | layout.skip_columns)
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


def table_figures(table: Table, doc_id: str, report_year: int | None = None, section: str = "", caption: str = "") -> list[Figure]:
    """Every figure in a table's data cells, row by row (figure_id and seq are set when the document is numbered).

    `caption` is the unit printed above the table ('单位:万元' -> '万元'), for bare numbers whose header has none.
    """
    if not table.rows:
        return []
    layout = read_layout(table, caption)
    labels = row_labels(table, layout)
    _, offsets = render(table.rows)
    lines = table.text.split("\n")
    out: list[Figure] = []
    for r in range(layout.first_data, len(table.rows)):
        row = table.rows[r]
        _, row_unit = header_unit(labels[r])
        for c, cell in enumerate(row):
            if not cell or c in layout.skip_columns or c in layout.label_columns:
                continue
            unit = layout.column_units[c] or row_unit or layout.table_unit
            row_label = header_unit(labels[r])[0]
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


def table_relations(table: Table, figures: Sequence[Figure], doc_id: str, first: int = 1) -> list[Relation]:
    """合计/总计 rows (and columns) are the sum of the rows above them; 小计 rows close a group (ids R<first>…)."""
    if not table.rows:
        return []
    layout = read_layout(table)
    labels = row_labels(table, layout)
    at: dict[tuple[int, int], Figure] = {}
    for f in figures:
        if f.source == "table" and f.page == table.page and f.table_index == table.index and f.table_row is not None and f.table_col is not None:
            at.setdefault((f.table_row, f.table_col), f)
    sums = _Sums(doc_id, first)
    width = len(table.rows[0])
    data = range(layout.first_data, len(table.rows))
    totals = {r: is_total(header_unit(labels[r])[0]) for r in data}
    for c in range(width):
        if c in layout.label_columns or c in layout.skip_columns:
            continue
        _column_sums(table, c, data, totals, at, sums)
    total_cols = [c for c in range(width) if is_total(layout.column_headers[c].split(" ")[-1])]
    for t in total_cols:
        for r in data:
            parent = at.get((r, t))
            if parent is None or not _addable(parent):
                continue
            others = [c for c in range(width) if c != t and c not in total_cols and c not in layout.label_columns
                      and c not in layout.skip_columns and layout.column_groups[c] == layout.column_groups[t]]
            kids = [at[(r, c)] for c in others if (r, c) in at and _addable(at[(r, c)])]
            complete = all((r, c) in at or table.rows[r][c] in NOTHING or not table.rows[r][c] for c in others)
            sums.add(parent, kids, is_total(layout.column_headers[t].split(" ")[-1]), complete)
    return sums.relations


def _column_sums(table: Table, c: int, data: range, totals: dict[int, str], at: dict[tuple[int, int], Figure], sums: _Sums) -> None:
    """Walk one column top to bottom: leaves add up to a 小计, leaves and 小计s to a 合计 (below them, or above when printed first)."""
    leaves: list[Figure] = []  # since the last 小计 or 合计
    subtotals: list[Figure] = []  # since the last 合计
    group: list[Figure] = []  # leaves since the last 合计
    complete = True
    pending: tuple[Figure, str] | None = None  # a 合计 printed above its rows
    for r in data:
        cell = at.get((r, c))
        ok = cell is not None and _addable(cell)
        word = totals[r]
        if not word:
            if ok and cell is not None:
                leaves.append(cell)
                group.append(cell)
            elif table.rows[r][c] and table.rows[r][c] not in NOTHING:
                complete = False
            continue
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
                sums.add(cell, subtotals + leaves if subtotals else group, word, complete)
        leaves, subtotals, group, complete = [], [], [], True
    if pending is not None:
        sums.add(pending[0], subtotals + leaves if subtotals else group, pending[1], complete)
