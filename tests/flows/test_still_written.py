"""An inbox run leaves a file that is still being written (an upload in progress) for the next run."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from inboxes import write_reports

import flows.inbox
from flows.inbox import still_written


def age(path: Path, seconds: float) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_only_a_recent_file_that_changes_while_watched_is_being_written(tmp_path: Path) -> None:
    old, settled, growing = (tmp_path / n for n in ("old.pdf", "settled.pdf", "growing.pdf"))
    for path in (old, settled, growing):
        path.write_bytes(b"%PDF-1.7 part one")
    age(old, 60)
    slept: list[float] = []

    def sleep(seconds: float) -> None:  # the upload goes on while the run watches
        slept.append(seconds)
        with growing.open("ab") as f:
            f.write(b" part two")

    assert still_written([str(old), str(settled), str(growing)], sleep=sleep) == [str(growing)]
    assert slept == [flows.inbox.SETTLE_S]


def test_no_recent_file_no_wait(tmp_path: Path) -> None:
    path = tmp_path / "old.pdf"
    path.write_bytes(b"%PDF-1.7")
    age(path, 60)
    assert still_written([str(path)], sleep=lambda s: pytest.fail("waited")) == []
    assert still_written([str(tmp_path / "gone.pdf")], sleep=lambda s: pytest.fail("waited")) == []


def test_an_inbox_run_leaves_an_upload_in_progress_for_the_next_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import main

    inbox = tmp_path / "inbox"
    files = write_reports(inbox)
    growing = files[1]
    for path in files:
        age(path, 60)
    age(growing, 2)  # being copied in: it changes while the run looks
    real_sleep = time.sleep

    def sleep(seconds: float) -> None:
        with growing.open("ab") as f:
            f.write(b"\n")
        real_sleep(0)

    monkeypatch.setattr(flows.inbox.time, "sleep", sleep)
    db = tmp_path / "w.duckdb"
    assert main(["serve", "--inbox", str(inbox), "--db", str(db), "--once", "--no-review"]) == 0
    out = capsys.readouterr().out
    assert "2 loaded, 0 failed" in out
    assert (f"WAITING FILE {growing}: still being written (it changed while this run looked); "
            "left for the next run") in out
    age(growing, 60)  # the upload is done
    assert main(["serve", "--inbox", str(inbox), "--db", str(db), "--once", "--no-review"]) == 0
    out = capsys.readouterr().out
    assert "1 loaded, 0 failed, 2 unchanged" in out and "WAITING" not in out
