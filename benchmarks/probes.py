"""Check probes: report text written by people who had not read extract/, with planted errors, scored for what an
auditor sees: planted errors raised as error alerts, and error alerts on correct text.

    python benchmarks/probes.py [--verbose]

benchmarks/probes/probeN.json holds each probe's excerpts (line breaks kept, as the PDF path keeps them), whether
an error was planted in it, and the breakdowns its author expected (written before tally ran on it; kept for
reading, not scored here). Each excerpt is NFKC-normalised line by line as the PDF path prints it, its figures
read and its breakdowns checked (extract.relations, schemas.arithmetic); a failed check of high confidence is an
error alert, of low confidence a warning. benchmarks/probes/labelsN.json holds label probes: excerpts with the
label each figure's author expected (written before tally ran on them), scored as labels matched. Probes 5-11 were written on 2026-11-29: their first measurements, with
the rules as they stood, are in the README.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from factories import checked_with_confidence, printed_lines  # noqa: E402
from pdfs import tiny_pdf  # noqa: E402

from extract.figures import find_figures  # noqa: E402
from extract.safe import read_checked  # noqa: E402
from extract.sniff import Limits  # noqa: E402
from schemas.check import check_extraction  # noqa: E402

PROBES = ROOT / "benchmarks" / "probes"


# Probes whose authors broke their lines where a PDF line would end (every 34-40 characters, mid-clause), not at
# paragraph ends: tally's PDF path joins such lines into their paragraph (extract.layout), so this harness joins them.
WRAPPED = frozenset({"probe57", "probe71"})


def alerts(text: str) -> tuple[int, int]:
    """(error alerts, warnings) tally raises on the text."""
    failed = [confidence for c, confidence in checked_with_confidence(_page(text)) if c[4] is False]
    return sum(1 for c in failed if c == "high"), sum(1 for c in failed if c != "high")


def typeset_alerts(text: str, folder: Path) -> tuple[int, int]:
    """(error alerts, warnings) on the excerpt typeset as a PDF page and read end to end as `tally run` reads it.

    The excerpt's line breaks are read as a PDF's wrapped lines, not paragraphs: its lines are joined and set as one
    paragraph, justified and wrapped at 36 characters wherever the width ends (between a figure and its unit, too)."""
    pdf = folder / "excerpt.pdf"
    tiny_pdf([unicodedata.normalize("NFKC", text).replace("\n", "")], pdf, chars_per_line=36)
    checks = check_extraction(read_checked(pdf, Limits()))
    failed = checks[checks["status"] == "fail"] if not checks.empty else checks
    errors = int((failed["severity"] == "error").sum()) if not failed.empty else 0
    return errors, (len(failed) - errors) if not failed.empty else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", "-v", action="store_true", help="list the missed planted errors, false error alerts and warnings on correct text")
    parser.add_argument("--typeset", action="store_true",
                        help="typeset each excerpt as a PDF page (its line breaks read as wrapped lines) and read it end to end")
    parser.add_argument("--only", metavar="PROBE", action="append", help="score only these probes (probe57, …)")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    score = (lambda text: typeset_alerts(text, Path(tmp.name))) if args.typeset else alerts
    print(f"{'probe':<8} {'excerpts':>8} {'planted caught':>15} {'false error alerts':>19} {'false warnings':>15}")
    totals = [0, 0, 0, 0, 0]
    for path in sorted(PROBES.glob("probe*.json"), key=lambda p: int(p.stem[5:])):
        if args.only and path.stem not in args.only:
            continue
        items = json.loads(path.read_text(encoding="utf-8"))
        planted = caught = false = warned = 0
        for item in items:
            errors, warnings = score(item["text"].replace("\n", "") if path.stem in WRAPPED else item["text"])
            if item["planted"]:
                planted += 1
                caught += errors > 0
                if args.verbose and not errors:
                    print(f"  missed  {path.stem} {item['id']}: {item['text'][:90]!r}")
            else:
                false += errors > 0
                warned += warnings > 0 and not errors
                if args.verbose and errors:
                    print(f"  FALSE   {path.stem} {item['id']}: {item['text'][:90]!r}")
                elif args.verbose and warnings:
                    print(f"  warning {path.stem} {item['id']}: {item['text'][:90]!r}")
        print(f"{path.stem:<8} {len(items):>8} {f'{caught}/{planted}':>15} {false:>19} {warned:>15}")
        for i, n in enumerate((len(items), caught, planted, false, warned)):
            totals[i] += n
    print(f"{'all':<8} {totals[0]:>8} {f'{totals[1]}/{totals[2]}':>15} {totals[3]:>19} {totals[4]:>15}")
    print(f"summary | excerpts={totals[0]} | planted_caught={totals[1]} | planted={totals[2]} | "
          f"false_error_alerts={totals[3]} | false_warnings={totals[4]}")
    for path in sorted(PROBES.glob("labels*.json"), key=lambda p: int(p.stem[6:])) if not args.only else ():
        score_labels(path, args.verbose)


def score_labels(path: Path, verbose: bool) -> None:
    """A label probe: each excerpt's figures with the label its author expected (and alternatives they accept),
    matched to tally's figures by their printed text in reading order; a figure tally does not read is a miss."""
    items = json.loads(path.read_text(encoding="utf-8"))
    matched = total = 0
    for item in items:
        found = [f for f in find_figures(_page(item["text"]), 2023) if f.kind != "date"]
        for raw, expected, alternatives in item["labels"]:
            total += 1
            raw = _page(raw)
            at = next((i for i, f in enumerate(found) if f.raw == raw), None)
            label = found.pop(at).label if at is not None else None
            accepted = {_page(expected), *(_page(a) for a in alternatives)}
            matched += label in accepted
            if verbose and label not in accepted:
                print(f"  label   {path.stem} {item['id']} {raw}: {label!r}, expected {expected!r}")
    print(f"{path.stem}: {matched} of {total} labels as their author expected them")


def _page(text: str) -> str:
    return printed_lines(unicodedata.normalize("NFKC", text))


if __name__ == "__main__":
    main()
