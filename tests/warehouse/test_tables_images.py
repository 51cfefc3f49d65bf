"""Tables and images: stored whole with the document, replaced on reload; 0002 migrates an 0001 warehouse in place."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import duckdb

from extract.records import Extraction, Image, Table
from warehouse.connect import connect
from warehouse.load import load_extraction
from warehouse.migrate import available_migrations

ROWS = (("项目", "资金(万元)"), ("茶叶", "400"), ("合计", "400"))
TABLE = Table(page=2, index=0, rows=ROWS, bbox=(57.64, 130.0, 537.64, 280.0), text="项目|资金(万元)\n茶叶|400\n合计|400")
IMAGE = Image(page=1, index=0, bbox=(72.0, 500.0, 172.0, 575.0), width_px=40, height_px=30)


def with_table(extraction: Extraction) -> Extraction:
    """The fixture report with one table on page 2 whose '400' (row 1, column 1) is its last figure."""
    last = extraction.figures[-1]
    cell = replace(last, raw="400", value=Decimal(400), base_value=Decimal(4_000_000), label="茶叶 / 资金", source="table",
                   char_start=13, char_end=16, table_index=0, table_row=1, table_col=1)
    return replace(extraction, figures=extraction.figures[:-1] + (cell,), tables=(TABLE,), images=(IMAGE,))


def test_load_stores_tables_rows_as_json_and_images_with_pixel_size(con: duckdb.DuckDBPyConnection, extraction: Extraction) -> None:
    counts = load_extraction(con, with_table(extraction), None)
    assert (counts.tables, counts.images) == (1, 1)
    page, index, n_rows, n_cols, rows, text, box = con.execute(
        "SELECT page, table_index, n_rows, n_cols, rows, text, [x0, top, x1, bottom] FROM tables"
    ).fetchone()  # type: ignore[misc]
    assert (page, index, n_rows, n_cols) == (2, 0, 3, 2)
    assert json.loads(rows) == [list(r) for r in ROWS]
    assert text == TABLE.text
    assert box == [Decimal("57.64"), Decimal("130.00"), Decimal("537.64"), Decimal("280.00")]
    assert con.execute("SELECT page, image_index, width_px, height_px, x1 FROM images").fetchall() == [(1, 0, 40, 30, Decimal("172.00"))]


def test_table_figure_points_at_its_cell_and_its_text(con: duckdb.DuckDBPyConnection, extraction: Extraction) -> None:
    load_extraction(con, with_table(extraction), None)
    row = con.execute(
        "SELECT f.raw, json_extract_string(t.rows, '$[' || f.table_row || '][' || f.table_col || ']'), "
        "substr(t.text, f.char_start + 1, f.char_end - f.char_start) "
        "FROM figures f JOIN tables t ON t.doc_id = f.doc_id AND t.page = f.page AND t.table_index = f.table_index"
    ).fetchall()
    assert row == [("400", "400", "400")]
    assert con.execute("SELECT count(*) FROM figure_lookup WHERE table_index IS NULL").fetchone() == (2,)


def test_reload_replaces_tables_and_images(con: duckdb.DuckDBPyConnection, extraction: Extraction) -> None:
    load_extraction(con, with_table(extraction), None)
    load_extraction(con, with_table(extraction), None)
    assert con.execute("SELECT count(*) FROM tables").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM images").fetchone() == (1,)
    load_extraction(con, extraction, None)  # a version without them leaves none behind
    assert con.execute("SELECT (SELECT count(*) FROM tables) + (SELECT count(*) FROM images)").fetchone() == (0,)


def test_old_warehouse_gets_0002_on_open_and_keeps_its_data(tmp_path: Path, extraction: Extraction) -> None:
    path = tmp_path / "old.duckdb"
    old = duckdb.connect(str(path))
    init = available_migrations()[0]
    assert init.version == 1
    old.execute(init.sql)
    old.execute("INSERT INTO schema_migrations VALUES (1, 'init', now())")
    old.execute("INSERT INTO documents (doc_id, file_name, status) VALUES ('old', 'old.pdf', 'loaded')")
    old.execute("INSERT INTO figures (doc_id, figure_id, seq, page, raw, value) VALUES ('old', 'old-0001', 1, 1, '5万元', 5)")
    old.close()

    con = connect(path)
    versions = [v for (v,) in con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]
    assert versions == [m.version for m in available_migrations()]
    assert 2 in versions
    assert con.execute("SELECT raw, value, table_index FROM figures WHERE doc_id = 'old'").fetchall() == [("5万元", Decimal(5), None)]
    assert con.execute("SELECT file_name FROM figure_lookup").fetchall() == [("old.pdf",)]
    load_extraction(con, with_table(extraction), None)
    assert con.execute("SELECT count(*) FROM tables").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (2,)
    con.close()
