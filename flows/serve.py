"""`tally serve`: the ingest flow on a cron schedule over an inbox folder, through a real Prefect server."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

SERVER_HELP = (
    "tally serve schedules runs through a Prefect server, and none is configured.\n"
    "  start one:   prefect server start            (UI at http://127.0.0.1:4200)\n"
    "  point to it: export PREFECT_API_URL=http://127.0.0.1:4200/api\n"
    "or run the inbox once now with:  tally serve --inbox DIR --once"
)


DEPLOYMENT_NAME = "tally-inbox"


def inbox_parameters(args: argparse.Namespace) -> dict[str, Any]:
    """The ingest_reports parameters of a scheduled inbox run (the task runner is chosen from them in the run).
    Not the webhook URLs, which would be stored in the Prefect API for anyone who can read it (a Slack
    webhook URL lets its holder post): the runs find them in tally serve's environment (run_environment)."""
    parameters: dict[str, Any] = {
        "paths": [str(Path(args.inbox).absolute())], "db_path": str(Path(args.db).absolute()), "rules_path": args.rules,
        "skip_loaded": True, "inbox": str(Path(args.inbox).absolute()), "workers": args.workers,
        "dask_address": args.dask_address, "max_pages": args.max_pages, "max_mb": args.max_mb,
        "memory_mb": args.max_memory_mb, "timeout_s": args.timeout, "lock_wait_s": args.lock_wait,
    }
    if getattr(args, "no_review", False):
        parameters["review"] = False  # (else the flow's default: the review next to the warehouse)
    if getattr(args, "notify_block", None):
        parameters["notify_block"] = args.notify_block
    return parameters


def run_environment(args: argparse.Namespace) -> dict[str, str]:
    """What tally serve puts in its environment for its runs, which it starts: the webhooks from the
    options, else from TALLY_WEBHOOK_URL / TALLY_SLACK_WEBHOOK_URL, as for `tally run`."""
    from flows.pipeline import webhook_urls

    webhook_url, slack_webhook_url = webhook_urls(args.webhook, args.slack_webhook)
    env = {"TALLY_WEBHOOK_URL": webhook_url, "TALLY_SLACK_WEBHOOK_URL": slack_webhook_url}
    return {name: value for name, value in env.items() if value}


CRON_HELP = ('five fields, minute hour day-of-month month day-of-week (e.g. "0 2 * * *": 02:00 daily; '
             '"*/30 8-18 * * 1-5": every half hour in office hours)')


def refusal(args: argparse.Namespace) -> str | None:
    """Why tally serve cannot start with these options (an inbox that is not a folder, a schedule that is
    not cron), before anything is registered; None when it can."""
    if not Path(args.inbox).is_dir():
        return f"no inbox folder at {args.inbox}"
    if args.dask_address:
        from flows.cli import cluster_refusal

        # reached now for one run; a served schedule's cluster may come up later, and each run says if it is not
        if (why := cluster_refusal(args, reach=args.once)) is not None:
            return why
    if not args.once:
        # Prefect's own test of a cron string, the one its schedule would fail with later
        from prefect._internal.schemas.validators import validate_cron_string

        try:
            validate_cron_string(args.cron)
        except ValueError:
            return f'--cron "{args.cron}" is not a cron schedule: {CRON_HELP}'
    return None


def build_deployment(args: argparse.Namespace) -> Any:
    """The deployment of ingest_reports named args.name ('tally-inbox' by default) on args.cron; built without
    contacting the server."""
    from flows.ingest import ingest_reports

    return ingest_reports.to_deployment(name=getattr(args, "name", None) or DEPLOYMENT_NAME, cron=args.cron,
                                        parameters=inbox_parameters(args))


def serve_inbox(args: argparse.Namespace) -> int:
    import os

    from flows.cli import prefect_api_configured

    if (why := refusal(args)) is not None:
        print(f"tally serve: {why}", file=sys.stderr)
        return 2
    from flows.cli import worker_notes

    for note in worker_notes(args):
        print(f"note: {note}", file=sys.stderr)
    if args.once:
        return run_once(args)
    if not prefect_api_configured():
        print(SERVER_HELP, file=sys.stderr)
        return 2
    from flows.runner import serve_deployment

    os.environ.update(run_environment(args))  # before the runner's forkserver starts: its runs inherit it
    return serve_deployment(build_deployment(args), heartbeat_s=args.heartbeat, replace=args.replace)


def run_once(args: argparse.Namespace) -> int:
    """`tally serve --once`: one inbox run now, as a scheduled one (unchanged files skipped, changed ones
    replaced, missing ones reported, the review written next to the warehouse). Through Prefect when an
    API is configured or a Dask cluster is given (as `tally run`), else here without Prefect, which would
    start a temporary server first (12-27 s)."""
    from flows.cli import _progress, _settings_for_serve, prefect_api_configured, print_summary
    from flows.pipeline import default_review_dir

    start = time.perf_counter()
    settings = _settings_for_serve(args)
    if prefect_api_configured() or args.dask_address:
        from flows.ingest import run_flow
        from flows.pipeline import discover

        summary = run_flow(discover([args.inbox]) or [], settings, workers=args.workers,
                           dask_address=args.dask_address, skip_loaded=True, inbox=args.inbox,
                           notify_block=args.notify_block, review=not args.no_review)
    else:
        from flows.cli import review_and_alert
        from flows.inbox import run_inbox

        summary = run_inbox(args.inbox, settings, workers=args.workers, progress=_progress)
        review_and_alert(summary, settings, None if args.no_review else default_review_dir(settings.db_path))
    summary.seconds = time.perf_counter() - start
    print_summary(summary)
    return 2 if summary.failed else (1 if summary.errors_failed else 0)
