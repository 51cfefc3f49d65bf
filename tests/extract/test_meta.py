"""read_meta: title, issuer and date from page 1's head lines, the signature block as fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.document import extract_document
from extract.meta import line_date, read_meta

CASES = [
    pytest.param(
        ["某县扶贫协作工作汇报", "(2018年1月9日)", "中共某县委 某县人民政府", "尊敬的各位领导:"], [],
        ("某县扶贫协作工作汇报", "中共某县委 某县人民政府", "2018-01-09"), id="title-date-issuer",
    ),
    pytest.param(
        ["某县工作汇报", "（2018年1月9日）", "某县人民政府"], [],
        ("某县工作汇报", "某县人民政府", "2018-01-09"), id="full-width-brackets",
    ),
    pytest.param(
        ["关于2017年脱贫攻坚工作的", "情况报告", "各位领导:"], ["", "某县人民政府", "2018年1月9日"],
        ("关于2017年脱贫攻坚工作的情况报告", "某县人民政府", "2018-01-09"), id="signature-block",
    ),
    pytest.param(
        ["关于扶贫工作的报告", "各位领导:"], ["某县人民政府", "二〇一八年一月九日"],
        ("关于扶贫工作的报告", "某县人民政府", "2018-01-09"), id="signature-chinese-date",
    ),
    pytest.param(
        ["某县扶贫开发工作总结", "某县扶贫开发领导小组办公室", "2018 年 3 月 5 日"], [],
        ("某县扶贫开发工作总结", "某县扶贫开发领导小组办公室", "2018-03-05"), id="spaced-date",
    ),
    pytest.param(
        ["某县人民政府", "关于扶贫工作的报告", "2018年1月9日"], [],
        ("关于扶贫工作的报告", "某县人民政府", "2018-01-09"), id="issuer-first",
    ),
    pytest.param(
        ["某县工作汇报", "2018年1月9日", "某县人民政府"], ["某县人民政府", "2018年2月1日"],
        ("某县工作汇报", "某县人民政府", "2018-01-09"), id="head-date-wins",
    ),
    pytest.param(["某县工作汇报", "2018年1月", "某县人民政府"], [], ("某县工作汇报", "某县人民政府", None), id="month-only"),
    pytest.param([], [], ("", "", None), id="empty"),
    # a report given at a meeting: the occasion under the title gives the date, the speaker's office the issuer
    pytest.param(
        ["关于某县2023年国民经济和社会发展计划", "执行情况的报告", "——2024年1月9日在某县第十届人民代表大会", "第三次会议上",
         "某县发展和改革局局长 李四", "各位代表:"], [],
        ("关于某县2023年国民经济和社会发展计划执行情况的报告", "某县发展和改革局", "2024-01-09"), id="occasion-and-speaker",
    ),
    # a contents page under the title, a bulletin's compiler, an issuer line naming a survey team
    pytest.param(["某县人民政府工作报告(2024年)", "目 录", "一、2023年工作回顾……1"], [],
                 ("某县人民政府工作报告(2024年)", "", None), id="contents-ends-the-title"),
    pytest.param(["乡村振兴工作简报", "2023年第4期", "某县乡村振兴局编", "2023年12月28日"], [],
                 ("乡村振兴工作简报2023年第4期", "某县乡村振兴局", "2023-12-28"), id="compiled-by"),
    pytest.param(["某县2023年国民经济和社会发展统计公报", "某县统计局 国家统计局某县调查队", "(2024年3月20日)"], [],
                 ("某县2023年国民经济和社会发展统计公报", "某县统计局 国家统计局某县调查队", "2024-03-20"), id="survey-team"),
    pytest.param(["政府工作报告", "——2025年1月16日在某市第十七届人民代表大会第五次会议上", "某市市长 周明远"], [],
                 ("政府工作报告", "某市人民政府", "2025-01-16"), id="mayor-reports-for-the-government"),
    pytest.param(["政府工作报告", "——2024年1月10日在某市第二次会议上", "某市人民政府市长 王五"], [],
                 ("政府工作报告", "某市人民政府", "2024-01-10"), id="occasion-on-one-line"),
    # a report with no date or issuer under its title: the title ends at the first heading or sentence
    pytest.param(["某县2023年东西部协作工作汇报", "一、产业合作", "实施产业项目86个,带动脱贫户32", "00户。"], [],
                 ("某县2023年东西部协作工作汇报", "", None), id="heading-ends-title"),
    pytest.param(["某县乡村振兴工作总结", "今年以来,我县投入资金1200万元。"], [],
                 ("某县乡村振兴工作总结", "", None), id="sentence-ends-title"),
    pytest.param(["某县乡村振兴工作总结", "(一)产业发展"], [], ("某县乡村振兴工作总结", "", None), id="bracket-heading-ends-title"),
    # a page that holds only a table: its caption, the unit line and the page number under it
    pytest.param(["附表1:各村资金安排表", "单位:万元", "— 1 —"], [], ("附表1:各村资金安排表", "", None), id="table-page"),
    pytest.param(["— 1 —", "某县工作汇报"], [], ("某县工作汇报", "", None), id="page-number-first"),
    # an office with the other name it goes by in brackets; a body line short enough to pass for a title's, with a comma
    pytest.param(["青山县2025年度乡村振兴", "工作总结", "青山县农业农村局(县乡村振兴局)", "2025年,全县上下坚持"], [],
                 ("青山县2025年度乡村振兴工作总结", "青山县农业农村局(县乡村振兴局)", None), id="office-with-bracketed-name"),
    pytest.param(["青山县2025年度乡村振兴", "工作总结", "2025年,全县上下坚持"], [],
                 ("青山县2025年度乡村振兴工作总结", "", None), id="body-line-with-a-comma"),
]


@pytest.mark.parametrize(("head", "tail", "expected"), CASES)
def test_read_meta(head: list[str], tail: list[str], expected: tuple[str, str, str | None]) -> None:
    assert read_meta(head, tail) == expected


@pytest.mark.parametrize(
    ("line", "iso"),
    [("(2018年1月9日)", "2018-01-09"), ("二〇一八年一月九日", "2018-01-09"), ("2018年13月9日", None), ("2018年1月", None),
     ("2018年1月9日召开", None)],
)
def test_line_date(line: str, iso: str | None) -> None:
    assert line_date(line) == iso


def test_a_running_header_repeating_the_title_is_no_part_of_it(tmp_path: Path) -> None:
    from pdfs import tiny_pdf

    body = ["2025年,全县上下坚持稳中求进,投入衔接资金1.2亿元,实施项目86个。" * 3] * 3
    pdf = tmp_path / "header.pdf"
    tiny_pdf([[*body], [*body], [*body]], pdf, header="青山县2025年度乡村振兴工作总结",
             title_block=["青山县2025年度乡村振兴", "工作总结", "青山县农业农村局(县乡村振兴局)"])
    meta = extract_document(pdf).meta
    assert (meta.title, meta.issuer) == ("青山县2025年度乡村振兴工作总结", "青山县农业农村局(县乡村振兴局)")
