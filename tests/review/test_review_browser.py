"""The review as a person sees it: Debian's headless chromium opens the pages from disk (make browser installs it).

The pages are loaded with a probe script added to a copy of each page: on load it writes what the
browser saw (every <img> with its natural size, the figure filter at work) into the DOM, which
--dump-dom prints. A screenshot of the sample's page goes to test-output/review_sample.png.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PDF = ROOT / "samples" / "ziyang_2018.pdf"
SCREENSHOT = ROOT / "test-output" / "review_sample.png"
CHROMIUM = shutil.which("chromium")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
]
PROBE = """<script>
window.addEventListener("load", function () {
  document.body.offsetHeight;
  var result = {ms: performance.now(), images: Array.prototype.map.call(document.images, function (img) {
    return {src: img.getAttribute("src"), complete: img.complete, width: img.naturalWidth, height: img.naturalHeight};
  })};
  var label = document.getElementById("f-label");
  if (label) {
    label.value = "资金";
    label.dispatchEvent(new Event("input"));
    result.rows = document.querySelectorAll("#figures tbody tr").length;
    result.shown = document.querySelectorAll("#figures tbody tr:not([hidden])").length;
    result.count = document.getElementById("f-count").textContent;
  }
  var out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
});
</script>"""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed: run `make browser` (as root)"),
]


def chromium(args: list[str], profile: Path) -> str:
    assert CHROMIUM is not None
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=120, check=True
    )
    return done.stdout


def probe(page: Path, profile: Path) -> tuple[dict[str, Any], str]:
    """(what the probe saw, the dumped DOM) for a copy of the page with PROBE added, next to the original."""
    copy = page.with_name(f"_probe_{page.name}")
    copy.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    try:
        dom = chromium(["--virtual-time-budget=5000", "--dump-dom", copy.as_uri()], profile)
    finally:
        copy.unlink()
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert found is not None, "the probe did not run: " + dom[:500]
    return json.loads(html.unescape(found.group(1))), dom


@pytest.fixture(scope="module")
def review_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample run through the CLI as a person would, then `tally review`."""
    work = tmp_path_factory.mktemp("browser")
    db, out = work / "w.duckdb", work / "review"
    run = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", str(SAMPLE_PDF), "--db", str(db), "--no-prefect"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 1, run.stdout + run.stderr  # 1: the sample's 7573户 check fails, as it should
    review = subprocess.run(
        [sys.executable, "-m", "flows.cli", "review", "--db", str(db), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert review.returncode == 0, review.stdout + review.stderr
    assert str(out.resolve() / "index.html") in review.stdout
    return out


@pytest.fixture(scope="module")
def sample_page(review_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    return probe(review_dir / "fb3c8c5e531f.html", tmp_path_factory.mktemp("profile"))


def test_every_image_of_the_sample_page_loads(sample_page: tuple[dict[str, Any], str]) -> None:
    seen, _ = sample_page
    assert [i["src"] for i in seen["images"]] == ["img/fb3c8c5e531f-C004-p4.png"]
    for image in seen["images"]:
        assert image["complete"] and image["width"] > 0 and image["height"] > 0, image


def test_the_failed_check_is_shown_with_its_arithmetic_first(sample_page: tuple[dict[str, Any], str]) -> None:
    _, dom = sample_page
    assert "6114 + 1394 + 64 = 7572 ≠ 7573户" in dom
    assert dom.index('id="C004"') < dom.index('id="C001"')
    for raw in ("7573户", "6114户", "1394户", "64户"):  # the legend under the crop
        assert f"<b>{raw}</b>" in dom


def test_the_figure_filter_works_in_the_browser(sample_page: tuple[dict[str, Any], str]) -> None:
    seen, _ = sample_page
    assert 0 < seen["shown"] < seen["rows"]  # "资金" typed into the label filter: the money figures stay
    assert seen["count"] == f"{seen['shown']} of {seen['rows']} figures"


def test_the_overview_renders_with_its_chart_and_links(review_dir: Path, tmp_path: Path) -> None:
    seen, dom = probe(review_dir / "index.html", tmp_path / "profile")
    assert seen["images"] == []  # the chart is inline SVG
    assert "<svg" in dom and 'href="fb3c8c5e531f.html#C004"' in dom


def test_a_screenshot_of_the_sample_page(review_dir: Path, tmp_path: Path) -> None:
    SCREENSHOT.parent.mkdir(exist_ok=True)
    SCREENSHOT.unlink(missing_ok=True)
    page = (review_dir / "fb3c8c5e531f.html").as_uri()
    chromium([f"--screenshot={SCREENSHOT}", "--window-size=1280,2000", "--virtual-time-budget=5000", page],
             tmp_path / "profile")
    assert SCREENSHOT.stat().st_size > 10_000
    print(f"screenshot: {SCREENSHOT}")
