"""`tally`: run reports through the pipeline, query the warehouse, serve an inbox on a schedule."""

from __future__ import annotations

import argparse
import atexit
import contextlib
import math
import os
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT = 0, 1, 2
DEFAULT_DB = os.environ.get("TALLY_DB", "tally.duckdb")
LOCK_WAIT_ENV = "TALLY_LOCK_WAIT_S"


def prefect_setting(name: str) -> str | None:
    """A Prefect setting (PREFECT_API_URL, PREFECT_API_KEY, …) from the environment, else the active profile;
    read without importing Prefect (its start-up costs 1.8-2.9 CPU-s here, and a temporary server 12-27 s)."""
    if value := os.environ.get(name):
        return value
    home = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect"))
    profiles = Path(os.environ.get("PREFECT_PROFILES_PATH", home / "profiles.toml"))
    try:
        data = tomllib.loads(profiles.read_text())
    except (OSError, tomllib.TOMLDecodeError):
        return None
    active = os.environ.get("PREFECT_PROFILE") or data.get("active", "default")
    value = data.get("profiles", {}).get(active, {}).get(name)
    return str(value) if value else None


def prefect_api_configured() -> bool:
    """True when runs should go through a Prefect API: PREFECT_API_URL set, in the env or the active profile.

    Read without importing Prefect, so a run with no API configured does not pay for Prefect's start-up
    (its temporary server costs 12-27 s here).
    """
    return bool(prefect_setting("PREFECT_API_URL"))


def api_headers() -> dict[str, str]:
    """How to authenticate to the configured API, as Prefect's client would: an API key (Prefect Cloud) or
    a server's basic-auth string."""
    import base64

    if key := prefect_setting("PREFECT_API_KEY"):
        return {"Authorization": f"Bearer {key}"}
    if auth := prefect_setting("PREFECT_API_AUTH_STRING"):
        return {"Authorization": "Basic " + base64.b64encode(auth.encode()).decode()}
    return {}


def _settings(args: argparse.Namespace) -> Any:
    from flows.pipeline import run_settings, webhook_urls

    return run_settings(args.db, args.password, args.rules, *webhook_urls(args.webhook, args.slack_webhook),
                        max_pages=args.max_pages, max_mb=args.max_mb, timeout_s=args.timeout,
                        memory_mb=args.max_memory_mb, lock_wait_s=args.lock_wait)


def _settings_for_serve(args: argparse.Namespace) -> Any:
    """As _settings, but the password only from TALLY_PDF_PASSWORD (tally serve takes none on its command line)."""
    args = argparse.Namespace(**{**vars(args), "password": None})
    return _settings(args)


def _progress(done: int, total: int, result: Any) -> None:
    status = result.error_kind or f"{len(result.extraction.figures)} figures"
    print(f"  [{done}/{total}] {Path(result.path).name}: {status} ({result.seconds:.1f} s)", file=sys.stderr, flush=True)


def print_summary(summary: Any, out: Any = None) -> None:
    from flows.alerts import alert_lines

    out = out or sys.stdout
    print(
        f"tally run {summary.run_id}: {summary.documents} document(s), {summary.loaded} loaded, {summary.failed} failed"
        + (f", {summary.skipped} unchanged" if summary.skipped else "")
        + (f", {len(summary.copies)} cop{'y' if len(summary.copies) == 1 else 'ies'} of another file" if summary.copies else "")
        + f"; {summary.figures} figures; checks {summary.checks_passed} passed, {summary.checks_failed} failed"
        + (_errors_and_warnings(summary) if summary.checks_failed else "")
        + f" ({summary.seconds:.1f} s)",
        file=out,
    )
    from flows import pipeline as say

    lines = ([f"SKIPPED {problem}" for problem in summary.problems] + [say.missing_line(p) for p in summary.missing]
             + [say.writing_line(p) for p in summary.writing] + [say.unfinished_line(*u) for u in summary.unfinished]
             + [say.moved_line(*m) for m in summary.moved] + [say.forgotten_line(*f) for f in summary.forgotten]
             + [say.same_line(*c) for c in summary.copies + summary.copies_skipped]
             + [say.similar_line(*s) for s in summary.similar])
    for line in lines:
        print(line, file=out)
    for _name, kind, message in summary.failures:
        print(f"FAILED FILE [{kind}] {message}", file=out)
    for line in alert_lines(summary.alerts):
        print(f"ALERT {line}", file=out)
    if summary.review:
        print(f"review: {summary.review}", file=out)


def _errors_and_warnings(summary: Any) -> str:
    """' (8 errors, 11 warnings)': failed checks by severity (only errors fail the command and the flow run)."""
    errors = summary.errors_failed
    warnings = summary.checks_failed - errors
    return f" ({errors} error{'' if errors == 1 else 's'}, {warnings} warning{'' if warnings == 1 else 's'})"


def review_and_alert(summary: Any, settings: Any, review_dir: str | None) -> None:
    """After a run without Prefect: the HTML review when asked for, then the webhooks (what the flow does
    through Prefect)."""
    from flows.alerts import notify

    if review_dir:
        from review.build import write_review

        summary.review = str(write_review(settings.db_path, review_dir))
    for problem in notify(summary.run_id, summary.alerts, summary.failures, settings.webhook_url,
                          settings.slack_webhook_url, summary.review, summary.missing):
        print(f"alert not delivered: {problem}", file=sys.stderr)


def cmd_run(args: argparse.Namespace) -> int:
    from flows.pipeline import discover, run_local

    start = time.perf_counter()
    settings = _settings(args)
    problems: list[str] = []
    paths = discover(args.pdfs, problems)
    for problem in problems:
        print(f"SKIPPED {problem}", file=sys.stderr)
    if not paths:
        print("no PDF found in " + " ".join(args.pdfs), file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.dask_address and (why := cluster_refusal(args)) is not None:
        print(f"tally run: {why}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for note in worker_notes(args):
        print(f"note: {note}", file=sys.stderr)
    workers = args.workers or (min(len(paths), os.cpu_count() or 1))
    use_prefect = args.prefect if args.prefect is not None else prefect_api_configured()
    serving = None if args.dask_address or args.here or not use_prefect else serve_to_hand_to(args.db)
    if serving is not None:
        summary = hand_off(serving, [str(p) for p in paths], settings, workers, args)
    elif use_prefect or args.dask_address:
        from flows.pipeline import head_start

        # the workers read while this process imports Prefect and creates the flow run (flows.pipeline.HeadStart)
        with contextlib.nullcontext() if args.dask_address else head_start(paths, settings, workers):
            from flows.ingest import run_flow

            summary = run_flow(paths, settings, workers=workers, dask_address=args.dask_address,
                               notify_block=args.notify_block, review_dir=args.review, review=not args.no_review)
    else:
        summary = run_local(paths, settings, workers=workers, progress=_progress if len(paths) > 1 else None)
        review_and_alert(summary, settings, args.review)
    summary.seconds = time.perf_counter() - start
    print_summary(summary)
    if summary.failed:
        return EXIT_BAD_INPUT
    return EXIT_CHECK_FAILED if summary.errors_failed else EXIT_OK


def serve_to_hand_to(db_path: str) -> Any:
    """The `tally serve` serving this warehouse through the configured API (flows.handoff), or None; one
    serving it through another API is said (the run then waits for the warehouse while that serve writes)."""
    from flows.handoff import same_api, serve_of

    api_url = prefect_setting("PREFECT_API_URL")
    serving = serve_of(db_path) if api_url else None
    if serving is None or api_url is None or same_api(serving.api_url, api_url):
        return serving
    print(f"note: tally serve (PID {serving.pid}) serves {db_path} through the Prefect API at {serving.api_url}; "
          f"this run goes through {api_url}, so it runs here", file=sys.stderr)
    return None


def hand_off(serving: Any, paths: list[str], settings: Any, workers: int, args: argparse.Namespace) -> Any:
    """The run as a flow run of `serving`'s deployment, in its warm process; the summary it sends back."""
    from flows.handoff import Api, run_handed_off, run_parameters, say_on_stderr

    parameters = run_parameters(paths, settings, workers, None, False, None, args.notify_block, args.review,
                                not args.no_review)
    return run_handed_off(Api(serving.api_url, api_headers()), serving, settings.db_path, parameters, say_on_stderr)


def worker_notes(args: argparse.Namespace) -> list[str]:
    """What a --workers value will not do: read on a Dask cluster (its threads read), or read faster with
    many more processes than cores."""
    cores = os.cpu_count() or 1
    if args.dask_address and args.workers:
        return ["--workers is not used with --dask-address: the cluster's worker threads read"]
    if args.workers > 4 * cores:
        return [f"--workers {args.workers} on {cores} core(s): more worker processes than cores read no faster, "
                f"and each may take up to {args.max_memory_mb} MB (--max-memory-mb)"]
    return []


def cluster_refusal(args: argparse.Namespace, reach: bool = True) -> str | None:
    """Why a run cannot go to the Dask cluster args.dask_address (said at once: Dask retries for 30 s), or None."""
    from flows.cluster import NEEDS_SERVER, address_problem, unreachable

    if (why := address_problem(args.dask_address)) is not None:
        return f"--dask-address: {why}"
    if getattr(args, "prefect", None) is False:
        return "--dask-address runs the flow's tasks on the cluster through Prefect: drop --no-prefect"
    if not prefect_api_configured():
        return "--dask-address needs PREFECT_API_URL: " + NEEDS_SERVER
    return unreachable(args.dask_address) if reach else None


def cmd_query(args: argparse.Namespace) -> int:
    from flows.pipeline import say_waiting
    from warehouse.connect import connect
    from warehouse.queries import run_sql

    con = connect(args.db, read_only=True, max_wait_s=args.lock_wait, on_wait=lambda held: say_waiting(held, args.lock_wait))
    types: list[str] = []
    try:
        columns, rows = run_sql(con, args.sql, types)
    finally:
        con.close()
    try:
        print_table(columns, rows, args.format, types)
        sys.stdout.flush()
    except BrokenPipeError:  # `tally query … | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def _decimal_text(value: Any) -> str:
    """A DECIMAL(38,10) as a reader writes it: 17100000, 460.1 (exact, no float, no padding)."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _cell(value: Any, one_line: bool = True) -> str:
    """A value as text: NULL, exact decimals, lists in brackets; a table keeps a row on one line."""
    if value is None:
        return "NULL"
    if isinstance(value, list):
        return "[" + ", ".join(_cell(v, one_line) for v in value) + "]"
    if hasattr(value, "as_tuple"):
        return _decimal_text(value)
    return str(value).replace("\n", " ") if one_line else str(value)


def _json(value: Any) -> str:
    """One value as JSON text: NULL is null, numbers are numbers (a DECIMAL exactly as printed, never
    through a float), lists are arrays, dates and times ISO strings."""
    import json
    import math

    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if hasattr(value, "as_tuple"):
        return _decimal_text(value) if value.is_finite() else "null"
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "null"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_json(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k), ensure_ascii=False)}: {_json(v)}" for k, v in value.items()) + "}"
    if hasattr(value, "isoformat"):
        return json.dumps(value.isoformat())
    return json.dumps(str(value), ensure_ascii=False)


def _clip(text: str, most: int = 80) -> str:
    """A table cell of at most `most` characters, its end marked '…' when cut."""
    return text if len(text) <= most else text[: most - 1] + "…"


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def print_table(columns: list[str], rows: list[tuple[Any, ...]], fmt: str = "table", types: list[str] | None = None) -> None:
    """A query result as an aligned table (CJK counted double-width; a cell cut at 80 characters ends in …),
    CSV (NULL an empty field; line breaks kept inside quoted fields) or JSON lines (typed: null, exact
    numbers, arrays; a JSON column as the JSON it holds)."""
    if fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([["" if v is None else _cell(v, one_line=False) for v in r] for r in rows])  # NULL: an empty field
        return
    if fmt == "json":
        import json

        is_json = [t == "JSON" for t in types] if types else [False] * len(columns)
        for r in rows:
            print("{" + ", ".join(f"{json.dumps(c, ensure_ascii=False)}: {v if j and v is not None else _json(v)}"
                                  for c, v, j in zip(columns, r, is_json, strict=True)) + "}")
        return
    cells = [[_clip(_cell(v)) for v in r] for r in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(values: list[str]) -> str:
        return " | ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    print(line(columns))
    print("-+-".join("-" * w for w in widths))
    for r in cells:
        print(line(r))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def cmd_review(args: argparse.Namespace) -> int:
    from review.build import build_review

    files = build_review(args.db, args.out, args.doc or None)
    print(f"review written to {files.index.parent.resolve()}: index.html, {len(files.pages)} document page(s), "
          f"{len(files.images)} page crop(s)")
    for note in files.notes:
        print(f"  no crop: {note}")
    print(f"open {files.index.resolve()}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.serve import serve_inbox

    return serve_inbox(args)


def whole_number(text: str, least: int, what: str, why: str) -> int:
    """An option's whole number, at least `least`, or argparse's error: 'not a whole number of seconds: '1.5''."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number{what}: {text!r}") from None
    if value < least:
        raise argparse.ArgumentTypeError(f"{why}, not {value}")
    return value


def heartbeat_seconds(text: str) -> int:
    """--heartbeat: whole seconds, at least 30 (Prefect's minimum)."""
    return whole_number(text, 30, " of seconds", "at least 30 seconds (Prefect's minimum)")


def worker_count(text: str) -> int:
    """--workers: a whole number, 0 or more (0: one per core)."""
    return whole_number(text, 0, "", "0 or more (0: one per core)")


def one_or_more(text: str) -> int:
    """--max-pages, --max-memory-mb: a whole number, 1 or more."""
    return whole_number(text, 1, "", "1 or more")


def positive_number(text: str) -> float:
    """--max-mb, --timeout: a finite number more than 0."""
    return _number(text, "more than 0", lambda value: value > 0)


def seconds_to_wait(text: str) -> float:
    """--lock-wait (or TALLY_LOCK_WAIT_S, which argparse passes here when the option is not given): 0 or more."""
    return _number(text, "0 or more", lambda value: value >= 0, source=f" (--lock-wait or {LOCK_WAIT_ENV})")


def _number(text: str, should: str, ok: Any, source: str = "") -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"not a number{source}: {text!r}")
    if not ok(value):
        raise argparse.ArgumentTypeError(f"{should}, not {text}")
    return value


def add_limits(parser: argparse.ArgumentParser) -> None:
    """What one file may take and how long to wait for the warehouse: the same options for run and serve."""
    parser.add_argument("--max-pages", type=one_or_more, default=2000,
                        help="refuse PDFs with more pages (default 2000)")
    parser.add_argument("--max-mb", type=positive_number, default=200.0,
                        help="refuse files larger than this many MiB (default 200)")
    parser.add_argument("--max-memory-mb", type=one_or_more, default=1500,
                        help="stop reading a PDF that needs more memory (default 1500)")
    parser.add_argument("--timeout", type=positive_number, default=120.0,
                        help="seconds allowed to read one PDF (default 120)")
    parser.add_argument("--lock-wait", type=seconds_to_wait, default=os.environ.get(LOCK_WAIT_ENV, "30"),
                        help=f"seconds to wait while another process writes the warehouse (default 30, or {LOCK_WAIT_ENV})")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tally", description="Turn Chinese work-report PDFs into checked figures in DuckDB.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    # --debug after the command too (`tally run a.pdf --debug`); SUPPRESS keeps the one given before it
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help: str, description: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, description=description, parents=[common])

    run = command("run", help="extract, check and load PDFs (files or folders)",
                  description="Extract every figure, check the breakdowns, load into DuckDB. "
                  "Exit 0: no check of severity error failed; 1: a check of severity error failed (the data is loaded; "
                  "failed warnings alone exit 0); 2: a file could not be read.")
    run.add_argument("pdfs", nargs="+", help="PDF files or folders (searched recursively)")
    run.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB warehouse file (default {DEFAULT_DB})")
    run.add_argument("--password", help="password for encrypted PDFs (or TALLY_PDF_PASSWORD)")
    run.add_argument("--rules", help="TOML file of analyst rules (expected totals, minimums, …)")
    run.add_argument("--workers", type=worker_count, default=0, help="worker processes (default 0: one per core)")
    run.add_argument("--dask-address", help="run on an existing Dask cluster, e.g. tcp://host:8786 (through Prefect)")
    run.add_argument("--prefect", dest="prefect", action="store_true", default=None, help="run through Prefect even with no API configured")
    run.add_argument("--no-prefect", dest="prefect", action="store_false", help="never use Prefect for this run")
    run.add_argument("--here", action="store_true", help="through Prefect, run the flow in this process even when a "
                     "`tally serve` serves this warehouse (by default the run is handed to it: no Prefect start-up here)")
    run.add_argument("--review", metavar="DIR", help="write the HTML review of the warehouse to DIR (through Prefect: "
                     "always, by default next to the warehouse)")
    run.add_argument("--no-review", action="store_true", help="through Prefect: do not write the HTML review this run")
    run.add_argument("--notify-block", help="Prefect notification block for alerts, e.g. slack-webhook/tally (through Prefect)")
    run.add_argument("--webhook", help="POST failed checks as JSON to this URL (or TALLY_WEBHOOK_URL)")
    run.add_argument("--slack-webhook", help="send Slack-style text to this URL (or TALLY_SLACK_WEBHOOK_URL)")
    add_limits(run)
    run.set_defaults(func=cmd_run)

    query = command("query", help="run SQL on the warehouse (read-only) and print a table",
                    description="Run one SQL statement on the warehouse, opened read-only, and print its result. "
                    "Tables: documents, pages, sections, figures, relations, checks, tables, images, runs; views: "
                    "failed_checks, document_summary, figure_lookup (see the README's warehouse section).")
    query.add_argument("sql", help="e.g. \"SELECT * FROM failed_checks\"")
    query.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB warehouse file (default {DEFAULT_DB})")
    query.add_argument("--lock-wait", type=seconds_to_wait, default=os.environ.get(LOCK_WAIT_ENV, "30"),
                       help="seconds to wait while a run writes the warehouse (no one else can open it meanwhile; "
                       f"default 30, or {LOCK_WAIT_ENV})")
    query.add_argument("--format", choices=["table", "csv", "json"], default="table",
                       help="table (default; long cells cut at 80 characters, ending in …), csv (NULL as an empty "
                       "field) or json (one object a row: null, exact numbers, arrays)")
    query.set_defaults(func=cmd_query)

    serve = command("serve", help="ingest an inbox folder on a cron schedule (needs a Prefect server; --once does not)",
                    description="Serve a Prefect deployment that ingests the inbox on a cron schedule: files loaded "
                    "before with the same bytes are skipped, changed ones replaced, gone ones reported. Runs go "
                    "through a Prefect server (PREFECT_API_URL); --once runs the inbox now, here without one.")
    serve.add_argument("--inbox", required=True, help="folder of PDFs (sub-folders included)")
    serve.add_argument("--cron", default="0 2 * * *", help="schedule, cron syntax (default: 02:00 daily)")
    serve.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB warehouse file (default {DEFAULT_DB})")
    serve.add_argument("--rules", help="TOML file of analyst rules (expected totals, minimums, …)")
    serve.add_argument("--webhook", help="POST failed checks as JSON to this URL (or TALLY_WEBHOOK_URL)")
    serve.add_argument("--slack-webhook", help="send Slack-style text to this URL (or TALLY_SLACK_WEBHOOK_URL)")
    serve.add_argument("--workers", type=worker_count, default=0, help="worker processes a run (default 0: one per core)")
    serve.add_argument("--dask-address", help="read on an existing Dask cluster, e.g. tcp://host:8786")
    serve.add_argument("--no-review", action="store_true", help="do not write the HTML review after each run "
                       "(default: next to the warehouse)")
    serve.add_argument("--notify-block", help="Prefect notification block for alerts, e.g. slack-webhook/tally")
    add_limits(serve)
    serve.add_argument("--heartbeat", type=heartbeat_seconds, metavar="SECONDS", help="send Prefect flow-run heartbeats this often "
                       "(>= 30), for an automation that marks runs whose process vanished; default none: tally serve "
                       "watches its runs' processes and marks those itself")
    serve.add_argument("--name", default="tally-inbox", help="the deployment's name (default tally-inbox; "
                       "runs: prefect deployment run 'ingest-reports/NAME'); one name an inbox")
    serve.add_argument("--replace", action="store_true", help="take the name over from a deployment that served "
                       "another inbox or warehouse (by default tally serve refuses, saying which)")
    serve.add_argument("--once", action="store_true", help="run the inbox once now instead of serving (through "
                       "Prefect when an API is configured, else here without it)")
    serve.set_defaults(func=cmd_serve)

    review = command("review", help="write HTML pages showing each failed check on its printed page",
                     description="Write a static HTML review of the warehouse: an index of the documents and their "
                     "failed checks, and a page per document showing each failed check's figures on a crop of the "
                     "printed page. Nothing is fetched from the network.")
    review.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB warehouse file (default {DEFAULT_DB})")
    review.add_argument("--doc", nargs="+", action="extend", metavar="ID", help="only these documents (doc_id or a unique prefix)")
    review.add_argument("--out", required=True, help="folder for index.html, one page per document and img/")
    review.set_defaults(func=cmd_review)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as err:  # a clear line for the person; the traceback only with --debug
        if args.debug:
            raise
        from warehouse.connect import WarehouseError

        if isinstance(err, WarehouseError) or type(err).__name__ in ("FlowRunEnded", "HandOffFailed"):  # (their messages say it all)
            print(f"tally: {str(err).splitlines()[0]}", file=sys.stderr)
            return EXIT_BAD_INPUT
        kind = type(err).__name__
        print(f"tally: {kind}: {str(err).splitlines()[0] if str(err) else kind} (run with --debug for details)", file=sys.stderr)
        return EXIT_BAD_INPUT


def entry() -> None:
    """The `tally` command: main(), then an exit that skips the interpreter's teardown.

    After a run, Python would spend 0.1-0.4 s (measured: 0.13 s after a local run, 0.39 s after a
    Prefect one) freeing ~2,000 modules (Prefect's, pandas') and their objects, which nothing needs:
    the warehouse and every file are closed by then. The exit handlers still run, Prefect's (its last
    logs and events reach the API) and logging's and multiprocessing's included: the handler that
    ends the process is registered before all of them, so it runs last. When main() raises, Python
    reports the error and exits as usual.
    """
    outcome: list[int] = []
    atexit.register(_exit_now, outcome)
    code = main()
    outcome.append(code)
    sys.exit(code)


def _exit_now(outcome: list[int]) -> None:
    if not outcome:
        return
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(outcome[0])


if __name__ == "__main__":
    entry()
