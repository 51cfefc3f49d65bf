"""An inbox run leaves a file that is still being written (an upload in progress) for the next run."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from inboxes import count, write_reports

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


def test_a_recent_file_cut_off_is_left_for_the_next_run_an_old_one_fails(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """An upload that paused longer than the watch reads as a truncated PDF: changed seconds ago, it is an
    upload still coming, not a broken report (no failed run, no alert at the cron tick); long unchanged, it is one."""
    from flows.cli import main

    inbox = tmp_path / "inbox"
    files = write_reports(inbox)
    for path in files:
        age(path, 60)
    whole = files[0].read_bytes()
    files[0].write_bytes(whole[: len(whole) // 2])  # half uploaded, paused: still now, changed 0 s ago
    age(files[0], 3)
    db = tmp_path / "w.duckdb"
    assert main(["serve", "--inbox", str(inbox), "--db", str(db), "--once", "--no-review"]) == 0
    out = capsys.readouterr().out
    assert "2 loaded, 0 failed" in out and "FAILED FILE" not in out
    assert re.search(rf"WAITING FILE {re.escape(str(files[0]))}: changed \d s ago and cut off \(truncated\): an upload "
                     r"still coming\? left for the next run", out), out
    assert count(db, "SELECT count(*) FROM documents WHERE status = 'failed'") == 0
    assert count(db, "SELECT files_waiting FROM runs") == 1
    age(files[0], 60)  # an hour later, still cut off: a broken file
    assert main(["serve", "--inbox", str(inbox), "--db", str(db), "--once", "--no-review"]) == 2
    assert "FAILED FILE [truncated]" in capsys.readouterr().out
