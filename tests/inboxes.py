"""Helpers of the tests that run the `tally` command over an inbox folder of small reports."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import duckdb
from pdfs import tiny_pdf

TALLY = str(Path(sys.executable).with_name("tally"))
REPORTS = {
    "a.pdf": "受益贫困户100户,其中种植户60户,养殖户40户。",
    "b.pdf": "务工人员50人,其中省外30人,省内20人。",
    "c.pdf": "培训200人次,其中线上120人次,线下80人次。",
}


def write_reports(folder: Path, names: list[str] | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in names or list(REPORTS):
        tiny_pdf([REPORTS[name]], folder / name)
        out.append(folder / name)
    return out


def count(db: Path, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return int(con.execute(sql).fetchone()[0])  # type: ignore[index]
    finally:
        con.close()


def no_api_env(**extra: str) -> dict[str, str]:
    """This environment without any PREFECT_ setting (and no Prefect profile), plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return env | {"PREFECT_PROFILES_PATH": os.devnull} | extra
