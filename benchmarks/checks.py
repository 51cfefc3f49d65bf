"""Check benchmark: extract every corpus PDF (and the sample), run schemas.check, score relations and their verdicts.

    python benchmarks/checks.py [--corpus benchmarks/corpus] [--verbose] [--only r01]

A truth relation is found when a checks row has the parent's (unit, value) and the children's (unit, value)
multiset, as in score_sample.py (a share has no parent). status = found relations whose rows all say pass when
the relation holds and fail when it does not. planted = planted failures (holds: false) found and failed.
false alarms = failed rows that match no truth relation with holds=false (figure rows counted apart).
Table relations (table_relations, 合计 rows) are reported in their own column and do not enter the main scores.
Falls back to extraction.relations (no verdicts) when schemas.check.check_extraction is missing.
"""

from __future__ import annotations

import argparse
import math
import sys
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.common import DEFAULT_CORPUS, Doc, Key, add_counts, find_docs, qkey, ratio, table  # noqa: E402


@dataclass
class CheckRow:
    rule: str
    status: str | None  # None when only relations are known
    parent: str | None
    children: list[str]
    message: str
    severity: str = ""


@dataclass
class Score:
    required: int = 0
    found: int = 0
    status_ok: int = 0
    planted: int = 0
    planted_caught: int = 0
    false_alarms: int = 0
    error_alarms: int = 0  # false alarms of severity error (the others are warnings)
    figure_alarms: int = 0
    unmatched: int = 0
    table_rel: int = 0
    table_found: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        add_counts(self, other)


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value == ""


def check_rows(extraction: Any) -> tuple[list[CheckRow], bool]:
    """(rows, has verdicts): schemas.check rows when it exists, else one row per extracted relation."""
    try:
        from schemas.check import check_extraction
    except ImportError:
        rows = [CheckRow(r.type, None, r.parent_figure_id or None, list(r.child_figure_ids), r.cue) for r in extraction.relations]
        return rows, False
    frame = check_extraction(extraction)
    rows = []
    for rec in frame.to_dict("records"):
        kids = rec.get("child_figure_ids")
        kids = [] if kids is None or isinstance(kids, (str, float)) else [str(k) for k in kids]
        parent = None if blank(rec.get("parent_figure_id")) else str(rec["parent_figure_id"])
        rows.append(CheckRow(str(rec.get("rule")), str(rec.get("status")), parent, kids, str(rec.get("message") or ""),
                             str(rec.get("severity") or "")))
    return rows, True


def relation_key(rel: dict[str, Any], key_of: dict[str, Key]) -> tuple[Key | None, Counter[Key]]:
    return (key_of[rel["parent"]] if rel.get("parent") else None), Counter(key_of[c] for c in rel["children"])


def score(doc: Doc, extraction: Any, rows: list[CheckRow], verdicts: bool) -> Score:
    s = Score()
    by_id = {f.figure_id: qkey(f.unit, f.value) for f in extraction.figures}
    key_of = {q["raw"]: qkey(q["unit"], q["value"]) for q in doc.truth["quantities"]}
    table_key_of = {q["raw"]: qkey(q["unit"], q["value"]) for q in doc.truth.get("table_quantities", [])}

    def row_key(row: CheckRow) -> tuple[Key | None, Counter[Key]]:
        return (by_id.get(row.parent) if row.parent else None), Counter(by_id.get(k) for k in row.children)

    relation_rows = [i for i, r in enumerate(rows) if not r.rule.startswith("figure:")]
    matched_fail_ok: set[int] = set()
    matched: set[int] = set()
    for rel in doc.truth["relations"]:
        parent, kids = relation_key(rel, key_of)
        hits = [i for i in relation_rows if row_key(rows[i]) == (parent, kids)]
        required = not rel.get("optional")
        s.required += required
        planted = not rel["holds"]
        s.planted += planted and required
        want = "pass" if rel["holds"] else "fail"
        label = f"{rel.get('parent') or '(share)'} <- {'+'.join(rel['children'])} ({rel['type']}, holds={rel['holds']})"
        if not hits:
            near = [rows[i] for i in relation_rows if parent is not None and row_key(rows[i])[0] == parent]
            hint = "; near: " + " | ".join(r.message[:60] for r in near) if near else ""
            s.notes.append(f"missing  {label}{hint}")
            continue
        matched.update(hits)
        statuses = {rows[i].status for i in hits}
        if required:
            s.found += 1
            s.status_ok += statuses == {want}
            s.planted_caught += planted and statuses == {"fail"}
        if not rel["holds"]:
            matched_fail_ok.update(hits)
        if verdicts and statuses != {want}:
            s.notes.append(f"verdict  {label}: got {sorted(map(str, statuses))}")
    for rel in doc.truth.get("table_relations", []):
        s.table_rel += 1
        try:
            parent, kids = relation_key(rel, table_key_of)
        except KeyError:
            continue
        hits = [i for i in relation_rows if row_key(rows[i]) == (parent, kids)]
        s.table_found += bool(hits)
        matched.update(hits)
        if not rel["holds"]:
            matched_fail_ok.update(hits)
    for i, row in enumerate(rows):
        if row.status == "fail" and i not in matched_fail_ok:
            if row.rule.startswith("figure:"):
                s.figure_alarms += 1
                s.notes.append(f"alarm    {row.rule}: {row.message[:90]}")
            else:
                s.false_alarms += 1
                s.error_alarms += row.severity == "error"
                s.notes.append(f"alarm    [{row.severity}] {row.rule}: {row.message[:90]}")
        elif i in relation_rows and i not in matched:
            s.unmatched += 1
            s.notes.append(f"unmatched {row.rule} {row.status}: {row.message[:90]}")
    return s


def row(name: str, variant: str, s: Score) -> list[str]:
    return [name, variant, f"{s.found}/{s.required}", ratio(s.found, s.required), f"{s.status_ok}/{s.found}",
            f"{s.planted_caught}/{s.planted}", str(s.false_alarms), str(s.figure_alarms), str(s.unmatched),
            f"{s.table_found}/{s.table_rel}" if s.table_rel else "-"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--verbose", "-v", action="store_true", help="list missing relations, wrong verdicts and alarms")
    parser.add_argument("--only", help="score only documents whose name contains this")
    parser.add_argument("--no-sample", action="store_true")
    args = parser.parse_args()
    from extract.document import extract_document

    rows, details = [], []
    corpus_total, all_total = Score(), Score()
    verdicts = True
    for doc in find_docs(args.corpus, with_sample=not args.no_sample, only=args.only):
        try:
            extraction = extract_document(doc.pdf)
            checks, verdicts = check_rows(extraction)
        except Exception as err:  # a crash is a result too
            rows.append([doc.name, doc.variant, "ERROR", type(err).__name__, "", "", "", "", "", ""])
            details.append((doc.name, traceback.format_exc().splitlines()[-3:]))
            continue
        s = score(doc, extraction, checks, verdicts)
        rows.append(row(doc.name, doc.variant, s))
        details.append((doc.name, s.notes))
        all_total.add(s)
        if doc.variant != "sample":
            corpus_total.add(s)
    rows.append(row("CORPUS", "", corpus_total))
    rows.append(row("ALL", "", all_total))
    if not verdicts:
        print("schemas.check.check_extraction not found: relations only, no verdicts (status and planted read 0)\n")
    header = ["doc", "variant", "found", "recall", "status_ok", "planted", "false_alarms", "fig_alarms", "unmatched", "table_rel"]
    print(table(rows, header))
    if args.verbose:
        for name, notes in details:
            print(f"\n== {name}")
            for note in notes:
                print("  " + note)
    c = corpus_total
    print(f"\nCHECKS corpus rel_recall={ratio(c.found, c.required)} status_acc={ratio(c.status_ok, c.found)} "
          f"planted={c.planted_caught}/{c.planted} false_alarms={c.false_alarms} figure_alarms={c.figure_alarms} "
          f"unmatched_relations={c.unmatched} table_rel={c.table_found}/{c.table_rel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
