"""The pandera models: what a valid figure is, and what a valid breakdown is (the check rules live here)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from extract.records import KINDS
from extract.units import BASE_UNITS, SCALE_WORDS

KNOWN_UNITS = frozenset(BASE_UNITS) | {s + u for s in SCALE_WORDS for u in BASE_UNITS}
RELATION_TYPES = ("sum", "subset", "share", "repeat", "rule")
MAX_BASE_VALUE = Decimal(10) ** 16  # 1亿亿元: a larger figure in a county report is a misreading


def _is_dec(v: Any) -> bool:
    return isinstance(v, Decimal) and v.is_finite()


class FigureFrame(pa.DataFrameModel):
    """One row per printed figure; a row failing a check is kept, value NULL-safe, and reported."""

    figure_id: Series[str] = pa.Field(unique=True)
    page: Series[int] = pa.Field(ge=1)
    raw: Series[str] = pa.Field(str_length={"min_value": 1})
    kind: Series[str] = pa.Field(isin=list(KINDS))
    unit: Series[str]
    value: Series[Any] = pa.Field(nullable=True)
    base_value: Series[Any] = pa.Field(nullable=True)
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=1)
    page_len: Series[int] = pa.Field(ge=0)
    n_pages: Series[int] = pa.Field(ge=1)

    @pa.dataframe_check(name="value_readable")
    def value_readable(cls, df: pd.DataFrame) -> Series[bool]:
        return df["kind"].eq("date") | df["value"].map(_is_dec)

    @pa.dataframe_check(name="value_non_negative")
    def value_non_negative(cls, df: pd.DataFrame) -> Series[bool]:
        return df["value"].map(lambda v: not _is_dec(v) or v >= 0)

    @pa.dataframe_check(name="value_plausible")
    def value_plausible(cls, df: pd.DataFrame) -> Series[bool]:
        return df["base_value"].map(lambda v: not _is_dec(v) or v < MAX_BASE_VALUE)

    @pa.dataframe_check(name="unit_known")
    def unit_known(cls, df: pd.DataFrame) -> Series[bool]:
        return df["kind"].eq("date") | df["unit"].isin(KNOWN_UNITS)

    @pa.dataframe_check(name="page_in_document")
    def page_in_document(cls, df: pd.DataFrame) -> Series[bool]:
        return df["page"] <= df["n_pages"]

    @pa.dataframe_check(name="span_in_page_text")
    def span_in_page_text(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["char_start"] < df["page_len"]) & (df["char_end"] > df["char_start"])

    class Config:
        strict = False
        coerce = False


def _abs_within(diff: Any, tol: Any) -> bool:
    return _is_dec(diff) and _is_dec(tol) and abs(diff) <= tol


class RelationCheckFrame(pa.DataFrameModel):
    """One row per relation with its arithmetic worked out in Decimal; each check is one relation type's rule."""

    relation_id: Series[str] = pa.Field(unique=True)
    type: Series[str] = pa.Field(isin=list(RELATION_TYPES))
    expected: Series[Any]
    actual: Series[Any]
    difference: Series[Any]
    tolerance: Series[Any]

    @pa.dataframe_check(name="sum_adds_up")
    def sum_adds_up(cls, df: pd.DataFrame) -> Series[bool]:
        """The parts of a total add up to it, within the rounding of the printed figures."""
        return ~df["type"].eq("sum") | pd.Series([_abs_within(d, t) for d, t in zip(df["difference"], df["tolerance"])], index=df.index)

    @pa.dataframe_check(name="part_within_whole")
    def part_within_whole(cls, df: pd.DataFrame) -> Series[bool]:
        """A single part (其中 …) is not larger than its whole."""
        ok = [_is_dec(d) and _is_dec(t) and d <= t for d, t in zip(df["difference"], df["tolerance"])]
        return ~df["type"].eq("subset") | pd.Series(ok, index=df.index)

    @pa.dataframe_check(name="shares_total_100")
    def shares_total_100(cls, df: pd.DataFrame) -> Series[bool]:
        """Percentages of one whole add up to 100%, within rounding."""
        return ~df["type"].eq("share") | pd.Series([_abs_within(d, t) for d, t in zip(df["difference"], df["tolerance"])], index=df.index)

    @pa.dataframe_check(name="repeat_agrees")
    def repeat_agrees(cls, df: pd.DataFrame) -> Series[bool]:
        """The same figure printed twice has one value."""
        return ~df["type"].eq("repeat") | pd.Series([_abs_within(d, t) for d, t in zip(df["difference"], df["tolerance"])], index=df.index)

    @pa.dataframe_check(name="rule_holds")
    def rule_holds(cls, df: pd.DataFrame) -> Series[bool]:
        """A rule from the analyst's rules file holds (its own comparison is in `holds`)."""
        if "holds" not in df:
            return pd.Series(True, index=df.index)
        return ~df["type"].eq("rule") | df["holds"].fillna(False).astype(bool)

    class Config:
        strict = False
        coerce = False


RULE_OF_TYPE = {
    "sum": "sum_adds_up",
    "subset": "part_within_whole",
    "share": "shares_total_100",
    "repeat": "repeat_agrees",
    "rule": "rule_holds",
}


def failures(model: type[pa.DataFrameModel], df: pd.DataFrame) -> dict[Any, list[str]]:
    """Validate lazily and return, per failing row index, the names of the checks it failed."""
    try:
        model.validate(df, lazy=True)
    except pa.errors.SchemaErrors as err:
        out: dict[Any, list[str]] = {}
        cases = err.failure_cases
        for index, check in zip(cases["index"], cases["check"]):
            if index is None or (isinstance(index, float) and pd.isna(index)):
                continue
            name = str(check)
            names = out.setdefault(index, [])
            if name not in names:
                names.append(name)
        return out
    return {}
