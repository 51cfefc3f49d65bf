"""Cold `tally run` on the sample against a bare pdfplumber script on the same file, side by side.

    python benchmarks/cold_start.py [--runs 7] [--pdf samples/ziyang_2018.pdf]

Each run is a fresh process (nothing cached in Python); the two commands alternate so both see
the same machine load. Prints each median and the ratio (target: tally <= 3 s and <= 6x bare).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = "import sys, pdfplumber\nwith pdfplumber.open(sys.argv[1]) as pdf:\n    for p in pdf.pages: print(p.extract_text())\n"


def wall(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} exited {done.returncode}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--pdf", default=str(ROOT / "samples" / "ziyang_2018.pdf"))
    args = ap.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    tally = str(Path(sys.executable).with_name("tally"))
    bare_times, tally_times = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            bare_times.append(wall([sys.executable, "-c", BARE, args.pdf], env))
            db = str(Path(tmp) / f"w{i}.duckdb")  # a new warehouse each time: migrations included
            tally_times.append(wall([tally, "run", args.pdf, "--db", db], env))
    bare, ours = statistics.median(bare_times), statistics.median(tally_times)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"bare pdfplumber script  median {bare:.2f} s  (runs: {', '.join(f'{t:.2f}' for t in bare_times)})")
    print(f"cold tally run          median {ours:.2f} s  (runs: {', '.join(f'{t:.2f}' for t in tally_times)})")
    print(f"ratio tally/bare        {ours / bare:.1f}x   (targets: <= 3.0 s and <= 6x)")


if __name__ == "__main__":
    main()
