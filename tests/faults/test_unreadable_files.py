"""Files that are there but cannot be read as files: a named pipe (which would block whoever opens it), a
file the process may not open. Each is a failed document with a one-line reason; the batch goes on."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from inboxes import TALLY, count, no_api_env, write_reports

from flows.pipeline import Settings, file_identity, process_document


def test_a_named_pipe_among_reports_fails_at_once_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = write_reports(tmp_path / "in", ["a.pdf", "b.pdf"])
    pipe = tmp_path / "in" / "pipe.pdf"
    os.mkfifo(pipe)
    db = tmp_path / "w.duckdb"
    start = time.monotonic()
    done = subprocess.run([TALLY, "run", str(good[0]), str(pipe), str(good[1]), "--db", str(db), "--no-prefect",
                           "--timeout", "5"], env=no_api_env(), capture_output=True, text=True, timeout=120)
    assert time.monotonic() - start < 60
    assert done.returncode == 2, done.stderr
    assert "FAILED FILE [not_a_file] pipe.pdf: not a regular file (a named pipe)" in done.stdout
    assert "Traceback" not in done.stderr
    assert count(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") == 2
    assert count(db, "SELECT count(*) FROM documents WHERE status = 'failed' AND error_kind = 'not_a_file'") == 1


@pytest.mark.parametrize(("error", "reason"), [
    (PermissionError(13, "Permission denied"), "permission denied"),
    (IsADirectoryError(21, "Is a directory"), "is a directory"),
    (OSError(5, "Input/output error"), "input/output error"),
])
def test_a_file_that_cannot_be_opened_is_a_failed_document_saying_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     error: OSError, reason: str) -> None:
    import flows.pipeline

    [pdf] = write_reports(tmp_path, ["a.pdf"])

    def refuse(path: Path, settings: Settings) -> None:
        raise error

    monkeypatch.setattr(flows.pipeline, "read_document", refuse)
    result = process_document(pdf, Settings(db_path=str(tmp_path / "w.duckdb")), check=False)
    assert (result.error_kind, result.error) == ("unreadable", f"a.pdf: the file cannot be read ({reason})")


def test_telling_a_pipes_identity_does_not_open_it(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    found: list[tuple[str, int | None]] = []
    thread = threading.Thread(target=lambda: found.append(file_identity(pipe)), daemon=True)
    thread.start()
    thread.join(5)
    assert found and found[0][1] is None  # a hash of its path, no size: nothing was read


def test_a_link_to_nowhere_in_a_folder_is_a_failed_document_saying_so(tmp_path: Path) -> None:
    from flows.pipeline import discover

    inbox = tmp_path / "in"
    [good] = write_reports(inbox, ["a.pdf"])
    (inbox / "moved.pdf").symlink_to(tmp_path / "elsewhere" / "moved.pdf")
    found = discover([inbox])
    assert found == [good, inbox / "moved.pdf"]
    result = process_document(inbox / "moved.pdf", Settings(db_path=str(tmp_path / "w.duckdb")), check=False)
    assert (result.error_kind, result.error) == (
        "not_found", f"moved.pdf: a link to {tmp_path / 'elsewhere' / 'moved.pdf'}, which is not there")


def test_a_folder_that_cannot_be_listed_is_said_not_skipped_in_silence(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.pipeline import discover

    inbox = tmp_path / "in"
    write_reports(inbox, ["a.pdf"])
    locked = inbox / "locked"
    write_reports(locked, ["b.pdf"])
    real = os.scandir

    def refuse(path: Any = ".") -> Any:  # as for a folder of mode 000 (root may list any folder, so not chmod)
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", refuse)
    problems: list[str] = []
    assert [p.name for p in discover([inbox], problems)] == ["a.pdf"]
    assert problems == [f"{locked}: this folder cannot be read (permission denied); its PDFs are left out"]
    problems.clear()
    assert discover([locked], problems) == []
    assert problems == [f"{locked}: this folder cannot be read (permission denied); its PDFs are left out"]


def test_problems_listing_folders_are_reported_by_tally_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    import flows.pipeline
    from flows.cli import main

    [good] = write_reports(tmp_path / "in", ["a.pdf"])
    real = flows.pipeline.discover

    def with_a_problem(inputs: list[str], problems: list[str] | None = None) -> list[Path]:
        if problems is not None:
            problems.append("/x/locked: this folder cannot be read (permission denied); its PDFs are left out")
        return real(inputs)

    monkeypatch.setattr(flows.pipeline, "discover", with_a_problem)
    assert main(["run", str(tmp_path / "in"), "--db", str(tmp_path / "w.duckdb"), "--no-prefect"]) == 0
    captured = capsys.readouterr()
    assert "SKIPPED /x/locked: this folder cannot be read (permission denied); its PDFs are left out" in captured.err
    assert "1 loaded" in captured.out and good.exists()


def test_a_fault_of_tallys_own_fails_that_file_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception tally does not expect while reading one file (a bug: '52,10、3684人' once raised from the figure
    reader) stops nothing: that file is a failed document saying so in one line, and the others load."""
    import flows.pipeline
    from flows.pipeline import run_local

    files = write_reports(tmp_path / "in", ["a.pdf", "b.pdf", "c.pdf"])
    read = flows.pipeline.read_document

    def fault_on_b(path: Path, settings: Settings) -> Any:
        if Path(path).name == "b.pdf":
            raise ValueError("bad thousands grouping: '52,10'\nsecond line")
        return read(path, settings)

    monkeypatch.setattr(flows.pipeline, "read_document", fault_on_b)
    db = tmp_path / "w.duckdb"
    summary = run_local(files, Settings(db_path=str(db), isolate=False), workers=1)
    assert (summary.loaded, summary.failed) == (2, 1)
    assert count(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") == 2
    assert count(db, "SELECT count(*) FROM documents WHERE file_name = 'b.pdf' AND status = 'failed' "
                     "AND error_kind = 'internal_error' AND error = 'b.pdf: tally failed on this file (ValueError: bad "
                     "thousands grouping: ''52,10''); a fault of tally''s, not of the file: please report it with the file'") == 1


def test_a_fault_in_the_checks_fails_that_document_and_the_others_are_checked(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The single writer checks a batch of documents at once; a fault of tally's own on one of them fails that
    document alone (internal_error), and the batch's others are checked one by one."""
    import schemas.check
    from flows.pipeline import check_results

    files = write_reports(tmp_path / "in", ["a.pdf", "b.pdf", "c.pdf"])
    settings = Settings(db_path=str(tmp_path / "w.duckdb"), isolate=False)
    results = [process_document(f, settings, check=False) for f in files]
    check = schemas.check.check_extractions

    def fault_on_b(extractions: Any, rule_rows: Any) -> Any:
        if any(Path(e.meta.source_path).name == "b.pdf" for e in extractions):
            raise KeyError("no such column")
        return check(extractions, rule_rows)

    monkeypatch.setattr(schemas.check, "check_extractions", fault_on_b)
    check_results(results)
    assert [r.error_kind for r in results] == [None, "internal_error", None]
    assert results[1].error == ("b.pdf: tally failed on this file (KeyError: 'no such column'); a fault of tally's, "
                                "not of the file: please report it with the file")
    assert results[0].checks is not None and results[2].checks is not None and results[1].extraction is None
