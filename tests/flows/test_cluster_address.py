"""--dask-address: refused at once when it is no scheduler address or nothing listens there, in one line."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.cluster import address_problem, unreachable


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:8786", "127.0.0.1:8786", "tls://sched.example.org:8786",
                                     "tcp://[::1]:8786", "tcp://dask-scheduler:8786", "ws://10.0.0.5:8787"])
def test_a_scheduler_address_is_taken(address: str) -> None:
    assert address_problem(address) is None


@pytest.mark.parametrize(("address", "said"), [
    ("tcp//127.0.0.1:8786", "not a Dask scheduler address"),
    ("http://127.0.0.1:8786", "scheme http"),
    ("tcp://127.0.0.1", "no port"),
    ("tcp://127.0.0.1:0", "port 0"),
    ("tcp://127.0.0.1:70000", "port 70000"),
    ("tcp://127.0.0.1:87a6", "not a Dask scheduler address"),
    ("scheduler", "no port"),
])
def test_what_is_no_scheduler_address_is_said(address: str, said: str) -> None:
    problem = address_problem(address)
    assert problem is not None and said in problem and address in problem, problem


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def listening_port() -> Iterator[int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        yield int(s.getsockname()[1])


def test_nothing_listening_is_said_at_once(closed_port: int) -> None:
    started = time.monotonic()
    problem = unreachable(f"tcp://127.0.0.1:{closed_port}")
    assert problem == f"cannot reach the Dask scheduler at tcp://127.0.0.1:{closed_port}: connection refused"
    assert time.monotonic() - started < 2


def test_a_listening_scheduler_is_reachable(listening_port: int) -> None:
    assert unreachable(f"tcp://127.0.0.1:{listening_port}") is None
    assert unreachable(f"127.0.0.1:{listening_port}") is None


def run_cli(argv: list[str]) -> int:
    from flows.cli import main

    return main(argv)


def test_tally_run_refuses_a_bad_address_in_one_line(report_pdf: Path, tmp_path: Path, closed_port: int,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")  # (never reached: refused before Prefect)
    db = tmp_path / "w.duckdb"
    assert run_cli(["run", str(report_pdf), "--db", str(db), "--dask-address", "tcp//127.0.0.1:8786"]) == 2
    assert capsys.readouterr().err.strip() == (
        "tally run: --dask-address: not a Dask scheduler address: 'tcp//127.0.0.1:8786' (expected tcp://HOST:PORT)")
    started = time.monotonic()
    assert run_cli(["run", str(report_pdf), "--db", str(db), "--dask-address", f"tcp://127.0.0.1:{closed_port}"]) == 2
    assert capsys.readouterr().err.strip() == (
        f"tally run: cannot reach the Dask scheduler at tcp://127.0.0.1:{closed_port}: connection refused")
    assert time.monotonic() - started < 5
    assert not db.exists()


def test_a_cluster_needs_prefect_and_a_server_its_workers_reach(report_pdf: Path, tmp_path: Path,
                                                               listening_port: int, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    address = f"tcp://127.0.0.1:{listening_port}"
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    assert run_cli(["run", str(report_pdf), "--no-prefect", "--dask-address", address]) == 2
    assert "--no-prefect" in capsys.readouterr().err
    monkeypatch.delenv("PREFECT_API_URL")
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "no-profile"))
    assert run_cli(["run", str(report_pdf), "--dask-address", address]) == 2
    err = capsys.readouterr().err
    assert "PREFECT_API_URL" in err and "prefect server start" in err
    inbox = tmp_path / "in"
    inbox.mkdir()
    assert run_cli(["serve", "--inbox", str(inbox), "--once", "--dask-address", address]) == 2
    assert "PREFECT_API_URL" in capsys.readouterr().err


def test_tally_serve_refuses_a_bad_address_before_serving(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["serve", "--inbox", str(tmp_path), "--dask-address", "tcp//h:1"]) == 2
    assert capsys.readouterr().err.strip() == (
        "tally serve: --dask-address: not a Dask scheduler address: 'tcp//h:1' (expected tcp://HOST:PORT)")
