"""Fixtures of the flow tests: three small reports, one of whose breakdowns does not add up."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfs import tiny_pdf

THREE_REPORTS = {
    "a.pdf": ["全年投入资金700万元,其中产业460.1万元、就业92.98万元、教育13.44万元、医疗133.48万元。"],
    "b.pdf": ["帮扶贫困户7573户,其中种植6114户、养殖1394户、务工64户。"],
    "c.pdf": ["输出劳动力860人,其中到江苏就业500人,就近就业360人。"],
}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """a.pdf (adds up exactly), b.pdf (7573户 is one more than its parts), c.pdf (adds up), in that order."""
    folder = tmp_path_factory.mktemp("reports")
    for name, text in THREE_REPORTS.items():
        tiny_pdf(text, folder / name)
    return [folder / name for name in THREE_REPORTS]
