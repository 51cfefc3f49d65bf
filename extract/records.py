"""Frozen records passed between the stages: ReportMeta, PageText, Section, Figure, Relation, Table, Image."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, origin top-left

KINDS = ("money", "count", "percent", "date", "other")


@dataclass(frozen=True, slots=True)
class ReportMeta:
    doc_id: str  # sha256 of the PDF bytes: same file, same id
    source_path: str
    sha256: str
    n_pages: int
    title: str
    issuer: str
    report_date: str | None  # ISO date "2018-01-09" when printed under the title


@dataclass(frozen=True, slots=True)
class PageText:
    """One page's text in reading order, with the box of every character (None for joins)."""

    page: int  # 1-based
    text: str
    boxes: tuple[BBox | None, ...]  # len(boxes) == len(text); () once dropped (Extraction.without_char_boxes)
    width: float = 0.0
    height: float = 0.0
    source: str = "text"  # "text" or "ocr"
    ocr_confidence: float | None = None  # mean word confidence (0-100) of an OCR page


@dataclass(frozen=True, slots=True)
class Section:
    """A heading: '三、有效实施项目,增强造血功能' with its level and parent path."""

    level: int  # 1 for 一、, 2 for (一), 3 for 1、
    ordinal: str  # as printed: "三、", "(一)", "1、"
    title: str  # heading text as printed, ordinal included
    path: str  # "三、有效实施项目,增强造血功能 > 1、..." joined with " > "
    page: int
    start: int  # offset in the document text


@dataclass(frozen=True, slots=True)
class Figure:
    doc_id: str
    figure_id: str  # unique in the warehouse: "<doc_id[:12]>-<seq:04d>"
    seq: int  # 1-based reading order in the document
    page: int  # 1-based, the page where the figure starts
    raw: str  # as printed (spaces removed): "460.1万元", "3-5家", "2017年8月29日"
    value: Decimal | None  # as written: Decimal("460.1"); None if it would not parse
    value_max: Decimal | None  # upper end of a range ("3-5家" -> 5), else None
    unit: str  # as written: "万元", "户", "人次", "%", "" for dates
    kind: str  # one of KINDS
    base_value: Decimal | None  # normalised: money in 元 -> Decimal("4601000")
    base_unit: str  # "元" for money, the unit without its scale otherwise
    label: str  # what it measures, as printed: "奖补资金"
    section: str  # heading path it sits under
    sentence: str  # the sentence it sits in
    char_start: int  # offsets in the page text of `page`
    char_end: int
    bbox: BBox | None
    approx: str = ""  # qualifier as printed: "近", "余", "约", "多", "" when exact
    date_iso: str | None = None  # "2017-08-29", "2017-10", "2017" for kind "date"
    source: str = "text"  # "text", "table" or "ocr"
    doc_start: int = 0  # offset in the document text (for relation finding)
    doc_end: int = 0
    note: str = ""  # why a printed figure has no value ("too many digits: ...")
    table_index: int | None = None  # source "table": which table of its page (0-based); None for text figures
    table_row: int | None = None  # source "table": the cell's row and column in Table.rows (0-based)
    table_col: int | None = None
    ocr_confidence: float | None = None  # lowest OCR character confidence (0-100) of an OCR figure


@dataclass(frozen=True, slots=True)
class Relation:
    """A total and its parts, as found in the text: checked later in schemas/."""

    doc_id: str
    relation_id: str
    type: str  # "sum", "subset", "share", "repeat", "balance"
    parent_figure_id: str
    child_figure_ids: tuple[str, ...]
    cue: str  # "其中", "如下", "分别为", "下余", ...
    page: int
    confidence: str = "high"  # "high" or "low"
    # a balance's parts taken away (偿还, 调减): the total is the other parts less these ('年初 + 新增 − 偿还 = 年末')
    subtracted_figure_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RawTable:
    """A ruled table as the PDF draws it: cell texts (None under a merged cell) and cell boxes, row by row."""

    bbox: BBox
    rows: tuple[tuple[str | None, ...], ...]
    cells: tuple[tuple[BBox | None, ...], ...]  # same shape as rows
    # where each cell's text stands inside it (None for no text), same shape: a label set in from its rule is indented
    text_boxes: tuple[tuple[BBox | None, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class RawImage:
    """An embedded image: where it is drawn (points) and its size in pixels."""

    bbox: BBox
    width_px: int
    height_px: int


@dataclass(frozen=True, slots=True)
class Table:
    """A ruled table of one page, kept whole: cell texts NFKC'd with wrapped lines joined.

    `text` renders the rows as lines of cells joined by '|' ("序号|项目|资金(万元)\n1|茶叶|400"): a table
    figure's char_start/char_end are offsets in this text, as a text figure's are in its page text.
    """

    page: int  # 1-based
    index: int  # 0-based on its page, in reading order (top to bottom)
    rows: tuple[tuple[str, ...], ...]  # '' for an empty or merged-over cell
    bbox: BBox
    text: str
    cells: tuple[tuple[BBox | None, ...], ...] = ()  # cell boxes, same shape as rows
    text_boxes: tuple[tuple[BBox | None, ...], ...] = ()  # the boxes of the cells' texts (a ruled table's), same shape


@dataclass(frozen=True, slots=True)
class Image:
    """An image drawn on a page (a photo, a chart, a scanned stamp): recorded, not read."""

    page: int  # 1-based
    index: int  # 0-based on its page, in drawing order
    bbox: BBox
    width_px: int
    height_px: int


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extract/ learns from one PDF."""

    meta: ReportMeta
    pages: tuple[PageText, ...]
    sections: tuple[Section, ...]
    figures: tuple[Figure, ...]
    relations: tuple[Relation, ...]
    references: tuple[str, ...] = field(default=())  # document numbers like 〔2017〕12号
    tables: tuple[Table, ...] = field(default=())  # ruled tables, in page order; their figures are in `figures`
    images: tuple[Image, ...] = field(default=())

    def without_char_boxes(self) -> Extraction:
        """The same extraction without every page character's box: figures carry their own boxes, and nothing
        stored needs the rest. Two thirds of a pickled extraction (8.3 MB -> 3.0 MB for 248 pages): what a
        worker process sends its writer."""
        return replace(self, pages=tuple(replace(p, boxes=()) for p in self.pages))


# The cue of a 收入 side's 总计 checked against the 支出 side's beside it (extract.tables): one figure, printed twice.
BALANCED_CUE = "收入总计 = 支出总计"
# Between a table cell's row header and column header in its label: '产业发展类项目 / 帮扶资金'.
LABEL_SEP = " / "
