"""`tally serve`: the ingest flow on a cron schedule over an inbox folder, through a real Prefect server."""

from __future__ import annotations

import argparse
import sys

SERVER_HELP = (
    "tally serve schedules runs through a Prefect server, and none is configured.\n"
    "  start one:   prefect server start            (UI at http://127.0.0.1:4200)\n"
    "  point to it: export PREFECT_API_URL=http://127.0.0.1:4200/api\n"
    "or run the inbox once now with:  tally serve --inbox DIR --once"
)


def serve_inbox(args: argparse.Namespace) -> int:
    from flows.cli import prefect_api_configured, print_summary

    if args.once:
        from flows.cli import _settings_for_serve
        from flows.ingest import run_flow
        from flows.pipeline import discover

        summary = run_flow(discover([args.inbox]) or [], _settings_for_serve(args), workers=args.workers,
                           dask_address=args.dask_address, skip_loaded=True, inbox=args.inbox)
        print_summary(summary)
        return 2 if summary.failed else (1 if summary.errors_failed else 0)
    if not prefect_api_configured():
        print(SERVER_HELP, file=sys.stderr)
        return 2
    from flows.ingest import ingest_reports, make_task_runner

    flow = ingest_reports.with_options(task_runner=make_task_runner(args.workers, args.dask_address))
    flow.serve(
        name="tally-inbox",
        cron=args.cron,
        parameters={
            "paths": [args.inbox], "db_path": args.db, "rules_path": args.rules, "webhook_url": args.webhook,
            "slack_webhook_url": args.slack_webhook, "skip_loaded": True, "inbox": args.inbox,
        },
    )
    return 0
