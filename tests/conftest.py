"""Shared fixtures: small report PDFs written in the test, a fresh in-memory warehouse."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pdfs import tiny_pdf

GOOD_REPORT = [
    "某某县乡村振兴工作汇报",
    "一、产业发展",
    "全年共投入帮扶资金500万元,其中产业项目资金300万元,基础设施资金200万元。",
    "帮扶贫困户1200户,其中种植户800户,养殖户400户。",
]
BAD_REPORT = [
    "某某县东西部协作工作汇报",
    "一、劳务协作",
    "全年输出劳动力860人,其中到江苏就业500人,就近就业350人。",
]


@pytest.fixture
def report_pdf(tmp_path: Path) -> Path:
    """A report whose breakdowns all add up."""
    path = tmp_path / "good.pdf"
    tiny_pdf(GOOD_REPORT, path)
    return path


@pytest.fixture
def failing_pdf(tmp_path: Path) -> Path:
    """A report with one breakdown 10人 short: 500 + 350 = 850 ≠ 860人."""
    path = tmp_path / "bad.pdf"
    tiny_pdf(BAD_REPORT, path)
    return path


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One Prefect test server for the whole session (it costs ~15 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
