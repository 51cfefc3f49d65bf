"""Rules prompted by probe 21 (60 excerpts of audit, rectification, budget-review and state-asset reports by a blind
author; first measurement 7 of 10 planted errors, no false error alert), tested on sentences of our own: a balance
sheet said in one sentence (资产总额 = 负债总额 + 净资产); what is still being put right (正在整改) completes a problem
amount with what was put right; '具体如下:' with its parts inline."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, printed

CASES = [
    pytest.param("全市国有企业资产总额1,286.4亿元,负债总额742.9亿元,所有者权益533.5亿元。",
                 [(("sum", "1,286.4亿元", ["742.9亿元", "533.5亿元"], "资产 = 负债 + 净资产", False), "high")],
                 id="balance-sheet-planted"),
    pytest.param("行政事业单位资产总额86.2亿元,负债总额12.4亿元,净资产73.8亿元。",
                 [(("sum", "86.2亿元", ["12.4亿元", "73.8亿元"], "资产 = 负债 + 净资产", True), "high")], id="balance-sheet"),
    pytest.param("资产负债率为14.4%,负债总额12.4亿元。", [], id="no-assets-no-sheet"),
    pytest.param("审计发现问题金额1.92亿元,已整改1.46亿元,正在整改0.36亿元。",
                 [(("sum", "1.92亿元", ["1.46亿元", "0.36亿元"], "正在整改", False), "high")], id="being-rectified-planted"),
    pytest.param("共追回违规资金8,650万元,具体如下:挤占挪用资金3,120万元、虚报冒领资金2,480万元、其他3,050万元。",
                 [(("sum", "8,650万元", ["3,120万元", "2,480万元", "3,050万元"], "如下:", True), "high")], id="details-inline"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe21_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected
