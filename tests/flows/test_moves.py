"""A loaded file moved or renamed in the inbox (same bytes, old name gone) is not read again: its rows take
the new name and the run says so, instead of re-reading it and sending its alerts again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from inboxes import count
from pdfs import tiny_pdf

from flows.cli import main

FAILING = "受益贫困户100户,其中种植户60户,养殖户30户。"  # 60 + 30 ≠ 100: an alert every time it is read


def inbox_run(inbox: Path, db: Path) -> int:
    return main(["serve", "--inbox", str(inbox), "--db", str(db), "--once", "--no-review"])


@pytest.fixture
def loaded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    tiny_pdf([FAILING], inbox / "a.pdf")
    assert inbox_run(inbox, db) == 1
    assert "ALERT" in capsys.readouterr().out
    return inbox, db


def test_a_moved_file_takes_its_new_name_without_being_read_or_alerting(loaded: tuple[Path, Path],
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    inbox, db = loaded
    (inbox / "2019").mkdir()
    (inbox / "a.pdf").rename(inbox / "2019" / "renamed.pdf")
    assert inbox_run(inbox, db) == 0
    out = capsys.readouterr().out
    assert "0 loaded, 0 failed, 1 unchanged" in out and "ALERT" not in out and "MISSING" not in out
    assert (f"MOVED FILE {inbox / 'a.pdf'} -> {inbox / '2019' / 'renamed.pdf'}: the same bytes as loaded before; "
            "its rows name the new path now (not read again)") in out
    assert count(db, f"SELECT count(*) FROM documents WHERE source_path = '{inbox / '2019' / 'renamed.pdf'}' "
                     "AND file_name = 'renamed.pdf'") == 1
    assert count(db, "SELECT count(*) FROM documents") == 1
    assert count(db, "SELECT files_new FROM runs ORDER BY started_at DESC LIMIT 1") == 0
    assert inbox_run(inbox, db) == 0  # and then it is simply unchanged
    out = capsys.readouterr().out
    assert "1 unchanged" in out and "MOVED" not in out


def test_a_copy_left_when_the_original_goes_takes_over_its_rows(loaded: tuple[Path, Path],
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    inbox, db = loaded
    shutil.copy(inbox / "a.pdf", inbox / "b.pdf")
    assert inbox_run(inbox, db) == 0  # a copy of a.pdf, which is there: unchanged
    capsys.readouterr()
    (inbox / "a.pdf").unlink()
    assert inbox_run(inbox, db) == 0
    out = capsys.readouterr().out
    assert f"MOVED FILE {inbox / 'a.pdf'} -> {inbox / 'b.pdf'}" in out and "ALERT" not in out
    assert count(db, f"SELECT count(*) FROM documents WHERE source_path = '{inbox / 'b.pdf'}'") == 1


def test_two_copies_of_a_gone_file_one_takes_its_rows_the_other_is_a_copy(loaded: tuple[Path, Path],
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    inbox, db = loaded
    shutil.copy(inbox / "a.pdf", inbox / "c.pdf")
    (inbox / "a.pdf").rename(inbox / "b.pdf")
    assert inbox_run(inbox, db) == 0
    out = capsys.readouterr().out
    assert f"MOVED FILE {inbox / 'a.pdf'} -> {inbox / 'b.pdf'}" in out and "ALERT" not in out
    assert "2 unchanged" in out
    assert count(db, "SELECT count(*) FROM documents") == 1


def test_tally_run_of_a_moved_file_reads_it_as_asked(loaded: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    inbox, db = loaded
    (inbox / "a.pdf").rename(inbox / "b.pdf")
    assert main(["run", str(inbox / "b.pdf"), "--db", str(db), "--no-prefect"]) == 1  # read, as asked: it alerts
    assert count(db, f"SELECT count(*) FROM documents WHERE source_path = '{inbox / 'b.pdf'}'") == 1


@pytest.mark.slow
def test_an_inbox_flow_run_moves_too(prefect_harness: None, tmp_path: Path) -> None:
    from flows.ingest import run_flow
    from flows.pipeline import Settings, discover

    inbox, db = tmp_path / "inbox", str(tmp_path / "w.duckdb")
    inbox.mkdir()
    tiny_pdf([FAILING], inbox / "a.pdf")

    def run() -> object:
        return run_flow(discover([str(inbox)]), Settings(db_path=db), skip_loaded=True, inbox=str(inbox), review=False)

    assert run().loaded == 1  # type: ignore[attr-defined]
    (inbox / "a.pdf").rename(inbox / "b.pdf")
    summary = run()
    assert (summary.loaded, summary.skipped, summary.alerts) == (0, 1, [])  # type: ignore[attr-defined]
    assert summary.moved == [(str(inbox / "a.pdf"), str(inbox / "b.pdf"))]  # type: ignore[attr-defined]
    assert count(Path(db), f"SELECT count(*) FROM documents WHERE source_path = '{inbox / 'b.pdf'}'") == 1


def test_a_file_that_failed_and_is_gone_is_forgotten_once_saying_so(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "sub" / "fake.pdf").write_text("not a pdf at all")
    tiny_pdf(["受益贫困户100户,其中种植户60户,养殖户40户。"], inbox / "good.pdf")
    assert inbox_run(inbox, db) == 2
    assert "FAILED FILE [not_pdf] fake.pdf" in capsys.readouterr().out
    (inbox / "sub" / "fake.pdf").unlink()
    assert inbox_run(inbox, db) == 0
    out = capsys.readouterr().out
    assert (f"FORGOTTEN FILE {inbox / 'sub' / 'fake.pdf'}: it failed before (not_pdf) and is gone from the inbox; "
            "its failure record is removed") in out
    assert count(db, "SELECT count(*) FROM documents WHERE status = 'failed'") == 0
    assert count(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") == 1
    assert inbox_run(inbox, db) == 0
    assert "FORGOTTEN" not in capsys.readouterr().out


def test_a_failure_outside_the_inbox_is_not_forgotten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    other = tmp_path / "elsewhere" / "fake.pdf"
    other.parent.mkdir()
    other.write_text("not a pdf")
    assert main(["run", str(other), "--db", str(db), "--no-prefect"]) == 2
    other.unlink()
    tiny_pdf(["受益贫困户100户,其中种植户60户,养殖户40户。"], inbox / "good.pdf")
    assert inbox_run(inbox, db) == 0
    assert "FORGOTTEN" not in capsys.readouterr().out
    assert count(db, "SELECT count(*) FROM documents WHERE status = 'failed'") == 1


def test_the_runs_row_counts_what_an_inbox_run_found_besides_new_files(loaded: tuple[Path, Path],
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    inbox, db = loaded
    tiny_pdf(["受益贫困户100户,其中种植户60户,养殖户40户。"], inbox / "b.pdf")
    assert inbox_run(inbox, db) == 0  # b.pdf new
    (inbox / "a.pdf").rename(inbox / "moved.pdf")
    (inbox / "fake.pdf").write_text("not a pdf")
    assert inbox_run(inbox, db) == 2
    (inbox / "b.pdf").unlink()
    (inbox / "fake.pdf").unlink()
    assert inbox_run(inbox, db) == 0
    capsys.readouterr()
    con = __import__("duckdb").connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT files_new, files_skipped, files_failed, files_moved, files_missing, files_forgotten, "
                           "files_waiting FROM runs ORDER BY started_at").fetchall()
    finally:
        con.close()
    assert rows == [(1, 0, 0, 0, 0, 0, 0), (1, 1, 0, 0, 0, 0, 0), (0, 2, 1, 1, 0, 0, 0), (0, 1, 0, 0, 1, 1, 0)]


def report(path: Path, total: int) -> None:
    tiny_pdf([f"全年投入资金{total}万元,其中产业资金{total - 100}万元,就业资金100万元。"], path)


def test_two_loaded_files_that_swap_names_are_two_moves(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    report(inbox / "a.pdf", 500)
    report(inbox / "b.pdf", 600)
    assert inbox_run(inbox, db) == 0
    capsys.readouterr()
    (inbox / "a.pdf").rename(inbox / "tmp")
    (inbox / "b.pdf").rename(inbox / "a.pdf")
    (inbox / "tmp").rename(inbox / "b.pdf")
    assert inbox_run(inbox, db) == 0
    out = capsys.readouterr().out
    assert f"MOVED FILE {inbox / 'a.pdf'} -> {inbox / 'b.pdf'}" in out and f"MOVED FILE {inbox / 'b.pdf'} -> {inbox / 'a.pdf'}" in out
    # each row names the file that holds its bytes
    con = __import__("duckdb").connect(str(db), read_only=True)
    try:
        rows = dict(con.execute("SELECT file_name, sha256 FROM documents").fetchall())
    finally:
        con.close()
    from flows.pipeline import file_identity

    assert rows == {name: file_identity(inbox / name)[0] for name in ("a.pdf", "b.pdf")}


def test_an_old_version_renamed_beside_a_new_one_under_its_name_keeps_its_rows(tmp_path: Path,
                                                                             capsys: pytest.CaptureFixture[str]) -> None:
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    report(inbox / "report.pdf", 500)
    assert inbox_run(inbox, db) == 0
    capsys.readouterr()
    (inbox / "report.pdf").rename(inbox / "report_v1.pdf")
    report(inbox / "report.pdf", 510)
    assert inbox_run(inbox, db) == 0
    out = capsys.readouterr().out
    assert f"MOVED FILE {inbox / 'report.pdf'} -> {inbox / 'report_v1.pdf'}" in out and "1 loaded" in out
    assert count(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") == 2
    assert inbox_run(inbox, db) == 0
    assert "2 unchanged" in capsys.readouterr().out


def test_a_failure_is_forgotten_when_its_file_holds_its_loaded_version_again(tmp_path: Path,
                                                                             capsys: pytest.CaptureFixture[str]) -> None:
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    report(inbox / "a.pdf", 500)
    good = (inbox / "a.pdf").read_bytes()
    assert inbox_run(inbox, db) == 0
    (inbox / "a.pdf").write_bytes(good[:300])  # a broken upload over it, a minute ago (not one still coming)
    past = __import__("time").time() - 60
    __import__("os").utime(inbox / "a.pdf", (past, past))
    assert inbox_run(inbox, db) == 2
    (inbox / "a.pdf").write_bytes(good)  # the good bytes back
    capsys.readouterr()
    assert inbox_run(inbox, db) == 0
    out = capsys.readouterr().out
    assert (f"FORGOTTEN FILE {inbox / 'a.pdf'}: it failed before (truncated) and holds its loaded version again; "
            "its failure record is removed") in out
    assert count(db, "SELECT count(*) FROM documents WHERE status = 'failed'") == 0


def test_a_new_copy_of_a_loaded_file_is_said_once_and_not_read(loaded: tuple[Path, Path],
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    inbox, db = loaded
    shutil.copy(inbox / "a.pdf", inbox / "b.pdf")  # dropped in after a.pdf was loaded
    assert inbox_run(inbox, db) == 0
    out = capsys.readouterr().out
    assert f"SAME FILE {inbox / 'b.pdf'}: the same bytes as {inbox / 'a.pdf'}, loaded once under that name" in out
    assert "2 unchanged" in out and "ALERT" not in out
    assert count(db, "SELECT count(*) FROM documents") == 1
    assert count(db, "SELECT files_skipped FROM runs ORDER BY started_at DESC LIMIT 1") == 2
    assert inbox_run(inbox, db) == 0  # said when it arrives, not at every run after
    out = capsys.readouterr().out
    assert "2 unchanged" in out and "SAME FILE" not in out
