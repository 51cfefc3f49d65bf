"""Fixtures for review tests: warehouses built by the real pipeline from the sample and from tiny PDFs.

No __init__.py in this folder (tests/review as a package would shadow the real `review`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from flows.pipeline import Settings, run_local

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PDF = ROOT / "samples" / "ziyang_2018.pdf"


def build_warehouse(pdfs: Sequence[Path], db: Path) -> Path:
    """Run the pipeline (in this process, no Prefect) over the PDFs into db."""
    run_local(list(pdfs), Settings(db_path=str(db), isolate=False))
    return db


@pytest.fixture
def make_warehouse() -> Callable[[Sequence[Path], Path], Path]:
    return build_warehouse


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample report loaded once for the session (its one failed check: 7573户)."""
    return build_warehouse([SAMPLE_PDF], tmp_path_factory.mktemp("sample") / "w.duckdb")
