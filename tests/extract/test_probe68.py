"""Rules from PDF probe 68 (a 衔接 summary and a 市场监管 summary, written blind), tested on inputs of our own: a total
and some of the parts of a breakdown printed before in full are restated, not a sum ('存在问题' sections do this);
last year's end against this year's stock ('与上年末的530673人相比减少2257人') is the stock's, not the last flow's;
a threshold among shares (高于…55%以上的比例) is none of them; a 单位 column may give a unit with another in brackets
('台(套)')."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import checked_with_confidence, printed_lines, saved_and_checked
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

Y = "上年 + 增加 − 减少 = 本年"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("全县共有市场主体38,512户,其中企业8,406户,个体工商户29,318户,农民专业合作社788户。\n"
                 "一是结构仍需优化。全县市场主体38,512户,其中企业8,406户,仅占21.8%,个体工商户29,318户,占比偏高。",
                 [(("sum", "38,512户", ["8,406户", "29,318户", "788户"], "其中", True), "high"),
                  (("subset", "38,512户", ["8,406户", "29,318户"], "其中", True), "high"),
                  (("repeat", "38,512户", ["38,512户"], "同一数字两处出现: 市场主体", True), "low")], id="some-of-an-earlier-breakdown"),
    pytest.param("2024年末全县户籍人口为412,306人,全年出生2,915人,死亡3,402人,迁出5,120人,与上年末的416,013人相比减少3,707人。",
                 [(("balance", "412,306人", ["416,013人", "−3,707人"], Y, True), "high")], id="last-years-end-against-the-stock"),
    pytest.param("按资金用途分,用于产业发展6,120万元,占61.2%,高于上级要求的55%以上的比例;用于就业帮扶1,480万元,占14.8%;"
                 "其他2,400万元,占24.6%。",
                 [(("share", None, ["61.2%", "14.8%", "24.6%"], "按资金用途分", False), "high")], id="a-threshold-among-shares"),
])
def test_probe68_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed_lines(text)) == expected


def test_a_unit_with_another_in_brackets(tmp_path: Path) -> None:
    path = tmp_path / "annex.pdf"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("STSong-Light", 10)
    top = A4[1] - 100
    canvas.drawString(200, top + 20, "附表 2024年主要工作指标完成情况")
    for i, (name, unit, now, last) in enumerate([("指标", "单位", "2024年", "2023年"), ("特种设备登记数量", "台(套)", "5,218", "4,906"),
                                                 ("投诉举报受理", "件", "3,864", "3,512"), ("挽回经济损失", "万元", "126.40", "118.75")]):
        y = top - 18 * i
        canvas.drawString(72, y, name)
        canvas.drawString(250, y, unit)
        canvas.drawRightString(380, y, now)
        canvas.drawRightString(470, y, last)
    canvas.drawString(72, top - 110, "全年为消费者挽回经济损失162.40万元,受理投诉举报3,864件。")
    figures, checked = saved_and_checked(canvas, path)
    units = {f.raw: f.unit for f in figures if f.source == "table"}
    assert units["5,218"] == "台" and units["126.40"] == "万元" and units["3,864"] == "件"
    assert ("repeat", "126.40", ["162.40万元"], False) in checked  # (the table's cell, then the text that restates it)
