"""HTML pieces both review pages share: escaping, number formatting, the page shell with its inline CSS."""

from __future__ import annotations

from decimal import Decimal
from html import escape

TOTAL_COLOUR = "#d62728"
PART_COLOURS = ("#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#7f7f7f")
GROUP_COLOURS = {"passed": "#4c9a2a", "warning": "#e0a100", "failed": "#c62828"}

CSS = """
:root { --fg: #1d2125; --muted: #5f6b76; --line: #d9dee3; --bg-soft: #f5f7f9; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1180px; padding: 16px 24px 48px; color: var(--fg);
       font: 15px/1.5 "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", system-ui, sans-serif; }
a { color: #0b5cad; }
h1 { font-size: 24px; margin: 8px 0 4px; }
h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 0 0 8px; font-weight: 600; }
nav { font-size: 13px; }
.muted { color: var(--muted); }
.note { background: #fff6e0; border-left: 4px solid #e0a100; padding: 6px 10px; margin: 8px 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; word-break: break-all; }
.check { border: 1px solid var(--line); border-left-width: 6px; border-radius: 4px; padding: 10px 14px; margin: 12px 0; }
.check.failed { border-left-color: #c62828; }
.check.warning { border-left-color: #e0a100; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; color: #fff; border-radius: 3px;
         padding: 0 6px; margin-right: 6px; text-transform: uppercase; }
.badge.failed { background: #c62828; } .badge.warning { background: #b07d00; } .badge.passed { background: #4c9a2a; }
.crops { display: flex; flex-wrap: wrap; gap: 12px; }
.crops figure { margin: 0; }
.crops img { max-width: 100%; height: auto; border: 1px solid var(--line); display: block; }
.crops figcaption { font-size: 12px; color: var(--muted); }
.message { font-size: 16px; margin: 8px 0 4px; }
ul.legend { list-style: none; padding: 0; margin: 4px 0 0; }
ul.legend li { margin: 2px 0; }
.swatch { display: inline-block; width: 14px; height: 14px; vertical-align: -2px; margin-right: 6px;
          border: 2px solid; border-radius: 2px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--bg-soft); position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
.filters select, .filters input { font: inherit; padding: 2px 6px; }
.chart { overflow-x: auto; }
.chart svg { font-size: 13px; }
.chart text { fill: var(--fg); }
.chart a text { fill: #0b5cad; text-decoration: underline; }
.chart text.failed { fill: #c62828; }
"""


def esc(value: object) -> str:
    """Text for HTML content and double-quoted attributes."""
    return escape(str(value), quote=True)


def plain(value: Decimal | int | None) -> str:
    """Decimal('7573.0000000000') -> '7573'; Decimal('460.1000000000') -> '460.1'; None -> ''."""
    if value is None:
        return ""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def grouped(value: Decimal) -> str:
    """Decimal('17100000.50') -> '17,100,000.5': thousands separated, no trailing zeros."""
    text = plain(value)
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    whole = f"{int(whole):,}"
    return sign + whole + ("." + fraction if fraction else "")


def counted(n: int, noun: str, plural: str = "") -> str:
    """counted(1, 'document') -> '1 document'; counted(3, 'document') -> '3 documents'."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def part_colour(index: int) -> str:
    """Colour of the index-th part (0-based); the total is always TOTAL_COLOUR."""
    return PART_COLOURS[index % len(PART_COLOURS)]


def page_html(title: str, body: str, script: str = "") -> str:
    """A complete, self-contained page: inline CSS, optional inline script, nothing fetched."""
    tail = f"<script>{script}</script>\n" if script else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"{body}\n{tail}</body>\n</html>\n"
    )
