"""A list of parts joined by 、, each ending its item, ends at a semicolon after which a figure opens a statement of
its own, words going on after it ('分别为教育人才72名、医疗人才61名、农技人才21名;我县选派94名专业技术人才赴…学习':
PDF probe 58 read 94名 as a fourth part, a warning where the parts missed their total by 2). Parts listed after the
semicolon as items still are parts."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

CASES = [
    pytest.param("市农业农村局全年选派技术骨干48名下乡服务,分别为种植技术人员20名、养殖技术人员15名、农机技术人员12名;"
                 "县里选派30名干部赴市里跟岗学习。",
                 [(("sum", "48名", ["20名", "15名", "12名"], "分别为", False), "high")], id="another-statement-after"),
    pytest.param("市农业农村局全年选派技术骨干48名下乡服务,分别为种植技术人员20名、养殖技术人员15名、农机技术人员13名;"
                 "县里选派30名干部赴市里跟岗学习。",
                 [(("sum", "48名", ["20名", "15名", "13名"], "分别为", True), "high")], id="another-statement-after-makes-it"),
    # items after the semicolon, each ending at its figure: the list goes on
    pytest.param("全年下达衔接资金9,600万元,分别为产业发展4,200万元、基础设施2,800万元;就业帮扶1,500万元、其他1,100万元。",
                 [(("sum", "9,600万元", ["4,200万元", "2,800万元", "1,500万元", "1,100万元"], "分别为", True), "high")],
                 id="items-go-on"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_list_ends_at_a_semicolon_before_another_statement(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,万元名、,;。分别为选派", repeat=4))
def test_list_ends_never_raises_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
