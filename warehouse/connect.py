"""connect(path) -> a DuckDB connection with migrations applied; ":memory:" in tests."""

from __future__ import annotations

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
    attempt = 0
    while True:
        try:
            con = duckdb.connect(database, read_only=read_only)
            break
        except duckdb.IOException as err:
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
