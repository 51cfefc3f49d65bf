"""Shared HTML pieces: numbers as printed, escaping, a page that fetches nothing."""

from __future__ import annotations

import re
from decimal import Decimal

from review.html import counted, esc, grouped, page_html, part_colour, plain


def test_plain_drops_the_warehouse_trailing_zeros() -> None:
    assert plain(Decimal("7573.0000000000")) == "7573"
    assert plain(Decimal("460.1000000000")) == "460.1"
    assert plain(Decimal("0E-10")) == "0"
    assert plain(None) == ""


def test_grouped_separates_thousands_and_keeps_the_sign() -> None:
    assert grouped(Decimal("17100000.5000000000")) == "17,100,000.5"
    assert grouped(Decimal("-1.0000000000")) == "-1"


def test_counted_uses_the_plural_for_anything_but_one() -> None:
    assert counted(1, "document") == "1 document"
    assert counted(0, "warning") == "0 warnings"


def test_esc_escapes_markup_and_quotes() -> None:
    assert esc('<b title="x">') == "&lt;b title=&quot;x&quot;&gt;"


def test_parts_get_distinct_colours() -> None:
    assert len({part_colour(i) for i in range(5)}) == 5


def test_page_html_is_self_contained() -> None:
    page = page_html("标题 <1>", "<p>x</p>", "var a = 1;")
    assert page.startswith("<!DOCTYPE html>") and "<title>标题 &lt;1&gt;</title>" in page
    assert "<style>" in page and "<script>var a = 1;</script>" in page
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
