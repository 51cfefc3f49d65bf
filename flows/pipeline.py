"""The stages in order, without Prefect: find PDFs, extract+check each (a worker's job), load all (one writer)."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from extract.errors import ExtractError
from extract.records import Extraction
from extract.sniff import Limits


@dataclass(frozen=True)
class Settings:
    """What a run needs to know; built once from the CLI or the flow's parameters."""

    db_path: str = "tally.duckdb"
    password: str = ""
    rules_path: str | None = None
    limits: Limits = field(default_factory=Limits)
    isolate: bool = True
    webhook_url: str | None = None
    slack_webhook_url: str | None = None
    review_dir: str | None = None
    lock_wait_s: float = 30.0  # how long to wait for another process's hold on the warehouse


@dataclass
class DocResult:
    """What a worker returns for one file: its extraction and checks, or why it failed."""

    path: str
    sha256: str
    size_bytes: int | None
    extraction: Extraction | None = None
    checks: Any = None  # pandas DataFrame of checks rows (None until checked: see Loader)
    rule_rows: list[dict[str, Any]] = field(default_factory=list)  # the analyst rules' checks rows
    error_kind: str | None = None
    error: str | None = None
    seconds: float = 0.0
    written: Written | None = None  # set when a Loader with release=True has committed it (and let the extraction go)


@dataclass(frozen=True)
class Written:
    """What a run keeps of a document once its batch is committed: its counts, failed checks and outcome.

    The extraction itself (~0.4 MB of objects a report) can then be let go, so a run over thousands
    of documents holds a batch of them, not all.
    """

    run_id: str
    path: str
    loaded: bool
    figures: int
    checks: int
    checks_failed: int
    failure: tuple[str, str, str] | None  # (file, kind, message) of a document that could not be read or stored
    alerts: list[dict[str, Any]]
    outcome: dict[str, Any]  # document_outcome
    copy_of: str | None = None  # the file with the same bytes, loaded once under that name


@dataclass
class RunSummary:
    run_id: str
    documents: int = 0
    loaded: int = 0
    failed: int = 0
    skipped: int = 0
    figures: int = 0
    checks_passed: int = 0
    checks_failed: int = 0
    errors_failed: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (file, kind, message)
    alerts: list[dict[str, Any]] = field(default_factory=list)  # failed checks with their document
    missing: list[str] = field(default_factory=list)  # loaded before, file gone now
    writing: list[str] = field(default_factory=list)  # still being written: left for the next inbox run
    moved: list[tuple[str, str]] = field(default_factory=list)  # (old path, new path): same bytes, not read again
    forgotten: list[tuple[str, str]] = field(default_factory=list)  # (path, error kind): failed before, file gone
    similar: list[tuple[str, str]] = field(default_factory=list)  # (path, other path): one report in other bytes
    problems: list[str] = field(default_factory=list)  # said about the folders listed: unreadable ones, files not PDFs
    unfinished: list[tuple[str, str, float]] = field(default_factory=list)  # (path, error kind, age s): an upload coming?
    copies: list[tuple[str, str]] = field(default_factory=list)  # (file, file with the same bytes, loaded once as that)
    copies_skipped: list[tuple[str, str]] = field(default_factory=list)  # the same, found before reading (counted skipped)
    review: str | None = None  # index.html of the HTML review written for the run
    seconds: float = 0.0
    per_document: list[dict[str, Any]] = field(default_factory=list)  # a row per file read (document_outcome)


OWN_FILES = (".duckdb", ".duckdb.wal", ".inbox-lock", ".serving")  # a warehouse kept in the folder, its lock, its serve: not reports


def discover(inputs: Iterable[str | Path], problems: list[str] | None = None) -> list[Path]:
    """The PDFs named or inside the folders named (recursively), sorted, each once.

    In a folder, a .pdf that is a link to nothing is listed (its document fails, saying so); a folder
    that cannot be read is said in `problems` ('…: this folder cannot be read (permission denied); its
    PDFs are left out') rather than skipped in silence."""
    found: dict[str, Path] = {}

    def unreadable(err: OSError) -> None:
        if problems is not None:
            reason = (err.strerror or str(err)).lower()
            problems.append(f"{err.filename}: this folder cannot be read ({reason}); its PDFs are left out")

    for item in inputs:
        path = Path(item).absolute()
        if not path.is_dir():
            found.setdefault(str(path), path)
            continue
        pdfs, others = [], []
        for folder, dirs, names in os.walk(path, onerror=unreadable):  # (links to folders are not followed: no loops)
            dirs[:] = [d for d in dirs if not d.startswith(".")]  # hidden folders (.git, .Trash) hold no reports
            for name in names:
                p = Path(folder) / name
                if p.suffix.lower() == ".pdf" and (p.is_file() or (p.is_symlink() and not p.exists())):
                    pdfs.append(p)
                elif not name.startswith(".") and not name.endswith(OWN_FILES) and not folder.endswith("-review"):
                    others.append(p)
        for pdf in sorted(pdfs):
            found.setdefault(str(pdf), pdf)
        if others and problems is not None:
            names = [str(p.relative_to(path)) for p in sorted(others)]
            shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
            problems.append(f"{path}: {len(names)} file{'s' if len(names) > 1 else ''} that "
                            f"{'are' if len(names) > 1 else 'is'} not PDF{'s' if len(names) > 1 else ''} "
                            f"{'are' if len(names) > 1 else 'is'} not read (export documents to PDF first): {shown}")
    return list(found.values())


def file_identity(path: Path) -> tuple[str, int | None]:
    """(sha256, size) of a file's bytes; for an unreadable file, a hash of its path and no size."""
    from extract.document import file_sha256

    try:
        if path.is_file():  # (a named pipe or a device is not opened: reading one could wait for ever)
            return file_sha256(path), path.stat().st_size
    except OSError:
        pass
    return hashlib.sha256(str(path).encode()).hexdigest(), None


def not_a_file(path: Path) -> str | None:
    """What the path is when it exists and is not a regular file ('a named pipe'), else None."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    for test, what in ((stat.S_ISREG, None), (stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device")):
        if test(mode):
            return what
    return "not a file"


HEAVY_MODULES = ("schemas.check", "warehouse.load", "schemas.ready")
# What pool workers import once (in the forkserver): reading only. The checks run in the single writer,
# a batch at a time (Loader), so workers never import pandas or pandera.
WORKER_MODULES = ("extract.safe", "extract.document", "extract.guard", "extract.pdf")


def _preload() -> None:
    import importlib

    for name in HEAVY_MODULES:
        importlib.import_module(name)


_preloading: threading.Thread | None = None
_preload_lock = threading.Lock()


def preload_writer() -> threading.Thread:
    """Import what the single writer needs (pandas, pandera, duckdb: ~0.4 s) in a background thread, now;
    once a process (a second call returns the first call's thread)."""
    global _preloading
    with _preload_lock:
        if _preloading is None:
            _preloading = threading.Thread(target=_preload, name="tally-preload", daemon=True)
            _preloading.start()
        return _preloading


def read_document(path: Path, settings: Settings) -> Extraction:
    """extract_safely, guarded: in a pool worker the worker itself is the guard (flows.pool), elsewhere a
    child process per document (settings.isolate)."""
    from extract.safe import extract_safely
    from flows.pool import in_worker

    return extract_safely(path, settings.limits, settings.password, isolate=settings.isolate and not in_worker())


def process_document(path: str | Path, settings: Settings, check: bool = True) -> DocResult:
    """Extract (and unless check=False, check) one PDF. Never raises for bad input: the result says what went wrong.

    Unchecked results are checked by the Loader, a batch of documents at a time.
    """
    from flows.pool import in_worker

    # pandas/pandera/duckdb take ~0.4 s to import: do it while the child reads the PDF
    preload = preload_writer() if check and not in_worker() else None

    start = time.perf_counter()
    path = Path(path)
    sha, size = file_identity(path)
    result = DocResult(str(path), sha, size)
    if not path.exists():
        where = f"a link to {os.readlink(path)}, which is not there" if path.is_symlink() else "no such file"
        result.error_kind, result.error = "not_found", f"{path.name}: {where}"
        return result
    if (what := not_a_file(path)) is not None:
        result.error_kind, result.error = "not_a_file", f"{path.name}: not a regular file ({what})"
        return result
    try:
        extraction = read_document(path, settings)
        result.extraction = extraction
        if settings.rules_path:
            from schemas.rules import load_rules, rule_checks

            result.rule_rows = rule_checks(load_rules(settings.rules_path), extraction, settings.rules_path)
        if check:
            if preload is not None:
                preload.join()
            from schemas.check import check_extraction

            result.checks = check_extraction(extraction, result.rule_rows)
    except ExtractError as err:
        result.error_kind, result.error = err.kind, str(err)
    except OSError as err:  # permissions, a disk error, a file replaced by a folder while the batch ran
        reason = (err.strerror or str(err) or type(err).__name__).lower()
        result.error_kind, result.error = "unreadable", f"{path.name}: the file cannot be read ({reason})"
    except MemoryError:
        raise  # over the worker's memory limit: its guard records the file as too large
    except Exception as err:  # a fault of tally's own on this file: it fails, and the batch goes on without it
        _fault(result, err)
    result.seconds = time.perf_counter() - start
    return result


FAILED_STATUS = "failed ["  # how read_status begins for a file that could not be read


def read_status(result: DocResult) -> str:
    """What became of reading one file, for logs: '325 figures' or 'failed [encrypted] a.pdf: …'.

    Safe while the writer stores the same result in another thread (flows.ingest: the extract tasks log
    what the writer may already have released): the writer sets `written` before it lets the extraction
    go, and the reason a document cannot be stored before it drops its extraction.
    """
    extraction = result.extraction
    if extraction is not None:
        return f"{len(extraction.figures)} figures"
    written = result.written
    if written is not None and written.loaded:
        return f"{written.figures} figures"
    return f"{FAILED_STATUS}{result.error_kind}] {result.error}"


def read_only(path: str, settings: Settings) -> DocResult:
    """What pool workers run: process_document without the checks (the writer checks a batch at once), and
    without the per-character boxes of the page texts, which nothing after extraction uses."""
    result = process_document(path, settings, check=False)
    if result.extraction is not None:
        result.extraction = result.extraction.without_char_boxes()
    return result


def failed_result(path: str, error: ExtractError) -> DocResult:
    """The result for a document whose worker was stopped (timeout) or died (memory, crash)."""
    sha, size = file_identity(Path(path))
    return DocResult(path, sha, size, error_kind=error.kind, error=str(error))


def new_run_id() -> str:
    return time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]


def say_waiting(held: Any, wait_s: float) -> None:
    """Said once, at once, when the warehouse is held by another process: who, and for how long this waits."""
    who = f"another process (PID {held.pid})" if held.pid else "another process"
    print(f"waiting for the warehouse: {who} holds it, a run writing it (DuckDB lets no one else open it meanwhile, "
          f"not even to read); up to {wait_s:g} s (--lock-wait)", file=sys.stderr, flush=True)


# What a run says about a file besides loading it, one line each, the same in the CLI's output and the flow's log.
def missing_line(path: str) -> str:
    return f"MISSING FILE {path}: loaded before, gone from the inbox now (its rows are kept)"


def writing_line(path: str) -> str:
    return f"WAITING FILE {path}: still being written (it changed while this run looked); left for the next run"


def unfinished_line(path: str, kind: str, age: float) -> str:
    return (f"WAITING FILE {path}: changed {int(age)} s ago and {UNFINISHED[kind]} ({kind}): an upload still coming? "
            "left for the next run")


def moved_line(old: str, new: str) -> str:
    return f"MOVED FILE {old} -> {new}: the same bytes as loaded before; its rows name the new path now (not read again)"


def forgotten_line(path: str, kind: str) -> str:
    now = "holds its loaded version again" if Path(path).exists() else "is gone from the inbox"
    return f"FORGOTTEN FILE {path}: it failed before ({kind}) and {now}; its failure record is removed"


def same_line(path: str, original: str) -> str:
    return f"SAME FILE {path}: the same bytes as {original}, loaded once under that name"


def similar_line(path: str, other: str) -> str:
    return (f"SIMILAR FILE {path}: the same title and figures as {other}, in other bytes: both are loaded, so a sum "
            "over the warehouse counts it twice; remove one if it is a copy")


def check_results(results: Sequence[DocResult]) -> None:
    """Check the documents read but not checked yet (pool workers' results), all in one go. Should the checks
    fail on the batch (a fault of tally's own), each document is checked alone, and one they fail on is a
    failed document (internal_error) while the others are checked and loaded."""
    unchecked = [r for r in results if r.extraction is not None and r.checks is None]
    if not unchecked:
        return
    from schemas.check import check_extractions

    try:
        frames = check_extractions([r.extraction for r in unchecked], [r.rule_rows for r in unchecked])  # type: ignore[misc]
    except MemoryError:
        raise
    except Exception as err:
        if len(unchecked) == 1:
            _fault(unchecked[0], err)
            return
        for result in unchecked:
            check_results([result])
        return
    for result, checks in zip(unchecked, frames, strict=True):
        result.checks = checks


def _fault(result: DocResult, err: Exception) -> None:
    """Record a fault of tally's own on one document: a failed document whose error says so in one line."""
    said = str(err).splitlines()[0] if str(err) else ""
    result.error_kind = "internal_error"
    result.error = (f"{Path(result.path).name}: tally failed on this file ({type(err).__name__}{': ' + said if said else ''}); "
                    "a fault of tally's, not of the file: please report it with the file")
    result.extraction, result.checks = None, None


class ReadingStopped(RuntimeError):
    """The documents stopped arriving with an error (a Dask cluster lost mid-run): those read are loaded."""


class Loader:
    """The single writer: loads documents as they come, a batch of them per transaction, then records the run.

    A batch is written when it holds BATCH_DOCS documents or BATCH_ROWS rows, and at the end: one
    transaction per batch costs about what one per document did, so the writer keeps up with the
    workers. Each batch is all or nothing: a crash leaves every document absent or complete, and the
    next run loads what is absent. The warehouse is opened at the first write, so a run holds
    DuckDB's one-writer lock from its first load to its end (not while its first documents are read).

    What the run's summary needs of a document is kept as a Written record when its batch commits.
    With release=True the result itself keeps only that record (result.written) and lets its
    extraction and checks go: a long run holds a batch of extractions, not all of them, and a retry
    of the same run (Prefect retries the load task) counts a committed document again without
    writing it twice.
    """

    BATCH_DOCS = 16
    BATCH_ROWS = 50_000

    def __init__(self, settings: Settings, run_id: str, flow_run_id: str | None = None, skipped: int = 0,
                 release: bool = False, inbox: Sequence[int] | None = None) -> None:
        self.settings, self.run_id, self.flow_run_id = settings, run_id, flow_run_id
        self.inbox = inbox  # an inbox run's (missing, moved, forgotten, waiting), for its runs row
        self.started_at = datetime.now(UTC).replace(tzinfo=None)  # recorded at the first commit, as the run's start
        self.release = release
        self.summary = RunSummary(run_id, skipped=skipped)
        self.con: Any = None
        self.pending: list[DocResult] = []  # not yet written
        self.pending_rows = 0
        self.done: list[Written] = []  # committed, in the order they were

    def _open(self) -> Any:
        if self.con is None:
            from warehouse.connect import connect
            from warehouse.load import start_run

            self.con = connect(self.settings.db_path, max_wait_s=self.settings.lock_wait_s,
                               on_wait=lambda held: say_waiting(held, self.settings.lock_wait_s))
            start_run(self.con, self.run_id, self.flow_run_id, self.started_at)
        return self.con

    def add(self, result: DocResult) -> None:
        """Take one document's result; it is checked (when its worker did not) and written with the next batch."""
        if result.written is not None:
            if result.written.run_id != self.run_id:
                raise ValueError(f"{result.path}: its extraction was released after run {result.written.run_id} wrote it")
            self._record(result.written)  # committed by an earlier attempt of this run
            return
        self.pending.append(result)
        if result.extraction is not None:
            self.pending_rows += len(result.extraction.figures) + len(result.extraction.pages)
        if len(self.pending) >= self.BATCH_DOCS or self.pending_rows >= self.BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        """Check the pending documents together, then write them in one transaction."""
        from warehouse.load import write_documents

        if not self.pending:
            return
        check_results(self.pending)
        rows = [self._rows(result) for result in self.pending]
        copies = write_documents(self._open(), rows)
        self._similar([d.doc_id for d in rows if not d.failed and d.source_path not in copies])
        for result, document in zip(self.pending, rows, strict=True):
            written = self._written(result, document.counts, copies.get(result.path))
            self._record(written)
            if self.release:
                result.written, result.extraction, result.checks, result.rule_rows = written, None, None, []
        self.pending, self.pending_rows = [], 0

    def _similar(self, doc_ids: Sequence[str]) -> None:
        """Note the documents just written that are another loaded document in other bytes (said once: the
        first of two such files in a batch is not similar to anything yet)."""
        from warehouse.queries import similar_documents

        if not doc_ids:
            return
        said = {path for pair in self.summary.similar for path in pair}
        for path, other in similar_documents(self._open(), doc_ids):
            if path not in said and other not in said:  # (two in one batch find each other: said once)
                self.summary.similar.append((path, other))
                said.update((path, other))

    def _rows(self, result: DocResult) -> Any:
        """The result's warehouse.load.DocumentRows; a document whose values cannot be stored (one does not fit
        DECIMAL(38,10)) is recorded as failed, alone."""
        from warehouse.load import document_rows, failure_rows

        if result.extraction is not None:
            try:
                return document_rows(result.extraction, result.checks, run_id=self.run_id, size_bytes=result.size_bytes)
            except (ValueError, TypeError) as err:  # (the reason first: read_status may look from another thread)
                result.error_kind, result.error = "invalid_values", f"{Path(result.path).name}: cannot be stored: {err}"
                result.extraction, result.checks = None, None
        return failure_rows(
            doc_id=result.sha256, source_path=result.path, sha256=result.sha256, size_bytes=result.size_bytes,
            error_kind=result.error_kind or "parse_error", error=result.error or "", run_id=self.run_id,
        )

    def _written(self, result: DocResult, counts: Any, copy_of: str | None = None) -> Written:
        from flows.alerts import alerts_from_results

        if copy_of is not None:  # nothing written: its figures and checks are the other file's
            outcome = document_outcome(result) | {"outcome": f"copy of {Path(copy_of).name}", "errors": 0, "warnings": 0}
            return Written(run_id=self.run_id, path=result.path, loaded=False, figures=0, checks=0, checks_failed=0,
                           failure=None, alerts=[], outcome=outcome, copy_of=copy_of)
        loaded = result.extraction is not None
        return Written(
            run_id=self.run_id, path=result.path, loaded=loaded,
            figures=counts.figures if loaded else 0, checks=counts.checks if loaded else 0,
            checks_failed=counts.checks_failed if loaded else 0,
            failure=None if loaded else (Path(result.path).name, result.error_kind or "parse_error", result.error or ""),
            alerts=alerts_from_results([result]), outcome=document_outcome(result),
        )

    def _record(self, written: Written) -> None:
        summary = self.summary
        if written.copy_of is not None:
            summary.copies.append((written.path, written.copy_of))
        elif written.loaded:
            summary.loaded += 1
            summary.figures += written.figures
            summary.checks_failed += written.checks_failed
            summary.checks_passed += written.checks - written.checks_failed
        else:
            summary.failed += 1
        self.done.append(written)

    def finish(self, order: Sequence[str] | None = None) -> RunSummary:
        """Write what is pending and record the run; `order` (paths) puts the failures, alerts and document rows
        in input order (else they are in the order they were written)."""
        self.flush()
        done = self.done
        if order is not None:
            rank = {path: i for i, path in enumerate(order)}
            done = sorted(done, key=lambda w: rank.get(w.path, len(rank)))
        summary = self.summary
        summary.documents = len(done) + summary.skipped
        summary.failures = [w.failure for w in done if w.failure is not None]
        summary.alerts = [alert for w in done for alert in w.alerts]
        summary.per_document = [w.outcome for w in done]
        summary.errors_failed = sum(1 for a in summary.alerts if a.get("severity") == "error")
        self._record_run("failed" if summary.errors_failed or summary.failed else "completed")
        return summary

    def interrupted(self) -> None:
        """Record the run as 'interrupted', with the documents committed so far (what was pending is not
        written). Nothing when nothing was written: the warehouse has no row of this run."""
        if self.con is None:
            return
        with suppress(Exception):  # (the error being raised is what the caller needs to see)
            self._record_run("interrupted")

    def _record_run(self, status: str) -> None:
        """The run's row: ended with `status`, counting the documents committed (and those skipped)."""
        from warehouse.load import finish_run

        summary = self.summary
        finish_run(self._open(), self.run_id, files_seen=len(self.done) + summary.skipped, files_new=summary.loaded,
                   files_skipped=summary.skipped + len(summary.copies), files_failed=summary.failed, checks_failed=summary.checks_failed,
                   status=status, inbox=self._inbox_counts())

    def _inbox_counts(self) -> tuple[int, ...] | None:
        """(missing, moved, forgotten, waiting): the plan's, and the uploads found unfinished while reading."""
        if self.inbox is None:
            return None
        missing, moved, forgotten, waiting = self.inbox
        return missing, moved, forgotten, waiting + len(self.summary.unfinished)

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None


def document_outcome(r: DocResult) -> dict[str, Any]:
    """What became of a file: its row of the flow's `tally-documents` table artifact (a row per document
    where the UI shows a task run per batch)."""
    failed: Counter[str] = Counter()
    if r.checks is not None and len(r.checks):
        failed.update(severity for status, severity in zip(r.checks["status"].tolist(), r.checks["severity"].tolist(), strict=True)
                      if status == "fail")
    return {
        "file": Path(r.path).name,
        "outcome": "loaded" if r.extraction is not None else f"failed: {r.error_kind}",
        "pages": r.extraction.meta.n_pages if r.extraction is not None else None,
        "figures": len(r.extraction.figures) if r.extraction is not None else None,
        "errors": failed["error"],
        "warnings": failed["warning"],
        "seconds": round(r.seconds, 2),
        "reason": r.error or "",
    }


UNFINISHED = {"truncated": "cut off", "empty_file": "empty"}  # what an upload still coming reads as (its first bytes say %PDF)


def load_results(results: Iterable[DocResult], settings: Settings, run_id: str, flow_run_id: str | None = None,
                 skipped: int = 0, order: Sequence[str] | None = None, release: bool = False,
                 inbox: Sequence[int] | None = None, recent: Mapping[str, float] | None = None) -> RunSummary:
    """The single writer: the documents in batches as they arrive (see Loader), then the run's record.

    `order` (the paths as given) puts the summary's failures and alerts in input order when the
    results arrive in the order they finished. release=True lets each result's extraction go once it
    is committed (see Loader): for streams of results nobody reads again.
    """
    loader = Loader(settings, run_id, flow_run_id, skipped, release=release, inbox=inbox)
    source = iter(results)
    try:
        while True:
            try:
                result = next(source)
            except StopIteration:
                break
            except Exception as err:  # the reading broke (a Dask cluster lost, …): what was read is complete
                loader.flush()
                n = len(loader.done)
                raise ReadingStopped(f"reading stopped after {n} document(s): {type(err).__name__}: {err}; "
                                     f"the {n} read are loaded, run again for the rest") from err
            if recent and result.error_kind in UNFINISHED and result.path in recent:  # an inbox run's upload coming
                loader.summary.unfinished.append((result.path, result.error_kind, recent[result.path]))
                continue
            loader.add(result)
        return loader.finish(order)
    except BaseException:  # an error, Ctrl-C, a cancel's SIGTERM: the batches committed stay, and the run says so
        loader.interrupted()
        raise
    finally:
        loader.close()


def run_local(paths: Sequence[Path], settings: Settings, workers: int = 1, progress: Any = None,
              skipped: int = 0, inbox: Sequence[int] | None = None, recent: Mapping[str, float] | None = None) -> RunSummary:
    """The whole run without Prefect: workers extract in parallel while this process loads each result.
    skipped: files left out as unchanged (an inbox run), counted in the run's record."""
    start = time.perf_counter()

    def arrivals(documents: Iterator[tuple[int, DocResult]]) -> Iterator[DocResult]:
        for n, (_, result) in enumerate(documents, start=1):
            if progress:
                progress(n, len(paths), result)
            yield result

    with closing(iter_documents(paths, settings, workers)) as documents:
        summary = load_results(arrivals(documents), settings, new_run_id(), skipped=skipped, order=[str(p) for p in paths],
                               release=True, inbox=inbox, recent=recent)
    summary.seconds = time.perf_counter() - start
    return summary


def iter_documents(paths: Sequence[Path], settings: Settings, workers: int) -> Generator[tuple[int, DocResult], None, None]:
    """(index, process_document result) for each file, as they finish.

    One file is read here (its guarded child process overlaps this process's imports); more go to a
    pool of guarded worker processes (flows.pool), which start once instead of once per document.
    """
    from flows.pool import can_start_workers

    if len(paths) == 1 or (not settings.isolate and workers <= 1) or not can_start_workers():
        for index, path in enumerate(paths):
            yield index, process_document(path, settings)
        return

    preload_writer()  # the writer's imports, while the workers start
    order = largest_first(paths)
    with worker_pool(settings, workers) as pool:
        for position, result in pool.imap_unordered([str(paths[i]) for i in order]):
            yield order[position], result


def batches(items: Sequence[str], slots: int, most: int = 16, per_slot: int = 4) -> list[list[str]]:
    """`items`, in order, cut into contiguous batches (one Prefect task run each) for `slots` parallel readers.

    `per_slot` batches a slot when there are items enough: with four, every reader (a Dask thread) stays
    busy to the end and the first results reach the writer early; at most `most` items a batch, so a
    long list still streams; sizes differ by one at most; never an empty batch. A task run costs Prefect
    ~25 ms of CPU (states and events, a third in the flow's process, the rest in the API server), half a
    5-page report's reading: per batch, not per document, it is a few percent.
    """
    if not items:
        return []
    count = max(min(len(items), max(1, per_slot) * max(1, slots)), -(-len(items) // most))
    size, extra = divmod(len(items), count)
    out, start = [], 0
    for b in range(count):
        end = start + size + (1 if b < extra else 0)
        out.append(list(items[start:end]))
        start = end
    return out


def largest_first(paths: Sequence[Path]) -> list[int]:
    """Indexes of paths, the largest files first: the long documents start early and the small ones fill in
    at the end, so no worker is left reading one big report while the others wait."""
    def size(i: int) -> int:
        try:
            return paths[i].stat().st_size
        except OSError:
            return 0

    return sorted(range(len(paths)), key=lambda i: -size(i))


class HeadStart:
    """Documents read before the flow run that will own them starts.

    Importing Prefect and creating a flow run take about a second of one core, during which the
    workers would sit idle. A HeadStart starts the worker pool and hands it every file at once (largest
    first); the flow run then takes each file's reading over (take()) instead of starting it, and
    further files go to the same pool. Nothing is written here: the flow's single writer still
    checks and loads every result, so the run's outcome is the same with or without a head start.
    """

    def __init__(self, paths: Sequence[Path], settings: Settings, workers: int) -> None:
        self.settings, self.workers = settings, workers
        self.pool = worker_pool(settings, workers)
        preload_writer()  # the single writer's imports too, before the flow's first batch arrives
        self.futures: dict[str, Any] = {}
        for i in largest_first(paths):
            self.futures.setdefault(str(paths[i]), self.pool.submit(str(paths[i])))

    def serves(self, settings: Settings) -> bool:
        """True when documents read for this head start are what `settings` would read (same password, limits, rules)."""
        return reader_key(settings) == reader_key(self.settings)

    def take(self, path: str) -> Any:
        """The Future of the file's result, once (None when it was not handed out here or was taken already)."""
        return self.futures.pop(path, None)

    def close(self) -> None:
        """Stop the workers; reading nobody took is cancelled."""
        self.pool.close()


def reader_key(settings: Settings) -> tuple[Any, ...]:
    """What a worker's result depends on (read_only uses these fields of Settings and nothing else)."""
    return (settings.password, settings.limits, settings.rules_path, settings.isolate)


_head_start: HeadStart | None = None


@contextmanager
def head_start(paths: Sequence[Path], settings: Settings, workers: int) -> Iterator[HeadStart | None]:
    """Start reading `paths` now, for a flow run started inside the block (see HeadStart); None when this
    process cannot start worker processes (a Dask worker), so reading waits for the flow."""
    global _head_start
    from flows.pool import can_start_workers

    if not can_start_workers():
        yield None
        return
    start = _head_start = HeadStart(paths, settings, workers)
    try:
        yield start
    finally:
        _head_start = None
        start.close()


def current_head_start(settings: Settings) -> HeadStart | None:
    """The head start a flow run with these settings may take its documents from."""
    start = _head_start
    return start if start is not None and start.serves(settings) else None


def worker_pool(settings: Settings, workers: int) -> Any:
    """A flows.pool.WorkerPool of `workers` guarded processes running read_only (extraction without the checks)."""
    from flows.pool import WorkerPool

    return WorkerPool(workers, read_only, settings, timeout_s=settings.limits.timeout_s,
                      memory_mb=settings.limits.memory_mb, on_failure=failed_result, preload=WORKER_MODULES)


def map_documents(paths: Sequence[Path], settings: Settings, workers: int) -> list[DocResult]:
    """process_document over the files, in their order (see iter_documents)."""
    done = dict(iter_documents(paths, settings, workers))
    return [done[i] for i in range(len(paths))]


PASSWORD_ENV = "TALLY_PDF_PASSWORD"


def pdf_password(given: str | None) -> str:
    """The password for encrypted PDFs: the one given (--password, the flow's parameter), else the
    environment's TALLY_PDF_PASSWORD, else none. Through the environment, `tally serve`'s runs get it
    without the deployment storing it in the Prefect API."""
    return given or os.environ.get(PASSWORD_ENV, "")


def webhook_urls(webhook_url: str | None, slack_webhook_url: str | None) -> tuple[str | None, str | None]:
    """The alert webhooks: those given, else TALLY_WEBHOOK_URL and TALLY_SLACK_WEBHOOK_URL."""
    return (webhook_url or os.environ.get("TALLY_WEBHOOK_URL"),
            slack_webhook_url or os.environ.get("TALLY_SLACK_WEBHOOK_URL"))


def run_settings(db_path: str, password: str | None, rules_path: str | None, webhook_url: str | None,
                 slack_webhook_url: str | None, max_pages: int, max_mb: float, timeout_s: float, memory_mb: int,
                 lock_wait_s: float) -> Settings:
    """A run's Settings from its options (`tally run`) or its flow parameters (the same names)."""
    return Settings(
        db_path=db_path, password=pdf_password(password), rules_path=rules_path, webhook_url=webhook_url,
        slack_webhook_url=slack_webhook_url, lock_wait_s=lock_wait_s,
        limits=Limits(max_bytes=int(max_mb * 2**20), max_pages=max_pages, timeout_s=timeout_s, memory_mb=memory_mb),
    )


def default_review_dir(db_path: str) -> str:
    """'season.duckdb' -> 'season-review': the review of the warehouse's runs sits next to it."""
    path = Path(db_path)
    return str(path.with_name(path.stem + "-review"))
