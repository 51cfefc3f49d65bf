"""The stages in order, without Prefect: find PDFs, extract+check each (a worker's job), load all (one writer)."""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.errors import ExtractError
from extract.sniff import Limits
from extract.records import Extraction


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


@dataclass
class DocResult:
    """What a worker returns for one file: its extraction and checks, or why it failed."""

    path: str
    sha256: str
    size_bytes: int | None
    extraction: Extraction | None = None
    checks: Any = None  # pandas DataFrame of checks rows
    error_kind: str | None = None
    error: str | None = None
    seconds: float = 0.0


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
    seconds: float = 0.0


def discover(inputs: Iterable[str | Path]) -> list[Path]:
    """The PDFs named or inside the folders named (recursively), sorted, each once."""
    found: dict[str, Path] = {}
    for item in inputs:
        path = Path(item).absolute()
        if path.is_dir():
            for pdf in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf"):
                found.setdefault(str(pdf), pdf)
        else:
            found.setdefault(str(path), path)
    return list(found.values())


def file_identity(path: Path) -> tuple[str, int | None]:
    """(sha256, size) of a file's bytes; for an unreadable file, a hash of its path and no size."""
    try:
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest(), path.stat().st_size
    except OSError:
        return hashlib.sha256(str(path).encode()).hexdigest(), None


HEAVY_MODULES = ("schemas.check", "schemas.rules", "warehouse.load")


def _preload() -> None:
    import importlib

    for name in HEAVY_MODULES:
        importlib.import_module(name)


def process_document(path: str | Path, settings: Settings) -> DocResult:
    """Extract and check one PDF. Never raises for bad input: the result says what went wrong."""
    import threading

    from extract.safe import extract_safely

    # pandas/pandera/duckdb take ~0.4 s to import: do it while the child process reads the PDF.
    preload = threading.Thread(target=_preload, daemon=True)
    preload.start()

    start = time.perf_counter()
    path = Path(path)
    sha, size = file_identity(path)
    result = DocResult(str(path), sha, size)
    if not path.exists():
        result.error_kind, result.error = "not_found", f"{path.name}: no such file"
        return result
    try:
        extraction = extract_safely(path, settings.limits, settings.password, isolate=settings.isolate)
        preload.join()
        from schemas.check import check_extraction
        from schemas.rules import load_rules, rule_checks

        rules = load_rules(settings.rules_path) if settings.rules_path else []
        result.extraction = extraction
        result.checks = check_extraction(extraction, rule_checks(rules, extraction, settings.rules_path or ""))
    except ExtractError as err:
        result.error_kind, result.error = err.kind, str(err)
    result.seconds = time.perf_counter() - start
    return result


def new_run_id() -> str:
    return time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]


def load_results(results: Sequence[DocResult], settings: Settings, run_id: str, flow_run_id: str | None = None,
                 skipped: int = 0) -> RunSummary:
    """The single writer: each document in its own transaction, then the run's record."""
    from warehouse.connect import connect
    from warehouse.load import finish_run, load_extraction, record_failure, start_run

    from flows.alerts import alerts_from_results

    summary = RunSummary(run_id, skipped=skipped)
    con = connect(settings.db_path)
    try:
        start_run(con, run_id, flow_run_id)
        for result in results:
            if result.extraction is None:
                summary.failed += 1
                summary.failures.append((Path(result.path).name, result.error_kind or "parse_error", result.error or ""))
                record_failure(
                    con, doc_id=result.sha256, source_path=result.path, sha256=result.sha256, size_bytes=result.size_bytes,
                    error_kind=result.error_kind or "parse_error", error=result.error or "", run_id=run_id,
                )
                continue
            counts = load_extraction(con, result.extraction, result.checks, run_id=run_id, size_bytes=result.size_bytes)
            summary.loaded += 1
            summary.figures += counts.figures
            summary.checks_failed += counts.checks_failed
            summary.checks_passed += counts.checks - counts.checks_failed
        summary.documents = len(results) + skipped
        summary.alerts = alerts_from_results(results)
        summary.errors_failed = sum(1 for a in summary.alerts if a.get("severity") == "error")
        finish_run(
            con, run_id, files_seen=summary.documents, files_new=summary.loaded, files_skipped=summary.skipped,
            files_failed=summary.failed, checks_failed=summary.checks_failed,
            status="failed" if summary.errors_failed or summary.failed else "completed",
        )
    finally:
        con.close()
    return summary


def run_local(paths: Sequence[Path], settings: Settings, workers: int = 1, progress: Any = None) -> RunSummary:
    """The whole run in this process (no Prefect API): workers extract in parallel, this process loads."""
    start = time.perf_counter()
    results = map_documents(paths, settings, workers, progress)
    summary = load_results(results, settings, new_run_id())
    summary.seconds = time.perf_counter() - start
    return summary


def map_documents(paths: Sequence[Path], settings: Settings, workers: int, progress: Any = None) -> list[DocResult]:
    """process_document over the files; with workers > 1 each runs in its own process."""
    if workers <= 1 or len(paths) <= 1:
        out = []
        for i, p in enumerate(paths, start=1):
            out.append(process_document(p, settings))
            if progress:
                progress(i, len(paths), out[-1])
        return out
    from concurrent.futures import ProcessPoolExecutor, as_completed

    done: dict[int, DocResult] = {}
    worker_settings = Settings(**{**settings.__dict__, "isolate": settings.isolate})
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(process_document, p, worker_settings): i for i, p in enumerate(paths)}
        for n, fut in enumerate(as_completed(futures), start=1):
            done[futures[fut]] = fut.result()
            if progress:
                progress(n, len(paths), done[futures[fut]])
    return [done[i] for i in range(len(paths))]
