"""Rules from PDF probe 61 (an 审计工作报告 and a 乡村振兴 半年总结, written blind), tested on sentences of our own: parts
that add up to far more than their total are a warning (groups that overlap: 耕地 holds 基本农田 and 高标准农田), unless
the total is their sum with one digit misprinted or two swapped, three significant digits or more: then an error."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, printed_lines


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("全县种植蔬菜34.7万亩,其中露地蔬菜21.6万亩、设施蔬菜23.1万亩。",
                 [(("sum", "34.7万亩", ["21.6万亩", "23.1万亩"], "其中", False), "high")], id="one-digit-off"),  # 44.7
    pytest.param("全县种植蔬菜34.7万亩,其中露地蔬菜21.6万亩、设施蔬菜22.1万亩。",
                 [(("sum", "34.7万亩", ["21.6万亩", "22.1万亩"], "其中", False), "high")], id="two-digits-swapped"),  # 43.7
    pytest.param("全县种植蔬菜34.7万亩,其中露地蔬菜21.6万亩、设施蔬菜25.3万亩。",
                 [(("sum", "34.7万亩", ["21.6万亩", "25.3万亩"], "其中", False), "low")], id="far-over-no-misprint"),  # 46.9
    pytest.param("全县种植蔬菜34万亩,其中露地蔬菜21万亩、设施蔬菜23万亩。",
                 [(("sum", "34万亩", ["21万亩", "23万亩"], "其中", False), "low")], id="two-significant-digits"),  # 44
])
def test_parts_far_over_their_total(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected
