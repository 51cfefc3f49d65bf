"""The installed `tally` command ends without Python's teardown (flows.cli.entry): its exit codes and every
line of its output, piped, must be exactly what main() gave."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from inboxes import TALLY

pytestmark = pytest.mark.slow



def tally(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([TALLY, *args], capture_output=True, text=True, cwd=cwd, timeout=300,
                          env={"PATH": str(Path(sys.executable).parent), "HOME": str(cwd)})


def test_exit_codes_and_output_survive_the_fast_exit(failing_pdf: Path, report_pdf: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "w.duckdb")
    ok = tally("run", str(report_pdf), "--db", db, "--no-prefect", cwd=tmp_path)
    assert ok.returncode == 0 and "1 loaded" in ok.stdout

    failed = tally("run", str(failing_pdf), "--db", db, "--no-prefect", cwd=tmp_path)
    assert failed.returncode == 1
    assert failed.stdout.rstrip().splitlines()[-1].startswith("ALERT [error]")

    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    assert tally("run", str(bad), "--db", db, "--no-prefect", cwd=tmp_path).returncode == 2

    # a long answer through a pipe: every line arrives before the process ends
    big = tally("query", "--db", db, "--format", "csv", "SELECT range AS n FROM range(200000)", cwd=tmp_path)
    assert big.returncode == 0
    lines = big.stdout.splitlines()
    assert lines[0] == "n" and len(lines) == 200_001 and lines[-1] == "199999"


def test_an_error_inside_main_is_reported_as_usual(tmp_path: Path) -> None:
    done = tally("query", "--db", str(tmp_path / "missing.duckdb"), "SELECT 1", cwd=tmp_path)
    assert done.returncode == 2 and done.stderr.startswith("tally:")
    usage = tally("no-such-command", cwd=tmp_path)
    assert usage.returncode == 2 and "invalid choice" in usage.stderr  # argparse's own exit, before main() returns
