"""Prefect's orchestration alone: the same run with and without Prefect, both in processes forked from
one that has already imported everything (the way `tally serve` starts its runs: flows.runner).

    python -m benchmarks.warm CORPUS TMPDIR RUNS     (with PREFECT_API_URL set; run by benchmarks/throughput.py)

Alternates `run_local` and `run_flow` (no review, workers = cores; the flow's readers start as its run is
set up, as in `tally run --prefect` and tally serve's runs) over CORPUS, each in a fresh child of the
preloaded forkserver, and prints one JSON line per run: {"kind": "local"|"flow", "seconds": ...}.
Neither side pays for imports, so the difference is what the flow run, its task runs and the API
server cost.
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
        from flows.ingest import run_flow

        with head_start(paths, settings, workers):
            run_flow(paths, settings, workers=workers, review=False)
    else:
        run_local(paths, settings, workers=workers)
    queue.put(time.perf_counter() - start)


def main() -> None:
    corpus, tmp, runs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    from flows.runner import run_process_context

    ctx = run_process_context()
    for i in range(-1, runs):  # run -1 warms the forkserver and the API server up, and is not printed
        for kind in ("local", "flow"):
            queue = ctx.Queue()
            process = ctx.Process(target=one, args=(kind, corpus, str(tmp / f"warm-{kind}{i}.duckdb"), queue))
            process.start()
            seconds = queue.get(timeout=600)
            process.join()
            if i >= 0:
                print(json.dumps({"kind": kind, "seconds": seconds}), flush=True)


if __name__ == "__main__":
    main()
