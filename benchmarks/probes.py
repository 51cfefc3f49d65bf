"""Check probes: report text written by people who had not read extract/, with planted errors, scored for what an
auditor sees: planted errors raised as error alerts, and error alerts on correct text.

    python benchmarks/probes.py [--verbose]

benchmarks/probes/probeN.json holds each probe's excerpts (line breaks kept, as the PDF path keeps them), whether
an error was planted in it, and the breakdowns its author expected (written before tally ran on it; kept for
reading, not scored here). Each excerpt is NFKC-normalised line by line as the PDF path prints it, its figures
read and its breakdowns checked (extract.relations, schemas.arithmetic); a failed check of high confidence is an
error alert, of low confidence a warning. Probes 5-11 were written on 2026-11-29: their first measurements, with
the rules as they stood, are in the README.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from factories import checked_with_confidence, printed  # noqa: E402

PROBES = ROOT / "benchmarks" / "probes"


def alerts(text: str) -> tuple[int, int]:
    """(error alerts, warnings) tally raises on the text."""
    page = "\n".join(printed(unicodedata.normalize("NFKC", line)) for line in text.split("\n"))
    failed = [confidence for c, confidence in checked_with_confidence(page) if c[4] is False]
    return sum(1 for c in failed if c == "high"), sum(1 for c in failed if c != "high")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", "-v", action="store_true", help="list the missed planted errors and false alerts")
    args = parser.parse_args()
    print(f"{'probe':<8} {'excerpts':>8} {'planted caught':>15} {'false error alerts':>19} {'false warnings':>15}")
    totals = [0, 0, 0, 0, 0]
    for path in sorted(PROBES.glob("probe*.json"), key=lambda p: int(p.stem[5:])):
        items = json.loads(path.read_text(encoding="utf-8"))
        planted = caught = false = warned = 0
        for item in items:
            errors, warnings = alerts(item["text"])
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
        print(f"{path.stem:<8} {len(items):>8} {f'{caught}/{planted}':>15} {false:>19} {warned:>15}")
        for i, n in enumerate((len(items), caught, planted, false, warned)):
            totals[i] += n
    print(f"{'all':<8} {totals[0]:>8} {f'{totals[1]}/{totals[2]}':>15} {totals[3]:>19} {totals[4]:>15}")
    print(f"summary | excerpts={totals[0]} | planted_caught={totals[1]} | planted={totals[2]} | "
          f"false_error_alerts={totals[3]} | false_warnings={totals[4]}")


if __name__ == "__main__":
    main()
