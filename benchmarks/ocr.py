"""OCR benchmark: rasterise the corpus and the sample into image-only PDFs, read them back through OCR, score them.

    python benchmarks/ocr.py [--corpus benchmarks/corpus] [--dpi 200 300] [--only r01] [--verbose] [--keep DIR]

Each PDF is rendered (pypdfium2) at the scan dpi, optionally turned 0.5° and given scanner noise, and saved
as an image-only PDF (PIL, JPEG-compressed pages like a scanner's). tally's extraction then reads it with
the text layer gone, so every page goes through OCR. Quantities are scored like benchmarks/figures.py and
relations like benchmarks/checks.py; the text-layer row of each document is the baseline. OCR reads at
extract.ocr.DPI whatever the scan's own dpi is: the scan dpi is the quality of the paper copy.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks import checks as check_bench  # noqa: E402
from benchmarks import figures as figure_bench  # noqa: E402
from benchmarks.common import DEFAULT_CORPUS, Doc, find_docs, qkey, ratio, table  # noqa: E402

SKEW_DEG = 0.5
NOISE_SIGMA = 12.0  # grey levels of Gaussian noise
SPECKLE = 0.0015  # share of pixels turned black or white


@dataclass(frozen=True)
class Variant:
    name: str  # "text", "200dpi", "300dpi+skew+noise"
    dpi: int | None  # None: the original PDF with its text layer
    distort: bool = False


def rasterise(pdf: Path, out: Path, dpi: int, distort: bool = False, seed: int = 0) -> Path:
    """An image-only copy of a PDF: each page rendered at dpi (turned 0.5° and noisy when distort), saved as JPEG pages."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = random.Random(seed)
    images: list[Image.Image] = []
    doc = pdfium.PdfDocument(str(pdf))
    try:
        for index in range(len(doc)):
            page = doc[index]
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            if distort:
                image = image.rotate(SKEW_DEG * rng.choice((-1, 1)), resample=Image.Resampling.BICUBIC, fillcolor=255)
                pixels = np.asarray(image, dtype=np.float32)
                noise = np.random.default_rng(seed + index)
                pixels = pixels + noise.normal(0, NOISE_SIGMA, pixels.shape)
                specks = noise.random(pixels.shape)
                pixels[specks < SPECKLE / 2] = 0
                pixels[specks > 1 - SPECKLE / 2] = 255
                image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
            images.append(image)
    finally:
        doc.close()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:], quality=85)
    return out


def extract(pdf: Path, ocr_dpi: int | None) -> tuple[Any, list[Any], float, float]:
    """(extraction, OCR pages, wall seconds, CPU seconds with tesseract's) through tally's reader, in this process."""
    from extract.safe import read_with_ocr
    from extract.sniff import Limits

    cpu = _cpu_seconds()
    started = time.perf_counter()
    extraction, ocr_pages = read_with_ocr(pdf, Limits(timeout_s=3600), dpi=ocr_dpi)
    return extraction, ocr_pages, time.perf_counter() - started, _cpu_seconds() - cpu


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (tesseract): a measure a busy machine does not inflate."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


@dataclass
class Result:
    figures: figure_bench.Score
    checks: check_bench.Score
    seconds: float
    cpu: float
    pages: int
    ocr_pages: int
    confidence: float | None
    reread: list[tuple[str, str]]
    right: list[float]  # OCR confidence of each quantity whose (unit, value) is in the truth
    wrong: list[float]  # ... and of each one that is not (misread, or not a figure at all)


def run_one(doc: Doc, pdf: Path, ocr_dpi: int | None) -> Result:
    from extract.ocr import figure_confidences

    extraction, ocr_pages, seconds, cpu = extract(pdf, ocr_dpi)
    rows, verdicts = check_bench.check_rows(extraction)
    conf = sum(p.confidence for p in ocr_pages) / len(ocr_pages) if ocr_pages else None
    right, wrong = split_by_truth(doc, extraction, figure_confidences(extraction, ocr_pages))
    return Result(figure_bench.score(doc, list(extraction.figures)), check_bench.score(doc, extraction, rows, verdicts),
                  seconds, cpu, extraction.meta.n_pages, len(ocr_pages), conf, [c for p in ocr_pages for c in p.reread],
                  right, wrong)


def split_by_truth(doc: Doc, extraction: Any, confidence: dict[str, float]) -> tuple[list[float], list[float]]:
    """OCR confidences of the quantities that match the truth on (unit, value), and of those that do not."""
    want = Counter(qkey(q["unit"], q["value"]) for q in doc.truth["quantities"] + doc.truth.get("table_quantities", []))
    right: list[float] = []
    wrong: list[float] = []
    for f in extraction.figures:
        if f.kind == "date" or f.figure_id not in confidence:
            continue
        key = qkey(f.unit, f.value)
        if want[key] > 0:
            want[key] -= 1
            right.append(confidence[f.figure_id])
        else:
            wrong.append(confidence[f.figure_id])
    return right, wrong


def confidence_table(right: list[float], wrong: list[float]) -> str:
    """How a confidence threshold would split right from wrong OCR quantities."""
    rows = []
    for below in (30, 40, 50, 60, 70, 80, 90):
        flagged_wrong = sum(c < below for c in wrong)
        flagged_right = sum(c < below for c in right)
        rows.append([f"< {below}", f"{flagged_wrong}/{len(wrong)}", f"{flagged_right}/{len(right)}"])
    return table(rows, ["confidence", "wrong flagged", "right flagged"])


def fmt_row(name: str, variant: str, r: Result) -> list[str]:
    f, c = r.figures, r.checks
    return [name, variant, str(f.want), ratio(f.hit, f.want), ratio(f.hit, f.got), f"{f.exact}/{f.raw_found}",
            ratio(f.dates_hit, f.dates_want), f"{c.found}/{c.required}", f"{c.status_ok}/{c.found}", str(c.false_alarms),
            f"{r.confidence:.1f}" if r.confidence is not None else "-", f"{r.seconds / max(1, r.pages):.2f}",
            f"{r.cpu / max(1, r.pages):.2f}"]


@dataclass
class Total:
    figures: figure_bench.Score = field(default_factory=figure_bench.Score)
    checks: check_bench.Score = field(default_factory=check_bench.Score)
    seconds: float = 0.0
    cpu: float = 0.0
    pages: int = 0
    right: list[float] = field(default_factory=list)
    wrong: list[float] = field(default_factory=list)

    def add(self, r: Result) -> None:
        self.right += r.right
        self.wrong += r.wrong
        self.figures.add(r.figures)
        self.checks.add(r.checks)
        self.seconds += r.seconds
        self.cpu += r.cpu
        self.pages += r.pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--dpi", type=int, nargs="+", default=[200, 300], help="scan resolutions")
    parser.add_argument("--ocr-dpi", type=int, default=None,
                        help="render scanned pages at this dpi for OCR (default: each scan's own resolution, as tally does)")
    parser.add_argument("--no-distort", action="store_true", help="only clean scans (no skew, no noise)")
    parser.add_argument("--only", help="score only documents whose name contains this")
    parser.add_argument("--no-sample", action="store_true")
    parser.add_argument("--keep", type=Path, help="write the scans to this folder (kept) instead of a temporary one")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    from extract.ocr import OCR_THREADS, ocr_available

    if not ocr_available():
        print("tesseract with chi_sim is not installed: make ocr-engine", file=sys.stderr)
        return 2
    ocr_dpi: int | None = args.ocr_dpi
    shown = f"{ocr_dpi} dpi" if ocr_dpi else "the scan's own resolution"
    variants = [Variant("text", None)]
    for dpi in args.dpi:
        variants.append(Variant(f"scan{dpi}", dpi))
        if not args.no_distort:
            variants.append(Variant(f"scan{dpi}+skew+noise", dpi, True))
    docs = find_docs(args.corpus, with_sample=not args.no_sample, only=args.only)
    totals = {v.name: Total() for v in variants}
    rows: list[list[str]] = []
    details: list[tuple[str, list[str]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for doc in docs:
            for v in variants:
                stem = doc.pdf.stem + ("" if v.dpi is None else f"_{v.name.replace('+', '_')}")
                try:
                    pdf = doc.pdf if v.dpi is None else rasterise(doc.pdf, folder / f"{stem}.pdf", v.dpi, v.distort)
                    r = run_one(doc, pdf, ocr_dpi)
                except Exception as err:  # a crash is a result too
                    rows.append([doc.name, v.name, "ERROR", type(err).__name__, "", "", "", "", "", "", "", "", ""])
                    details.append((f"{doc.name} [{v.name}]", traceback.format_exc().splitlines()[-3:]))
                    continue
                rows.append(fmt_row(doc.name, v.name, r))
                reread = [f"reread {old} -> {new}" for old, new in r.reread]
                details.append((f"{doc.name} [{v.name}]", reread + r.figures.notes + r.checks.notes))
                totals[v.name].add(r)
                print(f"  {doc.name} {v.name}: {r.seconds:.1f} s, {r.pages} pages, {r.ocr_pages} by OCR", file=sys.stderr)
    header = ["doc", "variant", "Q", "q_recall", "q_prec", "exact", "dates", "rel", "status", "alarms", "conf", "s/page", "cpu/page"]
    print(table(rows, header))
    print(f"\nOCR renders scanned pages at {shown}, {OCR_THREADS} at once. s/page is wall time (rendering, OCR,"
          " extraction); cpu/page is CPU time with tesseract's, which a busy machine does not inflate.")
    summary = []
    for v in variants:
        t = totals[v.name]
        f, c = t.figures, t.checks
        summary.append([v.name, ratio(f.hit, f.want), ratio(f.hit, f.got), ratio(f.exact, f.raw_found),
                        ratio(f.dates_hit, f.dates_want), ratio(c.found, c.required), ratio(c.status_ok, c.found),
                        str(c.false_alarms), f"{t.seconds / max(1, t.pages):.2f}", f"{t.cpu / max(1, t.pages):.2f}",
                        f"{c.planted_caught}/{c.planted}", str(c.error_alarms)])
    print()
    print(table(summary, ["ALL", "q_recall", "q_prec", "exact", "dates", "rel_recall", "status_acc", "alarms", "s/page",
                          "cpu/page", "planted", "error_alarms"]))
    scans = [t for name, t in totals.items() if name != "text"]
    print("\nPer-figure OCR confidence (the lowest word confidence of its characters), all scans:")
    print(confidence_table([c for t in scans for c in t.right], [c for t in scans for c in t.wrong]))
    print(f"\nOCR ocr_dpi={ocr_dpi or 'native'} " + " ".join(
        f"{s[0]}:q_recall={s[1]},q_precision={s[2]},rel_recall={s[5]},alarms={s[7]},error_alarms={s[11]},"
        f"planted={s[10]},cpu/page={s[9]}" for s in summary))
    if args.verbose:
        for name, notes in details:
            if notes:
                print(f"\n== {name}")
                for note in notes:
                    print("  " + note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
