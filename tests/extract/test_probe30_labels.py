"""Labels as two blind label probes (12 and 30) named them, tested on sentences of our own: no whole place the report
speaks for (全县, 全市 …) unless only a qualifier would be left, no verb that says what was done to the thing counted
(实施, 受理, 惠及, 开展, 培育 …) unless it tells two listed figures apart; 签约服务 one name; a change's 由每人每月 no part
of the standard's label."""

from __future__ import annotations

import pytest
from factories import quantities_in

CASES = [
    ("全市粮食总产量达到42.6万吨。", [("42.6万吨", "粮食总产量")]),
    ("全镇平均为88.2%。", [("88.2%", "全镇平均")]),
    ("受理劳动争议案件128件,移送案件线索9条。", [("128件", "劳动争议案件"), ("9条", "案件线索")]),
    ("项目惠及农户3260户。", [("3260户", "农户")]),
    ("开展农村实用技术培训4200人次,培育致富带头人186名。", [("4200人次", "农村实用技术培训"), ("186名", "致富带头人")]),
    ("新建和改扩建学校分别为5所和8所。", [("5所", "新建学校"), ("8所", "改扩建学校")]),
    ("全县家庭医生签约服务12.4万人。", [("12.4万人", "家庭医生签约服务")]),
    ("低保标准由每人每月520元提高到560元。", [("520元", "低保标准"), ("560元", "低保标准")]),
    # label probe 34 (133 figures of 东西部协作 reports): 我县/本市 name the place as 全县 does; 开发, 认定 are verbs
    ("我县消费帮扶金额达1.86亿元。", [("1.86亿元", "消费帮扶金额")]),
    ("开发乡村公益性岗位2860个,认定扶贫产品312个。", [("2860个", "乡村公益性岗位"), ("312个", "扶贫产品")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe30_labels(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.label) for f in quantities_in(text)] == expected
