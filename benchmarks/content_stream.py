"""extract.content against pdfminer's own content-stream parser, on every page of the PDFs given: same objects? how fast?

    python benchmarks/content_stream.py [PDF or folder ...]   (default: every PDF under samples/ and benchmarks/)

For each page it reads the page's content streams with pdfminer's PDFContentParser and with
extract.content.content_objects, and counts pages read the same, pages left to pdfminer (content_objects
returned None: inline images and the like) and pages that differ (there should be none: each is listed).
Then the CPU of both over all pages, best of --runs, and of extract.pdf.page_objects with FastInterpreter
against pdfminer's PDFPageInterpreter (interpretation, fonts and characters included). Run it after
upgrading pdfminer.six or pdfplumber: the tests check the same on their own streams.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402
from pdfminer.pdfinterp import PDFPageInterpreter  # noqa: E402
from pdfminer.pdftypes import list_value, stream_value  # noqa: E402

import extract.pdf as pdf_module  # noqa: E402
from extract.content import FastInterpreter, content_objects, pdfminer_objects  # noqa: E402


def pdfs(inputs: Iterable[str]) -> list[Path]:
    found: list[Path] = []
    for name in inputs:
        path = Path(name)
        found += sorted(path.rglob("*.pdf")) if path.is_dir() else [path]
    return found


def best(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", default=[str(ROOT / "samples"), str(ROOT / "benchmarks")])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    files = pdfs(args.inputs)
    pages: list[list[bytes]] = []
    for path in files:
        try:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    pages.append([stream_value(s).get_data() for s in list_value(page.page_obj.contents)])
        except Exception as err:  # (a deliberately broken file among the inputs)
            print(f"skipped {path.name}: {type(err).__name__}")
    same = left = 0
    differ: list[int] = []
    for number, data in enumerate(pages):
        ours = content_objects(data)
        if ours is None:
            left += 1
        elif ours == pdfminer_objects(data):
            same += 1
        else:
            differ.append(number)
    print(f"{len(files)} PDFs, {len(pages)} pages: {same} read the same as pdfminer, {left} left to pdfminer,"
          f" {len(differ)} differ{' (pages ' + ', '.join(map(str, differ[:10])) + ')' if differ else ''}")
    theirs = best(args.runs, lambda: [pdfminer_objects(data) for data in pages])
    ours_s = best(args.runs, lambda: [content_objects(data) for data in pages])
    print(f"content streams: pdfminer {theirs:.2f} CPU-s, extract.content {ours_s:.2f} CPU-s ({theirs / ours_s:.1f}x)")

    def interpret(interpreter: type[PDFPageInterpreter]) -> Callable[[], None]:
        def work() -> None:
            pdf_module.FastInterpreter = interpreter  # type: ignore[misc]  # (page_objects and page_layout look it up there)
            try:
                for path in files:
                    try:
                        with pdfplumber.open(path) as pdf:
                            for page in pdf.pages:
                                pdf_module.page_objects(page)
                                page.close()
                    except Exception:
                        continue
            finally:
                pdf_module.FastInterpreter = FastInterpreter  # type: ignore[misc]
        return work

    slow = best(args.runs, interpret(PDFPageInterpreter))
    fast = best(args.runs, interpret(FastInterpreter))
    print(f"page_objects (interpretation, fonts, characters; ruled pages' layouts too): pdfminer's interpreter"
          f" {slow:.2f} CPU-s, FastInterpreter {fast:.2f} CPU-s ({slow / fast:.2f}x)")


if __name__ == "__main__":
    main()
