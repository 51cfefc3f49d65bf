"""PDF probes: report PDFs written by people who had not read extract/, with the breakdowns they planted errors in
listed before tally ran on them, scored end to end (extract.safe.read_checked as `tally run` reads a PDF, scans by
OCR, then schemas.check) for what an auditor sees.

    python benchmarks/probe_pdfs.py [--verbose]

benchmarks/probes/pdfN/ holds the PDFs and expected.json: its 'breakdowns' name each planted error by file, total as
printed and (pdf15) page. A planted error is raised when a failed check of error severity on its page has a total
printed with the same digits; an error alert on a total a planted misprint puts out too (its
'consequence_of') is expected, neither caught nor false; any other failed error check is a false error alert. Warnings are counted apart.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]
from extract.safe import read_checked  # noqa: E402
from extract.sniff import Limits  # noqa: E402
from schemas.check import check_extraction  # noqa: E402

PROBES = ROOT / "benchmarks" / "probes"


def digits(raw: str) -> str:
    """'298,640万元' -> '298640'; '62.48亿元' -> '62.48'."""
    return re.sub(r"[^\d.]", "", raw)


def same_total(expected: str, found: str) -> bool:
    """Whether an expectation's total is a check's: the same digits, or, for a share check (no total printed: '100'),
    100 however the author wrote it ('100%', '100.00')."""
    said = digits(expected)
    return said == found or (found == "100" and said.replace(".", "").isdigit() and Decimal(said) == 100)


def pages(said: object) -> set[int]:
    """The pages an expectation names: 4, or '4-5 (total p4, parts p5)' -> {4, 5}."""
    return {int(n) for n in re.findall(r"\d+", str(said))}


def _pages_of(message: str) -> set[int]:
    """The pages a check's message names: '第4–5页 …' -> {4, 5}."""
    m = re.match(r"第(\d+)(?:–(\d+))?页", message)
    return set() if m is None else set(range(int(m.group(1)), int(m.group(2) or m.group(1)) + 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", "-v", action="store_true", help="list missed planted errors and false alerts")
    args = parser.parse_args()
    print(f"{'probe':<8} {'pdfs':>4} {'planted caught':>15} {'false error alerts':>19} {'warnings':>9}")
    for folder in sorted(p for p in PROBES.glob("pdf*") if p.is_dir()):
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        expected_alerts = [b for b in expected["breakdowns"] if b["kind"] in ("planted_error", "planted")]  # (pdf42 names them planted)
        # (totals a misprint puts out too, listed apart: {"file", "total", "pdf_page", "of"})
        expected_alerts += [{**c, "id": f"{c['of']}-consequence", "consequence_of": c["of"]} for c in expected.get("consequence_of", [])]
        planted = [b for b in expected_alerts if "consequence_of" not in b]  # (a total a misprinted part puts out too)
        caught: set[tuple[str, str]] = set()  # (file, id): a probe may number each file's breakdowns from B01
        false = warnings = 0
        for pdf in sorted(folder.glob("*.pdf")):
            extraction = read_checked(pdf, Limits())  # as `tally run` reads it: a scan's pages by OCR
            raw_of = {f.figure_id: f.raw for f in extraction.figures}
            checks = check_extraction(extraction)
            for row in checks[checks["status"] == "fail"].to_dict("records"):
                if row["severity"] != "error":
                    warnings += 1
                    continue
                # a share check has no total printed: its parts must make 100
                parent = row["parent_figure_id"]
                total = digits(raw_of.get(str(parent), "")) if isinstance(parent, str) and parent else "100"
                spanned = _pages_of(str(row["message"])) or {int(row["page"])}
                match = next(((b["file"], b["id"]) for b in expected_alerts if b["file"] == pdf.name and same_total(b["total"], total)
                              and ("pdf_page" not in b or spanned & pages(b["pdf_page"]))), None)
                if match:
                    caught.add(match)  # (a consequence's id is caught too, but not counted among the planted)
                else:
                    false += 1
                    if args.verbose:
                        print(f"  FALSE   {pdf.name}: {row['message'][:110]}")
        if args.verbose:
            for b in planted:
                if (b["file"], b["id"]) not in caught:
                    print(f"  missed  {b['id']} {b['file']} p{b.get('pdf_page', '?')}: {b['total']} <- {' + '.join(b['parts'])}")
        pdfs = len(list(folder.glob("*.pdf")))
        found = len(caught & {(b["file"], b["id"]) for b in planted})
        print(f"{folder.name:<8} {pdfs:>4} {f'{found}/{len(planted)}':>15} {false:>19} {warnings:>9}")


if __name__ == "__main__":
    main()
