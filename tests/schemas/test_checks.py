"""The breakdown checks: exact Decimal arithmetic, tolerance from printed precision, messages a reader follows."""

from __future__ import annotations

from decimal import Decimal

import pytest
from factories import DOC, extraction, figure

from extract.records import Figure, Relation
from schemas.arithmetic import half_unit, tolerance_of, work_out
from schemas.check import check_extraction, failed_errors, split_valid


def sum_of(parent: Figure, *kids: Figure, type_: str = "sum", confidence: str = "high") -> Relation:
    return Relation(DOC, "R001", type_, parent.figure_id if type_ != "share" else "", tuple(k.figure_id for k in kids), "其中", parent.page, confidence)


def run(parent_raw: str, *kid_raws: str, type_: str = "sum", confidence: str = "high") -> dict[str, object]:
    figs = [figure(parent_raw, 1, label="总计")] + [figure(r, i, label=f"分项{i}") for i, r in enumerate(kid_raws, start=2)]
    checks = check_extraction(extraction(figs, [sum_of(figs[0], *figs[1:], type_=type_, confidence=confidence)]))
    [row] = checks.to_dict("records")
    return row


def test_float_trap_sum_passes_exactly() -> None:
    row = run("700万元", "460.1万元", "92.98万元", "13.44万元", "133.48万元")
    assert row["status"] == "pass"
    assert row["actual"] == Decimal("7000000") and row["difference"] == 0


def test_off_by_one_household_fails_with_the_arithmetic_and_page() -> None:
    row = run("7573户", "6114户", "1394户", "64户")
    assert (row["status"], row["severity"]) == ("fail", "error")
    assert row["expected"] == 7573 and row["actual"] == 7572 and row["difference"] == -1
    assert row["message"].startswith("第2页 总计: 6114 + 1394 + 64 = 7572 ≠ 7573户 (差 1户")


def test_tenth_of_a_wan_out_fails() -> None:
    row = run("700万元", "460.1万元", "240万元")
    assert row["status"] == "fail" and row["difference"] == Decimal("1000")
    assert "差 0.1万元" in row["message"]


def test_mixed_units_are_compared_in_yuan_and_shown_in_the_totals_unit() -> None:
    row = run("1.2亿元", "8000万元", "4000万元")
    assert row["status"] == "pass"
    assert "0.8 + 0.4 = 1.2" in row["message"]


@pytest.mark.parametrize(("parent", "kids", "shown"), [
    # parts as printed in the total's unit: trailing zeros kept
    ("100.0%", ("68.0%", "32.5%"), "68.0 + 32.5 = 100.5 ≠ 100.0%"),
    # a total printed with thousands separators: every number with them, the difference too
    ("298,640万元", ("6,120万元", "221,460万元", "71,600万元"), "6,120 + 221,460 + 71,600 = 299,180 ≠ 298,640万元 (差 540万元"),
    ("12,500万元", ("8000万元", "4600万元"), "8,000 + 4,600 = 12,600 ≠ 12,500万元 (差 100万元"),
    ("1,000万元", ("-0.5万元", "1,000.5万元"), "-0.5 + 1,000.5 = 1,000 = 1,000万元"),
    # and none when the total has none, even where a part has them
    ("12500万元", ("8,000万元", "4600万元"), "8000 + 4600 = 12600 ≠ 12500万元"),
    # a part in another unit is converted exactly
    ("3.28亿元", ("1.96亿元", "12,200万元"), "1.96 + 1.22 = 3.18 ≠ 3.28亿元"),
])
def test_parts_are_shown_as_printed(parent: str, kids: tuple[str, ...], shown: str) -> None:
    assert shown in str(run(parent, *kids)["message"])


@pytest.mark.parametrize(("parent", "kids", "expected", "actual", "tolerance", "unit"), [
    ("1710万元", ("1000万元", "700万元", "9万元"), Decimal(17100000), Decimal(17090000), Decimal(0), "元"),
    ("460.1万元", ("400万元", "60.1万元"), Decimal(4601000), Decimal(4601000), Decimal(1000), "元"),  # 2 x 0.05万元
    ("7573户", ("6114户", "1394户", "64户"), Decimal(7573), Decimal(7572), Decimal(0), "户"),
    ("1.5亿元", ("1亿元", "5000万元"), Decimal(150000000), Decimal(150000000), Decimal(5000000), "元"),
])
def test_a_checks_numbers_are_in_the_unit_it_names(parent: str, kids: tuple[str, ...], expected: Decimal,
                                                   actual: Decimal, tolerance: Decimal, unit: str) -> None:
    # (was: the numbers in 元 and the unit the total was printed in, 万元: 17100000 万元)
    row = run(parent, *kids)
    assert (row["expected"], row["actual"], row["difference"], row["tolerance"], row["unit"]) == (
        expected, actual, actual - expected, tolerance, unit)


@pytest.mark.parametrize(
    ("parts", "status"),
    [
        (("33.3%", "33.3%", "33.4%"), "pass"),  # exactly 100
        (("33.33%", "33.33%", "33.33%"), "pass"),  # 99.99: within 3 x 0.005
        (("33.3%", "33.3%", "33.3%"), "pass"),  # 99.9: within 3 x 0.05 = 0.15
        (("33.3%", "33.3%", "33.2%"), "fail"),  # 99.8: beyond 0.15
        (("40%", "30%", "29%"), "fail"),  # 99: whole percents are taken as exact
    ],
)
def test_shares_total_100_within_printed_rounding(parts: tuple[str, ...], status: str) -> None:
    figs = [figure(r, i, label="占比") for i, r in enumerate(parts, start=1)]
    relation = Relation(DOC, "R001", "share", "", tuple(f.figure_id for f in figs), "分别为", 2)
    [row] = check_extraction(extraction(figs, [relation])).to_dict("records")
    assert row["status"] == status
    assert row["rule"] == "shares_total_100"


@pytest.mark.parametrize(("label", "head"), [("茶叶销售额占比", "茶叶销售额占比"), ("资金分别占", "资金占比"),
                                           ("产业", "产业占比"), ("各类资金所占比重", "各类资金占比")])
def test_a_share_check_names_its_whole_once(label: str, head: str) -> None:
    figs = [figure(r, i, label=label) for i, r in enumerate(("60%", "30%"), start=1)]
    relation = Relation(DOC, "R001", "share", "", tuple(f.figure_id for f in figs), "分别为", 2)
    [row] = check_extraction(extraction(figs, [relation])).to_dict("records")
    assert row["message"].startswith(f"第2页 {head}: 60 + 30 = 90% ≠ 100%")


@pytest.mark.parametrize(
    ("parts", "status", "message"),
    [
        (("38.5%", "41.2%", "22.6%"), "fail", "第2页 登记占比: 38.5 + 41.2 + 22.6 = 102.3% > 100% (多 2.3个百分点;"),
        (("38.5%", "41.2%"), "pass", "第2页 登记占比: 38.5 + 41.2 = 79.7%,不超过100%"),
        (("50.05%", "50.0%"), "pass", "第2页 登记占比: 50.05 + 50.0 = 100.05% ≈ 100% (多 0.05个百分点, 在印刷精度的舍入范围 ±0.055个百分点 内"),
    ],
)
def test_shares_of_some_of_a_whole_stay_within_100(parts: tuple[str, ...], status: str, message: str) -> None:
    """Shares with no parent, checked as a subset: of some of one whole, together not past 100%."""
    figs = [figure(r, i, label="登记占比") for i, r in enumerate(parts, start=1)]
    relation = Relation(DOC, "R001", "subset", "", tuple(f.figure_id for f in figs), "分别占", 2)
    [row] = check_extraction(extraction(figs, [relation])).to_dict("records")
    assert (row["status"], row["rule"]) == (status, "part_within_whole")
    assert str(row["message"]).startswith(message)


def test_tolerance_edge_half_unit_passes_and_just_beyond_fails() -> None:
    # 10.0 + 10.0 vs 20.1: difference 0.1万, tolerance 3 x 0.05万 = 0.15万 -> pass
    assert run("20.1万元", "10.0万元", "10.0万元")["status"] == "pass"
    # 10.0 + 10.0 vs 20.2: difference 0.2万 > 0.15万 -> fail
    assert run("20.2万元", "10.0万元", "10.0万元")["status"] == "fail"
    # whole numbers are exact: 20 vs 10 + 11 fails by 1
    assert run("20万元", "10万元", "11万元")["status"] == "fail"


def test_a_difference_exactly_at_the_tolerance_fails() -> None:
    # printed half up (四舍五入), 1.5亿 stands for [1.45, 1.55) and 2.8亿 for [2.75, 2.85): 1.5亿 + 9000万 + 3000万
    # is under 2.75亿 whatever was rounded, so it cannot make 2.8亿, though 0.1亿 is both half units added
    assert run("2.8亿元", "1.5亿元", "9000万元", "3000万元")["status"] == "fail"
    assert run("2.8亿元", "1.5亿元", "9100万元", "3000万元")["status"] == "pass"  # 0.09亿 off: may be rounding
    assert run("20.0万元", "10.0万元", "10.1万元")["status"] == "pass"  # 0.1万 < 0.15万
    # a part at its whole plus exactly both half units is over it whatever was rounded; equal is no excess
    assert run("1.2万人", "1.3万人", type_="subset")["status"] == "fail"
    assert run("1.2万人", "1.2万人", type_="subset")["status"] == "pass"
    assert run("1.2万人", "1.25万人", type_="subset")["status"] == "pass"


def test_half_unit_follows_the_last_printed_digit() -> None:
    assert half_unit(figure("460.1万元", 1)) == Decimal("500")
    assert half_unit(figure("92.98万元", 1)) == Decimal("50")
    assert tolerance_of(figure("7573户", 1)) == 0
    assert tolerance_of(figure("近2000人", 1)) == Decimal("0.5")


def test_half_unit_of_a_percent_is_in_the_base_percent() -> None:
    # a digit of ‰ is a tenth of a percent, a digit of 成 (tenths) ten percent: 约五成 stands for 45-55 %
    assert half_unit(figure("3.6‰", 1)) == Decimal("0.005")
    assert half_unit(figure("约五成", 1)) == Decimal("5")
    assert half_unit(figure("2.5个百分点", 1)) == Decimal("0.05")
    assert half_unit(figure("95.5%", 1)) == Decimal("0.05")


def test_subset_is_checked_as_part_within_whole_never_as_a_sum() -> None:
    ok = run("5000人", "1200人", type_="subset")
    assert (ok["status"], ok["rule"]) == ("pass", "part_within_whole")
    bad = run("1200人", "5000人", type_="subset")
    assert bad["status"] == "fail" and "大于整体 1200人" in bad["message"]


def test_low_confidence_relation_fails_as_a_warning() -> None:
    row = run("100户", "60户", "41户", confidence="low")
    assert (row["status"], row["severity"]) == ("fail", "warning")


def test_unreadable_figure_becomes_a_warning_row_not_an_exception() -> None:
    good = figure("100户", 1)
    broken = Figure(DOC, "F9", 9, 2, "9" * 40 + "户", None, None, "户", "count", None, "户", "x", "", "", 0, 41, None, note="too many digits")
    kept, rejected = split_valid(extraction([good, broken], []))
    assert [f.figure_id for f in kept] == ["F1"]
    [(fig, names)] = rejected
    assert fig.figure_id == "F9" and "value_readable" in names
    checks = check_extraction(extraction([good, broken], []))
    assert checks.iloc[0]["severity"] == "warning" and "数值无法读取" in checks.iloc[0]["message"]
    assert failed_errors(checks) == 0


def test_figure_on_a_page_past_the_end_is_rejected() -> None:
    late = figure("100户", 1, page=9)
    _, rejected = split_valid(extraction([late], [], n_pages=3))
    assert rejected and "page_in_document" in rejected[0][1]


def test_relation_naming_a_rejected_figure_is_not_checked() -> None:
    parent = figure("100户", 1)
    broken = Figure(DOC, "F2", 2, 2, "x户", None, None, "户", "count", None, "户", "x", "", "", 0, 2, None)
    assert work_out(sum_of(parent, broken), {"F1": parent}) is None


def test_a_figure_printed_twice_with_different_values_names_both_pages_an_error_when_misprinted() -> None:
    """A repeat of high confidence (extract.relations.repeats._misprinted: digits swapped or one changed) is an error; of low
    confidence (two values that may be two things of one name) a warning."""
    first, second = figure("1710万元", 1, page=1, label="协作支持资金"), figure("1701万元", 2, page=3, label="协作支持资金")
    misprint = Relation(DOC, "R001", "repeat", "F1", ("F2",), "同一数字两处出现", 1)
    [row] = check_extraction(extraction([first, second], [misprint])).to_dict("records")
    assert (row["rule"], row["status"], row["severity"]) == ("repeat_agrees", "fail", "error")
    assert "第1页印为 1710万元,第3页印为 1701万元 (差 9万元)" in row["message"]
    unsure = Relation(DOC, "R001", "repeat", "F1", ("F2",), "同一数字两处出现", 1, confidence="low")
    [row] = check_extraction(extraction([first, second], [unsure])).to_dict("records")
    assert (row["status"], row["severity"]) == ("fail", "warning")
    same = figure("1710万元", 2, page=3, label="协作支持资金")
    [ok] = check_extraction(extraction([first, same], [misprint])).to_dict("records")
    assert ok["status"] == "pass" and "均为 1710万元" in ok["message"]


def test_a_failed_check_with_a_doubtful_ocr_figure_is_a_warning_naming_it() -> None:
    from dataclasses import replace

    figs = [figure("7573户", 1, label="受益贫困户"), figure("6114户", 2), figure("1394户", 3), figure("64户", 4)]
    figs[2] = replace(figs[2], source="ocr", ocr_confidence=27.0)
    relation = Relation(DOC, "R001", "sum", "F1", ("F2", "F3", "F4"), "其中", 2)
    [row] = check_extraction(extraction(figs, [relation])).to_dict("records")
    assert (row["status"], row["severity"]) == ("fail", "warning")
    assert "OCR 读数存疑" in row["message"] and "第2页 1394户 (OCR 置信度 27)" in row["message"]
    sure = [replace(f, source="ocr", ocr_confidence=91.0) for f in figs]
    [row] = check_extraction(extraction(sure, [relation])).to_dict("records")
    assert row["severity"] == "error"


@pytest.mark.parametrize(("raw", "negative_ok"), [
    ("2.5%", True), ("3个百分点", True), ("30万元", True),  # a fall, a loss: printed with a minus sign
    ("5户", False), ("12人次", False), ("3个", False),  # a count below zero is a misreading
])
def test_a_printed_minus_is_a_warning_only_for_a_count(raw: str, negative_ok: bool) -> None:
    from dataclasses import replace

    positive = figure(raw, 1)
    negative = replace(positive, figure_id="F2", seq=2, raw="-" + positive.raw, value=-positive.value,  # type: ignore[operator]
                       base_value=-positive.base_value)  # type: ignore[operator]
    kept, rejected = split_valid(extraction([positive, negative], []))
    assert [f.figure_id for f in kept] == (["F1", "F2"] if negative_ok else ["F1"])
    assert [names for _, names in rejected] == ([] if negative_ok else [["value_non_negative"]])


def test_a_table_cell_is_named_with_the_unit_of_its_table() -> None:
    from dataclasses import replace

    cells = [replace(figure(r, i, label=f"项{i}"), table_index=0) for i, r in enumerate(("51500万元", "30000万元", "20500万元"), 1)]
    figs = [replace(f, raw=f.raw.removesuffix("万元")) for f in cells]  # a cell prints no unit: its table's caption does
    relation = Relation(DOC, "R001", "sum", figs[0].figure_id, (figs[1].figure_id, figs[2].figure_id), "合计", 2)
    a = work_out(relation, {f.figure_id: f for f in figs})
    assert a is not None
    assert a.message_fail.startswith("第2页 项1: 30000 + 20500 = 50500 ≠ 51500万元 (差 1000万元; 分项: 项230000万元、项320500万元)")


def test_a_share_check_names_its_parts() -> None:
    """A share check lists its parts by name, as a sum check does (probe 17's reader could not tell what 32.4 was)."""
    assert "(差 1个百分点; 分项: 分项232.4%、分项368.6%)" in str(run("100%", "32.4%", "68.6%", type_="share")["message"])


def test_tenths_are_a_known_unit() -> None:
    """'八成' (80 %) is read and stored in %: no 单位无法识别 warning on it (probe 20 saw one)."""
    checks = check_extraction(extraction([figure("八成", 1)], []))
    assert checks.empty or not checks["message"].str.contains("单位无法识别").any()
