"""Digits grouped in threes by a space (GB/T 15835's 分节: '12 345户', '1 234.5万元') are one number.

Read before as two, the first dropped and the rest a figure ('12 345户' gave 345户): a silently wrong value.
Only whole groups of three join; anything else stays as it was read (each number on its own).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from factories import quantities_in

from extract.numbers import parse_number

D = Decimal


def quantities(text: str) -> list[tuple[str, Decimal | None, str]]:
    return [(f.raw, f.value, f.unit) for f in quantities_in(text)]


# text -> the quantities a careful reader takes from it (raw as printed, value, unit)
GROUPED = [
    ("全县共有建档立卡贫困户12 345户。", [("12 345户", D("12345"), "户")]),
    ("完成投资1 234.5万元。", [("1 234.5万元", D("1234.5"), "万元")]),
    ("覆盖人口1 234 567人。", [("1 234 567人", D("1234567"), "人")]),
    ("累计培训12 345人次,发放补贴3 456.78万元", [("12 345人次", D("12345"), "人次"), ("3 456.78万元", D("3456.78"), "万元")]),
    ("带动贫困户12 345户、45 678人增收", [("12 345户", D("12345"), "户"), ("45 678人", D("45678"), "人")]),
    # a thin space (U+2009) or a no-break space (U+00A0, U+202F) as the group mark
    ("种植茶园12\u2009345亩", [("12 345亩", D("12345"), "亩")]),
    ("搬迁群众1\u00a0234户", [("1 234户", D("1234"), "户")]),
    ("硬化道路1\u202f024公里", [("1 024公里", D("1024"), "公里")]),
    ("资金总额达到1 000万元以上", [("1 000万元", D("1000"), "万元")]),
]

# not groups of three: each number is read as before, nothing joined
NOT_GROUPED = [
    ("共12 3456户", [("3456户", D("3456"), "户")]),  # a group of four is no group
    ("共1234 567户", [("567户", D("567"), "户")]),  # nor a first group of four
    ("共12 34户", [("34户", D("34"), "户")]),
    ("共12  345户", [("345户", D("345"), "户")]),  # two spaces: a gap, not a group mark
    ("第3 1 2户", [("2户", D("2"), "户")]),
    ("2019 123户", [("123户", D("123"), "户")]),  # a year of four digits before a space is not a first group
    ("共1,234 567户", [("567户", D("567"), "户")]),  # a comma group and a space group do not mix
]


@pytest.mark.parametrize(("text", "expected"), GROUPED + NOT_GROUPED, ids=[t for t, _ in GROUPED + NOT_GROUPED])
def test_digits_grouped_by_a_space_are_one_number(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(("numeral", "value"), [("12 345", D("12345")), ("1 234.5", D("1234.5")),
                                                 ("1 234 567.25", D("1234567.25"))])
def test_parse_number_reads_space_grouped_digits(numeral: str, value: Decimal) -> None:
    assert parse_number(numeral) == value


@pytest.mark.parametrize("numeral", ["12 3456", "1234 567", "12  345", "1 23"])
def test_parse_number_refuses_spaces_that_do_not_group_by_three(numeral: str) -> None:
    with pytest.raises(ValueError):
        parse_number(numeral)


def test_a_pdf_printing_space_grouped_digits_gives_whole_figures_whose_parts_add_up(tmp_path: Path) -> None:
    from pdfs import tiny_pdf

    from extract.document import extract_document

    pdf = tmp_path / "r.pdf"
    tiny_pdf(["一、基本情况", "全县共有建档立卡贫困户12 345户,其中已脱贫10 000户、未脱贫2 345户。"], pdf)
    extraction = extract_document(pdf)
    households = [f for f in extraction.figures if f.unit == "户"]
    assert [(f.raw, f.value) for f in households] == [
        ("12 345户", D("12345")), ("10 000户", D("10000")), ("2 345户", D("2345"))]
    [relation] = extraction.relations  # checked (12345 = 10000 + 2345) in schemas/; here: who is the total
    assert relation.parent_figure_id == households[0].figure_id
    assert relation.child_figure_ids == (households[1].figure_id, households[2].figure_id)
