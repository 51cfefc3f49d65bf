"""Tests for extract.numbers: every printed numeral form, the ones we refuse, and round-trip properties."""

from __future__ import annotations

import contextlib
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.errors import UnparseableNumber
from extract.numbers import (
    ARABIC,
    CHINESE,
    MIXED,
    NUMERAL,
    parse_arabic,
    parse_chinese,
    parse_number,
    printed_decimals,
    split_scale,
)

DIGITS = "零一二三四五六七八九"
NUMERAL_CHARS = "0123456789,.点〇零一二两三四五六七八九十百千万亿廿卅 元%"


def same(actual: Decimal, expected: str) -> bool:
    """Equal and printed to the same places: Decimal('700.0') is not Decimal('700') here."""
    return actual == Decimal(expected) and actual.as_tuple() == Decimal(expected).as_tuple()


def to_chinese(n: int, *, short_ten: bool = False, liang: bool = False) -> str:
    """Standard Chinese for 0 <= n < 10**12: 10005 -> 一万零五, 14 -> 一十四 (十四 with short_ten)."""
    if n == 0:
        return "零"
    out, skipped = "", False
    for group, scale in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if group == 0:
            skipped = skipped or bool(out)
            continue
        if out and (skipped or group < 1000):
            out += "零"
        out += section_to_chinese(group, liang=liang) + scale
        skipped = False
    if short_ten and out.startswith("一十"):
        out = out[1:]
    if liang and out.startswith("二") and out[1:2] in ("万", "亿"):
        out = "两" + out[1:]
    return out


def section_to_chinese(group: int, *, liang: bool) -> str:
    out, gap = "", False
    for digit, unit in zip(f"{group:04d}", "千百十 ", strict=True):
        if digit == "0":
            gap = gap or bool(out)
            continue
        out += ("零" if gap else "") + (
            "两" if liang and digit == "2" and unit == "千" else DIGITS[int(digit)]
        )
        out += unit.strip()
        gap = False
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1710", "1710"),
        ("1,710.5", "1710.5"),
        ("12,345", "12345"),
        ("0.5", "0.5"),
        ("92.98", "92.98"),
        ("700.0", "700.0"),
        ("007", "7"),
        ("1,234,567", "1234567"),
        ("１，７１０．５", "1710.5"),  # full-width: NFKC inside
        ("123456789012345", "123456789012345"),  # 15 digits: the most we take
        ("0.123456", "0.123456"),
        ("1 710", "1710"),  # grouped by a space (GB/T 15835 分节)
    ],
)
def test_parse_arabic_keeps_printed_places(text: str, expected: str) -> None:
    assert same(parse_arabic(text), expected)


@pytest.mark.parametrize(
    "text",
    ["", "1,71", "1,7100", "12,3456", ".5", "5.", "1.2.3", "1.710,5", "1 71", "1  710", "1 7100", "-5", "一", "1e5", "NaN", "٣"],
)
def test_parse_arabic_rejects_what_is_not_one_numeral(text: str) -> None:
    with pytest.raises(UnparseableNumber):
        parse_arabic(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("零", "0"),
        ("两", "2"),
        ("三十", "30"),
        ("十四", "14"),
        ("一十四", "14"),
        ("十", "10"),
        ("三百五十六", "356"),
        ("一千二百", "1200"),
        ("一千零五", "1005"),
        ("一千零五十", "1050"),
        ("一千零十", "1010"),
        ("一百零五", "105"),
        ("一万二千", "12000"),
        ("一万零五", "10005"),
        ("两千", "2000"),
        ("两万", "20000"),
        ("一万两千", "12000"),
        ("三亿五千万", "350000000"),
        ("一千二百万", "12000000"),
        ("一亿零五百万", "105000000"),
        ("一亿零五", "100000005"),
        ("一万亿", "1000000000000"),
        ("一百一", "110"),  # colloquial: a bare last digit is one place down
        ("一千二", "1200"),
        ("三万五", "35000"),
        ("三亿五", "350000000"),
        ("廿", "20"),
        ("廿五", "25"),
        ("卅", "30"),
        ("一点五", "1.5"),
        ("零点三", "0.3"),
        ("三点一四", "3.14"),
        ("两点五", "2.5"),
        ("十点零五", "10.05"),
        ("一点五万", "15000.0"),
        ("二〇一七", "2017"),
        ("二零一七", "2017"),
        ("一九九八", "1998"),
        ("二〇", "20"),
    ],
)
def test_parse_chinese_reads_every_printed_form(text: str, expected: str) -> None:
    assert same(parse_chinese(text), expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "十十",
        "千百",
        "百",
        "万",
        "亿",
        "万万",
        "一万万",
        "一亿亿",
        "点五",
        "一点",
        "一点两",
        "一点五点三",
        "三五",  # 'three to five': a range, not 35
        "一二三",  # 一二三产业: a list, not 123
        "七八十",
        "十二三",
        "十两",
        "一万两",
        "一百零",
        "一万零",
        "一千零零五",
        "一十零五",
        "一千零二百",  # 零 with no place skipped: 1200 or 1002?
        "一千五十",  # a skipped place without 零: 1050 or 1500?
        "一万十四",
        "三亿五千",
        "一百十",
        "3千",
        "一点一二三四五六七",
    ],
)
def test_parse_chinese_fails_rather_than_guesses(text: str) -> None:
    with pytest.raises(UnparseableNumber):
        parse_chinese(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,710.5", "1710.5"),
        ("１７１０", "1710"),
        (" 1710 ", "1710"),
        ("3千", "3000"),
        ("5百", "500"),
        ("2十", "20"),
        ("1.5千", "1500.0"),
        ("１２百", "1200"),
        ("一千零五", "1005"),
        ("二〇一七", "2017"),
    ],
)
def test_parse_number_dispatches_arabic_mixed_and_chinese(text: str, expected: str) -> None:
    assert same(parse_number(text), expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1.2万",
        "3万",
        "1,71",
        "3千5百",
        "千",
        "abc",
        "1 2",
        "1234567890123456",
        "999999999999999千",
        "0.1234567",
    ],
)
def test_parse_number_rejects_scales_mixes_and_oversize(text: str) -> None:
    with pytest.raises(UnparseableNumber):
        parse_number(text)


def test_too_many_digits_says_so() -> None:
    with pytest.raises(UnparseableNumber, match="too many digits"):
        parse_number("12345678901234567890")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("92.98", 2),
        ("1710", 0),
        ("700.0", 1),
        ("1,710.50", 2),
        ("一点五", 1),
        ("一千零五", 0),
        ("1.20万", 2),
        ("一点五万", 1),
    ],
)
def test_printed_decimals_counts_places_after_the_point(text: str, expected: int) -> None:
    assert printed_decimals(text) == expected


@pytest.mark.parametrize(
    ("numeral", "expected"),
    [
        ("一千二百万", ("一千二百", "万")),
        ("1.2万", ("1.2", "万")),
        ("1,710万", ("1,710", "万")),
        ("3千万", ("3千", "万")),
        ("三万", ("三", "万")),
        ("十亿", ("十", "亿")),
        ("一万亿", ("一万", "亿")),
        ("一点五万亿", ("一点五万", "亿")),
        ("一万二千", ("一万二千", "")),
        ("三亿五千万", ("三亿五千万", "")),  # the 万 scales 五千 only
        ("一万万", ("一万万", "")),
        ("一点万", ("一点万", "")),
        ("万", ("万", "")),
        ("1710", ("1710", "")),
        ("", ("", "")),
    ],
)
def test_split_scale_splits_only_a_scale_of_the_whole_numeral(
    numeral: str, expected: tuple[str, str]
) -> None:
    assert split_scale(numeral) == expected


@pytest.mark.parametrize("pattern", [ARABIC, CHINESE, MIXED, NUMERAL])
def test_patterns_are_groupless_building_blocks_that_never_match_empty(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert compiled.groups == 0
    assert compiled.match("") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("资金1,710.5万元", ["1,710.5"]),
        ("受益贫困户7573户,增长0.5%", ["7573", "0.5"]),
        ("数据1.2.3有误", ["1.2.3"]),  # matched whole so the parser can refuse it
        ("计.5个", []),
    ],
)
def test_arabic_finds_whole_numerals(text: str, found: list[str]) -> None:
    assert re.findall(ARABIC, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("三万元", ["三万"]),
        ("三亿五千万元", ["三亿五千万"]),
        ("增长一点五个百分点", ["一点五"]),
        ("二〇一七年", ["二〇一七"]),
        ("百万元", []),
        ("万元", []),
        ("亿元", []),
    ],
)
def test_chinese_finds_numerals_but_not_a_lone_scale(text: str, found: list[str]) -> None:
    assert re.findall(CHINESE, text) == found


def test_numeral_prefers_the_mixed_form() -> None:
    assert re.findall(NUMERAL, "3千万元和5百户") == ["3千", "5百"]


@settings(max_examples=300, derandomize=True)
@given(st.integers(min_value=0, max_value=10**12 - 1), st.booleans(), st.booleans())
def test_integers_round_trip_in_every_script(n: int, short_ten: bool, liang: bool) -> None:
    chinese = to_chinese(n, short_ten=short_ten, liang=liang)
    for text in (str(n), f"{n:,}", chinese):
        assert same(parse_number(text), str(n)), text
        assert re.fullmatch(NUMERAL, text), text
    assert same(parse_chinese(chinese), str(n))


@settings(max_examples=300, derandomize=True)
@given(st.integers(min_value=0, max_value=10**15 - 1), st.integers(min_value=0, max_value=4))
def test_decimals_round_trip_with_their_places(coefficient: int, places: int) -> None:
    value = Decimal(coefficient).scaleb(-places)
    for text in (str(value), format(value, ",")):
        parsed = parse_number(text)
        assert parsed == value and parsed.as_tuple().exponent == value.as_tuple().exponent, text
        assert printed_decimals(text) == places


@settings(max_examples=300, derandomize=True)
@given(st.one_of(st.text(), st.text(alphabet=NUMERAL_CHARS, max_size=12)))
def test_any_text_parses_or_raises_unparseable_number(text: str) -> None:
    for parse in (parse_number, parse_arabic, parse_chinese, printed_decimals):
        with contextlib.suppress(UnparseableNumber):
            parse(text)  # any other exception fails the test
    head, scale = split_scale(text)
    assert head + scale == text
