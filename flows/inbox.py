"""Inbox bookkeeping: which files are unchanged since their last load, and which loaded files disappeared."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from flows.pipeline import file_identity


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
    """Documents loaded from under `folder` whose file is gone: reported, never dropped from the warehouse."""
    root = str(Path(folder))
    return sorted(p for p in _loaded(db_path) if p.startswith(root) and not Path(p).exists())
