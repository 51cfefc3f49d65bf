"""Shares of some of one whole stay within 100%: the shares of the kinds a 其中 list names ('其中首次登记、转移登记、
抵押登记分别占…'), and shares said clause by clause after the whole is named ('…事项中,网上信访占…,来信占…') that no
words close, can miss some of it, so they need not make 100%, but together they cannot pass it. Groups that overlap
(女性, 党员) may, and do not count; a sum far past 100% is rates of several wholes, no shares of one. A failure of
the first kind is an error; of the second, where nothing says the shares are of one dimension, a warning."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, mutated_sentences, printed_lines, relations_refer_to_figures
from hypothesis import given, settings

CASES = [
    pytest.param("今年全县办理不动产登记业务1.2万件,其中首次登记、转移登记、抵押登记分别占38.5%、41.2%、22.6%。",
                 [(("subset", None, ["38.5%", "41.2%", "22.6%"], "分别占", False), "high")], id="qizhong-names-over-100"),
    pytest.param("今年全县办理不动产登记业务1.2万件,其中首次登记、转移登记、抵押登记分别占36.5%、41.2%、21.6%。",
                 [(("subset", None, ["36.5%", "41.2%", "21.6%"], "分别占", True), "high")], id="qizhong-names-within"),
    pytest.param("全年完成造林面积3.6万亩,其中人工造林、封山育林分别占42.5%、38.0%。",
                 [(("subset", None, ["42.5%", "38.0%"], "分别占", True), "high")], id="qizhong-names-some"),
    pytest.param("全县脱贫劳动力外出务工2.3万人,其中女性、党员分别占58.6%、47.2%。", [], id="qizhong-overlapping-groups"),
    pytest.param("全年受理信访事项中,网上信访占61.3%,来信占12.4%,来访占27.5%。",
                 [(("subset", None, ["61.3%", "12.4%", "27.5%"], "全年受理信访事项中", False), "low")], id="clause-shares-over-100"),
    pytest.param("全年受理信访事项中,网上信访占61.3%,来信占12.4%,来访占25.3%。",
                 [(("subset", None, ["61.3%", "12.4%", "25.3%"], "全年受理信访事项中", True), "low")], id="clause-shares-within"),
    pytest.param("全县农村劳动力中,外出务工人员占62.4%,女性占51.8%。", [], id="clause-shares-overlapping-groups"),
    pytest.param("全县各乡镇中,城关镇覆盖率占98.5%,河口镇占96.2%。", [], id="clause-shares-far-over"),
    # closed by their words: all of the whole, exactly 100% (as before)
    pytest.param("全年一般公共预算收入中,税收收入占76.8%,非税收入占23.2%。",
                 [(("share", None, ["76.8%", "23.2%"], "全年一般公共预算收入中", True), "high")], id="clause-shares-complementary"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_shares_within_100(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(mutated_sentences([str(case.values[0]) for case in CASES], "0123456789.,%、,;。其中分别占女性党员", repeat=4))
def test_shares_within_never_raise_on_mutated_sentences(text: str) -> None:
    relations_refer_to_figures(text)
