"""Records -> DataFrames with a fixed column order, the shape the pandera models validate."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from extract.records import Extraction
from schemas.arithmetic import Arithmetic

FIGURE_COLUMNS = ["doc", "figure_id", "page", "raw", "kind", "unit", "value", "base_value", "char_start", "char_end", "page_len", "n_pages", "note"]
CHECK_COLUMNS = [
    "check_id", "relation_id", "rule", "severity", "status", "parent_figure_id", "child_figure_ids", "expected",
    "actual", "difference", "tolerance", "unit", "message", "page", "source",
]


def figures_frame(extraction: Extraction, doc: int = 0) -> pd.DataFrame:
    """One row per figure, with the page length and page count its span and page are checked against.

    `doc` tells the documents of a batch apart (see schemas.check.check_extractions).

    A table figure's span is in its table's text (Table.text), so page_len is that text's length for it.
    """
    page_len = {p.page: len(p.text) for p in extraction.pages}
    table_len = {(t.page, t.index): len(t.text) for t in extraction.tables}
    n_pages = max(1, extraction.meta.n_pages)
    rows = [
        {
            "doc": doc, "figure_id": f.figure_id, "page": f.page, "raw": f.raw, "kind": f.kind, "unit": f.unit, "value": f.value,
            "base_value": f.base_value, "char_start": f.char_start, "char_end": f.char_end,
            "page_len": table_len.get((f.page, f.table_index), 0) if f.table_index is not None else page_len.get(f.page, 0),
            "n_pages": n_pages, "note": f.note,
        }
        for f in extraction.figures
    ]
    frame = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    for column in ("doc", "page", "char_start", "char_end", "page_len", "n_pages"):
        frame[column] = frame[column].astype("int64")
    for column in ("figure_id", "raw", "kind", "unit", "note"):
        frame[column] = frame[column].astype(object)
    return frame


def arithmetic_frame(rows: Sequence[Arithmetic], docs: Sequence[int] | None = None) -> pd.DataFrame:
    """One row per relation worked out, Decimals kept as Python objects (never floats); docs[i] is row i's
    document in a batch (all 0 by default)."""
    data = [
        {
            "doc": docs[i] if docs is not None else 0, "relation_id": a.relation_id, "type": a.type, "expected": a.expected, "actual": a.actual,
            "difference": a.difference, "tolerance": a.tolerance,
        }
        for i, a in enumerate(rows)
    ]
    frame = pd.DataFrame(data, columns=["doc", "relation_id", "type", "expected", "actual", "difference", "tolerance"])
    return frame.astype({"doc": "int64", "relation_id": object, "type": object})


def empty_checks() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in CHECK_COLUMNS})
