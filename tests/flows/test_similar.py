"""A report loaded twice under different bytes (re-saved, re-downloaded) is said: its money would count twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfs import tiny_pdf

from flows.cli import main

REPORT = ["某县东西部扶贫协作工作汇报", "一、资金", "全年投入协作资金1710万元,其中产业资金1000万元,就业资金710万元。"]


def test_the_same_report_in_other_bytes_is_said_once_loaded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    tiny_pdf(REPORT, a)
    b.write_bytes(a.read_bytes() + b"\n% re-saved\n")  # other bytes, the same report
    db = tmp_path / "w.duckdb"
    assert main(["run", str(a), "--db", str(db), "--no-prefect"]) == 0
    assert "SIMILAR" not in capsys.readouterr().out
    assert main(["run", str(b), "--db", str(db), "--no-prefect"]) == 0
    out = capsys.readouterr().out
    assert (f"SIMILAR FILE {b}: the same title and figures as {a}, in other bytes: both are loaded, so a sum over "
            "the warehouse counts it twice; remove one if it is a copy") in out


def test_the_same_report_twice_in_one_run_is_said_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    tiny_pdf(REPORT, a)
    b.write_bytes(a.read_bytes() + b"\n")
    assert main(["run", str(a), str(b), "--db", str(tmp_path / "w.duckdb"), "--no-prefect", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert out.count("SIMILAR FILE") == 1


def test_other_reports_with_the_same_title_are_not_similar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    tiny_pdf(REPORT, a)
    tiny_pdf([*REPORT[:2], "全年投入协作资金1800万元,其中产业资金1000万元,就业资金800万元。"], b)  # a correction
    db = tmp_path / "w.duckdb"
    assert main(["run", str(a), str(b), "--db", str(db), "--no-prefect"]) == 0
    assert "SIMILAR" not in capsys.readouterr().out


def test_short_documents_that_share_a_title_and_a_date_are_not_similar(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    tiny_pdf(["会议纪要", "(2019年3月1日)", "会议讨论了东部协作事项,大家一致同意加强合作。"], a)
    tiny_pdf(["会议纪要", "(2019年3月1日)", "会议研究了人才交流工作,决定派出干部挂职。"], b)
    assert main(["run", str(a), str(b), "--db", str(tmp_path / "w.duckdb"), "--no-prefect"]) == 0
    assert "SIMILAR" not in capsys.readouterr().out
