"""find_figures on date ranges within a year printed with the unit at both ends: '2019年1月至6月' is the period
2019-01/2019-06 like '2019年1-6月', and '2019年3月15日至17日' keeps its end day: 2019-03-15/2019-03-17.

A period is an ISO 8601 interval in date_iso, start/end, as '2019年1-6月' (2019-01/2019-06) and '第三季度' already are.
"""

from __future__ import annotations

import pytest
from factories import dates_in

from extract.figures import find_figures
from extract.layout import normalize_char


def dates(text: str, year: int | None = 2019) -> list[tuple[str, str | None]]:
    return [(f.raw, f.date_iso) for f in dates_in(text, year)]


# text -> [(raw, date_iso)]
MONTH_RANGES = [
    ("2019年1月至6月,累计完成投资3200万元。", [("2019年1月至6月", "2019-01/2019-06")]),
    ("2019年1月-6月", [("2019年1月-6月", "2019-01/2019-06")]),
    ("2019年1月—6月", [("2019年1月—6月", "2019-01/2019-06")]),
    ("2019年1月到6月", [("2019年1月到6月", "2019-01/2019-06")]),
    ("2018年3月~11月", [("2018年3月~11月", "2018-03/2018-11")]),
    ("二〇一九年一月至六月", [("二〇一九年一月至六月", "2019-01/2019-06")]),
    ("2019年1月至6月份", [("2019年1月至6月", "2019-01/2019-06")]),
    ("1月至6月,全县", [("1月至6月", "2019-01/2019-06")]),
]
DAY_RANGES = [
    ("2019年3月15日至17日", [("2019年3月15日至17日", "2019-03-15/2019-03-17")]),
    ("2019年3月15日-17日", [("2019年3月15日-17日", "2019-03-15/2019-03-17")]),
    ("2019年3月15-17日", [("2019年3月15-17日", "2019-03-15/2019-03-17")]),
    ("2019年3月28日至4月2日", [("2019年3月28日至4月2日", "2019-03-28/2019-04-02")]),
    ("3月20日至22日", [("3月20日至22日", "2019-03-20/2019-03-22")]),
    ("二〇一九年三月十五日至十七日", [("二〇一九年三月十五日至十七日", "2019-03-15/2019-03-17")]),
]
# must not change
KEPT = [
    ("2019年1-6月", [("2019年1-6月", "2019-01/2019-06")]),
    ("2019年1—6月份", [("2019年1—6月", "2019-01/2019-06")]),
    ("2019年6月", [("2019年6月", "2019-06")]),
    ("2019年3月15日", [("2019年3月15日", "2019-03-15")]),
    ("3月20日", [("3月20日", "2019-03-20")]),
    ("2019年6月至2020年3月", [("2019年6月", "2019-06"), ("2020年3月", "2020-03")]),
    ("2019年1月1日至2019年12月31日", [("2019年1月1日", "2019-01-01"), ("2019年12月31日", "2019-12-31")]),
    # a month range that runs on to a day is no whole-month period: the start month and the end day, each alone
    ("2019年1月至6月15日", [("2019年1月", "2019-01"), ("6月15日", "2019-06-15")]),
    # a range that runs backwards is no range: the start stays a date on its own
    ("2019年12月至1月", [("2019年12月", "2019-12")]),
    ("2019年3月17日至15日", [("2019年3月17日", "2019-03-17")]),
    ("2019年3月15日至2020年", [("2019年3月15日", "2019-03-15"), ("2020年", "2020")]),
    ("2019年3月15日至17时", [("2019年3月15日", "2019-03-15")]),
    ("3个月至6个月", []),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_RANGES + DAY_RANGES + KEPT, ids=[t for t, _ in MONTH_RANGES + DAY_RANGES + KEPT])
def test_date_range_within_a_year_is_one_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


def test_month_range_without_any_year_is_not_a_date() -> None:
    assert dates("1月至6月", None) == []


def test_day_range_is_no_quantity() -> None:
    normalized = "".join(normalize_char(ch) for ch in "2019年3月15日至17日召开会议3次")
    assert [(f.kind, f.raw) for f in find_figures(normalized, 2019)] == [("date", "2019年3月15日至17日"), ("count", "3次")]
