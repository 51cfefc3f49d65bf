"""connect(): migrates on open, waits out and then reports another process's lock, read-only opens."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from warehouse.connect import WarehouseError, WarehouseLocked, WarehouseMissing, connect
from warehouse.migrate import available_migrations

HOLD_LOCK = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


def hold_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process that opens the file for writing and keeps it for `seconds`."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    return proc


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tally.duckdb"


@pytest.fixture
def holder(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    proc = hold_lock(db_path, 30)
    yield proc
    proc.kill()
    proc.wait()


def test_connect_file_creates_and_migrates(db_path: Path) -> None:
    con = connect(db_path)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    con.close()
    con = connect(db_path)  # reopening applies nothing new
    assert con.execute("SELECT count(*) FROM schema_migrations").fetchone() == (len(available_migrations()),)
    con.close()


@pytest.mark.slow
def test_file_held_by_another_process_raises_warehouse_locked(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    started = time.monotonic()
    with pytest.raises(WarehouseLocked) as info:
        connect(db_path, retries=2, wait_s=0.05)
    assert time.monotonic() - started < 5
    err = info.value
    assert err.pid == holder.pid
    assert str(err) == (
        f"warehouse {db_path} is in use by another process (PID {holder.pid}); try again when it finishes"
    )
    assert "Conflicting lock" in err.holder_info


@pytest.mark.slow
def test_a_wait_for_the_lock_is_said_once_at_once(db_path: Path, holder: subprocess.Popen[str]) -> None:
    said: list[WarehouseLocked] = []
    started = time.monotonic()
    with pytest.raises(WarehouseLocked):
        connect(db_path, read_only=True, max_wait_s=1.0, on_wait=said.append)
    assert len(said) == 1 and said[0].pid == holder.pid
    assert time.monotonic() - started < 5


@pytest.mark.slow
def test_read_only_open_is_also_refused_while_a_writer_holds_the_file(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(WarehouseLocked):
        connect(db_path, read_only=True, retries=0)


@pytest.mark.slow
def test_connect_waits_until_the_other_process_lets_go(db_path: Path) -> None:
    proc = hold_lock(db_path, 0.5)
    try:
        con = connect(db_path, retries=10, wait_s=0.1)
    finally:
        proc.wait()
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    con.close()


def test_read_only_connection_cannot_write(db_path: Path) -> None:
    connect(db_path).close()
    con = connect(db_path, read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    with pytest.raises(duckdb.Error, match="read-only"):
        con.execute("INSERT INTO runs (run_id) VALUES ('x')")
    con.close()


def test_read_only_connect_to_missing_file_raises_warehouse_missing(db_path: Path) -> None:
    with pytest.raises(WarehouseMissing, match="does not exist"):
        connect(db_path, read_only=True)
    assert not db_path.exists()


def test_memory_cannot_be_read_only() -> None:
    with pytest.raises(ValueError, match="in-memory"):
        connect(":memory:", read_only=True)


# ---------------------------------------------------------------- a new warehouse file is made whole or not at all
def test_a_new_warehouse_appears_whole_and_leaves_nothing_else(db_path: Path) -> None:
    connect(db_path).close()
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["tally.duckdb"]


def test_a_process_killed_while_it_creates_the_warehouse_leaves_none(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import warehouse.connect

    def crash(con: duckdb.DuckDBPyConnection) -> None:
        raise KeyboardInterrupt  # (as a kill would stop it: in the middle of the migrations)

    monkeypatch.setattr(warehouse.connect, "migrate", crash)
    with pytest.raises(KeyboardInterrupt):
        connect(db_path)
    assert not db_path.exists()  # was: a file DuckDB then refuses, "not a valid DuckDB database file"
    monkeypatch.undo()
    connect(db_path).close()  # the next run creates it
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["tally.duckdb"]


def test_what_a_killed_creator_left_is_cleared_by_the_next(db_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = db_path.with_name(f".tally.duckdb.creating-{int(dead.stdout)}")
    stale.write_bytes(b"DUCK")  # a header cut short
    db_path.write_bytes(b"")  # and an empty file where the warehouse goes (an older tally killed at creation)
    con = connect(db_path)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    con.close()
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["tally.duckdb"]


def test_a_file_that_is_not_a_warehouse_is_refused_in_one_line(db_path: Path) -> None:
    db_path.write_text("notes about the reports\n")
    with pytest.raises(WarehouseError, match=r"is not a DuckDB warehouse"):
        connect(db_path)
    assert db_path.read_text() == "notes about the reports\n"  # left as it was
