"""The same corpus read here and on a Dask cluster: what the cluster's way of reading costs.

    python benchmarks/cluster.py [--runs 5] [--corpus benchmarks/corpus_scale]

Starts a `prefect server start` (as throughput.py does) and two LocalClusters of 2 workers x 1 thread on
this machine, one with Dask's default daemonic workers (each document is then read in a child Python of
its own) and one started with DASK_DISTRIBUTED__WORKER__DAEMON=False (its workers keep guarded reading
processes for the next batches, as a local run's pool does). Times, alternating, medians of --runs:
`tally run CORPUS --prefect` here, and `tally run CORPUS --dask-address` on each cluster, every one a
fresh process and a fresh warehouse. On one 2-core machine a cluster can only add cost; the figure is
that cost, which more machines then have to pay for.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.throughput import ROOT, TALLY, PrefectServer, alternate, med, runs_text, timed  # noqa: E402

CLUSTER = (
    "import sys, time\n"
    "from distributed import LocalCluster\n"
    "cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None)\n"
    "print(cluster.scheduler_address, flush=True)\n"
    "time.sleep(3600)\n"
)


def start_cluster(env: dict[str, str], daemon: bool) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, "-c", CLUSTER], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            start_new_session=True,
                            env=env | {"DASK_DISTRIBUTED__WORKER__DAEMON": str(daemon)})
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT / "benchmarks" / "corpus_scale")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    reports = args.corpus / "reports"
    n = len(list(reports.glob("*.pdf")))
    if n == 0:
        raise SystemExit(f"no reports in {reports}: python benchmarks/scale_corpus.py first")
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        with PrefectServer(tmp / "prefect") as server:
            env = server.env()
            clusters = {daemon: start_cluster(env, daemon) for daemon in (True, False)}
            try:
                def run(name: str, extra: list[str]) -> Callable[[int], tuple[float, float]]:
                    def once(i: int) -> tuple[float, float]:
                        db = tmp / f"{name}-{i}.duckdb"
                        return timed([TALLY, "run", str(reports), "--db", str(db), "--no-review", *extra], env)
                    return once

                for daemon, (_, address) in clusters.items():  # each cluster's first run starts its processes
                    run(f"warm-{daemon}", ["--dask-address", address])(0)
                results = alternate(args.runs, {
                    "here": run("here", ["--prefect"]),
                    "daemonic": run("daemonic", ["--dask-address", clusters[True][1]]),
                    "with processes": run("processes", ["--dask-address", clusters[False][1]]),
                })
            finally:
                for proc, _ in clusters.values():
                    os.killpg(proc.pid, 9)
    here = med(results["here"])
    print(f"{n} reports, {os.cpu_count()} cores; medians of {args.runs} runs (wall s), each a fresh `tally run`:")
    print(f"  here, through Prefect:                            {here:.2f} s   ({runs_text(results['here'])})")
    for name, label in (("daemonic", "LocalCluster 2x1, Dask's default workers:   "),
                        ("with processes", "LocalCluster 2x1, WORKER__DAEMON=False:      ")):
        m = med(results[name])
        print(f"  {label}  {m:.2f} s = {m / here:.2f}x here   ({runs_text(results[name])})")


if __name__ == "__main__":
    main()
