"""A period of years printed with 年 at both ends is one period, as 2016-2020年 is."""

from __future__ import annotations

import pytest
from factories import dates_in


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(f.raw, f.date_iso) for f in dates_in(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("2016年至2020年,累计投入资金3.2亿元", [("2016年至2020年", "2016/2020")]),
    ("2016年—2020年共实施项目120个", [("2016年—2020年", "2016/2020")]),
    ("2018年到2020年", [("2018年到2020年", "2018/2020")]),
    ("2016-2020年", [("2016-2020年", "2016/2020")]),  # (as before)
    # not a period: each date its own
    ("2019年至今", [("2019年", "2019")]),
    ("2019年1-6月", [("2019年1-6月", "2019-01/2019-06")]),
    ("2018年12月至2019年3月", [("2018年12月", "2018-12"), ("2019年3月", "2019-03")]),
    ("2020年至2016年", [("2020年", "2020"), ("2016年", "2016")]),  # backwards: two years, as printed
])
def test_a_period_of_years(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected
