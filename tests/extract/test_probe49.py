"""Rules from probe 49 (60 东西部协作 excerpts to a 考核组 written blind, 12 planted errors), tested on sentences of our
own: people who go home or flow out (返乡, 流出) leave a count of people working away, and those who flow in (流入)
join it."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, printed

C = "年初 + 增加 − 减少 = 年末"
CASES = [
    pytest.param("年初在外务工人员12560人,年内新增外出1830人,返乡创业就业920人,年末在外务工人员13470人。",
                 [(("balance", "13470人", ["12560人", "1830人", "−920人"], C, True), "high")], id="gone-home"),
    pytest.param("年初在外务工人员12560人,年内新增外出1830人,流出920人,年末在外务工人员13570人。",
                 [(("balance", "13570人", ["12560人", "1830人", "−920人"], C, False), "high")], id="flowed-out-planted"),
    pytest.param("年初园区就业人员5210人,年内流入1320人,离职860人,年末园区就业人员5670人。",
                 [(("balance", "5670人", ["5210人", "1320人", "−860人"], C, True), "high")], id="flowed-in"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe49_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected
