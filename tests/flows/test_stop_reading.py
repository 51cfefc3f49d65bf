"""A flow run that stops (an error, or the SIGTERM of a cancel from the UI) stops its reading at once,
instead of waiting for every file of the run to be read."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from pdfs import tiny_pdf

from flows.pipeline import Settings, head_start

# the task runs here run outside a flow run, so Prefect cannot send their logs to the API, and says so
pytestmark = pytest.mark.filterwarnings("ignore:Logger 'prefect.task_runs' attempted to send logs:UserWarning")

PARAGRAPH = "全年投入资金700万元,其中产业460.1万元、就业92.98万元、教育13.44万元、医疗133.48万元。" * 3


class Stop(Exception):
    """What stops the flow: Prefect raises its TerminationSignal in the flow's thread on SIGTERM."""


@pytest.fixture(scope="module")
def slow_files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Six 80-page reports: ~1 s of reading each, ~6 s for one worker."""
    folder = tmp_path_factory.mktemp("slow")
    data = tiny_pdf([[PARAGRAPH] * 8 for _ in range(40)])
    paths = [folder / f"r{i}.pdf" for i in range(6)]
    for path in paths:
        path.write_bytes(data)
    return [str(p) for p in paths]


def read_then_stop(files: list[str], settings: Settings) -> tuple[float, dict[str, Any], list[str]]:
    """Enter the flow's task runner, start an extract task run a file, and stop 0.5 s in: seconds to get
    out, the documents' readings and the extract task runs' final states."""
    from flows.ingest import extract_task, task_runner

    started = time.monotonic()
    with pytest.raises(Stop), task_runner(1, None, settings, files) as readers:
        tasks = [readers.runner.submit(extract_task, {"paths": [path], "settings": settings}) for path in files]
        time.sleep(0.5)
        reading = dict(readers.reading)
        raise Stop
    seconds = time.monotonic() - started
    return seconds, reading, [task.state.name for task in tasks]


@pytest.mark.slow
def test_a_flow_that_stops_stops_its_reading_at_once(prefect_harness: None, slow_files: list[str],
                                                     tmp_path: Path) -> None:
    seconds, reading, states = read_then_stop(slow_files, Settings(db_path=str(tmp_path / "w.duckdb")))
    assert seconds < 3, f"{seconds:.1f} s: the extract task runs waited for every file to be read"
    assert sum(1 for future in reading.values() if future.cancelled()) >= 2  # never started
    assert "Failed" not in states  # stopped (Cancelled, or Crashed by Prefect's task runner as it exits), not failed


@pytest.mark.slow
def test_reading_taken_over_from_a_head_start_stops_at_once_too(prefect_harness: None, slow_files: list[str],
                                                                tmp_path: Path) -> None:
    settings = Settings(db_path=str(tmp_path / "w.duckdb"))
    with head_start([Path(f) for f in slow_files], settings, 1):
        seconds, reading, states = read_then_stop(slow_files, settings)
    assert seconds < 3, f"{seconds:.1f} s: the extract task runs waited for every file to be read"
    assert sum(1 for future in reading.values() if future.cancelled()) >= 2
    assert "Failed" not in states
