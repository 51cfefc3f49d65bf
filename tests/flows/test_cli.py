"""The CLI as a person runs it: exit codes, summary and alerts, reloads, read-only queries, bad files."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from flows.cli import main


def _count(db: Path, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


def test_run_on_a_report_that_adds_up_exits_0(report_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.duckdb"
    assert main(["run", str(report_pdf), "--db", str(db), "--no-prefect"]) == 0
    out = capsys.readouterr().out
    assert "1 loaded" in out and "ALERT" not in out
    assert _count(db, "SELECT count(*) FROM checks WHERE status = 'pass'") == 2


def test_run_with_a_failed_check_exits_1_and_prints_the_arithmetic(failing_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.duckdb"
    assert main(["run", str(failing_pdf), "--db", str(db), "--no-prefect"]) == 1
    out = capsys.readouterr().out
    assert "ALERT [error]" in out
    assert "500 + 350 = 850 ≠ 860人" in out and "第1页" in out and "差 10人" in out
    assert _count(db, "SELECT count(*) FROM failed_checks") == 1


def test_loading_the_same_file_twice_replaces_its_rows(failing_pdf: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    main(["run", str(failing_pdf), "--db", str(db), "--no-prefect"])
    counts = [_count(db, f"SELECT count(*) FROM {t}") for t in ("documents", "pages", "figures", "checks")]
    main(["run", str(failing_pdf), "--db", str(db), "--no-prefect"])
    assert [_count(db, f"SELECT count(*) FROM {t}") for t in ("documents", "pages", "figures", "checks")] == counts
    assert _count(db, "SELECT count(*) FROM runs") == 2


def test_a_bad_file_exits_2_with_one_clear_line_and_the_batch_goes_on(report_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    db = tmp_path / "w.duckdb"
    assert main(["run", str(bad), str(report_pdf), "--db", str(db), "--no-prefect", "--workers", "1"]) == 2
    captured = capsys.readouterr()
    assert "FAILED FILE [not_pdf] scan.pdf: this is a PNG image, not a PDF" in captured.out
    assert "Traceback" not in captured.out + captured.err
    assert _count(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") == 1
    assert _count(db, "SELECT count(*) FROM documents WHERE status = 'failed' AND error_kind = 'not_pdf'") == 1


def test_query_prints_a_table_and_cannot_write(failing_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.duckdb"
    main(["run", str(failing_pdf), "--db", str(db), "--no-prefect"])
    capsys.readouterr()
    assert main(["query", "SELECT raw, label FROM figures ORDER BY seq", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "860人" in out and "(3 rows)" in out
    assert main(["query", "DELETE FROM figures", "--db", str(db)]) == 2
    assert "read-only" in capsys.readouterr().err.lower()
    assert _count(db, "SELECT count(*) FROM figures") == 3


def test_query_on_a_missing_warehouse_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "SELECT 1", "--db", str(tmp_path / "none.duckdb")]) == 2
    err = capsys.readouterr().err
    assert "none.duckdb" in err and "Traceback" not in err


def test_rules_file_checks_an_expected_total(report_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rule]]\nname = "资金与协议一致"\nlabel = "帮扶资金"\nexpect = "600万元"\n', encoding="utf-8")
    db = tmp_path / "w.duckdb"
    assert main(["run", str(report_pdf), "--db", str(db), "--no-prefect", "--rules", str(rules)]) == 1
    out = capsys.readouterr().out
    assert "规则「资金与协议一致」" in out and "应为 600万元" in out and "500万元" in out
    assert _count(db, "SELECT count(*) FROM checks WHERE rule = 'rule:资金与协议一致' AND source LIKE '%rules.toml'") == 1


@pytest.mark.parametrize("absent", [
    '[[rule]]\nname = "到位率"\nlabel = "到位率"\nmin = "100%"\n',
    '[[rule]]\nname = "培训"\ntotal = "培训总人次"\nparts = ["线上培训", "线下培训"]\n',
])
def test_a_rule_that_finds_no_figure_is_a_failed_check_not_a_crash(report_pdf: Path, tmp_path: Path, absent: str,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rule]]\nname = "资金与协议一致"\nlabel = "帮扶资金"\nexpect = "500万元"\n' + absent, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    assert main(["run", str(report_pdf), "--db", str(db), "--no-prefect", "--rules", str(rules)]) == 1
    out = capsys.readouterr().out
    [alert] = [line for line in out.splitlines() if line.startswith("ALERT")]
    assert ("没有「" in alert or "找不到" in alert) and "1 loaded" in out
    assert _count(db, "SELECT count(*) FROM checks WHERE rule LIKE 'rule:%' AND status = 'fail' AND page IS NULL") == 1
    assert _count(db, "SELECT count(*) FROM checks WHERE rule = 'rule:资金与协议一致' AND status = 'pass'") == 1
    # the run ends and says so (failed: a check failed), with its document loaded
    assert _count(db, "SELECT count(*) FROM runs WHERE status = 'failed' AND finished_at IS NOT NULL "
                      "AND files_new = 1 AND checks_failed = 1") == 1


def test_query_shows_decimals_as_printed_without_padding(failing_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.duckdb"
    main(["run", str(failing_pdf), "--db", str(db), "--no-prefect"])
    capsys.readouterr()
    assert main(["query", "SELECT value, sum(value) OVER () AS total FROM figures ORDER BY seq", "--db", str(db), "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == ["860,1710", "500,1710", "350,1710"]


QUERY_TYPES = ("SELECT 1.50::DECIMAL(38,10) AS v, 17100000::DECIMAL(38,10) AS yuan, NULL AS n, 3 AS i, [1, 2] AS l, "
               "true AS b, 'a\"b,c' AS s, DATE '2019-03-15' AS d, 'x' AS last")


def test_query_as_json_keeps_types_exact_decimals_and_nulls(failing_pdf: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    import json
    from decimal import Decimal

    db = tmp_path / "w.duckdb"
    main(["run", str(failing_pdf), "--db", str(db), "--no-prefect"])
    capsys.readouterr()
    assert main(["query", QUERY_TYPES, "--db", str(db), "--format", "json"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line, parse_float=Decimal) == {"v": Decimal("1.5"), "yuan": 17100000, "n": None, "i": 3,
                                                     "l": [1, 2], "b": True, "s": 'a"b,c', "d": "2019-03-15",
                                                     "last": "x"}
    assert '"yuan": 17100000' in line and '"v": 1.5' in line  # exact, as numbers


def test_query_as_csv_leaves_nulls_empty(failing_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.duckdb"
    main(["run", str(failing_pdf), "--db", str(db), "--no-prefect"])
    capsys.readouterr()
    assert main(["query", QUERY_TYPES, "--db", str(db), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["v,yuan,n,i,l,b,s,d,last", '1.5,17100000,,3,"[1, 2]",True,"a""b,c",2019-03-15,x']


def test_a_table_cell_cut_short_says_so(failing_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.duckdb"
    main(["run", str(failing_pdf), "--db", str(db), "--no-prefect"])
    capsys.readouterr()
    assert main(["query", "SELECT repeat('帮扶', 60) AS long, 'short' AS s", "--db", str(db)]) == 0
    row = capsys.readouterr().out.splitlines()[2]
    assert row.startswith("帮扶" * 39 + "帮…") and row.rstrip().endswith("| short")


@pytest.mark.parametrize("given", ["-1", "-4", "two", "1.5"])
def test_a_number_of_workers_that_makes_no_sense_is_refused(given: str, capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import build_parser

    for command in (["run", "x.pdf"], ["serve", "--inbox", "in"]):
        with pytest.raises(SystemExit):
            build_parser().parse_args([*command, "--workers", given])
        assert "--workers" in capsys.readouterr().err


def test_debug_is_taken_before_or_after_the_command() -> None:
    from flows.cli import build_parser

    for argv in (["--debug", "query", "SELECT 1"], ["query", "SELECT 1", "--debug"], ["run", "a.pdf", "--debug"],
                 ["review", "--out", "o", "--debug"], ["serve", "--inbox", "i", "--debug"]):
        assert build_parser().parse_args(argv).debug is True
    assert build_parser().parse_args(["query", "SELECT 1"]).debug is False


def test_every_command_and_option_says_what_it_is_for() -> None:
    from flows.cli import build_parser

    parser = build_parser()
    [sub] = [a for a in parser._actions if a.choices and isinstance(a.choices, dict)]  # noqa: SLF001
    for name, command in sub.choices.items():
        assert command.description, f"tally {name} --help has no description"
        for action in command._actions:  # noqa: SLF001
            if action.option_strings and action.dest != "help":
                assert action.help, f"tally {name} {action.option_strings[0]} has no help"


def test_a_copy_of_a_report_is_loaded_once_said_so_and_editing_it_leaves_the_original(
        report_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    inbox = tmp_path / "in"
    inbox.mkdir()
    original, copy = inbox / "a_2018.pdf", inbox / "b_2018_copy.pdf"
    shutil.copy(report_pdf, original)
    shutil.copy(report_pdf, copy)
    db = tmp_path / "w.duckdb"
    main(["run", str(inbox), "--db", str(db), "--no-prefect"])
    out = capsys.readouterr().out
    assert "2 document(s), 1 loaded, 0 failed, 1 copy of another file" in out
    # the workers may finish either first: read in one batch, the first name in sorted order is kept
    assert f"SAME FILE {copy}: the same bytes as {original}, loaded once under that name" in out
    assert _count(db, "SELECT count(*) FROM documents") == 1
    assert _count(db, f"SELECT count(*) FROM documents WHERE source_path = '{original}'") == 1
    assert _count(db, "SELECT files_new * 10 + files_skipped FROM runs") == 11
    figures = _count(db, "SELECT count(*) FROM figures")
    with copy.open("ab") as f:  # the copy is edited: it becomes a document of its own
        f.write(b"\n% edited\n")
    main(["run", str(copy), "--db", str(db), "--no-prefect"])
    assert _count(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") == 2
    assert _count(db, "SELECT count(*) FROM figures") == 2 * figures


def test_failed_checks_are_counted_as_errors_and_warnings_and_only_errors_fail_the_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pdfs import tiny_pdf

    pdf = tmp_path / "approx.pdf"  # an approximate total whose parts do not add up: a warning, not an error
    tiny_pdf([["某县工作汇报", "全年帮扶约1200户,其中种植户800户,养殖户300户。", "投入资金500万元,其中产业300万元,就业200万元。"]], pdf)
    assert main(["run", str(pdf), "--db", str(tmp_path / "w.duckdb"), "--no-prefect"]) == 0
    out = capsys.readouterr().out
    assert "checks 1 passed, 1 failed (0 errors, 1 warning)" in out
    assert "ALERT [warning]" in out


def test_the_help_says_what_each_exit_code_means() -> None:
    from flows.cli import build_parser

    [sub] = [a for a in build_parser()._actions if isinstance(a.choices, dict)]  # noqa: SLF001
    text = sub.choices["run"].description
    assert "1: a check of severity error failed (the data is loaded; failed warnings alone exit 0)" in text


@pytest.mark.parametrize(("option", "given", "said"), [
    ("--max-pages", "0", "1 or more"), ("--max-pages", "-3", "1 or more"), ("--max-pages", "ten", "not a whole number"),
    ("--max-mb", "0", "more than 0"), ("--max-mb", "-5", "more than 0"), ("--max-mb", "nan", "not a number"),
    ("--max-mb", "inf", "not a number"),
    ("--max-memory-mb", "0", "1 or more"), ("--max-memory-mb", "1.5", "not a whole number"),
    ("--timeout", "-1", "more than 0"), ("--timeout", "0", "more than 0"), ("--timeout", "nan", "not a number"),
    ("--lock-wait", "-1", "0 or more"), ("--lock-wait", "inf", "not a number"), ("--lock-wait", "soon", "not a number"),
])
def test_a_limit_that_makes_no_sense_is_refused_by_run_and_serve(option: str, given: str, said: str,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import build_parser

    for command in (["run", "x.pdf"], ["serve", "--inbox", "in"]):
        with pytest.raises(SystemExit):
            build_parser().parse_args([*command, option, given])
        err = capsys.readouterr().err
        assert option in err and said in err, err


def test_limits_that_make_sense_are_taken_by_run_and_serve() -> None:
    from flows.cli import build_parser

    for command in (["run", "x.pdf"], ["serve", "--inbox", "in"]):
        args = build_parser().parse_args([*command, "--max-pages", "50", "--max-mb", "0.5", "--max-memory-mb", "600",
                                          "--timeout", "2.5", "--lock-wait", "0"])
        assert (args.max_pages, args.max_mb, args.max_memory_mb, args.timeout, args.lock_wait) == (50, 0.5, 600, 2.5, 0)
        args = build_parser().parse_args(command)
        assert (args.max_pages, args.max_mb, args.max_memory_mb, args.timeout, args.lock_wait) == (2000, 200, 1500, 120, 30)


def test_a_lock_wait_from_the_environment_that_is_not_seconds_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import build_parser

    monkeypatch.setenv("TALLY_LOCK_WAIT_S", "5")
    assert build_parser().parse_args(["run", "x.pdf"]).lock_wait == 5
    monkeypatch.setenv("TALLY_LOCK_WAIT_S", "a while")
    with pytest.raises(SystemExit):
        build_parser().parse_args(["run", "x.pdf"])
    err = capsys.readouterr().err
    assert "TALLY_LOCK_WAIT_S" in err and "'a while'" in err, err


def test_a_missing_warehouse_is_said_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "SELECT 1", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert capsys.readouterr().err.strip() == (
        f"tally: warehouse {tmp_path / 'none.duckdb'} does not exist; load some reports first")


@pytest.mark.slow
def test_a_query_waiting_for_a_run_says_so_and_takes_a_lock_wait(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    import subprocess
    import sys
    import time

    db = tmp_path / "w.duckdb"
    hold = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time\ncon = duckdb.connect(sys.argv[1])\n"
                             "print('locked', flush=True)\ntime.sleep(30)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert hold.stdout is not None and hold.stdout.readline().strip() == "locked"
        started = time.monotonic()
        assert main(["query", "SELECT 1", "--db", str(db), "--lock-wait", "1"]) == 2
        assert time.monotonic() - started < 5
        err = capsys.readouterr().err.splitlines()
        assert err[0] == (f"waiting for the warehouse: another process (PID {hold.pid}) holds it, a run writing it "
                          "(DuckDB lets no one else open it meanwhile, not even to read); up to 1 s (--lock-wait)")
        assert err[1] == f"tally: warehouse {db} is in use by another process (PID {hold.pid}); try again when it finishes"
    finally:
        hold.kill()
        hold.wait()


def test_worker_counts_that_do_nothing_useful_are_said() -> None:
    import os

    from flows.cli import build_parser, worker_notes

    cores = os.cpu_count() or 1
    many = build_parser().parse_args(["run", "x.pdf", "--workers", str(8 * cores + 1)])
    [note] = worker_notes(many)
    assert note == (f"--workers {8 * cores + 1} on {cores} core(s): more worker processes than cores read no faster, "
                    "and each may take up to 1500 MB (--max-memory-mb)")
    dask = build_parser().parse_args(["serve", "--inbox", "i", "--workers", "2", "--dask-address", "tcp://h:8786"])
    assert worker_notes(dask) == ["--workers is not used with --dask-address: the cluster's worker threads read"]
    assert worker_notes(build_parser().parse_args(["run", "x.pdf", "--workers", str(cores)])) == []


def test_csv_keeps_newlines_inside_a_quoted_field_and_json_columns_are_json(tmp_path: Path,
                                                                            capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import io
    import json

    db = tmp_path / "w.duckdb"
    duckdb.connect(str(db)).close()
    sql = "SELECT 'a' || chr(10) || 'b' AS text, '[[\"序号\", 1]]'::JSON AS rows, NULL::JSON AS none"
    assert main(["query", sql, "--db", str(db), "--format", "csv"]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out))) == [["text", "rows", "none"], ["a\nb", '[["序号", 1]]', ""]]
    assert main(["query", sql, "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"text": "a\nb", "rows": [["序号", 1]], "none": None}
    assert main(["query", sql, "--db", str(db)]) == 0
    assert "a b" in capsys.readouterr().out  # (a table keeps one line a row)


def test_a_query_piped_into_a_reader_that_stops_early_ends_quietly(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "w.duckdb"
    duckdb.connect(str(db)).close()
    tally = str(Path(sys.executable).with_name("tally"))
    run = subprocess.run(f"set -o pipefail; '{tally}' query --db '{db}' 'SELECT * FROM range(200000)' | head -1",
                         shell=True, executable="/bin/bash", capture_output=True, text=True, timeout=60)
    assert run.stdout.strip() == "range"
    assert run.stderr == ""
    assert run.returncode == 0


def test_a_balance_carried_forward_is_checked_and_stored_with_what_it_takes_away(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pdfs import tiny_pdf

    pdf = tmp_path / "debt.pdf"
    db = tmp_path / "w.duckdb"
    tiny_pdf([["某县财政工作报告", "全县政府债务余额年初为45.60亿元,当年新增债务8.20亿元,偿还到期债务3.75亿元,年末余额为50.15亿元。"]], pdf)
    assert main(["run", str(pdf), "--db", str(db), "--no-prefect"]) == 1
    out = capsys.readouterr().out
    assert "45.60 + 8.20 − 3.75 = 50.05 ≠ 50.15亿元 (差 0.1亿元" in out
    with duckdb.connect(str(db), read_only=True) as con:
        [(children, subtracted, away)] = con.execute(
            "SELECT r.child_figure_ids, r.subtracted_figure_ids, f.raw FROM relations r "
            "JOIN figures f ON f.doc_id = r.doc_id AND f.figure_id = r.subtracted_figure_ids[1] WHERE r.type = 'balance'"
        ).fetchall()
        assert len(children) == 3 and len(subtracted) == 1 and subtracted[0] in children and away == "3.75亿元"
        [(rule, status, difference)] = con.execute(
            "SELECT rule, status, difference FROM checks WHERE relation_id = "
            "(SELECT relation_id FROM relations WHERE type = 'balance')").fetchall()
        assert (rule, status, difference) == ("balance_carries_forward", "fail", Decimal("-10000000"))
