"""Rules prompted by PDF probes 27 and 29 (probe 27, three reports by a blind author: a LibreOffice-exported 衔接 summary, an audit
rectification report with a long appendix over two pages, a 统计公报 with a 附表; 4 of 6 planted errors at first,
2 false error alerts), tested on tables and sentences of our own: a repeated header takes each column's unit from a
caption of several units printed above the first page; a column whose header ends in 率 is a rate, whatever unit
the caption gives amounts; rows whose labels open with 一、 / (一) are levels whose items follow them (each adds the
level under it, the 合计 the top level); points 一是… after what is done of a whole (已整改…) break the whole down; a 其中 row is part of the row above it (probe 29)."""

from __future__ import annotations

from factories import chain_sums, checked_with_confidence, make_table, printed, table_sums

from extract.tables import continuation_layout, read_layout, table_figures

DOC = "d" * 64
HEADER = ["序号", "事项", "问题个数", "问题金额", "整改率"]


def test_a_repeated_header_takes_each_columns_unit_from_a_caption_of_several() -> None:
    first = make_table([HEADER, ["1", "甲", "4", "1,200.50", "100.00"], ["2", "乙", "3", "310.25", "80.00"]], page=1)
    second = make_table([HEADER, ["3", "丙", "2", "89.25", "50.00"], ["合计", "", "9", "1,600.00", "91.20"]], page=2)
    layout = continuation_layout(first, read_layout(first, "个、万元、%"), second)
    assert layout is not None
    assert [(f.raw, f.unit) for f in table_figures(second, DOC, caption="", layout=layout)][:3] == [
        ("2", "个"), ("89.25", "万元"), ("50.00", "%")]
    assert chain_sums(first, second, "个、万元、%") == [("9", ["4", "3", "2"], True), ("1,600.00", ["1,200.50", "310.25", "89.25"], True)]


def test_a_rate_column_is_percent_under_a_caption_in_money() -> None:
    table = make_table([["项目", "预算数", "完成数", "完成率"], ["教育", "120", "118", "98.3"], ["卫生", "80", "84", "105.0"]])
    assert [(f.raw, f.unit, f.kind) for f in table_figures(table, DOC, caption="万元")][2::3] == [("98.3", "%", "percent"), ("105.0", "%", "percent")]
    assert [(f.raw, f.unit) for f in table_figures(table, DOC, caption="万元")][:2] == [("120", "万元"), ("118", "万元")]


def test_groups_marked_in_their_labels_add_their_items_and_the_total_adds_the_groups() -> None:
    rows = [["项目", "金额(万元)"], ["一、工业", "900"], ["钢铁", "500"], ["建材", "400"],
            ["二、农业", "300"], ["种植", "180"], ["养殖", "120"], ["合计", "1200"]]
    assert table_sums(rows) == [("900", ["500", "400"]), ("300", ["180", "120"]), ("1200", ["900", "300"])]
    bracketed = [["项目", "金额(万元)"], ["(一)工业", "900"], ["钢铁", "500"], ["建材", "400"], ["(二)农业", "300"],
                 ["种植", "180"], ["养殖", "120"], ["合计", "1200"]]
    assert table_sums(bracketed) == [("900", ["500", "400"]), ("300", ["180", "120"]), ("1200", ["900", "300"])]


def test_rows_numbered_alike_are_no_groups_and_levels_numbered_two_ways_nest() -> None:
    alike = [["项目", "金额(万元)"], ["一、工业", "900"], ["二、农业", "300"], ["合计", "1200"]]
    assert table_sums(alike) == [("1200", ["900", "300"])]
    two_ways = [["项目", "金额(万元)"], ["一、工业", "900"], ["(一)钢铁", "500"], ["(二)建材", "400"], ["二、农业", "300"],
                ["(一)种植", "180"], ["(二)养殖", "120"], ["合计", "1200"]]
    assert table_sums(two_ways) == [("900", ["500", "400"]), ("300", ["180", "120"]), ("1200", ["900", "300"])]
    three_levels = [["项目", "金额(万元)"], ["一、工业", "900"], ["(一)钢铁", "500"], ["粗钢", "300"], ["钢材", "200"],
                    ["(二)建材", "400"], ["合计", "900"]]
    assert table_sums(three_levels) == [("900", ["500", "400"]), ("500", ["300", "200"])]  # (a 合计 of one group: no sum)


def test_points_after_what_is_done_break_the_whole_down() -> None:
    text = "审计共查出问题45个,已整改到位41个。一是资金管理问题20个。二是项目管理问题17个。三是制度执行问题9个。"
    assert checked_with_confidence(printed(text)) == [(("sum", "45个", ["20个", "17个", "9个"], "一是、二是、三是", False), "high")]
    done = "审计共查出问题45个,已整改到位41个。一是资金管理问题20个。二是项目管理问题12个。三是制度执行问题9个。"
    assert checked_with_confidence(printed(done)) == [(("sum", "41个", ["20个", "12个", "9个"], "一是、二是、三是", True), "high")]


def test_a_table_cell_is_shown_as_printed_in_the_alert() -> None:
    from extract.document import number_figures
    from extract.tables import table_relations
    from schemas.arithmetic import work_out

    table = make_table([["项目", "问题金额"], ["甲", "4,862.30"], ["乙", "3,260.00"], ["合计", "8,122.03"]])
    figures = number_figures([], [(table, table_figures(table, DOC, caption="万元"))])
    [relation] = table_relations(table, figures, DOC)
    arithmetic = work_out(relation, {f.figure_id: f for f in figures})
    assert arithmetic is not None
    assert "4,862.30 + 3,260.00 = 8,122.30 ≠ 8,122.03万元" in arithmetic.message_fail


def test_a_qizhong_row_is_part_of_the_row_above_and_no_item_of_the_sum() -> None:
    """From PDF probe 29 (spreadsheet tables exported by LibreOffice Calc: 5 of 6 planted at first, 4 false error alerts,
    two of them a 其中 row summed into its 小计)."""
    rows = [["项目", "预算数(万元)"], ["人员经费", "820.50"], ["公用经费", "146.20"], ["其中:三公经费", "18.40"],
            ["项目经费", "533.30"], ["小计", "1,500.00"]]
    assert table_sums(rows) == [("146.20", ["18.40"]), ("1,500.00", ["820.50", "146.20", "533.30"])]
