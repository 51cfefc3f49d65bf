"""Inbox bookkeeping: which files are unchanged since their last load, and which loaded files disappeared."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from flows.pipeline import RunSummary, Settings, discover, file_identity, run_local


def _loaded_files(db_path: str) -> list[tuple[str, str, int | None]]:
    from warehouse.connect import WarehouseMissing, connect
    from warehouse.queries import loaded_files

    try:
        con = connect(db_path, read_only=True)
    except WarehouseMissing:
        return []
    try:
        return loaded_files(con)
    finally:
        con.close()


def _loaded(db_path: str) -> dict[str, str]:
    """source_path -> sha256 of the loaded documents (the latest load wins)."""
    return {path: sha for path, sha, _ in _loaded_files(db_path)}


def unchanged_files(files: Sequence[str], db_path: str) -> list[str]:
    """Files whose bytes (sha256) are already loaded: from the same path, or from another file that is still
    there (a copy, loaded once under that name: warehouse.load.write_documents). Nothing to do for them.

    Only files loaded from their path, or of the size of a loaded document, are hashed: a new file is
    otherwise read (and hashed) by a worker, never here before reading starts."""
    rows = _loaded_files(db_path)
    loaded = {path: sha for path, sha, _ in rows}
    by_size: dict[int, dict[str, str]] = {}
    for path, sha, size in rows:
        if size is not None:
            by_size.setdefault(size, {})[sha] = path
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
        sha = file_identity(Path(f))[0]
        other = same_size.get(sha)
        if loaded.get(key) == sha or (other is not None and other != key and Path(other).exists()):
            out.append(f)
    return out


def missing_files(db_path: str, folder: str) -> list[str]:
    """Documents loaded from under `folder` (named relative or absolute; its sub-folders, not its siblings)
    whose file is gone: reported, never dropped from the warehouse. Documents are loaded under the
    absolute path of their file (flows.pipeline.discover)."""
    root = Path(folder).absolute()
    return sorted(p for p in _loaded(db_path) if Path(p).is_relative_to(root) and not Path(p).exists())


def new_and_unchanged(paths: Sequence[str], db_path: str, skip_loaded: bool = True) -> tuple[list[str], list[str]]:
    """(the PDFs under `paths` to read, those skipped: loaded before with the same bytes, when skip_loaded)."""
    files = [str(p) for p in discover(paths)]
    if not skip_loaded:
        return files, []
    skipped = unchanged_files(files, db_path)
    unchanged = set(skipped)
    return [f for f in files if f not in unchanged], skipped


def run_inbox(inbox: str, settings: Settings, workers: int = 0, progress: Callable[..., Any] | None = None) -> RunSummary:
    """One inbox run here, without Prefect, as a scheduled run does it: files loaded before with the same
    bytes are skipped, changed and new ones loaded (a changed file replaces its document), and documents
    whose file is gone are reported in summary.missing (their rows are kept)."""
    files, skipped = new_and_unchanged([inbox], settings.db_path)
    todo = [Path(f) for f in files]
    summary = run_local(todo, settings, workers=workers or min(max(1, len(todo)), os.cpu_count() or 1),
                        progress=progress, skipped=len(skipped))
    summary.missing = missing_files(settings.db_path, inbox)
    return summary
