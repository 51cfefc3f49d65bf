"""What is left (结余, 下余, 剩余 …) after what was spent makes, with it, the total it was spent from. When the sentence
does not print that total, it is the one figure of the measure in the sentence before, or the total that sentence
closes with; a sentence before with several figures and no total of them names none."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, printed_lines

CASES = [
    pytest.param("全年到位以工代赈资金3800万元。\n截至11月底,已支付2950万元,剩余资金850万元。",
                 [(("sum", "3800万元", ["2950万元", "850万元"], "剩余资金", True), "high")], id="paragraph-before"),
    pytest.param("下达教育补助资金1.42亿元。目前已拨付1.05亿元,结余3600万元。",
                 [(("sum", "1.42亿元", ["1.05亿元", "3600万元"], "结余", False), "high")], id="sentence-before-planted"),
    pytest.param("中央资金9200万元,省级资金4100万元,合计1.33亿元。\n已使用1.02亿元,尚余3100万元。",
                 [(("sum", "1.33亿元", ["9200万元", "4100万元"], "合计", True), "high"),
                  (("sum", "1.33亿元", ["1.02亿元", "3100万元"], "尚余", True), "high")], id="closing-total-before"),
    pytest.param("接收捐赠物资折价560万元。累计发放物资折价430万元,余下130万元入库备用。",
                 [], id="no-spending-verb"),  # 发放 is no spending this rule knows: nothing said
    # two figures before and no total of them: which one it was spent from is not said
    pytest.param("中央资金9200万元,省级资金4100万元。已使用1.02亿元,尚余3100万元。", [], id="two-figures-before"),
    # a different measure before: nothing to complete
    pytest.param("惠及群众1.2万人。已支出资金1.87亿元,结余资金0.69亿元。", [], id="other-measure-before"),
    # the total in the sentence itself still wins
    pytest.param("上年结转资金500万元。本年到位资金2000万元,已拨付1500万元,结余资金500万元。",
                 [(("sum", "2000万元", ["1500万元", "500万元"], "结余资金", True), "high")], id="own-sentence-first"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_remainder_completes_the_total_before(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


def test_a_total_smaller_than_the_spending_or_a_numbered_items_figure_is_none() -> None:
    """'4、项目管理费0.09亿元。' then '已拨付2.12亿元,下余资金0.26亿元': the item's figure is no total spent from (probe 20)."""
    text = printed_lines("补助资金2.38亿元。\n4、项目管理费0.09亿元。\n截至11月底,已拨付衔接资金2.12亿元,下余资金0.26亿元。")
    assert not [c for c, _ in checked_with_confidence(text) if c[3] == "下余资金"]
    assert checked_with_confidence(printed_lines("拨付资金90万元。已支出120万元,结余30万元。")) == []


def test_a_balanced_account_carries_its_balance() -> None:
    """'收入总计…,支出总计…,收支平衡,年终结余823万元': income and spending are equal, the 结余 is carried (probe 22)."""
    assert checked_with_confidence(printed_lines("收入总计1,770万元,支出总计1,770万元,收支平衡,年终结余82万元。")) == [
        (("sum", "1,770万元", ["1,770万元"], "收入总计 = 支出总计", True), "high")]  # (no remainder; the two totals balance)
    assert checked_with_confidence(printed_lines("收入合计46.52亿元,支出合计41.37亿元,收支相抵结余5.51亿元。")) == [
        (("sum", "46.52亿元", ["41.37亿元", "5.51亿元"], "收支相抵结余", False), "high")]
