"""connect(path) -> a DuckDB connection with migrations applied; ":memory:" in tests."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from warehouse.migrate import migrate

MEMORY = ":memory:"
PID_RE = re.compile(r"\(PID (\d+)\)")
MAX_WAIT_S = 5.0


class WarehouseError(Exception):
    """The warehouse file cannot be opened as asked."""


class WarehouseLocked(WarehouseError):
    """Another process holds the DuckDB file lock (DuckDB allows one writer process)."""

    def __init__(self, path: str | Path, holder_info: str) -> None:
        self.path = str(path)
        self.holder_info = holder_info  # DuckDB's own message
        pid = PID_RE.search(holder_info)
        self.pid: int | None = int(pid.group(1)) if pid else None
        who = f" (PID {self.pid})" if self.pid is not None else ""
        super().__init__(
            f"warehouse {self.path} is in use by another process{who}; try again when it finishes"
        )


class NotAWarehouse(WarehouseError):
    """A file at the warehouse's path that DuckDB cannot open as a database."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        super().__init__(f"{self.path} is not a DuckDB warehouse; give another --db path (the file is left as it is)")


class WarehouseMissing(WarehouseError):
    """A read-only open of a warehouse file that does not exist."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        super().__init__(f"warehouse {self.path} does not exist; load some reports first")


def is_lock_error(err: duckdb.Error) -> bool:
    """DuckDB: 'Could not set lock on file ...: Conflicting lock is held in ... (PID 1234)'."""
    return "lock" in str(err).lower()


def connect(
    path: str | Path = "tally.duckdb",
    *,
    read_only: bool = False,
    retries: int = 10,
    wait_s: float = 0.5,
    max_wait_s: float | None = None,
    on_wait: Callable[[WarehouseLocked], object] | None = None,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, waiting out another process's lock, and apply pending migrations.

    Waits grow from wait_s by 1.5x per attempt, capped at 5 s; after `retries` retries (or, when
    max_wait_s is given, once that much time has passed) raises WarehouseLocked. on_wait hears once, when
    the first attempt finds the lock held, who holds it. Read-only opens never migrate.
    """
    started = time.monotonic()
    database = str(path)
    if database == MEMORY and read_only:
        raise ValueError("an in-memory warehouse cannot be opened read-only")
    if read_only and not Path(database).exists():
        raise WarehouseMissing(database)
    if not read_only and database != MEMORY:
        create(Path(database))
    attempt = 0
    while True:
        try:
            con = duckdb.connect(database, read_only=read_only)
            break
        except duckdb.IOException as err:
            if "not a valid DuckDB database" in str(err):
                raise NotAWarehouse(database) from err
            if not is_lock_error(err):
                raise
            waited = time.monotonic() - started
            if (attempt >= retries) if max_wait_s is None else (waited >= max_wait_s):
                raise WarehouseLocked(database, str(err)) from err
            if attempt == 0 and on_wait is not None:
                on_wait(WarehouseLocked(database, str(err)))
            pause = min(wait_s * 1.5**attempt, MAX_WAIT_S)
            time.sleep(pause if max_wait_s is None else max(0.0, min(pause, max_wait_s - waited)))
            attempt += 1
    if not read_only:
        try:
            migrate(con)
        except BaseException:
            con.close()
            raise
    return con


CREATING = ".creating-"  # '.tally.duckdb.creating-1234': a new warehouse being made by process 1234


def create(path: Path) -> None:
    """Make a new warehouse at `path` whole, or not at all, when there is none.

    DuckDB writes a new database file in place, so a process killed while it creates one (its header, the
    first migrations) leaves a file every later open refuses ('not a valid DuckDB database file'). The
    new warehouse is made and migrated in a hidden file of its own and then linked into place, which
    no other process can have done meanwhile (a link fails on an existing name: the other's is kept). An
    empty file at the path (what a killed creator left before) is no warehouse and is replaced; what a
    killed creator left beside it is removed.
    """
    try:
        if path.stat().st_size > 0:
            return
        path.unlink()  # (empty: nothing in it to keep)
    except FileNotFoundError:
        pass
    _clear_dead_creators(path)
    tmp = path.with_name(f".{path.name}{CREATING}{os.getpid()}")
    try:
        con = duckdb.connect(str(tmp))
        try:
            migrate(con)
        finally:
            con.close()
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another process made it first: theirs is the warehouse
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(tmp, path)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            leftover.unlink(missing_ok=True)


def _clear_dead_creators(path: Path) -> None:
    """Remove what creators of this warehouse that are no longer running left beside it."""
    for leftover in path.parent.glob(f".{path.name}{CREATING}*"):
        pid = leftover.name.removeprefix(f".{path.name}{CREATING}").removesuffix(".wal")
        if pid.isdigit() and not _running(int(pid)):
            leftover.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
