"""Review benchmark: time to write the review per document, and the overview's render time in headless Chromium.

    python benchmarks/review.py [--docs 20] [--runs 3]

Builds a warehouse from the sample plus N generated reports (tests/pdfs.py tiny_pdf, each with one
failed breakdown and two that add up), then:
  - writes the whole review (index + one page per document + crops) and reports seconds per document
    (target < 1 s), and the sample's page alone;
  - opens index.html in headless chromium (--dump-dom, no virtual time) with a probe that reads
    performance.now() after load and a forced layout: the page's load-and-layout time (target < 2 s),
    and the wall time of the whole chromium process next to it.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))
from pdfs import tiny_pdf  # noqa: E402

from flows.pipeline import Settings, run_local  # noqa: E402
from review.build import build_review  # noqa: E402

SAMPLE_PDF = REPO / "samples" / "ziyang_2018.pdf"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PROBE = """<script>
window.addEventListener("load", function () {
  document.body.offsetHeight;
  var out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify({ms: performance.now(), rows: document.querySelectorAll("svg a").length});
  document.body.appendChild(out);
});
</script>"""


def report(n: int) -> list[str]:
    """A small report with one breakdown off by n and two that add up; n makes every file different."""
    total = 800 + n
    return [
        f"第{n}县东西部协作工作汇报",
        "一、劳务协作",
        f"全年输出劳动力{total + n}人,其中到江苏就业500人,就近就业{total - 500}人。",
        "二、产业合作",
        f"全年共投入帮扶资金{100 + n}万元,其中产业项目资金{60 + n}万元,基础设施资金40万元。",
        f"帮扶贫困户{1200 + n}户,其中种植户800户,养殖户{400 + n}户。",
    ]


def build(work: Path, docs: int) -> Path:
    pdfs = [SAMPLE_PDF]
    for n in range(1, docs + 1):
        path = work / "pdfs" / f"report_{n:02d}.pdf"
        path.parent.mkdir(parents=True, exist_ok=True)
        tiny_pdf(report(n), path)
        pdfs.append(path)
    db = work / "w.duckdb"
    summary = run_local(pdfs, Settings(db_path=str(db), isolate=False))
    print(f"warehouse: {summary.loaded} documents loaded, {summary.figures} figures, "
          f"checks {summary.checks_passed} passed / {summary.checks_failed} failed")
    return db


def time_review(db: Path, work: Path, runs: int) -> None:
    times, pages, images = [], 0, 0
    for run in range(runs):
        start = time.perf_counter()
        files = build_review(db, work / f"review{run}")
        times.append(time.perf_counter() - start)
        pages, images = len(files.pages), len(files.images)
    sample = []
    for run in range(runs):
        start = time.perf_counter()
        build_review(db, work / f"sample{run}", ["fb3c8c5e531f"])
        sample.append(time.perf_counter() - start)
    print(f"review of {pages} documents ({images} crops): first {times[0]:.2f} s (imports included), "
          f"median {statistics.median(times):.2f} s = {statistics.median(times) / pages * 1000:.0f} ms per document")
    print(f"review of the sample alone: median {statistics.median(sample) * 1000:.0f} ms")


def time_overview(index: Path, work: Path, runs: int) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        print("chromium not installed (make browser): overview render time not measured")
        return
    copy = index.with_name("_probe_index.html")
    copy.write_text(index.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    loads, walls, rows = [], [], 0
    for run in range(runs):
        start = time.perf_counter()
        done = subprocess.run(
            [chromium, *FLAGS, f"--user-data-dir={work / f'profile{run}'}", "--dump-dom", copy.as_uri()],
            capture_output=True, text=True, timeout=120, check=True,
        )
        walls.append(time.perf_counter() - start)
        found = re.search(r'<pre id="probe">(.*?)</pre>', done.stdout, re.S)
        if found is None:
            raise SystemExit("the probe did not run in chromium")
        seen = json.loads(html.unescape(found.group(1)))
        loads.append(seen["ms"] / 1000)
        rows = seen["rows"]
    print(f"overview of {rows} documents in headless chromium: load + layout median {statistics.median(loads):.3f} s "
          f"(whole chromium process, start-up included: {statistics.median(walls):.2f} s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20, help="generated reports besides the sample")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="tally-review-") as tmp:
        work = Path(tmp)
        db = build(work, args.docs)
        time_review(db, work, args.runs)
        time_overview(work / "review0" / "index.html", work, args.runs)


if __name__ == "__main__":
    main()
