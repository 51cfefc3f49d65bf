"""What both benchmarks share: the documents to score (corpus and the real sample), truth loading, value keys."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEFAULT_CORPUS = REPO / "benchmarks" / "corpus"
SAMPLE_PDF = REPO / "samples" / "ziyang_2018.pdf"
SAMPLE_TRUTH = REPO.parent / "shared" / "sample" / "ziyang_2018_truth.json"
QUALIFIER_RE = re.compile(r"^(?:将近|大约|超过|约|近|逾)")

Key = tuple[str, Decimal | None]


@dataclass(frozen=True)
class Doc:
    name: str
    variant: str
    pdf: Path
    truth: dict[str, Any]


def dec(x: object) -> Decimal | None:
    if x is None:
        return None
    try:
        return Decimal(str(x)).normalize()
    except InvalidOperation:
        return None


def norm(text: str | None) -> str:
    """As printed, compared loosely: NFKC (full-width digits), no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def norm_raw(text: str | None) -> str:
    """'近2000人' and '2000人' compare equal: a leading qualifier is not part of the figure."""
    return QUALIFIER_RE.sub("", norm(text))


def qkey(unit: str, value: object) -> Key:
    return norm(unit), dec(value)


def find_docs(corpus: Path, with_sample: bool = True, only: str | None = None) -> list[Doc]:
    docs = []
    for truth_path in sorted(corpus.glob("*.truth.json")):
        name = truth_path.name.removesuffix(".truth.json")
        pdf = truth_path.with_name(f"{name}.pdf")
        if pdf.exists():
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            docs.append(Doc(name, truth.get("variant", "?"), pdf, truth))
    if not docs:
        print(f"no corpus in {corpus}: run python benchmarks/corpus.py --out {corpus}", file=sys.stderr)
    if with_sample and SAMPLE_PDF.exists() and SAMPLE_TRUTH.exists():
        docs.append(Doc("ziyang_2018 (sample)", "sample", SAMPLE_PDF, json.loads(SAMPLE_TRUTH.read_text(encoding="utf-8"))))
    elif with_sample:
        print(f"sample not found: {SAMPLE_PDF} / {SAMPLE_TRUTH}", file=sys.stderr)
    return [d for d in docs if not only or only in d.name]


def table(rows: list[list[str]], header: list[str]) -> str:
    """Plain fixed-width table (CJK-free cells, so len() is the width)."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    out = [line, "-" * len(line)]
    out += ["  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))) for r in rows]
    return "\n".join(out)


def ratio(n: int, d: int) -> str:
    return f"{n / d:.3f}" if d else "-"


def add_counts(into: Any, other: Any) -> None:
    """Add a per-document score's counters into a total (every dataclass field but `notes`)."""
    for name in into.__dataclass_fields__:
        if name != "notes":
            setattr(into, name, getattr(into, name) + getattr(other, name))
