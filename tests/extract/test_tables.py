"""Ruled tables: kept whole, cells read with the column's unit and labelled by row and column, 合计 rows checked."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from extract.document import extract_document, number_figures
from extract.pdf import read_raw_pages
from extract.records import BBox, Extraction, Figure, PageText, RawTable, Table
from extract.tables import (
    all_chars,
    caption_unit,
    header_unit,
    is_data_table,
    is_total,
    normalize_cell,
    raw_to_table,
    table_figures,
    table_relations,
)
from schemas.arithmetic import work_out

FONT = "STSong-Light"
DOC = "d" * 64
ROWS = [
    ["序号", "项目名称", "帮扶资金(万元)", "受益贫困户(户)"],
    ["1", "茶叶", "400", "1200"],
    ["2", "魔芋", "250.5", "800"],
    ["3", "养殖", "100", "64"],
    ["", "合计", "750.5", "2065"],  # 1200 + 800 + 64 = 2064: the planted error
]


def table_pdf(path: Path) -> None:
    """One A4 page: a sentence, a GRID table with a 合计 row, and a 40x30 pixel image."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    canvas.setFont(FONT, 12)
    canvas.drawString(72, height - 80, "全年投入帮扶资金750.5万元。")
    table = RLTable(ROWS, colWidths=[40, 140, 120, 120], rowHeights=24)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 11),
                               ("GRID", (0, 0), (-1, -1), 0.8, colors.black)]))
    _, table_height = table.wrapOn(canvas, width, height)
    table.drawOn(canvas, 72, height - 120 - table_height)
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 30, 30)).save(buffer, format="PNG")
    canvas.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 72, 200, width=80, height=60)
    canvas.save()


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    path = tmp_path_factory.mktemp("tables") / "table.pdf"
    table_pdf(path)
    return extract_document(path)


def make_table(rows: list[list[str]], page: int = 1, index: int = 0) -> Table:
    raw = RawTable((0.0, 0.0, 100.0, 100.0), tuple(tuple(r) for r in rows), tuple(tuple((0.0, 0.0, 1.0, 1.0) for _ in r) for r in rows))
    return raw_to_table(raw, page, index)


def numbered(table: Table) -> list[Figure]:
    return number_figures([], [(table, table_figures(table, DOC))])


def sums(rows: list[list[str]]) -> list[tuple[str, list[str]]]:
    """(parent raw, child raws) of each relation found in a table."""
    table = make_table(rows)
    figures = numbered(table)
    by_id = {f.figure_id: f for f in figures}
    return [(by_id[r.parent_figure_id].raw, [by_id[k].raw for k in r.child_figure_ids]) for r in table_relations(table, figures, DOC)]


def test_table_is_stored_whole(extraction: Extraction) -> None:
    assert len(extraction.tables) == 1
    table = extraction.tables[0]
    assert (table.page, table.index) == (1, 0)
    assert [list(r) for r in table.rows] == ROWS
    assert table.text.splitlines()[-1] == "|合计|750.5|2065"


def test_cells_take_units_from_the_header_and_labels_from_row_and_column(extraction: Extraction) -> None:
    cells = {f.raw: f for f in extraction.figures if f.source == "table"}
    assert sorted(cells) == sorted(["400", "1200", "250.5", "800", "100", "64", "750.5", "2065"])
    tea = cells["400"]
    assert (tea.unit, tea.kind, tea.base_value, tea.label) == ("万元", "money", Decimal(4_000_000), "茶叶 / 帮扶资金")
    assert (cells["64"].unit, cells["64"].label) == ("户", "养殖 / 受益贫困户")
    assert (tea.table_index, tea.table_row, tea.table_col) == (0, 1, 2)
    table = extraction.tables[0]
    assert table.text[tea.char_start:tea.char_end] == "400"
    assert tea.bbox is not None and table.bbox[1] <= tea.bbox[1] < tea.bbox[3] <= table.bbox[3]


def test_table_numbers_are_not_read_again_as_text(extraction: Extraction) -> None:
    text = [f for f in extraction.figures if f.source == "text"]
    assert [f.raw for f in text] == ["750.5万元"]
    assert "2065" not in extraction.pages[0].text and "合计" not in extraction.pages[0].text


def test_text_and_table_figures_share_one_numbering(extraction: Extraction) -> None:
    figures = extraction.figures
    assert [f.seq for f in figures] == list(range(1, len(figures) + 1))
    assert figures[0].source == "text" and all(f.source == "table" for f in figures[1:])
    assert len({f.figure_id for f in figures}) == len(figures)


def test_total_row_is_a_sum_that_catches_the_planted_error(extraction: Extraction) -> None:
    by_id = {f.figure_id: f for f in extraction.figures}
    table_sums = [r for r in extraction.relations if r.cue == "合计"]
    found = {by_id[r.parent_figure_id].raw: [by_id[k].raw for k in r.child_figure_ids] for r in table_sums}
    assert found == {"750.5": ["400", "250.5", "100"], "2065": ["1200", "800", "64"]}
    verdicts = {}
    for relation in table_sums:
        worked = work_out(relation, by_id)
        assert worked is not None
        verdicts[by_id[relation.parent_figure_id].raw] = abs(worked.difference) <= worked.tolerance
    assert verdicts == {"750.5": True, "2065": False}


def test_image_is_recorded_with_its_box_and_pixel_size(extraction: Extraction) -> None:
    assert len(extraction.images) == 1
    image = extraction.images[0]
    assert (image.page, image.index, image.width_px, image.height_px) == (1, 0, 40, 30)
    x0, top, x1, bottom = image.bbox
    assert (round(x1 - x0), round(bottom - top)) == (80, 60)


@pytest.mark.parametrize(
    ("header", "expected"),
    [("帮扶资金(万元)", ("帮扶资金", "万元")), ("户数(户)", ("户数", "户")), ("金额/万元", ("金额", "万元")),
     ("增长(%)", ("增长", "%")), ("资金(单位:亿元)", ("资金", "亿元")), ("项目名称", ("项目名称", ""))],
)
def test_header_unit_splits_name_and_unit(header: str, expected: tuple[str, str]) -> None:
    assert header_unit(header) == expected


def test_normalize_cell_joins_wrapped_chinese_and_full_width_digits() -> None:
    assert normalize_cell("人才交流和劳\n务培训项目") == "人才交流和劳务培训项目"
    assert normalize_cell("１２３４") == "1234"
    assert normalize_cell("合  计") == "合计"
    assert normalize_cell(None) == ""


def test_is_total_names_the_total_word() -> None:
    assert [is_total(x) for x in ("合计", "总计", "全县合计", "小计:", "合计资金投入情况", "项目")] == ["合计", "总计", "合计", "小计", "", ""]


def test_subtotals_close_groups_and_the_total_adds_them() -> None:
    rows = [["类别", "项目", "资金(万元)"], ["产业", "茶叶", "10"], ["产业", "魔芋", "20"], ["", "小计", "30"],
            ["基础", "道路", "5"], ["基础", "饮水", "6"], ["", "小计", "11"], ["", "合计", "41"]]
    assert sums(rows) == [("30", ["10", "20"]), ("11", ["5", "6"]), ("41", ["30", "11"])]


def test_total_printed_first_adds_the_rows_below() -> None:
    rows = [["地区", "人数(人)"], ["合计", "30"], ["甲镇", "10"], ["乙镇", "20"]]
    assert sums(rows) == [("30", ["10", "20"])]


def test_total_column_adds_the_row() -> None:
    rows = [["镇", "中央资金(万元)", "省级资金(万元)", "合计(万元)"], ["甲镇", "1", "2", "3"], ["乙镇", "4", "5", "9"]]
    assert sums(rows) == [("3", ["1", "2"]), ("9", ["4", "5"])]


def test_row_header_unit_and_unheaded_row_numbers() -> None:
    table = make_table([["", "指标", "2016年", "2017年"], ["1", "地区生产总值(亿元)", "80.5", "88"], ["2", "贫困人口(人)", "1200", "900"]])
    figures = table_figures(table, DOC)
    assert [(f.raw, f.unit, f.label) for f in figures] == [
        ("80.5", "亿元", "地区生产总值 / 2016年"), ("88", "亿元", "地区生产总值 / 2017年"),
        ("1200", "人", "贫困人口 / 2016年"), ("900", "人", "贫困人口 / 2017年"),
    ]


def test_bare_number_without_any_unit_is_not_a_figure() -> None:
    assert table_figures(make_table([["项目", "数量"], ["茶叶", "12"], ["魔芋", "30"]]), DOC) == []


def test_a_box_around_a_paragraph_is_not_a_data_table() -> None:
    prose = "全年共投入帮扶资金500万元,其中产业项目资金300万元,基础设施资金200万元,带动贫困户增收,成效明显。" * 2
    assert not is_data_table(RawTable((0, 0, 1, 1), ((prose, "说明"), ("备注", prose)), ((None, None), (None, None))))
    # one row of short cells is a table (the 合计 row of a table continued at the top of a page may stand alone), but
    # read by itself it is only a header: no figures come of it
    assert is_data_table(RawTable((0, 0, 1, 1), (("只有一行", "400"),), ((None, None),)))
    assert table_figures(make_table([["只有一行", "400"]]), DOC) == []
    assert is_data_table(RawTable((0, 0, 1, 1), tuple(tuple(r) for r in ROWS), ()))


def test_table_characters_still_count_as_printed_text(tmp_path: Path) -> None:
    path = tmp_path / "t.pdf"
    table_pdf(path)
    (page,) = read_raw_pages(path)
    in_lines = sum(len(line.chars) for line in page.lines)
    printed = "".join(c.text for c in all_chars(page))
    assert len(printed) > in_lines and "合计" in printed and "2065" in printed


def merged_table(rows: list[list[str | None]], boxes: list[list[BBox | None]]) -> Table:
    """A table as pdfplumber returns merged cells: None text and None box where a neighbour's cell spans."""
    return raw_to_table(RawTable((0.0, 0.0, 400.0, 200.0), tuple(tuple(r) for r in rows), tuple(tuple(b) for b in boxes)), 1, 0)


def test_merged_cells_total_across_columns_and_category_down_rows() -> None:
    def box(c0: int, r0: int, c1: int, r1: int) -> BBox:
        return (c0 * 100.0, r0 * 20.0, c1 * 100.0, r1 * 20.0)

    rows: list[list[str | None]] = [["类别", "项目", "资金(万元)", "户数(户)"], ["产业", "茶叶", "10", "3"], [None, "魔芋", "20", "4"],
                                    ["合计", None, "30", "8"]]
    boxes: list[list[BBox | None]] = [[box(c, 0, c + 1, 1) for c in range(4)],
                                      [box(0, 1, 1, 3), box(1, 1, 2, 2), box(2, 1, 3, 2), box(3, 1, 4, 2)],
                                      [None, box(1, 2, 2, 3), box(2, 2, 3, 3), box(3, 2, 4, 3)],
                                      [box(0, 3, 2, 4), None, box(2, 3, 3, 4), box(3, 3, 4, 4)]]
    table = merged_table(rows, boxes)
    figures = number_figures([], [(table, table_figures(table, DOC))])
    assert [f.label for f in figures][:4] == ["产业 茶叶 / 资金", "产业 茶叶 / 户数", "产业 魔芋 / 资金", "产业 魔芋 / 户数"]
    assert figures[-1].label == "合计 / 户数"
    by_id = {f.figure_id: f for f in figures}
    found = [(by_id[r.parent_figure_id].raw, [by_id[k].raw for k in r.child_figure_ids]) for r in table_relations(table, figures, DOC)]
    assert found == [("30", ["10", "20"]), ("8", ["3", "4"])]  # 3 + 4 = 7: the check will fail


def test_total_in_the_row_number_column_is_still_a_total() -> None:
    assert sums([["序号", "项目", "资金(万元)"], ["1", "茶叶", "10"], ["2", "魔芋", "20"], ["合计", "", "30"]]) == [("30", ["10", "20"])]


def test_caption_unit_above_the_table_gives_bare_numbers_their_unit() -> None:
    text = "附表\n单位:万元"
    boxes: list[BBox | None] = [(72.0 + 12 * i, 100.0, 84.0 + 12 * i, 112.0) for i in range(2)] + [None]
    boxes += [(72.0 + 12 * i, 120.0, 84.0 + 12 * i, 132.0) for i in range(5)]
    page = PageText(1, text, tuple(boxes))
    assert caption_unit(page, top=140.0) == "万元"
    assert caption_unit(page, top=400.0) == ""  # too far above to be this table's caption
    assert caption_unit(page, top=110.0) == ""  # below the table's top
    table = make_table([["项目", "资金"], ["茶叶", "12"], ["魔芋", "30"]])
    assert [(f.raw, f.unit) for f in table_figures(table, DOC, caption="万元")] == [("12", "万元"), ("30", "万元")]
