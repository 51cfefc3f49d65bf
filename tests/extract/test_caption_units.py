"""A caption that gives a table two units, an amount's and '%' ('单位:万元、%'): columns of rates take %, every other
column the amount's unit, whatever its header says (PDF probe 62's 表2 read its 年初预算 column in %, so its 小计 and
合计 were never summed)."""

from __future__ import annotations

import pytest
from factories import make_table

from extract.tables import read_layout

FUNDS = [["项目", "年初预算", "实际支出", "执行率"], ["职业培训补贴", "620.00", "587.36", "94.7"], ["小计", "620.00", "587.36", "94.7"]]
PEOPLE = [["乡镇", "年初人数", "新增人数", "占比"], ["城关镇", "1,204", "86", "12.5"], ["合计", "1,204", "86", "12.5"]]


@pytest.mark.parametrize(("rows", "caption", "units"), [
    (FUNDS, "万元、%", ("万元", "万元", "%")),
    (PEOPLE, "人、%", ("人", "人", "%")),
    (PEOPLE, "人、万元", ("人", "人", "%")),  # (no % listed: a column takes money only when its header names it)
])
def test_rates_take_percent_and_the_rest_the_amount(rows: list[list[str]], caption: str, units: tuple[str, ...]) -> None:
    assert read_layout(make_table(rows), caption).column_units[1:] == units
