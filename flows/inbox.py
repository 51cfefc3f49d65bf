"""Inbox bookkeeping: which files are unchanged since their last load, and which loaded files disappeared."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from flows.pipeline import RunSummary, Settings, discover, file_identity, run_local


def _loaded(db_path: str) -> dict[str, str]:
    from warehouse.connect import WarehouseMissing, connect
    from warehouse.queries import loaded_sha256

    try:
        con = connect(db_path, read_only=True)
    except WarehouseMissing:
        return {}
    try:
        return loaded_sha256(con)
    finally:
        con.close()


def unchanged_files(files: Sequence[str], db_path: str) -> list[str]:
    """Files whose bytes (sha256) are already loaded from the same path: nothing to do for them."""
    loaded = _loaded(db_path)
    out = []
    for f in files:
        key = str(Path(f))
        if key in loaded and loaded[key] == file_identity(Path(f))[0]:
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
