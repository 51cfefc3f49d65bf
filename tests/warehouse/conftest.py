"""Fixtures for warehouse tests: a migrated in-memory connection and a hand-built Extraction.

No __init__.py in this folder: tests/warehouse as a package named "warehouse" would shadow the
real package under pytest's default import mode, so helpers are handed out as factory fixtures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

import duckdb
import pandas as pd
import pytest

from extract.records import Extraction, Figure, PageText, Relation, ReportMeta, Section
from warehouse.connect import connect
from warehouse.load import load_extraction

DOC_ID = "a" * 64


def build_figure(seq: int, value: Decimal | None, doc_id: str = DOC_ID, **changes: Any) -> Figure:
    figure = Figure(
        doc_id=doc_id,
        figure_id=f"{doc_id[:12]}-{seq:04d}",
        seq=seq,
        page=1 if seq < 3 else 2,
        raw=f"{value}万元",
        value=value,
        value_max=None,
        unit="万元",
        kind="money",
        base_value=None if value is None else value * 10_000,
        base_unit="元",
        label="奖补资金",
        section="一、资金使用情况",
        sentence=f"共投入资金{value}万元。",
        char_start=10 * seq,
        char_end=10 * seq + 8,
        bbox=(72.0, 100.123, 140.5, 112.0),
    )
    return replace(figure, **changes)


def build_extraction(
    values: Sequence[Decimal] = (Decimal("553.08"), Decimal("460.1"), Decimal("92.98")),
    doc_id: str = DOC_ID,
    source_path: str = "/inbox/report.pdf",
) -> Extraction:
    """First value is the total, the rest its parts, joined by one 'sum' relation."""
    meta = ReportMeta(
        doc_id=doc_id,
        source_path=source_path,
        sha256=doc_id,
        n_pages=2,
        title="关于2017年度扶贫资金使用情况的报告",
        issuer="某县人民政府",
        report_date="2018-01-09",
    )
    pages = (
        PageText(
            page=1, text="一、资金使用情况\n共投入资金553.08万元,其中", boxes=(), width=595.276, height=841.89
        ),
        PageText(
            page=2, text="奖补资金460.1万元,培训资金92.98万元。", boxes=(), width=595.276, height=841.89
        ),
    )
    sections = (
        Section(level=1, ordinal="一、", title="一、资金使用情况", path="一、资金使用情况", page=1, start=0),
    )
    figures = tuple(build_figure(i, v, doc_id) for i, v in enumerate(values, start=1))
    relation = Relation(
        doc_id=doc_id,
        relation_id=f"{doc_id[:12]}-r001",
        type="sum",
        parent_figure_id=figures[0].figure_id,
        child_figure_ids=tuple(f.figure_id for f in figures[1:]),
        cue="其中",
        page=1,
    )
    return Extraction(meta=meta, pages=pages, sections=sections, figures=figures, relations=(relation,))


def build_checks(extraction: Extraction, *, failing: bool = True) -> pd.DataFrame:
    """One check per relation (pass), plus one failing 'repeat' check when failing=True."""
    figures = extraction.figures
    parts = sum((f.value or Decimal(0) for f in figures[1:]), Decimal(0))
    rows: list[dict[str, Any]] = [
        {
            "check_id": "c001",
            "relation_id": extraction.relations[0].relation_id,
            "rule": "sum",
            "severity": "error",
            "status": "pass" if parts == figures[0].value else "fail",
            "parent_figure_id": figures[0].figure_id,
            "child_figure_ids": [f.figure_id for f in figures[1:]],
            "expected": figures[0].value,
            "actual": parts,
            "difference": parts - (figures[0].value or Decimal(0)),
            "tolerance": Decimal("0.01"),
            "unit": "万元",
            "message": "parts add up to the total",
            "page": 1,
            "source": "inferred",
        }
    ]
    if failing:
        rows.append(
            {
                "check_id": "c002",
                "relation_id": None,
                "rule": "repeat",
                "severity": "warning",
                "status": "fail",
                "parent_figure_id": figures[1].figure_id,
                "child_figure_ids": [figures[2].figure_id],
                "expected": Decimal("460.1"),
                "actual": Decimal("460.0"),
                "difference": Decimal("-0.1"),
                "tolerance": Decimal("0"),
                "unit": "万元",
                "message": "奖补资金 is 460.1万元 on page 1 but 460.0万元 on page 2",
                "page": 2,
                "source": "rules/county.toml",
            }
        )
    return pd.DataFrame(rows)


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = connect(":memory:")
    yield connection
    connection.close()


@pytest.fixture
def extraction() -> Extraction:
    return build_extraction()


@pytest.fixture
def make_extraction() -> Callable[..., Extraction]:
    return build_extraction


@pytest.fixture
def make_checks() -> Callable[..., pd.DataFrame]:
    return build_checks


@pytest.fixture
def make_figure() -> Callable[..., Figure]:
    return build_figure


@pytest.fixture
def loaded_con(con: duckdb.DuckDBPyConnection, extraction: Extraction) -> duckdb.DuckDBPyConnection:
    """con with the fixture report loaded: 2 pages, 3 figures, 1 relation, checks c001 pass and c002 fail."""
    load_extraction(con, extraction, build_checks(extraction), run_id="run-1", size_bytes=1234)
    return con
