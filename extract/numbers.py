"""The numeral part of a printed figure, read exactly: '1,710.5' -> Decimal('1710.5'), '一千零五' -> Decimal('1005')."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal, localcontext

from extract.errors import UnparseableNumber

MAX_DIGITS = 15  # significant integer digits; more is rejected as "too many digits"
MAX_DECIMALS = 6

# Building blocks for bigger patterns: no capturing groups, never empty. Both are loose on purpose:
# they match anything that looks like a numeral ('1.2.3', '1,71', '十十') so the parsers can
# reject it loudly instead of the text being cut into smaller, wrong numbers.
# Digits grouped in threes by a space (GB/T 15835 分节, '12 345', '1 234.5') are one number; nothing looser
# joins across a space, which also separates numbers. Tried first, so '12 345' is not read as 12 and 345.
SPACE_GROUPED = r"(?<![0-9.,])(?<![0-9] )[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]+)?(?![0-9]| [0-9]|[.,][0-9])"
ARABIC = rf"(?:{SPACE_GROUPED}|(?<![0-9.])[0-9]+(?:[.,][0-9]+)*(?![0-9]|[.,][0-9]))"
CHINESE = (
    r"(?:[〇零一二两三四五六七八九十廿卅][〇零一二两三四五六七八九十百千万亿廿卅]*"
    r"(?:点[〇零一二三四五六七八九]+(?:万亿|[万亿])?)?)"
)
MIXED = rf"(?:{ARABIC}[十百千])"  # '3千', '1.5百'
NUMERAL = rf"(?:{MIXED}|{ARABIC}|{CHINESE})"  # anything parse_number reads; MIXED first so '3千' is whole

# Enclosed numerals that mark list items ('①300万元', '⒈200万元'): NFKC would turn them into bare digits that
# join the amount after them ('1300万元'), so they are kept as printed. Parenthesised ones (⑴, ㈠) are left
# out: NFKC gives '(1)', '(一)', which stay markers on their own.
_ENCLOSED_BLOCKS = ((0x2460, 0x24FF), (0x2776, 0x2793), (0x3251, 0x325F), (0x3280, 0x3289), (0x32B1, 0x32BF))
ITEM_MARKERS = frozenset(
    chr(code)
    for low, high in _ENCLOSED_BLOCKS
    for code in range(low, high + 1)
    if not unicodedata.normalize("NFKC", chr(code)).startswith("(")
)
ITEM_MARKER_RE = "[" + "".join(sorted(ITEM_MARKERS)) + "]"
DIGITS = frozenset("0123456789")  # str.isdigit() is also true of '①', which is no digit of a figure

_PLAIN_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_GROUPED_RE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_SPACE_GROUPED_RE = re.compile(r"[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]+)?")
_MIXED_RE = re.compile(r"(?P<number>[0-9.,]+)(?P<unit>[十百千])")

ZEROS = "〇零"
DIGIT_VALUE = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
UNIT_VALUE = {"十": 10, "百": 100, "千": 1000}
SCALE_VALUE = {"万": 10**4, "亿": 10**8}
_FRACTION_DIGITS = frozenset(DIGIT_VALUE) - {"两"}
_INTEGER_CHARS = frozenset(DIGIT_VALUE) | frozenset(UNIT_VALUE) | frozenset(SCALE_VALUE)
_BEFORE_SCALE = frozenset("0123456789") | frozenset(DIGIT_VALUE) | frozenset(UNIT_VALUE) | frozenset("廿卅")


def _normalized(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _fail(reason: str, text: str) -> UnparseableNumber:
    return UnparseableNumber(f"{reason}: {text!r}")


def _checked(value: Decimal, text: str) -> Decimal:
    """value, or UnparseableNumber when it has too many integer digits or decimals to be a figure."""
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int):
        raise ValueError(f"not a finite Decimal: {value!r}")
    if (value.adjusted() + 1 > MAX_DIGITS and value >= 1) or -exponent > MAX_DECIMALS:
        raise _fail("too many digits", text)
    return value


def _scaled(value: Decimal, factor: int) -> Decimal:
    with localcontext(prec=60):  # exact whatever the caller's context: at most 15+6+12 digits
        return value * factor


def parse_arabic(text: str) -> Decimal:
    """'1,710.5' -> Decimal('1710.5'); keeps printed places ('700.0' stays '700.0'), leading zeros are fine."""
    numeral = _normalized(text)
    if _SPACE_GROUPED_RE.fullmatch(numeral) is not None:
        numeral = numeral.replace(" ", "")
    if _GROUPED_RE.fullmatch(numeral) is None and _PLAIN_RE.fullmatch(numeral) is None:
        if "," in numeral and _PLAIN_RE.fullmatch(numeral.replace(",", "")) is not None:
            raise _fail("bad thousands grouping", text)
        raise _fail("not an Arabic numeral", text)
    whole, _, fraction = numeral.replace(",", "").partition(".")
    if len(whole.lstrip("0")) > MAX_DIGITS or len(fraction) > MAX_DECIMALS:
        raise _fail("too many digits", text)
    return _checked(Decimal(numeral.replace(",", "")), text)


def parse_chinese(text: str) -> Decimal:
    """'一千零五' -> 1005, '一点五' -> Decimal('1.5'), '二〇一七' -> 2017, '三亿五千万' -> 350000000.

    Strict where a misreading is possible, so it fails rather than guesses:
    - 零 marks a skipped place and only there: 一千零五 = 1005, 一千零二百 and 一万十四 are rejected.
    - a bare last digit right after 百/千/万/亿 is colloquial for the next place down:
      一百一 = 110, 一千二 = 1200, 三万五 = 35000, 三亿五 = 350000000.
    - digit-by-digit (years) needs a 〇/零 or at least four digits: 二〇一七, 一九九八; two or three
      bare digits are ranges or lists (三五 'three to five', 一二三产业) and are rejected.
    - 两 only as a multiplier (两千, 一万两千) or on its own; 十两 is rejected. 廿 = 二十, 卅 = 三十.
    """
    numeral = _normalized(text).replace("廿", "二十").replace("卅", "三十")
    whole, point, fraction = numeral.partition("点")
    if not point:
        return _checked(Decimal(_whole_to_int(whole, text)), text)
    factor = 1
    for suffix in ("万亿", "万", "亿"):
        if fraction.endswith(suffix):
            fraction, factor = fraction[: -len(suffix)], 10**12 if suffix == "万亿" else SCALE_VALUE[suffix]
            break
    if not fraction or any(char not in _FRACTION_DIGITS for char in fraction):
        raise _fail("not a Chinese decimal fraction", text)
    if len(fraction) > MAX_DECIMALS:
        raise _fail("too many digits", text)
    places = "".join(str(DIGIT_VALUE[char]) for char in fraction)
    return _checked(_scaled(Decimal(f"{_whole_to_int(whole, text)}.{places}"), factor), text)


def _whole_to_int(whole: str, text: str) -> int:
    if not whole or any(char not in _INTEGER_CHARS for char in whole):
        raise _fail("not a Chinese numeral", text)
    if len(whole) == 1 and whole in DIGIT_VALUE:
        return DIGIT_VALUE[whole]
    for index, char in enumerate(whole):
        if char == "两" and (index + 1 == len(whole) or whole[index + 1] not in "十百千万亿"):
            raise _fail("两 is only a multiplier", text)
    if all(char in DIGIT_VALUE for char in whole):
        significant = "".join(str(DIGIT_VALUE[char]) for char in whole).lstrip("0")
        if not any(zero in whole for zero in ZEROS) and len(whole) < 4:
            raise _fail("bare digits read as a range or list, not a number", text)
        if len(significant) > MAX_DIGITS:
            raise _fail("too many digits", text)
        return int(significant or "0")
    return _yi_level(whole, text)


def _yi_level(numeral: str, text: str) -> int:
    high, scale, low = numeral.partition("亿")
    if not scale:
        return _wan_level(numeral, text)
    if "亿" in low:
        raise _fail("亿 twice", text)
    return _wan_level(high, text) * SCALE_VALUE["亿"] + _remainder(low, SCALE_VALUE["亿"], _wan_level, text)


def _wan_level(numeral: str, text: str) -> int:
    high, scale, low = numeral.partition("万")
    if not scale:
        return _section(numeral, text)
    if "万" in low:
        raise _fail("万 twice", text)
    return _section(high, text) * SCALE_VALUE["万"] + _remainder(low, SCALE_VALUE["万"], _section, text)


def _remainder(low: str, scale: int, parse: Callable[[str, str], int], text: str) -> int:
    """What follows 万/亿: '二千' after 万 is 2000, '零五' is 5, a lone '二' is colloquial 2000."""
    if not low:
        return 0
    if low[0] in ZEROS:
        value = parse(low[1:], text) if low[1:] and low[1] not in ZEROS else -1
        if not 0 < value < scale // 10:
            raise _fail("零 where no place is skipped", text)
        return value
    if len(low) == 1 and low in DIGIT_VALUE:
        return DIGIT_VALUE[low] * (scale // 10)
    value = parse(low, text)
    if value < scale // 10:
        raise _fail("a skipped place needs 零", text)
    return value


def _section(numeral: str, text: str) -> int:
    """A numeral below 万: '一千零五' -> 1005, '十四' -> 14, '一百一' -> 110."""
    if not numeral or any(char in SCALE_VALUE for char in numeral):
        raise _fail("not a Chinese numeral", text)
    total, zero = 0, False
    digit: int | None = None
    last_unit: int | None = None
    for index, char in enumerate(numeral):
        if char in ZEROS:
            if digit is not None or zero or index == 0:
                raise _fail("misplaced 零", text)
            zero = True
        elif char in DIGIT_VALUE:
            if digit is not None:
                raise _fail("two digits in a row", text)
            digit = DIGIT_VALUE[char]
        else:
            unit = UNIT_VALUE[char]
            if digit is None and not (char == "十" and (index == 0 or zero)):
                raise _fail(f"{char} without a digit", text)
            _check_step(last_unit, unit, zero, text)
            total += (1 if digit is None else digit) * unit
            digit, last_unit, zero = None, unit, False
    if digit is None:
        if zero:
            raise _fail("trailing 零", text)
        return total
    if last_unit is None:
        return digit
    if zero:
        _check_step(last_unit, 1, zero, text)
        return total + digit
    return total + digit * (last_unit // 10)


def _check_step(last_unit: int | None, unit: int, zero: bool, text: str) -> None:
    if last_unit is None:
        return
    if unit >= last_unit:
        raise _fail("places out of order", text)
    if zero != (unit < last_unit // 10):
        raise _fail("零 must mark exactly the skipped places", text)


def parse_number(text: str) -> Decimal:
    """Arabic ('１,７１０' after NFKC), Arabic times 十/百/千 ('3千' -> 3000) or Chinese; not '1.2万' (see split_scale)."""
    numeral = _normalized(text)
    if numeral and all(char in "0123456789., " for char in numeral):
        return parse_arabic(numeral)
    mixed = _MIXED_RE.fullmatch(numeral)
    if mixed is not None:
        value = _scaled(parse_arabic(mixed["number"]), UNIT_VALUE[mixed["unit"]])
        return _checked(value, text)
    return parse_chinese(numeral)


def printed_decimals(text: str) -> int:
    """Digits printed after the decimal point: '92.98' -> 2, '1710' -> 0, '一点五' -> 1, '1.20万' -> 2."""
    numeral, _ = split_scale(_normalized(text))
    exponent = parse_number(numeral).as_tuple().exponent
    if not isinstance(exponent, int):
        raise ValueError(f"not a finite number: {text!r}")
    return max(0, -exponent)


def split_scale(numeral: str) -> tuple[str, str]:
    """Split a trailing 万/亿 that scales the whole numeral, so it can join the unit.

    It splits when the 万/亿 follows a digit or 十/百/千 (or 亿 follows 万) and the rest holds no 万/亿 of the same
    or a larger size; otherwise the scale is part of the numeral's own grammar and stays:
        '一千二百万' -> ('一千二百', '万')    '1.2万' -> ('1.2', '万')    '3千万' -> ('3千', '万')
        '一万亿' -> ('一万', '亿')           '一点五万亿' -> ('一点五万', '亿')
        '三亿五千万' -> ('三亿五千万', '')  (350000000: the 万 scales only 五千)
        '一万二千' -> ('一万二千', '')      '万' -> ('万', '')
    The input is not checked; parse the first part to check it.
    """
    if len(numeral) < 2 or numeral[-1] not in SCALE_VALUE:
        return numeral, ""
    head, scale = numeral[:-1], numeral[-1]
    if head[-1] not in _BEFORE_SCALE and head[-1] + scale != "万亿":
        return numeral, ""
    if any(SCALE_VALUE.get(char, 0) >= SCALE_VALUE[scale] for char in head):
        return numeral, ""
    return head, scale
