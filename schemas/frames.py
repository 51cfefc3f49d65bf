"""Records -> DataFrames with a fixed column order, the shape the pandera models validate."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from extract.records import Extraction
from schemas.arithmetic import Arithmetic

FIGURE_COLUMNS = ["doc", "figure_id", "page", "raw", "kind", "unit", "value", "base_value", "char_start", "char_end", "page_len", "n_pages", "note"]
INT_FIGURE_COLUMNS = frozenset({"doc", "page", "char_start", "char_end", "page_len", "n_pages"})
CHECK_COLUMNS = [
    "check_id", "relation_id", "rule", "severity", "status", "parent_figure_id", "child_figure_ids", "expected",
    "actual", "difference", "tolerance", "unit", "message", "page", "source",
]


def figures_frame(extraction: Extraction, doc: int = 0) -> pd.DataFrame:
    """One row per figure, with the page length and page count its span and page are checked against.

    `doc` tells the documents of a batch apart (see schemas.check.check_extractions).

    A table figure's span is in its table's text (Table.text), so page_len is that text's length for it.
    """
    return figures_frame_many([extraction], start=doc)


def figures_frame_many(extractions: Sequence[Extraction], start: int = 0) -> pd.DataFrame:
    """figures_frame of a batch in one frame, the documents numbered from `start` in the `doc` column.

    Built column by column, in one go: a frame per document (then concatenated) cost ~3 ms a document
    in the single writer, more than its checks.
    """
    columns: dict[str, list[object]] = {name: [] for name in FIGURE_COLUMNS}
    (doc_, id_, page_, raw_, kind_, unit_, value_, base_, start_, end_, len_, n_pages_, note_) = (
        columns[name] for name in FIGURE_COLUMNS)
    for doc, extraction in enumerate(extractions, start=start):
        page_len = {p.page: len(p.text) for p in extraction.pages}
        table_len = {(t.page, t.index): len(t.text) for t in extraction.tables}
        n_pages = max(1, extraction.meta.n_pages)
        for f in extraction.figures:
            doc_.append(doc)
            id_.append(f.figure_id)
            page_.append(f.page)
            raw_.append(f.raw)
            kind_.append(f.kind)
            unit_.append(f.unit)
            value_.append(f.value)
            base_.append(f.base_value)
            start_.append(f.char_start)
            end_.append(f.char_end)
            len_.append(table_len.get((f.page, f.table_index), 0) if f.table_index is not None else page_len.get(f.page, 0))
            n_pages_.append(n_pages)
            note_.append(f.note)
    return pd.DataFrame({
        name: pd.Series(values, dtype="int64" if name in INT_FIGURE_COLUMNS else object)
        for name, values in columns.items()
    })


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
