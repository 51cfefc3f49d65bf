"""`tally review` as a person runs it: where the files went, and a clear line for an unknown --doc."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.cli import main


def test_review_prints_where_it_wrote_the_files(sample_warehouse: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "review"
    assert main(["review", "--db", str(sample_warehouse), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"review written to {out.resolve()}: index.html, 1 document page(s), 1 page crop(s)" in printed
    assert f"open {out.resolve() / 'index.html'}" in printed


def test_review_of_chosen_documents_takes_doc_id_prefixes(sample_warehouse: Path, tmp_path: Path) -> None:
    assert main(["review", "--db", str(sample_warehouse), "--out", str(tmp_path / "r"), "--doc", "fb3c8c5e"]) == 0
    assert sorted(p.name for p in (tmp_path / "r").glob("*.html")) == ["fb3c8c5e531f.html", "index.html"]


def test_review_of_an_unknown_document_exits_2_with_one_line(
    sample_warehouse: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", "--db", str(sample_warehouse), "--out", str(tmp_path / "r"), "--doc", "0000"]) == 2
    err = capsys.readouterr().err
    assert "--doc 0000: no document in the warehouse" in err and "Traceback" not in err


def test_review_of_a_missing_warehouse_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "r")]) == 2
    assert "does not exist" in capsys.readouterr().err
