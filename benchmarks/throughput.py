"""Throughput at scale, side by side in one run: tally against a bare pdfplumber loop, Prefect's cost, memory, loads.

    python benchmarks/throughput.py [--runs 5] [--prefect-runs 3] [--corpus benchmarks/corpus_scale]

Builds the corpus with benchmarks/scale_corpus.py when it is missing. Every timed command is a fresh
process, and the two sides of a comparison alternate so both see the same machine load; medians are
printed with every run, and CPU seconds (user + sys of the whole process tree) next to wall times,
because CPU time is what other work on a shared machine disturbs least. Measures:

1. pages/s of `tally run CORPUS --no-prefect` (workers = cores) and of one process calling pdfplumber's
   extract_text() on every page of the same files; target tally/bare >= 1.5.
2. Prefect's cost: `tally run CORPUS --prefect --no-review` against a `prefect server start` this script
   starts on 127.0.0.1 (and stops), against the same run without Prefect (which writes no review either),
   at Prefect's default log level; the same for one report (the fixed part: importing Prefect, the flow
   run) and for corpora --prefect-scale times larger from the same generator (4x and 8x: whether the
   share falls with the batch, and what each further report costs). Target: overhead share <= 10%.
   With it, the CPU that importing Prefect (and its flow engine) adds to tally's own imports
   in a fresh interpreter: what any one-off run pays before its flow run starts.
   Also --served-runs runs of `tally serve --inbox CORPUS`'s deployment, triggered through the API: the
   flow run's own duration (Running -> final state) and trigger -> done (with the wait for the runner's
   next poll, every 1 s here), each run after a `tally run --no-prefect` (a new process: what a cron
   job without Prefect would cost), against which it is set. Served runs start in processes forked from one that has
   imported Prefect and tally once (flows.runner). And Prefect's orchestration alone: run_flow against
   run_local, both forked from such a process (benchmarks/warm.py). And --handed-runs alternating pairs of
   a one-off `tally run CORPUS` while a `tally serve` serves its warehouse (handed to it: flows.handoff)
   against `tally run CORPUS --no-prefect`, both writing one warehouse run after run.
3. peak RSS of reading the 300-page report (`tally run`, whole process tree, sampled every 20 ms), and
   RSS after 50, 150 and 300 pages of extract.pdf.iter_raw_pages, and of a plain loop over page.chars
   that leaves pages open, for contrast.
4. warehouse load rows/s over the corpus's extractions (checked beforehand; a transaction per batch of documents).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TALLY = str(Path(sys.executable).with_name("tally"))
PREFECT = str(Path(sys.executable).with_name("prefect"))
BARE = (
    "import sys, pdfplumber\n"
    "for name in sys.argv[1:]:\n"
    "    with pdfplumber.open(name) as pdf:\n"
    "        for page in pdf.pages: page.extract_text()\n"
)
RSS_POINTS = (50, 150, 300)
MB = 2**20


def no_api_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")} | {"PREFECT_PROFILES_PATH": os.devnull}


def timed(cmd: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the whole process tree) of one command; exit 0 or 1 expected.

    CPU is summed from samples of every process in the tree (every 20 ms): getrusage would miss the
    workers, whose parent (a forkserver) is never waited for.
    """
    with tempfile.TemporaryFile() as err:  # a file, not a pipe: a run that logs more than a pipe holds must not stall
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=ROOT)
        start = time.perf_counter()
        cpu = tree_sampler(proc)
        wall = time.perf_counter() - start
        if proc.returncode not in (0, 1):
            err.seek(0)
            raise SystemExit(f"{' '.join(cmd[:4])} … exited {proc.returncode}:\n{err.read().decode()[-2000:]}")
    return wall, cpu


def tree_sampler(proc: subprocess.Popen[bytes], rss: list[int] | None = None) -> float:
    """Wait for proc while sampling its process tree; CPU seconds of all of it (and peak summed RSS into rss)."""
    import psutil

    seen: dict[int, float] = {}
    try:
        root = psutil.Process(proc.pid)
    except psutil.NoSuchProcess:
        proc.wait()
        return 0.0
    while proc.poll() is None:
        total_rss = 0
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            procs = []
        for p in procs:
            with suppress(psutil.NoSuchProcess, psutil.ZombieProcess, psutil.AccessDenied):
                times = p.cpu_times()
                seen[p.pid] = times.user + times.system
                total_rss += p.memory_info().rss
        if rss is not None:
            rss.append(total_rss)
        time.sleep(0.02)
    if proc.stderr:
        proc.stderr.read()
    return sum(seen.values())


def alternate(runs: int, commands: dict[str, Callable[[int], tuple[float, float]]]) -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for i in range(runs):
        for name, run in commands.items():
            out[name].append(run(i))
    return out


def steadiness(samples: int = 5) -> str:
    """CPU seconds of one fixed pure-Python loop, a few times: how fast and how steady the machine's cores are
    now. On a shared host the same loop has taken 0.86-1.36 CPU-s within a minute, and every figure here moves
    with it: compare runs of this script by their ratios, and by this line."""
    times = []
    for _ in range(samples):
        start = time.process_time()
        sum(i * i for i in range(3_000_000))
        times.append(time.process_time() - start)
    return f"fixed loop {statistics.median(times):.2f} CPU-s (median of {samples}; {min(times):.2f}-{max(times):.2f})"


def med(values: Sequence[tuple[float, float]], which: int = 0) -> float:
    return statistics.median(v[which] for v in values)


def runs_text(values: Sequence[tuple[float, float]]) -> str:
    return ", ".join(f"{w:.2f}" for w, _ in values)


def page_count(paths: Sequence[Path]) -> int:
    import pdfplumber

    total = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            total += len(pdf.pages)
    return total


# --- 1. throughput -------------------------------------------------------------------------------


def throughput(corpus: Path, files: list[Path], pages: int, runs: int, tmp: Path) -> dict[str, float]:
    env = no_api_env()
    results = alternate(runs, {
        "bare": lambda i: timed([sys.executable, "-c", BARE, *map(str, files)], env),
        "tally": lambda i: timed([TALLY, "run", str(corpus), "--db", str(tmp / f"t{i}.duckdb"), "--no-prefect"], env),
    })
    bare, ours = results["bare"], results["tally"]
    ratio = (pages / med(ours)) / (pages / med(bare))
    print(f"\n1. throughput: {len(files)} reports, {pages} pages, {runs} runs each, alternating")
    print(f"   bare pdfplumber extract_text loop  median {med(bare):6.2f} s = {pages / med(bare):5.1f} pages/s"
          f"  ({med(bare, 1) / pages * 1000:.1f} ms CPU/page)   runs: {runs_text(bare)}")
    print(f"   tally run --no-prefect ({os.cpu_count()} workers) median {med(ours):6.2f} s = {pages / med(ours):5.1f} pages/s"
          f"  ({med(ours, 1) / pages * 1000:.1f} ms CPU/page)   runs: {runs_text(ours)}")
    print(f"   ratio tally/bare (pages/s)         {ratio:.2f}x   (target >= 1.5)")
    return {"bare_pps": pages / med(bare), "tally_pps": pages / med(ours), "ratio": ratio,
            "bare_cpu_ms": med(bare, 1) / pages * 1000, "tally_cpu_ms": med(ours, 1) / pages * 1000}


# --- 2. Prefect's cost ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PrefectServer:
    """`prefect server start` on 127.0.0.1 with its own PREFECT_HOME (a throwaway database), stopped on exit."""

    def __init__(self, home: Path) -> None:
        self.home, self.port = home, free_port()
        self.url = f"http://127.0.0.1:{self.port}/api"
        self.proc: subprocess.Popen[bytes] | None = None

    def env(self) -> dict[str, str]:
        # Prefect's default log level (INFO): its log records are part of what it costs a user
        return no_api_env() | {"PREFECT_HOME": str(self.home), "PREFECT_API_URL": self.url}

    def __enter__(self) -> PrefectServer:
        env = no_api_env() | {"PREFECT_HOME": str(self.home), "PREFECT_UI_ENABLED": "false",
                              "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
        self.home.mkdir(parents=True, exist_ok=True)
        self.log = (self.home / "server.log").open("wb")
        self.proc = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(self.port)],
                                     stdout=self.log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as reply:
                    if reply.status == 200:
                        return self
            except OSError:
                pass
            if self.proc.poll() is not None:
                raise SystemExit(f"prefect server exited {self.proc.returncode}; see {self.home / 'server.log'}")
            time.sleep(0.5)
        self.__exit__()
        raise SystemExit("prefect server did not answer within 120 s")

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, 15)  # the server and the uvicorn process it started: our own session only
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, 9)
                self.proc.wait()
        self.log.close()


# Run in the project's Python: triggers runs of the served deployment, each into a new warehouse, and
# prints a JSON line per run: the flow run's own start -> end, claimed (Pending) -> end (what the runner
# spends on it: the process, loading the run, the run), and trigger -> done as a user waits.
TRIGGER = """
import json, sys, time
from prefect import get_client
from prefect.deployments import run_deployment
tmp, runs = sys.argv[1], int(sys.argv[2])
deadline = time.monotonic() + 120
while True:  # until `tally serve` has registered its deployment
    try:
        run_deployment("ingest-reports/tally-inbox", parameters={"paths": [], "review": False,
                       "db_path": tmp + "/served-warm.duckdb"}, poll_interval=0.2, timeout=120)
        break
    except Exception:
        if time.monotonic() > deadline:
            raise
        time.sleep(1)
for i in range(runs):
    sys.stdin.readline()  # the benchmark's go: it runs `tally run --no-prefect` between two served runs
    start = time.perf_counter()
    run = run_deployment("ingest-reports/tally-inbox", parameters={"db_path": f"{tmp}/served{i}.duckdb", "review": False},
                         poll_interval=0.1, timeout=600)
    wall = time.perf_counter() - start
    with get_client(sync_client=True) as client:
        states = client.read_flow_run_states(run.id)
    claimed = min(s.timestamp for s in states if s.type.value == "PENDING")
    print(json.dumps({"state": run.state.name, "wall": wall, "run": (run.end_time - run.start_time).total_seconds(),
                      "claimed": (run.state.timestamp - claimed).total_seconds()}), flush=True)
"""


@contextmanager
def tally_serve(args: Sequence[str], env: dict[str, str], log_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`tally serve ARGS` in a session of its own, its output in log_path; stopped (SIGTERM to its group) on leaving."""
    with log_path.open("wb") as log:
        serve = subprocess.Popen([TALLY, "serve", *args], stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT,
                                 start_new_session=True)
        try:
            yield serve
        finally:
            with suppress(ProcessLookupError):  # (one that could not start has ended already)
                os.killpg(serve.pid, 15)
            serve.wait(timeout=30)


def served_runs(corpus: Path, runs: int, tmp: Path, server: PrefectServer) -> tuple[list[dict[str, float]], list[float]]:
    """`tally serve --inbox CORPUS` against the server, `runs` runs of its deployment triggered through
    the API (the runner polls every second; each run writes a new warehouse and no review), each after a
    `tally run CORPUS --no-prefect` into a new warehouse (alternating: both see the same machine). Returns
    the served runs' figures and the local runs' seconds."""
    env = server.env() | {"PREFECT_RUNNER_POLL_FREQUENCY": "1"}
    served: list[dict[str, float]] = []
    local: list[float] = []
    with tally_serve(["--inbox", str(corpus), "--db", str(tmp / "served.duckdb")], env, tmp / "serve.log"):
        trigger = subprocess.Popen([sys.executable, "-c", TRIGGER, str(tmp), str(runs)], env=env, cwd=ROOT,
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert trigger.stdin is not None and trigger.stdout is not None
        try:
            for i in range(runs):
                local.append(timed([TALLY, "run", str(corpus), "--db", str(tmp / f"sl{i}.duckdb"), "--no-prefect"],
                                   no_api_env())[0])
                trigger.stdin.write("go\n")
                trigger.stdin.flush()
                while (line := trigger.stdout.readline()) and not line.startswith("{"):
                    pass
                if not line:
                    break
                served.append(json.loads(line))
        finally:
            trigger.stdin.close()
            err = trigger.stderr.read() if trigger.stderr else ""
            trigger.wait(timeout=60)
    if trigger.returncode != 0 or len(served) < runs:
        raise SystemExit(f"triggering served runs failed: {err.strip().splitlines()[-1:]}; see {tmp / 'serve.log'}")
    return served, local


def handed_runs(corpus: Path, runs: int, tmp: Path, server: PrefectServer) -> dict[str, list[tuple[float, float]]]:
    """One-off `tally run CORPUS --no-review` while a `tally serve` serves its warehouse (flows.handoff: the
    run is handed to the serve's preloaded process), alternating with `tally run CORPUS --no-prefect` into a
    warehouse of its own. Both sides write the same warehouse run after run (each run replaces the documents
    the one before loaded), after a first run each that is not timed. Wall times; the handed side's CPU is
    the `tally run` process only (the run's is in the serve's processes)."""
    from flows.handoff import serving_file

    inbox = tmp / "handoff-inbox"
    inbox.mkdir(exist_ok=True)
    served_db, local_db = tmp / "handed.duckdb", tmp / "handed-local.duckdb"
    env = server.env() | {"PREFECT_RUNNER_POLL_FREQUENCY": "1"}
    log_path = tmp / "serve-handoff.log"
    args = ["--inbox", str(inbox), "--db", str(served_db), "--no-review", "--name", "handoff"]  # (tally-inbox: served_runs')
    with tally_serve(args, env, log_path) as serve:
        deadline = time.monotonic() + 120
        while not serving_file(str(served_db)).exists():
            if serve.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"tally serve did not start serving: {log_path.read_text().strip().splitlines()[-3:]}")
            time.sleep(0.2)
        handed = [TALLY, "run", str(corpus), "--db", str(served_db), "--no-review"]
        local = [TALLY, "run", str(corpus), "--db", str(local_db), "--no-prefect"]
        timed(handed, env)
        timed(local, no_api_env())
        return alternate(runs, {"handed": lambda _i: timed(handed, env), "local": lambda _i: timed(local, no_api_env())})


def warm_runs(corpus: Path, runs: int, tmp: Path, server: PrefectServer) -> dict[str, list[dict[str, float]]]:
    """benchmarks/warm.py: run_flow against run_local, each in a child of a preloaded forkserver; per run
    its seconds, its process's CPU and the API server's."""
    assert server.proc is not None
    out = subprocess.run([sys.executable, "-m", "benchmarks.warm", str(corpus), str(tmp), str(runs)],
                         env=server.env() | {"TALLY_BENCH_SERVER_PID": str(server.proc.pid)},
                         cwd=ROOT, capture_output=True, text=True, timeout=1800)
    if out.returncode != 0:
        raise SystemExit(f"benchmarks/warm.py failed: {out.stderr.strip().splitlines()[-1:]}")
    found: dict[str, list[dict[str, float]]] = {"flow": [], "local": []}
    for line in out.stdout.splitlines():
        if line.startswith("{"):
            row = json.loads(line)
            found[row.pop("kind")].append(row)
    return found


# what the process of a run imports without Prefect (the CLI, the writer), and what a flow run adds to it
LOCAL_IMPORTS = "flows.cli, flows.pipeline, flows.alerts, schemas.check, warehouse.load"
PREFECT_IMPORTS = "prefect, prefect.flow_engine, flows.ingest"


def import_cpu(modules: str, after: str, runs: int = 3) -> float:
    """Median CPU seconds a fresh interpreter spends importing `modules` once it has imported `after`."""
    def cpu(code: str) -> float:
        start = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", code], check=True, env=no_api_env(), cwd=ROOT)
        end = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (end.ru_utime + end.ru_stime) - (start.ru_utime + start.ru_stime)

    return statistics.median(cpu(f"import {after}; import {modules}") - cpu(f"import {after}") for _ in range(runs))


def prefect_cost(corpus: Path, one: Path, n_docs: int, runs: int, tmp: Path, scales: Sequence[int] = (4, 8),
                 served: int = 3, warm_runs_n: int = 7, handed_n: int = 5) -> dict[str, float]:
    """Prefect's share of a run on the corpus, on one report (the fixed part) and on `scales` times the
    reports from the same generator (what each further report costs, and whether the share falls)."""
    local_env = no_api_env()
    scales = sorted({s for s in scales if s > 1})
    for scale in scales:  # the same generator, `scale` times the reports: batches closer to an assessment season's
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "scale_corpus.py"), "--out", str(tmp / f"season{scale}"),
                        "--reports", str(scale * n_docs), "--long-pages", "0"], check=True, stdout=subprocess.DEVNULL)
    with PrefectServer(tmp / "prefect-home") as server:
        def run(target: Path, tag: str, prefect: bool) -> Callable[[int], tuple[float, float]]:
            flags, env = (["--prefect", "--no-review"], server.env()) if prefect else (["--no-prefect"], local_env)
            return lambda i: timed([TALLY, "run", str(target), "--db", str(tmp / f"{tag}{i}.duckdb"), *flags], env)

        timed([TALLY, "run", str(one), "--db", str(tmp / "warm.duckdb"), "--prefect"], server.env())  # server warm-up
        results = alternate(runs, {
            "flow_all": run(corpus, "pa", True), "local_all": run(corpus, "la", False),
            "flow_one": run(one, "po", True), "local_one": run(one, "lo", False),
        })
        scheduled, served_local = served_runs(corpus, served, tmp, server) if served > 0 else ([], [])
        warm = warm_runs(corpus, warm_runs_n, tmp, server) if warm_runs_n > 0 else {}
        handed = handed_runs(corpus, handed_n, tmp, server) if handed_n > 0 else {}
        for scale in scales:
            results |= alternate(max(1, runs - 1), {
                f"flow_x{scale}": run(tmp / f"season{scale}" / "reports", f"pb{scale}", True),
                f"local_x{scale}": run(tmp / f"season{scale}" / "reports", f"lb{scale}", False)})
    flow_all, local_all = med(results["flow_all"]), med(results["local_all"])
    fixed = med(results["flow_one"]) - med(results["local_one"])
    share = (flow_all - local_all) / flow_all
    print(f"\n2. Prefect's cost: `tally run --prefect --no-review` (default log level) against `prefect server start`"
          f" on 127.0.0.1, {runs} runs each ({max(1, runs - 1)} for the larger batches)")
    labels = {"flow_all": f"{n_docs} reports, --prefect", "local_all": f"{n_docs} reports, --no-prefect",
              "flow_one": "1 report, --prefect", "local_one": "1 report, --no-prefect"}
    for scale in scales:
        labels |= {f"flow_x{scale}": f"{scale * n_docs} reports, --prefect", f"local_x{scale}": f"{scale * n_docs} reports, --no-prefect"}
    for name, label in labels.items():
        values = results[name]
        print(f"   {label:27s} median {med(values):6.2f} s (CPU {med(values, 1):5.2f} s)   runs: {runs_text(values)}")
    print(f"   overhead share (flow - local) / flow, {n_docs} reports   {share:6.1%}   (target <= 10%)")
    print(f"     fixed per run (1 report: import Prefect, the flow run) {fixed:6.2f} s")
    imports, local_cpu = import_cpu(PREFECT_IMPORTS, after=LOCAL_IMPORTS), med(results["local_all"], 1)
    print(f"     of which importing Prefect (and its flow engine) on top of tally's own imports: {imports:.2f}"
          f" CPU-s = {imports / local_cpu:.0%} of the {local_cpu:.2f} CPU-s of a run without Prefect; the run keeps both"
          f" cores busy, so a one-off run of these {n_docs} reports pays about that share before anything else")
    out = {"share": share, "fixed_s": fixed, "flow_s": flow_all, "local_s": local_all, "import_cpu_s": imports}
    if scheduled:
        figures = {key: statistics.median(r[key] for r in scheduled) for key in ("run", "claimed", "wall")}
        reference = statistics.median(served_local)
        print(f"   served: `tally serve --inbox` on the {n_docs} reports, {len(scheduled)} runs of its deployment triggered"
              f" through the API (runner polling every 1 s, no review), each after a `tally run --no-prefect` (a cron job's"
              f" cost): {reference:.2f} s, runs: {', '.join(f'{t:.2f}' for t in served_local)}")
        for key, label in (("run", "the flow run itself (Running -> final)"), ("claimed", "claimed -> final (the runner's part)"),
                           ("wall", "trigger -> done (with the poll's wait)")):
            each = ", ".join(f"{r[key]:.2f}" for r in scheduled)
            print(f"     {label:40s} median {figures[key]:6.2f} s  overhead share {(figures[key] - reference) / figures[key]:6.1%}"
                  f"   runs: {each}")
        out |= {"served_run_s": figures["run"], "served_claimed_s": figures["claimed"], "served_wall_s": figures["wall"],
                "served_local_s": reference, "served_share": (figures["claimed"] - reference) / figures["claimed"]}
    if handed:
        hand_s, alone_s = med(handed["handed"]), med(handed["local"])
        print(f"   a one-off `tally run` handed to a `tally serve` serving its warehouse ({len(handed['handed'])} alternating"
              f" runs; the run in the serve's preloaded process, nothing of Prefect imported by `tally run`)")
        print(f"     handed {hand_s:.2f} s against --no-prefect {alone_s:.2f} s: overhead share {(hand_s - alone_s) / hand_s:6.1%}   runs: "
              f"{runs_text(handed['handed'])} / {runs_text(handed['local'])}  (target <= 10%)")
        out |= {"handed_s": hand_s, "handed_local_s": alone_s, "handed_share": (hand_s - alone_s) / hand_s}
    if warm:
        def wmed(kind: str, key: str) -> float:
            return statistics.median(r[key] for r in warm[kind])

        flow_w, local_w = wmed("flow", "seconds"), wmed("local", "seconds")
        walls = {kind: ", ".join(f"{r['seconds']:.2f}" for r in warm[kind]) for kind in ("flow", "local")}
        print(f"   orchestration alone: both in processes forked from one that imported everything (as `tally serve`"
              f" starts runs), {len(warm['flow'])} alternating runs")
        print(f"     run_flow {flow_w:.2f} s against run_local {local_w:.2f} s: overhead share {(flow_w - local_w) / flow_w:6.1%}"
              f"   runs: {walls['flow']} / {walls['local']}")
        added = {key: wmed("flow", key) - wmed("local", key) for key in ("cpu", "server_cpu")}
        print(f"     CPU Prefect adds a run (medians): {added['cpu']:.3f} s in the run's process"
              f" ({wmed('flow', 'cpu'):.3f} against {wmed('local', 'cpu'):.3f}), {added['server_cpu']:.3f} s in the API server"
              f" ({wmed('flow', 'server_cpu'):.3f} against {wmed('local', 'server_cpu'):.3f}, its idle work)")
        out |= {"warm_share": (flow_w - local_w) / flow_w, "warm_flow_cpu_s": added["cpu"],
                "warm_server_cpu_s": added["server_cpu"]}
    before_docs, before_gap = n_docs, flow_all - local_all
    for scale in scales:
        flow_big, local_big = med(results[f"flow_x{scale}"]), med(results[f"local_x{scale}"])
        docs, gap = scale * n_docs, flow_big - local_big
        per_doc = (gap - before_gap) / (docs - before_docs)
        print(f"   overhead share, {docs} reports{'':18s}{gap / flow_big:6.1%}")
        print(f"     each report from {before_docs} to {docs} costs Prefect {per_doc * 1000:.1f} ms"
              f" = {per_doc / (local_big / docs):.1%} of a report's {local_big / docs * 1000:.0f} ms without it")
        out |= {f"share_x{scale}": gap / flow_big, f"per_doc_ms_x{scale}": per_doc * 1000}
        before_docs, before_gap = docs, gap
    return out


# --- 3. memory -----------------------------------------------------------------------------------


def peak_tree_rss(cmd: Sequence[str], env: dict[str, str]) -> tuple[int, float]:
    """(peak summed RSS of the process tree in bytes, wall seconds), sampled every 20 ms."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    samples: list[int] = []
    start = time.perf_counter()
    tree_sampler(proc, samples)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:3])} exited {proc.returncode}")
    return max(samples, default=0), time.perf_counter() - start


RSS_PROBE = """
import gc, os, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from extract.guard import open_checked
from extract.pdf import iter_raw_pages
from extract.sniff import Limits

def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

pdf = open_checked(Path(sys.argv[1]), Limits())
points = {points!r}
if sys.argv[2] == "close":  # as tally reads: each page's lines kept, the page itself released
    kept = []
    for number, raw in enumerate(iter_raw_pages(pdf), start=1):
        kept.append(raw)
        if number in points:
            gc.collect()
            print(number, rss())
else:  # a plain pdfplumber loop over page.chars, pages left open (pdfplumber caches each page's objects)
    for number, page in enumerate(pdf.pages, start=1):
        page.chars
        if number in points:
            gc.collect()
            print(number, rss())
"""


def memory(long_pdf: Path, runs: int, tmp: Path) -> dict[str, float]:
    env = no_api_env()
    peaks = [peak_tree_rss([TALLY, "run", str(long_pdf), "--db", str(tmp / f"m{i}.duckdb"), "--no-prefect"], env)
             for i in range(runs)]
    peak = statistics.median(p for p, _ in peaks)
    curves = {}
    for mode in ("close", "naive"):
        probe = RSS_PROBE.format(root=str(ROOT), points=RSS_POINTS)
        out = subprocess.run([sys.executable, "-c", probe, str(long_pdf), mode], capture_output=True, text=True, check=True)
        curves[mode] = {int(a): int(b) for a, b in (line.split() for line in out.stdout.split("\n") if line.strip())}
    print(f"\n3. memory: {long_pdf.name} ({max(RSS_POINTS)} pages)")
    print(f"   peak RSS of `tally run` (process tree)  median {peak / MB:6.0f} MB  (target <= 400 MB)"
          f"   runs: {', '.join(f'{p / MB:.0f} MB in {s:.1f} s' for p, s in peaks)}")
    for mode, label in (("close", "tally: lines kept, pages released"), ("naive", "page.chars, pages left open")):
        points = ", ".join(f"{n} pages {curves[mode][n] / MB:.0f} MB" for n in RSS_POINTS if n in curves[mode])
        print(f"   RSS while reading, {label:36s} {points}")
    return {"peak_mb": peak / MB, **{f"rss_{n}_mb": curves["close"].get(n, 0) / MB for n in RSS_POINTS}}


# --- 4. warehouse loads --------------------------------------------------------------------------


def load_rate(files: list[Path], runs: int, tmp: Path) -> dict[str, float]:
    from flows.pipeline import Settings, load_results, map_documents
    from schemas.check import check_extractions

    results = map_documents(files, Settings(db_path=str(tmp / "unused.duckdb")), os.cpu_count() or 1)
    read = [r for r in results if r.extraction is not None]
    for result, checks in zip(read, check_extractions([r.extraction for r in read]), strict=True):  # type: ignore[misc]
        result.checks = checks  # checked once up front: what is timed below is the load alone
    import duckdb

    rates = []
    for i in range(runs):
        db = tmp / f"load{i}.duckdb"
        start = time.perf_counter()
        load_results(results, Settings(db_path=str(db)), f"bench-{i}")
        seconds = time.perf_counter() - start
        con = duckdb.connect(str(db), read_only=True)
        tables = ("documents", "pages", "sections", "figures", "relations", "checks")
        rows = sum(int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables)  # type: ignore[index]
        con.close()
        rates.append((rows / seconds, seconds))
    print(f"\n4. warehouse load: {len(files)} documents, {rows} rows (new warehouse each run, batches of up to 16 documents a transaction)")
    print(f"   median {statistics.median(r for r, _ in rates):,.0f} rows/s"
          f"   runs: {', '.join(f'{r:,.0f} rows/s ({s:.2f} s)' for r, s in rates)}")
    return {"rows_per_s": statistics.median(r for r, _ in rates), "rows": rows}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "benchmarks" / "corpus_scale")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--prefect-runs", type=int, default=3)
    ap.add_argument("--prefect-scale", type=int, nargs="*", default=[4, 8],
                    help="Prefect's cost also on these many times the reports (none: only the corpus)")
    ap.add_argument("--served-runs", type=int, default=3, help="runs of `tally serve`'s deployment to time (0: none)")
    ap.add_argument("--warm-runs", type=int, default=7, help="alternating pairs of benchmarks/warm.py (0: none)")
    ap.add_argument("--handed-runs", type=int, default=5,
                    help="alternating pairs of a one-off run handed to `tally serve` and one without Prefect (0: none)")
    ap.add_argument("--skip", nargs="*", default=[], choices=["throughput", "prefect", "memory", "load"])
    args = ap.parse_args()
    reports, long_dir = args.corpus / "reports", args.corpus / "long"
    if not reports.is_dir() or not any(long_dir.glob("*.pdf")):
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "scale_corpus.py"), "--out", str(args.corpus)], check=True)
    files = sorted(reports.glob("*.pdf"))
    long_pdf = sorted(long_dir.glob("*.pdf"))[0]
    pages = page_count(files)
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, load average {load:.1f} at start; {steadiness()}")
    summary: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if "throughput" not in args.skip:
            summary |= throughput(reports, files, pages, args.runs, tmp)
        if "prefect" not in args.skip:
            summary |= prefect_cost(reports, files[0], len(files), args.prefect_runs, tmp, args.prefect_scale, args.served_runs,
                                args.warm_runs, args.handed_runs)
        if "memory" not in args.skip:
            summary |= memory(long_pdf, max(1, args.runs // 2), tmp)
        if "load" not in args.skip:
            summary |= load_rate(files, args.runs, tmp)
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end (other work on the machine makes wall times noisy); {steadiness()}")
    print("summary | " + " | ".join(f"{k}={v:.3g}" for k, v in summary.items()))


if __name__ == "__main__":
    main()
