"""Files that are there but cannot be read as files: a named pipe (which would block whoever opens it), a
file the process may not open. Each is a failed document with a one-line reason; the batch goes on."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

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
