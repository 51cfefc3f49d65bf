"""check_extractions: a batch of documents validated together gives each document exactly its own checks."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
from factories import extraction, figure

from extract.records import Extraction, Relation
from schemas.check import check_extraction, check_extractions


def doc(total: str, *parts: str, late_page: bool = False) -> Extraction:
    """A document whose figure and relation ids (F1, F2, …, R001) are the same as every other document's."""
    figs = [figure(total, 1, label="总计")] + [figure(p, i, label=f"分项{i}") for i, p in enumerate(parts, start=2)]
    if late_page:
        figs[-1] = replace(figs[-1], page=9)  # beyond the document's 3 pages: fails FigureFrame
    rel = Relation(figs[0].doc_id, "R001", "sum", figs[0].figure_id, tuple(f.figure_id for f in figs[1:]), "其中", 2)
    return extraction(figs, [rel])


def test_a_batch_gives_each_document_what_checking_it_alone_gives() -> None:
    docs = [
        doc("7573户", "6114户", "1394户", "64户"),  # off by one: fails
        doc("700万元", "460.1万元", "92.98万元", "13.44万元", "133.48万元"),  # adds up exactly
        doc("1.2亿元", "8000万元", "4000万元", late_page=True),  # a part is rejected: no sum check, a figure warning
        doc("95.5%", "40%", "55.5%"),
    ]
    batch = check_extractions(docs)
    assert len(batch) == len(docs)
    for together, alone in zip(batch, (check_extraction(d) for d in docs), strict=True):
        pd.testing.assert_frame_equal(together, alone)
    assert [list(f["status"]) for f in batch] == [["fail"], ["pass"], ["fail"], ["pass"]]
    assert batch[2]["rule"].tolist() == ["figure:page_in_document"]


def test_the_same_ids_in_two_documents_are_not_duplicates_but_within_one_they_are() -> None:
    a, b = doc("10户", "4户", "6户"), doc("10户", "4户", "6户")
    assert all((f["status"] == "pass").all() for f in check_extractions([a, b]))
    twice = replace(a, figures=(*a.figures, a.figures[1]))  # F2 printed twice in one document: a bug upstream
    [frame] = check_extractions([twice])
    assert "figure:multiple_fields_uniqueness" in set(frame["rule"])


def test_analyst_rule_rows_stay_with_their_document() -> None:
    a, b = doc("10户", "4户", "6户"), doc("10户", "4户", "6户")
    rule_row = {"relation_id": None, "rule": "rule:最低户数", "severity": "error", "status": "fail", "parent_figure_id": "F1",
                "child_figure_ids": [], "expected": None, "actual": None, "difference": None, "tolerance": None, "unit": "户",
                "message": "规则", "page": 2, "source": "rules.toml"}
    first, second = check_extractions([a, b], [[], [rule_row]])
    assert "rule:最低户数" not in set(first["rule"]) and list(second["rule"]) == ["sum_adds_up", "rule:最低户数"]
    assert list(second["check_id"]) == ["C001", "C002"]


def test_an_empty_batch_and_documents_without_relations() -> None:
    assert check_extractions([]) == []
    [frame] = check_extractions([extraction([figure("5户", 1)], [])])
    assert frame.empty


def test_the_batch_figure_frame_is_the_documents_frames_one_after_another() -> None:
    from decimal import Decimal

    from schemas.frames import FIGURE_COLUMNS, figures_frame, figures_frame_many

    docs = [doc("7573户", "6114户", "1394户", "64户"), doc("1.2亿元", "8000万元", "4000万元", late_page=True)]
    batch = figures_frame_many(docs)
    assert list(batch.columns) == FIGURE_COLUMNS and batch["doc"].tolist() == [0, 0, 0, 0, 1, 1, 1]
    for column in ("doc", "page", "char_start", "char_end", "page_len", "n_pages"):
        assert batch[column].dtype == "int64"
    assert batch["value"].map(type).eq(Decimal).all()  # exact values, never floats
    assert batch.loc[4, "base_value"] == Decimal("120000000")
    one = figures_frame(docs[1], doc=1)
    pd.testing.assert_frame_equal(batch.iloc[4:].reset_index(drop=True), one)
    empty = figures_frame_many([])
    assert empty.empty and list(empty.columns) == FIGURE_COLUMNS and empty["page"].dtype == "int64"
