"""Files in a folder that are not PDFs are said, in one line, not passed over in silence."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfs import tiny_pdf

from flows.cli import main
from flows.pipeline import discover


def inbox_with_other_files(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    tiny_pdf(["受益贫困户100户,其中种植户60户,养殖户40户。"], inbox / "a.pdf")
    (inbox / "notes.txt").write_text("todo")
    (inbox / "sub" / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    (inbox / ".DS_Store").write_bytes(b"x")  # hidden: the system's, not the user's
    (inbox / "w.duckdb").write_bytes(b"x")  # a warehouse kept in the folder, and tally's lock beside it
    (inbox / "w.duckdb.inbox-lock").write_text("")
    return inbox


def test_discover_says_what_it_leaves_out_in_one_line(tmp_path: Path) -> None:
    inbox = inbox_with_other_files(tmp_path)
    problems: list[str] = []
    assert discover([inbox], problems) == [inbox / "a.pdf"]
    assert problems == [f"{inbox}: 2 files that are not PDFs are not read (export documents to PDF first): "
                        "notes.txt, sub/scan.jpg"]


def test_a_folder_of_many_other_files_names_a_few(tmp_path: Path) -> None:
    for i in range(8):
        (tmp_path / f"photo{i}.jpg").write_bytes(b"x")
    problems: list[str] = []
    assert discover([tmp_path], problems) == []
    assert problems == [f"{tmp_path}: 8 files that are not PDFs are not read (export documents to PDF first): "
                        "photo0.jpg, photo1.jpg, photo2.jpg, photo3.jpg, photo4.jpg and 3 more"]


def test_runs_say_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inbox = inbox_with_other_files(tmp_path)
    db = tmp_path / "w.duckdb"
    assert main(["run", str(inbox), "--db", str(db), "--no-prefect"]) == 0
    assert "SKIPPED" in capsys.readouterr().err
    assert main(["serve", "--inbox", str(inbox), "--db", str(db), "--once", "--no-review"]) == 0
    out = capsys.readouterr().out
    assert f"SKIPPED {inbox}: 2 files that are not PDFs are not read" in out


def test_hidden_folders_are_not_looked_in(tmp_path: Path) -> None:
    inbox = inbox_with_other_files(tmp_path)
    (inbox / ".git").mkdir()
    (inbox / ".git" / "HEAD").write_text("ref")
    tiny_pdf(["受益贫困户100户。"], inbox / ".git" / "old.pdf")
    problems: list[str] = []
    assert discover([inbox], problems) == [inbox / "a.pdf"]
    assert ".git" not in problems[0]
