"""The PDF password from the environment (TALLY_PDF_PASSWORD), for runs that take no --password: scheduled
inbox runs get it without the deployment storing it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from faults.make_faults import GOOD_TEXT, tiny_pdf
from inboxes import TALLY, count, no_api_env
from reportlab.lib.pdfencrypt import StandardEncryption


@pytest.mark.parametrize(("given", "env", "used"), [
    ("opt", "env", "opt"), (None, "env", "env"), ("", "env", "env"), (None, None, ""), ("opt", None, "opt"),
])
def test_the_option_wins_then_the_environment(monkeypatch: pytest.MonkeyPatch, given: str | None, env: str | None,
                                              used: str) -> None:
    from flows.pipeline import pdf_password

    if env is None:
        monkeypatch.delenv("TALLY_PDF_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("TALLY_PDF_PASSWORD", env)
    assert pdf_password(given) == used


def test_a_flow_run_without_the_parameter_takes_it_from_its_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.ingest import run_settings

    monkeypatch.setenv("TALLY_PDF_PASSWORD", "secret")
    settings = run_settings("w.duckdb", "", None, None, None, 2000, 200, 120.0, 1500, 30.0)
    assert settings.password == "secret"


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "locked.pdf").write_bytes(tiny_pdf([[GOOD_TEXT]], encrypt=StandardEncryption("secret", ownerPassword="own")))
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("command", [["run"], ["serve", "--once", "--inbox"]])
def test_the_tally_command_opens_an_encrypted_pdf_with_the_password_from_the_environment(
        inbox: Path, tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "w.duckdb"
    without = subprocess.run([TALLY, *command, str(inbox), "--db", str(db)], env=no_api_env(), capture_output=True,
                             text=True, timeout=120)
    assert without.returncode == 2 and "TALLY_PDF_PASSWORD" in without.stdout + without.stderr
    done = subprocess.run([TALLY, *command, str(inbox), "--db", str(db)], env=no_api_env(TALLY_PDF_PASSWORD="secret"),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1), done.stdout + done.stderr
    assert count(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") == 1
