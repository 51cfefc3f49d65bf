"""Labels the fifth probe found wanting, each fixed by a rule tested on sentences of our own."""

from __future__ import annotations

import pytest

from extract.figures import find_figures

CASES = [
    # a change with no subject of its own changes the figure before it: its label, of the same unit where one is
    ("全县地区生产总值达到186.5亿元,同比增长6.2%。", [("186.5亿元", "地区生产总值"), ("6.2%", "地区生产总值同比增长")]),
    ("全县农村低保对象4562人,较上年减少356人,下降7.2%。",
     [("4562人", "农村低保对象"), ("356人", "农村低保对象较上年减少"), ("7.2%", "农村低保对象下降")]),
    ("森林覆盖率达到62.3%,较上年提高0.5个百分点。", [("62.3%", "森林覆盖率"), ("0.5个百分点", "森林覆盖率较上年提高")]),
    ("县财政安排衔接资金1.35亿元,占衔接资金总额的31.2%,比上年增加1800万元。",
     [("1.35亿元", "衔接资金"), ("31.2%", "占衔接资金总额"), ("1800万元", "衔接资金比上年增加")]),
    ("粮食总产量28.6万吨,增长3.1%。", [("28.6万吨", "粮食总产量"), ("3.1%", "粮食总产量增长")]),
    # a change that names its subject keeps it; a change in another sentence borrows nothing
    ("全县规上工业增加值增长8.5%。", [("8.5%", "规上工业增加值增长")]),
    ("全县地区生产总值186.5亿元。同比增长6.2%。", [("186.5亿元", "地区生产总值"), ("6.2%", "同比增长")]),
    # 分别 + verb after named items: each item with the verb, not the total's long label
    ("全年合作银行共发放脱贫人口小额信贷1.28亿元,其中县农商行、邮储银行分别发放6200万元、6600万元。",
     [("1.28亿元", "合作银行共发放脱贫人口小额信贷"), ("6200万元", "县农商行发放"), ("6600万元", "邮储银行发放")]),
    ("小学和初中分别有学生18650人和9320人。", [("18650人", "小学学生"), ("9320人", "初中学生")]),
    # a qualifier before the verb that closes a label, however short what is left
    ("超过10万元的村达到126个。", [("10万元", ""), ("126个", "村")]),
    ("距离最近的集中安置点仅1.2公里。", [("1.2公里", "距离最近的集中安置点")]),
    # a bracketed aside after a quoted name
    ("建成“扶贫超市”(爱心超市)56家。", [("56家", "扶贫超市")]),
    # categories named by an ordinal in a list are names, not counts
    ("全县共有脱贫户4856户,一类、二类、三类户分别为1203户、2415户和1248户。",
     [("4856户", "脱贫户"), ("1203户", "一类户"), ("2415户", "二类户"), ("1248户", "三类户")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t for t, _ in CASES])
def test_probe5_labels(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.label) for f in find_figures(text, 2023) if f.kind != "date"] == expected
