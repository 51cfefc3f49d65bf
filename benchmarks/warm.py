"""Prefect's orchestration alone: the same run with and without Prefect, both in processes forked from
one that has already imported everything (the way `tally serve` starts its runs: flows.runner).

    python -m benchmarks.warm CORPUS TMPDIR RUNS     (with PREFECT_API_URL set; run by benchmarks/throughput.py)

Alternates `run_local` and `run_flow` (no review, workers = cores; the flow's readers start as its run is
set up, as in `tally run --prefect` and tally serve's runs) over CORPUS, each in a fresh child of the
preloaded forkserver, and prints one JSON line per run: {"kind": "local"|"flow", "seconds": ...,
"cpu": ..., "server_cpu": ...}: wall seconds, CPU seconds of the run's own process (all its threads; its
workers read the same files on both sides) and of the API server's processes over the run (the server's
pid from TALLY_BENCH_SERVER_PID; its idle work counts on both sides). Neither side pays for imports,
so the difference is what the flow run, its task runs and the API server cost. The flow runs as tally
serve's do: the API's version checked once, before the runs (flows.ingest.engine_settings).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any


def one(kind: str, corpus: str, db: str, queue: Any) -> None:
    start = time.perf_counter()
    from flows.pipeline import Settings, discover, head_start, run_local

    paths, settings, workers = discover([corpus]), Settings(db_path=db), os.cpu_count() or 1
    if kind == "flow":  # as `tally run --prefect` and tally serve's runs do: reading starts as the flow run is set up
        from flows.ingest import engine_settings, run_flow

        with engine_settings(None, server_checked=True), head_start(paths, settings, workers):
            run_flow(paths, settings, workers=workers, review=False)
    else:
        run_local(paths, settings, workers=workers)
    queue.put((time.perf_counter() - start, time.process_time()))


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a process and its children so far; 0 without the process."""
    import psutil

    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0.0
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def main() -> None:
    corpus, tmp, runs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    from prefect.client.orchestration import get_client

    from flows.runner import run_process_context

    server = int(os.environ.get("TALLY_BENCH_SERVER_PID", "0"))
    with get_client(sync_client=True) as client:  # as tally serve does once, before its runs
        client.raise_for_api_version_mismatch()
    ctx = run_process_context()
    for i in range(-1, runs):  # run -1 warms the forkserver and the API server up, and is not printed
        for kind in ("local", "flow"):
            queue = ctx.Queue()
            process = ctx.Process(target=one, args=(kind, corpus, str(tmp / f"warm-{kind}{i}.duckdb"), queue))
            before = tree_cpu(server)
            process.start()
            seconds, cpu = queue.get(timeout=600)
            process.join()
            time.sleep(0.5)  # the server records the run's last events and logs
            if i >= 0:
                print(json.dumps({"kind": kind, "seconds": seconds, "cpu": cpu, "server_cpu": tree_cpu(server) - before}),
                      flush=True)


if __name__ == "__main__":
    main()
