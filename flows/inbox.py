"""Inbox bookkeeping: which files are unchanged since their last load, and which loaded files disappeared."""

from __future__ import annotations

import fcntl
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flows.pipeline import RunSummary, Settings, discover, file_identity, run_local

LOCK_SUFFIX = ".inbox-lock"
_held: dict[str, int] = {}  # warehouse -> how deep this process holds its inbox lock


@contextmanager
def inbox_lock(db_path: str, say: Callable[[str], Any]) -> Iterator[None]:
    """One inbox run into a warehouse at a time, from listing its files to loading the last of them.

    Two inbox runs at once (a `tally serve --once` beside a scheduled run) would both find the same new
    files and both read, load and alert on them. The second waits here, saying for whom, and then lists
    the inbox: what the first loaded is unchanged. An advisory lock on `<warehouse>.inbox-lock`, which
    names its holder; the system drops it with the process that held it, so a killed run leaves none.
    Taken again in the same process (a served run's reading ahead, then its flow), it is already held.
    """
    from warehouse.connect import MEMORY

    key = os.path.realpath(db_path) if db_path != MEMORY else ""
    if not key or _held.get(key):
        _held[key] = _held.get(key, 0) + 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    fd = os.open(db_path + LOCK_SUFFIX, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode(errors="replace").strip() or "a process"
            say(f"waiting for another inbox run into {db_path} to finish ({holder}); "
                "then the files it loaded are unchanged")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"PID {os.getpid()}, since {time.strftime('%H:%M:%S')}".encode(), 0)
        _held[key] = 1
        try:
            yield
        finally:
            _held.pop(key, None)
    finally:
        os.close(fd)  # (releases the lock)


def _loaded_files(db_path: str) -> list[tuple[str, str, int | None]]:
    return _warehouse_files(db_path)[0]


def _warehouse_files(db_path: str) -> tuple[list[tuple[str, str, int | None]], list[tuple[str, str, str]], float | None]:
    """((path, sha256, size) of the loaded documents, (doc_id, path, error kind) of the failed ones, when the last
    inbox run started), in one open."""
    from warehouse.connect import WarehouseMissing, connect
    from warehouse.queries import failed_files, last_inbox_run, loaded_files

    try:
        con = connect(db_path, read_only=True)
    except WarehouseMissing:
        return [], [], None
    try:
        return loaded_files(con), failed_files(con), last_inbox_run(con)
    finally:
        con.close()


def unchanged_files(files: Sequence[str], db_path: str, moves: list[tuple[str, str, str]] | None = None,
                    rows: list[tuple[str, str, int | None]] | None = None, copies: list[tuple[str, str]] | None = None,
                    since: float | None = None) -> list[str]:
    """Files whose bytes (sha256) are already loaded: from the same path, or from another file that is still
    there (a copy, loaded once under that name: warehouse.load.write_documents). Nothing to do for them.

    Given `moves`, a file new at its path whose bytes were loaded from a file that is gone is unchanged too,
    moved there: (doc_id, old path, new path) goes in `moves` (a copy of it after it is a copy of it).
    Only files loaded from their path, or of the size of a loaded document, are hashed: a new file is
    otherwise read (and hashed) by a worker, never here before reading starts. `rows`: the loaded documents'
    (path, sha256, size), when the caller has read them already. Given `copies`, the copies of a loaded file
    that arrived (were created or moved in) since `since` go in it as (path, the loaded file), to be said once."""
    rows = _loaded_files(db_path) if rows is None else rows
    loaded = {path: sha for path, sha, _ in rows}
    by_size: dict[int, dict[str, str]] = {}
    for path, sha, size in rows:
        if size is not None:
            by_size.setdefault(size, {})[sha] = path
    hashed: dict[str, str] = {}  # each file hashed once, here

    def sha_of(path: str) -> str:
        if path not in hashed:
            hashed[path] = file_identity(Path(path))[0]
        return hashed[path]

    out = []
    for f in files:
        key = str(Path(f))
        try:
            size = Path(f).stat().st_size
        except OSError:
            size = None
        same_size = by_size.get(size, {}) if size is not None else {}
        if key not in loaded and not same_size:
            continue
        sha = sha_of(key)
        other = same_size.get(sha)
        # a copy of a loaded file that is there and holds the loaded bytes still (not renamed, not swapped)
        if loaded.get(key) == sha:
            out.append(f)
        elif other is not None and other != key and Path(other).exists() and sha_of(other) == sha:
            out.append(f)
            if copies is not None and (since is None or _arrived_since(key, since)):
                copies.append((key, other))
        elif other is not None and other != key and moves is not None:
            # its bytes were loaded from a file that is gone or holds other bytes now (renamed, names swapped):
            # moved here; what this path held before is itself moved, changed or gone, and said so
            moves.append((sha, other, key))
            same_size[sha] = key
            out.append(f)
    return out


def _arrived_since(path: str, since: float) -> bool:
    """Whether the file was created, copied or moved here (its inode changed) at `since` or later."""
    try:
        return os.stat(path).st_ctime >= since
    except OSError:
        return False


def missing_files(db_path: str, folder: str) -> list[str]:
    """Documents loaded from under `folder` (named relative or absolute; its sub-folders, not its siblings)
    whose file is gone: reported, never dropped from the warehouse. Documents are loaded under the
    absolute path of their file (flows.pipeline.discover)."""
    return _gone(_loaded_files(db_path), [Path(folder).absolute()])


def _gone(loaded: Sequence[tuple[str, str, int | None]], roots: Sequence[Path]) -> list[str]:
    """The loaded documents' paths under these folders whose file is gone, sorted."""
    return sorted({path for path, _, _ in loaded if _under(path, roots) and not Path(path).exists()})


RECENT_S = 10.0  # a file changed this recently may be an upload in progress: watched for SETTLE_S
SETTLE_S = 1.0


def recent_files(files: Sequence[str]) -> dict[str, float]:
    """The files changed in the last RECENT_S seconds, with how many seconds ago: an upload may still be coming."""
    now, out = time.time(), {}
    for f in files:
        try:
            age = now - os.stat(f).st_mtime
        except OSError:
            continue
        if age < RECENT_S:
            out[f] = max(0.0, age)
    return out


def still_written(files: Sequence[str], sleep: Callable[[float], Any] | None = None) -> list[str]:
    """The files being written now: changed in the last RECENT_S seconds, and again (size or time) while
    watched for SETTLE_S. Read now, an upload in progress fails as a truncated PDF, and at a cron tick that
    is a failed run and an alert for nothing. Waits only when a file is that recent (one wait for all)."""
    watched: dict[str, tuple[int, int]] = {}
    for f in recent_files(files):
        try:
            st = os.stat(f)
        except OSError:
            continue  # (reading it says what is wrong)
        watched[f] = (st.st_size, st.st_mtime_ns)
    if not watched:
        return []
    (sleep or time.sleep)(SETTLE_S)
    out = []
    for f, before in watched.items():
        try:
            st = os.stat(f)
        except OSError:
            continue
        if (st.st_size, st.st_mtime_ns) != before:
            out.append(f)
    return out


@dataclass
class Plan:
    """What a run does with the files under its paths."""

    files: list[str]  # to read
    skipped: list[str] = field(default_factory=list)  # loaded before with the same bytes (moved ones too)
    writing: list[str] = field(default_factory=list)  # still being written: left for the next run
    moves: list[tuple[str, str, str]] = field(default_factory=list)  # (doc_id, old path, new path)
    forget: list[tuple[str, str, str]] = field(default_factory=list)  # (doc_id, path, error kind): failed, file gone
    missing: list[str] = field(default_factory=list)  # loaded before, gone now (not moved): reported, rows kept
    problems: list[str] = field(default_factory=list)  # what listing the folders found: unreadable folders, not PDFs
    recent: dict[str, float] = field(default_factory=dict)  # files to read changed seconds ago: if cut off, an upload
    copies: list[tuple[str, str]] = field(default_factory=list)  # (path, loaded file): skipped, new since the last run

    def counts(self) -> tuple[int, int, int, int]:
        """(missing, moved, forgotten, waiting): what the run's row counts besides the files read."""
        return len(self.missing), len(self.moves), len(self.forget), len(self.writing)


def new_and_unchanged(paths: Sequence[str], db_path: str, skip_loaded: bool = True) -> Plan:
    """The PDFs under `paths` to read; an inbox run (skip_loaded) skips those loaded before with the same
    bytes (moved ones: their rows take the new path, apply_plan), leaves those still being written, and lists
    the failures of files gone (forgotten by apply_plan)."""
    problems: list[str] = []
    files = [str(p) for p in discover(paths, problems)]
    if not skip_loaded:
        return Plan(files, problems=problems)
    loaded, failed, last_run = _warehouse_files(db_path)
    moves: list[tuple[str, str, str]] = []
    copies: list[tuple[str, str]] = []
    skipped = unchanged_files(files, db_path, moves, loaded, copies, since=last_run)
    unchanged = set(skipped)
    files = [f for f in files if f not in unchanged]
    busy = set(still_written(files))
    roots = [Path(f).absolute() for f in paths]
    moved_from = {old for _, old, _ in moves}
    missing = [path for path in _gone(loaded, roots) if path not in moved_from]
    # a failure is past when its file is gone, or holds its loaded version again (a broken upload replaced)
    holds_loaded = {str(Path(f)) for f in unchanged} - {new for _, _, new in moves}
    forget = gone_failures(failed, roots) + [(d, p, k) for d, p, k in failed if p in holds_loaded]
    todo = [f for f in files if f not in busy]
    return Plan(todo, skipped, sorted(busy), moves, forget, missing, problems, recent_files(todo), copies)


def _under(path: str, roots: Sequence[Path]) -> bool:
    return any(Path(path).is_relative_to(root) for root in roots)


def gone_failures(failed: Sequence[tuple[str, str, str]], roots: Sequence[Path]) -> list[tuple[str, str, str]]:
    """(doc_id, path, error kind) of the documents that failed under these folders and whose file is gone: a
    failure record of a file that is no more says nothing (a loaded one is kept and reported: Plan.missing)."""
    return [(doc_id, path, kind) for doc_id, path, kind in failed if _under(path, roots) and not os.path.lexists(path)]


def apply_plan(db_path: str, plan: Plan, lock_wait_s: float) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Give moved documents their new path and forget the failures of files gone, in one write; returns
    ((old path, new path) of each move, (path, error kind) of each failure forgotten)."""
    if not plan.moves and not plan.forget:
        return [], []
    from flows.pipeline import say_waiting
    from warehouse.connect import connect
    from warehouse.load import forget_failures, move_documents

    con = connect(db_path, max_wait_s=lock_wait_s, on_wait=lambda held: say_waiting(held, lock_wait_s))
    try:
        move_documents(con, plan.moves)
        forget_failures(con, [(doc_id, path) for doc_id, path, _ in plan.forget])
    finally:
        con.close()
    return [(old, new) for _, old, new in plan.moves], [(path, kind) for _, path, kind in plan.forget]


def run_inbox(inbox: str, settings: Settings, workers: int = 0, progress: Callable[..., Any] | None = None) -> RunSummary:
    """One inbox run here, without Prefect, as a scheduled run does it: files loaded before with the same
    bytes are skipped, changed and new ones loaded (a changed file replaces its document), and documents
    whose file is gone are reported in summary.missing (their rows are kept)."""
    with inbox_lock(settings.db_path, lambda line: print(line, file=sys.stderr, flush=True)):
        plan = new_and_unchanged([inbox], settings.db_path)
        moved, forgotten = apply_plan(settings.db_path, plan, settings.lock_wait_s)
        todo = [Path(f) for f in plan.files]
        summary = run_local(todo, settings, workers=workers or min(max(1, len(todo)), os.cpu_count() or 1),
                            progress=progress, skipped=len(plan.skipped), inbox=plan.counts(), recent=plan.recent)
        summary.missing, summary.writing, summary.moved, summary.forgotten = plan.missing, plan.writing, moved, forgotten
        summary.problems, summary.copies_skipped = plan.problems, plan.copies
    return summary
