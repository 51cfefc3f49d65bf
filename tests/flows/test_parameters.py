"""What a flow run of ingest_reports records of its parameters in the Prefect API: what Prefect would
record, without importing fastapi for it, and never the PDF password."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HIDDEN = "**********"  # how Prefect shows a SecretStr

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


def prefects(parameters: dict[str, Any]) -> dict[str, Any]:
    """What Prefect's own Flow.serialize_parameters records (with fastapi's jsonable_encoder)."""
    from prefect import Flow

    from flows.ingest import ingest_reports

    return Flow.serialize_parameters(ingest_reports, parameters)


def recorded(parameters: dict[str, Any]) -> dict[str, Any]:
    from flows.ingest import ingest_reports

    return ingest_reports.serialize_parameters(parameters)


@settings(deadline=None)  # (the first example imports Prefect and the flow)
@given(st.dictionaries(st.sampled_from(["paths", "db_path", "workers", "review", "max_mb", "inbox", "other"]),
                       json_values, max_size=6))
def test_json_parameters_are_recorded_as_prefect_records_them(parameters: dict[str, Any]) -> None:
    assert recorded(parameters) == prefects(parameters)


@pytest.mark.parametrize("value", [
    Path("/in/a.pdf"), [Path("/in/a.pdf"), "b.pdf"], Decimal("1.50"), dt.date(2018, 8, 29), ("a", 1), {"k": (1, 2)},
    {1: "non-string key"}, float("nan"),
])
def test_other_values_are_recorded_as_prefect_records_them(value: Any) -> None:
    assert recorded({"x": value}) == prefects({"x": value})


@pytest.mark.parametrize(("password", "shown"), [("s3cret", HIDDEN), ("", ""), (None, None)])
def test_the_pdf_password_is_never_recorded(password: str | None, shown: str | None) -> None:
    parameters = {"paths": ["a.pdf"], "password": password, "db_path": "w.duckdb"}
    assert recorded(parameters) == {"paths": ["a.pdf"], "password": shown, "db_path": "w.duckdb"}
    assert parameters["password"] == password  # the run itself gets it


@pytest.mark.parametrize("name", ["webhook_url", "slack_webhook_url"])
def test_webhook_urls_are_never_recorded(name: str) -> None:
    # a Slack webhook URL is a credential: whoever has it posts to the channel
    url = "https://hooks.slack.com/services/T000/B000/XXXXXXXX"
    assert recorded({"paths": ["a.pdf"], name: url}) == {"paths": ["a.pdf"], name: HIDDEN}
    assert recorded({"paths": ["a.pdf"], name: None}) == {"paths": ["a.pdf"], name: None}


@pytest.mark.slow
def test_a_run_records_its_parameters_without_the_password_and_without_fastapi(prefect_harness: None, tmp_path: Path,
                                                                                pdfs: list[Path]) -> None:
    """In a fresh process, as `tally run --password … --prefect` runs it: the API has the paths and not the
    password, and the process never imported fastapi."""
    from prefect.settings import PREFECT_API_URL

    script = (
        "import sys; from pathlib import Path\n"
        "from flows.ingest import run_flow\nfrom flows.pipeline import Settings\n"
        f"summary = run_flow([Path(p) for p in sys.argv[1:]], Settings(db_path={str(tmp_path / 'w.duckdb')!r}, password='s3cret'),"
        " workers=1, review=False)\n"
        "print(summary.run_id, 'fastapi' in sys.modules)\n"
    )
    env = {"PATH": str(Path(sys.executable).parent), "HOME": str(tmp_path), "PREFECT_API_URL": str(PREFECT_API_URL.value()),
           "PREFECT_HOME": str(tmp_path / "home"), "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", script, *map(str, pdfs)], env=env, capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    run_id, fastapi_imported = done.stdout.split()[-2:]
    assert fastapi_imported == "False"

    import duckdb
    from prefect.client.orchestration import get_client

    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    [(flow_run_id,)] = con.execute("SELECT flow_run_id FROM runs WHERE run_id = ?", [run_id]).fetchall()
    con.close()
    with get_client(sync_client=True) as client:
        parameters = client.read_flow_run(flow_run_id).parameters
    assert parameters["password"] == HIDDEN
    assert parameters["paths"] == [str(p) for p in pdfs] and parameters["review"] is False
