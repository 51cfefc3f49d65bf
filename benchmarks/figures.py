"""Figure benchmark: extract every corpus PDF (and the real sample) and score quantities, values, dates and labels.

    python benchmarks/figures.py [--corpus benchmarks/corpus] [--verbose] [--only r01]

Quantities are matched to the truth on (unit, exact Decimal value) as a multiset, like score_sample.py.
exact = of the truth figures found by their printed text, the share whose value, value_max, unit and base_value
are all right. labels = of the matched figures, the share whose label equals, contains or is contained in the
truth label. wrapped = matched figures that the PDF prints across a line/column/page break. Table cells
('table_quantities') are scored only against otherwise unmatched figures and do not count against precision.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.common import (  # noqa: E402
    DEFAULT_CORPUS,
    Doc,
    add_counts,
    dec,
    find_docs,
    norm,
    norm_raw,
    qkey,
    ratio,
    table,
)


@dataclass
class Score:
    want: int = 0
    got: int = 0
    hit: int = 0
    raw_found: int = 0
    exact: int = 0
    dates_want: int = 0
    dates_hit: int = 0
    dates_iso_ok: int = 0
    labels_ok: int = 0
    wrapped_want: int = 0
    wrapped_hit: int = 0
    table_want: int = 0
    table_hit: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        add_counts(self, other)


def labels_agree(truth: str, got: str) -> bool:
    truth, got = norm(truth), norm(got)
    return bool(truth and got) and (truth in got or got in truth)


def score(doc: Doc, figures: list[Any]) -> Score:
    s = Score()
    truth = doc.truth
    quantities = [f for f in figures if f.kind != "date"]
    dates = [f for f in figures if f.kind == "date"]
    s.want, s.got = len(truth["quantities"]), len(quantities)

    # (unit, value) pairing in reading order; prefer the figure printed the same way
    unused = list(range(len(quantities)))
    pairs: list[tuple[dict[str, Any], Any]] = []
    missing = []
    for q in truth["quantities"]:
        key = qkey(q["unit"], q["value"])
        same = [i for i in unused if qkey(quantities[i].unit, quantities[i].value) == key]
        if not same:
            missing.append(q)
            continue
        best = next((i for i in same if norm_raw(quantities[i].raw) == norm_raw(q["raw"])), same[0])
        unused.remove(best)
        pairs.append((q, quantities[best]))
    s.hit = len(pairs)
    s.labels_ok = sum(labels_agree(q["label"], f.label) for q, f in pairs)
    s.wrapped_want = sum(1 for q in truth["quantities"] if q.get("wrap"))
    s.wrapped_hit = sum(1 for q, _ in pairs if q.get("wrap"))

    # table cells: only against what is left over
    table_want = Counter(qkey(q["unit"], q["value"]) for q in truth.get("table_quantities", []))
    s.table_want = sum(table_want.values())
    extras = []
    for i in unused:
        key = qkey(quantities[i].unit, quantities[i].value)
        if table_want[key] > 0:
            table_want[key] -= 1
            s.table_hit += 1
        else:
            extras.append(quantities[i])
    s.got -= s.table_hit

    # exact values: pair by printed text, then compare every number
    by_raw: dict[str, list[Any]] = {}
    for f in quantities:
        by_raw.setdefault(norm_raw(f.raw), []).append(f)
    wrong = []
    for q in truth["quantities"]:
        candidates = by_raw.get(norm_raw(q["raw"]))
        if not candidates:
            continue
        f = candidates.pop(0)
        s.raw_found += 1
        ok = (norm(f.unit) == norm(q["unit"]) and dec(f.value) == dec(q["value"]) and dec(f.value_max) == dec(q.get("value_max"))
              and dec(f.base_value) == dec(q["base_value"]))
        s.exact += ok
        if not ok:
            wrong.append(f"value  {q['raw']}: truth {q['value']}{q['unit']} max={q.get('value_max')} base={q['base_value']} | "
                         f"got {f.value}{f.unit} max={f.value_max} base={f.base_value}")

    want_dates = Counter(norm(d["raw"]) for d in truth["dates"])
    got_dates = Counter(norm(f.raw) for f in dates)
    s.dates_want = sum(want_dates.values())
    s.dates_hit = sum((want_dates & got_dates).values())
    iso_of: dict[str, list[str]] = {}
    for f in dates:
        iso_of.setdefault(norm(f.raw), []).append(f.date_iso or "")
    for d in truth["dates"]:
        isos = iso_of.get(norm(d["raw"]))
        if isos:
            s.dates_iso_ok += isos.pop(0) == d["iso"]

    for q in missing:
        wrap = f" [wrapped: {q['wrap']}]" if q.get("wrap") else ""
        s.notes.append(f"miss   {q['raw']}  ({q['label']}; {q['section'][:12]}){wrap}")
    for f in extras:
        s.notes.append(f"extra  {f.raw} -> {f.value}{f.unit} label={f.label!r}  in: {f.sentence[:40]}")
    s.notes += wrong
    for raw, n in sorted((want_dates - got_dates).items()):
        s.notes.append(f"date   missing {raw} x{n}")
    for raw, n in sorted((got_dates - want_dates).items()):
        s.notes.append(f"date   extra {raw} x{n}")
    for q, f in pairs:
        if not labels_agree(q["label"], f.label):
            s.notes.append(f"label  {q['raw']}: truth {q['label']!r} got {f.label!r}")
    return s


def row(name: str, variant: str, s: Score, seconds: float | None) -> list[str]:
    return [
        name, variant, str(s.want), ratio(s.hit, s.want), ratio(s.hit, s.got), f"{s.exact}/{s.raw_found}",
        ratio(s.dates_hit, s.dates_want), ratio(s.labels_ok, s.hit), f"{s.wrapped_hit}/{s.wrapped_want}",
        f"{s.table_hit}/{s.table_want}" if s.table_want else "-", f"{seconds:.1f}" if seconds is not None else "",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses, extras, wrong values and labels per doc")
    parser.add_argument("--only", help="score only documents whose name contains this")
    parser.add_argument("--no-sample", action="store_true", help="leave out the real sample")
    args = parser.parse_args()
    from extract.document import extract_document

    docs = find_docs(args.corpus, with_sample=not args.no_sample, only=args.only)
    rows, corpus_total, all_total = [], Score(), Score()
    details: list[tuple[str, list[str]]] = []
    for doc in docs:
        started = time.perf_counter()
        try:
            extraction = extract_document(doc.pdf)
        except Exception as err:  # a crash is a result too: show it and go on
            rows.append([doc.name, doc.variant, str(len(doc.truth["quantities"])), "ERROR", type(err).__name__, "", "", "", "", "", ""])
            details.append((doc.name, traceback.format_exc().splitlines()[-3:]))
            continue
        s = score(doc, list(extraction.figures))
        rows.append(row(doc.name, doc.variant, s, time.perf_counter() - started))
        details.append((doc.name, s.notes))
        all_total.add(s)
        if doc.variant != "sample":
            corpus_total.add(s)
    rows.append(row("CORPUS (micro)", "", corpus_total, None))
    rows.append(row("ALL (micro)", "", all_total, None))
    header = ["doc", "variant", "Q", "recall", "precision", "exact", "dates", "labels", "wrapped", "table", "sec"]
    print(table(rows, header))
    if args.verbose:
        for name, notes in details:
            print(f"\n== {name}")
            for note in notes:
                print("  " + note)
    print(f"\nFIGURES corpus q_recall={ratio(corpus_total.hit, corpus_total.want)} q_precision={ratio(corpus_total.hit, corpus_total.got)} "
          f"exact={ratio(corpus_total.exact, corpus_total.raw_found)} dates={ratio(corpus_total.dates_hit, corpus_total.dates_want)} "
          f"date_iso={ratio(corpus_total.dates_iso_ok, corpus_total.dates_hit)} labels={ratio(corpus_total.labels_ok, corpus_total.hit)} "
          f"wrapped={ratio(corpus_total.wrapped_hit, corpus_total.wrapped_want)} table={ratio(corpus_total.table_hit, corpus_total.table_want)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
