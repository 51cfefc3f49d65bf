"""'X从2019年的680人增加到2022年的1520人': both figures measure X (they were left without a label: the clause
before each is a date and 的)."""

from __future__ import annotations

import pytest
from factories import printed, text_figures

FROM_TO = [
    ("扶贫车间吸纳就业人数从2019年的680人增加到2022年的1520人,年均增长30.8%。",
     [("680人", "就业人数"), ("1520人", "就业人数"), ("30.8%", "就业人数年均增长")]),
    ("监测对象由2021年底的3260户减少到2022年底的2150户,下降34%。",
     [("3260户", "监测对象"), ("2150户", "监测对象"), ("34%", "监测对象下降")]),
    ("贫困发生率由2014年底的23.6%下降至2019年底的0.53%。", [("23.6%", "贫困发生率"), ("0.53%", "贫困发生率")]),
    ("全县农村居民人均可支配收入由2015年的6821元增加到2020年的11230元。",
     [("6821元", "农村居民人均可支配收入"), ("11230元", "农村居民人均可支配收入")]),
    ("建档立卡贫困人口从2014年的4.32万人减少到2019年底的1260人。",
     [("4.32万人", "建档立卡贫困人口"), ("1260人", "建档立卡贫困人口")]),
    ("村集体经济收入自2018年6月的3.2万元提高到2020年12月的12.6万元。",
     [("3.2万元", "村集体经济收入"), ("12.6万元", "村集体经济收入")]),
    # a label of its own is kept: the date is not the whole clause before the figure
    ("2019年的帮扶资金1710万元,2020年的帮扶资金2100万元。", [("1710万元", "帮扶资金"), ("2100万元", "帮扶资金")]),
]


@pytest.mark.parametrize(("text", "expected"), FROM_TO)
def test_both_ends_of_a_change_measure_its_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.label) for f in text_figures(printed(text)) if f.kind != "date"] == expected
