"""Analyst rules from a TOML file: checks tally cannot infer (an agreed total, a minimum, parts of a total).

    [[rule]]
    name = "协作资金与协议一致"
    label = "协作支持资金"          # figures whose label contains this (optionally: section = "三、")
    expect = "1710万元"             # some such figure equals this

    [[rule]]
    name = "到位率不低于100%"
    label = "到位率"
    min = "100%"                    # every such figure is at least this (max = "…" for at most)

    [[rule]]
    name = "培训人次合计"
    total = "培训总人次"            # the first figure labelled like this …
    parts = ["线上培训", "线下培训"]  # … equals the sum of the first figure of each of these labels
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd

from extract.figures import find_figures
from extract.records import Extraction, Figure
from schemas.arithmetic import in_unit, show
from schemas.models import RelationCheckFrame, failures


class RulesFileError(ValueError):
    """A rules file that cannot be read: says which rule and what is wrong."""


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    label: str = ""
    section: str = ""
    expect: str = ""
    min: str = ""
    max: str = ""
    total: str = ""
    parts: tuple[str, ...] = ()


def parse_amount(text: str) -> Figure:
    """'1710万元' -> a Figure-like record with base_value 17100000 (the same reader as the reports)."""
    found = [f for f in find_figures(text, None) if f.kind != "date" and f.base_value is not None]
    if len(found) != 1:
        raise RulesFileError(f"not one amount with a unit: {text!r}")
    f = found[0]
    return Figure("", "", 0, 0, f.raw, f.value, f.value_max, f.unit, f.kind, f.base_value, f.base_unit, "", "", "", 0, 0, None)


def load_rules(path: str | Path) -> list[Rule]:
    """Rules from a TOML file with [[rule]] tables; RulesFileError names the rule that is wrong."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise RulesFileError(f"rules file {path}: {err}") from None
    rules = []
    for i, item in enumerate(data.get("rule", []), start=1):
        name = str(item.get("name") or f"rule {i}")
        rule = Rule(
            name, str(item.get("label", "")), str(item.get("section", "")), str(item.get("expect", "")),
            str(item.get("min", "")), str(item.get("max", "")), str(item.get("total", "")),
            tuple(str(p) for p in item.get("parts", [])),
        )
        if not (rule.expect or rule.min or rule.max or (rule.total and rule.parts)):
            raise RulesFileError(f"rules file {path}, {name}: needs expect, min, max, or total with parts")
        if (rule.expect or rule.min or rule.max) and not rule.label:
            raise RulesFileError(f"rules file {path}, {name}: needs a label to pick figures")
        for text in (rule.expect, rule.min, rule.max):
            if text:
                parse_amount(text)
        rules.append(rule)
    return rules


def _matching(figures: Sequence[Figure], label: str, section: str = "") -> list[Figure]:
    return [f for f in figures if f.kind != "date" and f.base_value is not None and label in f.label and section in f.section]


def _row(rule: Rule, holds: bool, parent: Figure | None, kids: Sequence[Figure], expected: Decimal | None,
         actual: Decimal | None, unit: str, message: str, source: str) -> dict[str, Any]:
    """A checks row; `unit` is the one expected and actual are in (the base unit: 元, not 万元)."""
    page = parent.page if parent else (kids[0].page if kids else None)
    return {
        "relation_id": None, "rule": f"rule:{rule.name}", "severity": "info" if holds else "error",
        "status": "pass" if holds else "fail", "parent_figure_id": parent.figure_id if parent else None,
        "child_figure_ids": [k.figure_id for k in kids], "expected": expected, "actual": actual,
        "difference": (actual - expected) if actual is not None and expected is not None else None,
        "tolerance": Decimal(0), "unit": unit, "message": message, "page": page, "source": source,
    }


def _evaluate(rule: Rule, figures: Sequence[Figure], source: str) -> dict[str, Any]:
    """One rule against one document's figures -> a checks row (holds worked out in Decimal)."""
    if rule.total:
        totals = _matching(figures, rule.total, rule.section)
        parts = [next(iter(_matching(figures, p, rule.section)), None) for p in rule.parts]
        if not totals or any(p is None for p in parts):
            missing = [rule.total] if not totals else [lbl for lbl, p in zip(rule.parts, parts, strict=True) if p is None]
            return _row(rule, False, None, [], None, None, "", f"规则「{rule.name}」: 找不到 {'、'.join(missing)}", source)
        total, kids = totals[0], [p for p in parts if p is not None]
        actual = sum((k.base_value or Decimal(0) for k in kids), Decimal(0))
        expected = total.base_value or Decimal(0)
        shown = " + ".join(show(in_unit(k.base_value or Decimal(0), total.unit)) for k in kids)
        holds = actual == expected
        sign = "=" if holds else "≠"
        msg = f"规则「{rule.name}」 第{total.page}页 {total.label}: {shown} = {show(in_unit(actual, total.unit))} {sign} {total.raw}"
        return _row(rule, holds, total, kids, expected, actual, total.base_unit, msg, source)
    found = _matching(figures, rule.label, rule.section)
    if not found:
        return _row(rule, False, None, [], None, None, "", f"规则「{rule.name}」: 报告中没有「{rule.label}」的数字", source)
    if rule.expect:
        want = parse_amount(rule.expect)
        hit = next((f for f in found if f.base_value == want.base_value), None)
        values = "、".join(f"第{f.page}页 {f.raw}" for f in found[:5])
        if hit is not None:
            return _row(rule, True, hit, [], want.base_value, hit.base_value, want.base_unit,
                        f"规则「{rule.name}」 第{hit.page}页 {rule.label} {hit.raw} = {rule.expect}", source)
        return _row(rule, False, found[0], [], want.base_value, found[0].base_value, want.base_unit,
                    f"规则「{rule.name}」 {rule.label} 应为 {rule.expect},报告为 {values}", source)
    bound = parse_amount(rule.min or rule.max)
    assert bound.base_value is not None
    is_min = bool(rule.min)
    bad = [f for f in found if f.base_value is not None and (f.base_value < bound.base_value if is_min else f.base_value > bound.base_value)]
    worst = bad[0] if bad else found[0]
    word = "不低于" if is_min else "不高于"
    msg = f"规则「{rule.name}」 第{worst.page}页 {rule.label} {worst.raw} {'' if not bad else '未'}满足 {word}{bound.raw}"
    return _row(rule, not bad, worst, [], bound.base_value, worst.base_value, bound.base_unit, msg, source)


def rule_checks(rules: Sequence[Rule], extraction: Extraction, source: str) -> list[dict[str, Any]]:
    """Rows of `checks` for the analyst's rules; whether each holds is decided by RelationCheckFrame."""
    rows = [_evaluate(rule, extraction.figures, source) for rule in rules]
    if not rows:
        return rows
    frame = pd.DataFrame(
        {
            "doc": [0] * len(rows),
            "relation_id": [f"rule{i}" for i in range(len(rows))],
            "type": ["rule"] * len(rows),
            "expected": [r["expected"] for r in rows], "actual": [r["actual"] for r in rows],
            "difference": [r["difference"] for r in rows], "tolerance": [r["tolerance"] for r in rows],
            "holds": [r["status"] == "pass" for r in rows],
        }
    ).astype({"doc": "int64", "relation_id": object, "type": object})
    failed = failures(RelationCheckFrame, frame)
    for i, row in enumerate(rows):
        ok = i not in failed
        row["status"], row["severity"] = ("pass", "info") if ok else ("fail", "error")
    return rows
