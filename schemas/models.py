"""The pandera models: what a valid figure is, and what a valid breakdown is (the check rules live here)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pandas as pd
import pandera.pandas as pa

from extract.records import KINDS
from extract.units import BASE_UNITS, SCALE_WORDS, TENTHS
from schemas.arithmetic import not_over, within

KNOWN_UNITS = frozenset(BASE_UNITS) | {s + u for s in SCALE_WORDS for u in BASE_UNITS} | {TENTHS}  # '八成' is 80 %
RELATION_TYPES = ("sum", "subset", "share", "repeat", "balance", "rule")
MAX_BASE_VALUE = Decimal(10) ** 16  # 1亿亿元: a larger figure in a county report is a misreading


def _is_dec(v: Any) -> bool:
    return isinstance(v, Decimal) and v.is_finite()


def _figure_checks() -> list[pa.Check]:
    def value_readable(df: pd.DataFrame) -> pd.Series:
        return df["kind"].eq("date") | df["value"].map(_is_dec)

    def value_non_negative(df: pd.DataFrame) -> pd.Series:
        # a count (households, people, visits) below zero is a misreading; a fall in a rate or a loss in
        # money is printed with its minus sign and is what the report says
        return df["kind"].ne("count") | df["value"].map(lambda v: not _is_dec(v) or v >= 0)

    def value_plausible(df: pd.DataFrame) -> pd.Series:
        return df["base_value"].map(lambda v: not _is_dec(v) or v < MAX_BASE_VALUE)

    def unit_known(df: pd.DataFrame) -> pd.Series:
        return df["kind"].eq("date") | df["unit"].isin(KNOWN_UNITS)

    def page_in_document(df: pd.DataFrame) -> pd.Series:
        return df["page"] <= df["n_pages"]

    def span_in_page_text(df: pd.DataFrame) -> pd.Series:
        return (df["char_start"] < df["page_len"]) & (df["char_end"] > df["char_start"])

    fns = (value_readable, value_non_negative, value_plausible, unit_known, page_in_document, span_in_page_text)
    return [pa.Check(fn, name=fn.__name__) for fn in fns]


# One row per printed figure; a row failing a check is kept (value NULL-safe) and reported as a warning.
# `doc` numbers the documents of a batch validated together: ids are unique within a document.
# (DataFrameSchema rather than DataFrameModel: the model form imports dask when it is installed, +0.5 s a run.)
FigureFrame = pa.DataFrameSchema(
    {
        "doc": pa.Column(int, pa.Check.ge(0)),
        "figure_id": pa.Column(str),
        "page": pa.Column(int, pa.Check.ge(1)),
        "raw": pa.Column(str, pa.Check.str_length(min_value=1)),
        "kind": pa.Column(str, pa.Check.isin(list(KINDS))),
        "unit": pa.Column(str),
        "value": pa.Column(object, nullable=True),
        "base_value": pa.Column(object, nullable=True),
        "char_start": pa.Column(int, pa.Check.ge(0)),
        "char_end": pa.Column(int, pa.Check.ge(1)),
        "page_len": pa.Column(int, pa.Check.ge(0)),
        "n_pages": pa.Column(int, pa.Check.ge(1)),
    },
    checks=_figure_checks(),
    unique=["doc", "figure_id"],
    strict=False,
    coerce=False,
    name="FigureFrame",
)


def _abs_within(diff: Any, tol: Any) -> bool:
    return _is_dec(diff) and _is_dec(tol) and within(diff, tol)


def _per_row(df: pd.DataFrame, type_: str, ok: Callable[[Any, Any], bool]) -> pd.Series:
    """True for rows of other types; for rows of `type_`, whether ok(difference, tolerance)."""
    values = [ok(d, t) for d, t in zip(df["difference"], df["tolerance"], strict=True)]
    return ~df["type"].eq(type_) | pd.Series(values, index=df.index, dtype=bool)


def _relation_checks() -> list[pa.Check]:
    def sum_adds_up(df: pd.DataFrame) -> pd.Series:
        """The parts of a total add up to it, within the rounding of the printed figures."""
        return _per_row(df, "sum", _abs_within)

    def part_within_whole(df: pd.DataFrame) -> pd.Series:
        """A single part (其中 …) is not larger than its whole."""
        return _per_row(df, "subset", lambda d, t: _is_dec(d) and _is_dec(t) and not_over(d, t))

    def shares_total_100(df: pd.DataFrame) -> pd.Series:
        """Percentages of one whole add up to 100%, within rounding."""
        return _per_row(df, "share", _abs_within)

    def repeat_agrees(df: pd.DataFrame) -> pd.Series:
        """The same figure printed twice has one value."""
        return _per_row(df, "repeat", _abs_within)

    def balance_carries_forward(df: pd.DataFrame) -> pd.Series:
        """An opening stock with what was added and taken away makes the closing stock, within rounding."""
        return _per_row(df, "balance", _abs_within)

    def rule_holds(df: pd.DataFrame) -> pd.Series:
        """A rule from the analyst's rules file holds (its own comparison is in `holds`)."""
        if "holds" not in df:
            return pd.Series(True, index=df.index)
        return ~df["type"].eq("rule") | df["holds"].fillna(False).astype(bool)

    fns = (sum_adds_up, part_within_whole, shares_total_100, repeat_agrees, balance_carries_forward, rule_holds)
    return [pa.Check(fn, name=fn.__name__) for fn in fns]


# One row per relation with its arithmetic worked out in Decimal; each check is one relation type's rule.
RelationCheckFrame = pa.DataFrameSchema(
    {
        "doc": pa.Column(int, pa.Check.ge(0)),
        "relation_id": pa.Column(str),
        "type": pa.Column(str, pa.Check.isin(list(RELATION_TYPES))),
        "expected": pa.Column(object),
        "actual": pa.Column(object),
        "difference": pa.Column(object),
        "tolerance": pa.Column(object),
    },
    checks=_relation_checks(),
    unique=["doc", "relation_id"],
    strict=False,
    coerce=False,
    name="RelationCheckFrame",
)


RULE_OF_TYPE = {
    "sum": "sum_adds_up",
    "subset": "part_within_whole",
    "share": "shares_total_100",
    "repeat": "repeat_agrees",
    "balance": "balance_carries_forward",
    "rule": "rule_holds",
}


def failures(schema: pa.DataFrameSchema, df: pd.DataFrame) -> dict[Any, list[str]]:
    """Validate lazily and return, per failing row index, the names of the checks it failed."""
    try:
        schema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as err:
        out: dict[Any, list[str]] = {}
        cases = err.failure_cases
        for index, check in zip(cases["index"], cases["check"], strict=True):
            if index is None or (isinstance(index, float) and pd.isna(index)):
                continue
            name = str(check)
            names = out.setdefault(index, [])
            if name not in names:
                names.append(name)
        return out
    return {}
