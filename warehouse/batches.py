"""Extraction records and the checks DataFrame -> pyarrow tables shaped like the warehouse tables."""

from __future__ import annotations

import json
import math
import numbers
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Context, Decimal, InvalidOperation
from pathlib import PurePath
from typing import Any

import pandas as pd
import pyarrow as pa

from extract.records import Extraction, Figure

VALUE_SCALE = 10  # DECIMAL(38,10)
VALUE_INT_DIGITS = 28
VALUE_TYPE = pa.decimal128(38, VALUE_SCALE)
COORD_TYPE = pa.decimal128(10, 2)
IDS_TYPE = pa.list_(pa.string())
WIDE = Context(prec=200)
CENT = Decimal("0.01")

DOCUMENTS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source_path", pa.string()),
        ("file_name", pa.string()),
        ("sha256", pa.string()),
        ("size_bytes", pa.int64()),
        ("n_pages", pa.int32()),
        ("title", pa.string()),
        ("issuer", pa.string()),
        ("report_date", pa.date32()),
        ("status", pa.string()),
        ("error_kind", pa.string()),
        ("error", pa.string()),
        ("n_figures", pa.int32()),
        ("n_checks_failed", pa.int32()),
        ("run_id", pa.string()),
        ("loaded_at", pa.timestamp("us")),
    ]
)
CONFIDENCE_TYPE = pa.decimal128(5, 2)  # OCR confidence 0-100, two places: no floats in the warehouse


def confidence(value: float | None) -> Decimal | None:
    """An OCR confidence as DECIMAL(5,2): 27.4817 -> Decimal('27.48')."""
    return None if value is None else Decimal(f"{value:.2f}")


PAGES_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("page", pa.int32()),
        ("text", pa.string()),
        ("n_chars", pa.int32()),
        ("width", COORD_TYPE),
        ("height", COORD_TYPE),
        ("source", pa.string()),
        ("ocr_confidence", CONFIDENCE_TYPE),
    ]
)
SECTIONS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("section_id", pa.int32()),
        ("level", pa.int32()),
        ("ordinal", pa.string()),
        ("title", pa.string()),
        ("path", pa.string()),
        ("page", pa.int32()),
    ]
)
FIGURES_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("figure_id", pa.string()),
        ("seq", pa.int32()),
        ("page", pa.int32()),
        ("raw", pa.string()),
        ("value", VALUE_TYPE),
        ("value_max", VALUE_TYPE),
        ("unit", pa.string()),
        ("kind", pa.string()),
        ("base_value", VALUE_TYPE),
        ("base_unit", pa.string()),
        ("approx", pa.string()),
        ("date_iso", pa.string()),
        ("label", pa.string()),
        ("section", pa.string()),
        ("sentence", pa.string()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("x0", COORD_TYPE),
        ("top", COORD_TYPE),
        ("x1", COORD_TYPE),
        ("bottom", COORD_TYPE),
        ("source", pa.string()),
        ("note", pa.string()),
        ("table_index", pa.int32()),
        ("table_row", pa.int32()),
        ("table_col", pa.int32()),
        ("ocr_confidence", CONFIDENCE_TYPE),
    ]
)
TABLES_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("page", pa.int32()),
        ("table_index", pa.int32()),
        ("n_rows", pa.int32()),
        ("n_cols", pa.int32()),
        ("rows", pa.string()),  # JSON text; DuckDB casts it into the JSON column
        ("text", pa.string()),
        ("x0", COORD_TYPE),
        ("top", COORD_TYPE),
        ("x1", COORD_TYPE),
        ("bottom", COORD_TYPE),
    ]
)
IMAGES_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("page", pa.int32()),
        ("image_index", pa.int32()),
        ("x0", COORD_TYPE),
        ("top", COORD_TYPE),
        ("x1", COORD_TYPE),
        ("bottom", COORD_TYPE),
        ("width_px", pa.int32()),
        ("height_px", pa.int32()),
    ]
)
RELATIONS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("relation_id", pa.string()),
        ("type", pa.string()),
        ("parent_figure_id", pa.string()),
        ("child_figure_ids", IDS_TYPE),
        ("cue", pa.string()),
        ("page", pa.int32()),
        ("confidence", pa.string()),
        ("subtracted_figure_ids", IDS_TYPE),
    ]
)
CHECKS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("check_id", pa.string()),
        ("relation_id", pa.string()),
        ("rule", pa.string()),
        ("severity", pa.string()),
        ("status", pa.string()),
        ("parent_figure_id", pa.string()),
        ("child_figure_ids", IDS_TYPE),
        ("expected", VALUE_TYPE),
        ("actual", VALUE_TYPE),
        ("difference", VALUE_TYPE),
        ("tolerance", VALUE_TYPE),
        ("unit", pa.string()),
        ("message", pa.string()),
        ("page", pa.int32()),
        ("source", pa.string()),
    ]
)
CHECKS_COLUMNS = tuple(CHECKS_SCHEMA.names)


def exact_value(value: Decimal | None, what: str = "value") -> Decimal | None:
    """Decimal('460.1') -> Decimal('460.1000000000'); ValueError if DECIMAL(38,10) would round it."""
    if value is None:
        return None
    if not isinstance(value, Decimal):
        raise TypeError(f"{what}: expected Decimal, got {type(value).__name__} {value!r}")
    if not value.is_finite():
        raise ValueError(f"{what}: {value} is not a finite number")
    try:
        scaled = value.quantize(Decimal(1).scaleb(-VALUE_SCALE), context=WIDE)
    except InvalidOperation as err:
        raise ValueError(f"{what}: {value} does not fit DECIMAL(38,10)") from err
    if scaled != value:
        raise ValueError(f"{what}: {value} has more than {VALUE_SCALE} decimal places; refusing to round")
    if scaled.adjusted() >= VALUE_INT_DIGITS:
        raise ValueError(f"{what}: {value} has more than {VALUE_INT_DIGITS} integer digits")
    return scaled


def cell_value(value: Any, what: str) -> Decimal | None:
    """A checks cell -> exact Decimal: None/NaN -> None, int/str/float go through their text form."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        value = Decimal(repr(value))  # the shortest text that round-trips, not the binary expansion
    elif isinstance(value, bool):
        raise TypeError(f"{what}: expected a number, got {value!r}")
    elif isinstance(value, numbers.Integral):
        value = Decimal(int(value))
    elif isinstance(value, str):
        value = Decimal(value)
    return exact_value(value, what)


def coord(value: float | None) -> Decimal | None:
    """PDF points -> DECIMAL(10,2): 595.2756 -> Decimal('595.28')."""
    if value is None:
        return None
    return Decimal(repr(float(value))).quantize(CENT)


def cell_ids(value: Any) -> list[str] | None:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        raise TypeError(f"child_figure_ids: expected a list of ids, got the string {value!r}")
    return [str(item) for item in value]


def cell_int(value: Any) -> int | None:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return int(value)


def cell_str(value: Any) -> str | None:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


def iso_date(text: str | None) -> date | None:
    """'2018-01-09' -> date(2018, 1, 9); '' or None -> None."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise ValueError(f"report_date {text!r} is not an ISO date YYYY-MM-DD") from err


def rows_to_table(rows: Iterable[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    columns: dict[str, list[Any]] = {name: [] for name in schema.names}
    for row in rows:
        for name in schema.names:
            columns[name].append(row[name])
    return pa.table({name: pa.array(columns[name], type=schema.field(name).type) for name in schema.names})


def document_table(
    *,
    doc_id: str,
    source_path: str,
    sha256: str,
    size_bytes: int | None,
    n_pages: int | None,
    title: str | None,
    issuer: str | None,
    report_date: str | None,
    status: str,
    error_kind: str | None,
    error: str | None,
    n_figures: int | None,
    n_checks_failed: int | None,
    run_id: str | None,
    loaded_at: datetime,
) -> pa.Table:
    row: dict[str, Any] = {
        "doc_id": doc_id,
        "source_path": source_path,
        "file_name": PurePath(source_path).name,
        "sha256": sha256,
        "size_bytes": size_bytes,
        "n_pages": n_pages,
        "title": title,
        "issuer": issuer,
        "report_date": iso_date(report_date),
        "status": status,
        "error_kind": error_kind,
        "error": error,
        "n_figures": n_figures,
        "n_checks_failed": n_checks_failed,
        "run_id": run_id,
        "loaded_at": loaded_at,
    }
    return rows_to_table([row], DOCUMENTS_SCHEMA)


def pages_table(extraction: Extraction) -> pa.Table:
    doc_id = extraction.meta.doc_id
    rows = (
        {
            "doc_id": doc_id,
            "page": p.page,
            "text": p.text,
            "n_chars": len(p.text),
            "width": coord(p.width),
            "height": coord(p.height),
            "source": p.source,
            "ocr_confidence": confidence(p.ocr_confidence),
        }
        for p in extraction.pages
    )
    return rows_to_table(rows, PAGES_SCHEMA)


def sections_table(extraction: Extraction) -> pa.Table:
    doc_id = extraction.meta.doc_id
    rows = (
        {
            "doc_id": doc_id,
            "section_id": i,
            "level": s.level,
            "ordinal": s.ordinal,
            "title": s.title,
            "path": s.path,
            "page": s.page,
        }
        for i, s in enumerate(extraction.sections, start=1)
    )
    return rows_to_table(rows, SECTIONS_SCHEMA)


def figure_row(doc_id: str, f: Figure) -> dict[str, Any]:
    if f.doc_id != doc_id:
        raise ValueError(f"figure {f.figure_id} has doc_id {f.doc_id}, not the report's {doc_id}")
    x0, top, x1, bottom = f.bbox if f.bbox is not None else (None, None, None, None)
    where = f"figure {f.figure_id} ({f.raw!r}, page {f.page})"
    # what a figure does not have is NULL, not '' (a date's unit, no label, no note): count(label), IS NULL work
    return {
        "doc_id": doc_id,
        "figure_id": f.figure_id,
        "seq": f.seq,
        "page": f.page,
        "raw": f.raw,
        "value": exact_value(f.value, f"{where} value"),
        "value_max": exact_value(f.value_max, f"{where} value_max"),
        "unit": f.unit or None,
        "kind": f.kind,
        "base_value": exact_value(f.base_value, f"{where} base_value"),
        "base_unit": f.base_unit or None,
        "approx": f.approx or None,
        "date_iso": f.date_iso,
        "label": f.label or None,
        "section": f.section or None,
        "sentence": f.sentence,
        "char_start": f.char_start,
        "char_end": f.char_end,
        "x0": coord(x0),
        "top": coord(top),
        "x1": coord(x1),
        "bottom": coord(bottom),
        "source": f.source,
        "note": f.note or None,
        "table_index": f.table_index,
        "table_row": f.table_row,
        "table_col": f.table_col,
        "ocr_confidence": confidence(f.ocr_confidence),
    }


def figures_table(extraction: Extraction) -> pa.Table:
    doc_id = extraction.meta.doc_id
    return rows_to_table((figure_row(doc_id, f) for f in extraction.figures), FIGURES_SCHEMA)


def tables_table(extraction: Extraction) -> pa.Table:
    """One row per ruled table: its cells as a JSON list of rows, its '|' text and its box."""
    doc_id = extraction.meta.doc_id
    rows = (
        {
            "doc_id": doc_id,
            "page": t.page,
            "table_index": t.index,
            "n_rows": len(t.rows),
            "n_cols": max((len(r) for r in t.rows), default=0),
            "rows": json.dumps([list(r) for r in t.rows], ensure_ascii=False),
            "text": t.text,
            "x0": coord(t.bbox[0]),
            "top": coord(t.bbox[1]),
            "x1": coord(t.bbox[2]),
            "bottom": coord(t.bbox[3]),
        }
        for t in extraction.tables
    )
    return rows_to_table(rows, TABLES_SCHEMA)


def images_table(extraction: Extraction) -> pa.Table:
    doc_id = extraction.meta.doc_id
    rows = (
        {
            "doc_id": doc_id,
            "page": i.page,
            "image_index": i.index,
            "x0": coord(i.bbox[0]),
            "top": coord(i.bbox[1]),
            "x1": coord(i.bbox[2]),
            "bottom": coord(i.bbox[3]),
            "width_px": i.width_px,
            "height_px": i.height_px,
        }
        for i in extraction.images
    )
    return rows_to_table(rows, IMAGES_SCHEMA)


def relations_table(extraction: Extraction) -> pa.Table:
    doc_id = extraction.meta.doc_id
    rows: list[dict[str, Any]] = []
    for r in extraction.relations:
        if r.doc_id != doc_id:
            raise ValueError(f"relation {r.relation_id} has doc_id {r.doc_id}, not the report's {doc_id}")
        rows.append(
            {
                "doc_id": doc_id,
                "relation_id": r.relation_id,
                "type": r.type,
                "parent_figure_id": r.parent_figure_id,
                "child_figure_ids": list(r.child_figure_ids),
                "cue": r.cue,
                "page": r.page,
                "confidence": r.confidence,
                "subtracted_figure_ids": list(r.subtracted_figure_ids),
            }
        )
    return rows_to_table(rows, RELATIONS_SCHEMA)


def checks_table(doc_id: str, checks: pd.DataFrame | None) -> pa.Table:
    """The checks DataFrame (columns of the checks table; doc_id optional) -> an exact arrow table."""
    if checks is None or len(checks) == 0:
        return CHECKS_SCHEMA.empty_table()
    missing = [c for c in CHECKS_COLUMNS if c != "doc_id" and c not in checks.columns]
    if missing:
        raise ValueError(f"checks DataFrame lacks columns {missing}")
    if "doc_id" in checks.columns:
        others = sorted({str(v) for v in checks["doc_id"] if cell_str(v) not in (None, doc_id)})
        if others:
            raise ValueError(f"checks DataFrame has rows of other documents {others}, not {doc_id}")
    records: Sequence[dict[str, Any]] = checks.to_dict("records")
    rows: list[dict[str, Any]] = []
    for rec in records:
        where = f"check {rec['check_id']}"
        rows.append(
            {
                "doc_id": doc_id,
                "check_id": cell_str(rec["check_id"]),
                "relation_id": cell_str(rec["relation_id"]),
                "rule": cell_str(rec["rule"]),
                "severity": cell_str(rec["severity"]),
                "status": cell_str(rec["status"]),
                "parent_figure_id": cell_str(rec["parent_figure_id"]),
                "child_figure_ids": cell_ids(rec["child_figure_ids"]),
                "expected": cell_value(rec["expected"], f"{where} expected"),
                "actual": cell_value(rec["actual"], f"{where} actual"),
                "difference": cell_value(rec["difference"], f"{where} difference"),
                "tolerance": cell_value(rec["tolerance"], f"{where} tolerance"),
                "unit": cell_str(rec["unit"]),
                "message": cell_str(rec["message"]),
                "page": cell_int(rec["page"]),
                "source": cell_str(rec["source"]),
            }
        )
    return rows_to_table(rows, CHECKS_SCHEMA)
