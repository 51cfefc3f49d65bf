"""The season overview (index.html): figures and checks per document as inline SVG bars, failed loads, largest gaps."""

from __future__ import annotations

from collections.abc import Sequence

from review.html import GROUP_COLOURS, counted, esc, grouped, page_html
from review.records import Discrepancy, DocumentRow

ROW_PX = 26
NAME_PX = 300  # width of the file-name column
FIG_X, FIG_PX = 310, 200  # figures bar: left edge and full length
CHK_X, CHK_PX = 600, 260  # checks bar
CHART_PX = 960
NAME_CHARS = 34


def _short(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1] + "…"


def _bar(x: float, y: int, width: float, colour: str, tip: str) -> str:
    if width <= 0:
        return ""
    return (
        f'<rect x="{x:.1f}" y="{y + 5}" width="{width:.1f}" height="{ROW_PX - 10}" fill="{colour}">'
        f"<title>{esc(tip)}</title></rect>"
    )


def chart_svg(docs: Sequence[DocumentRow]) -> str:
    """One row per document: name (a link), figures extracted, checks passed / warnings / failed stacked."""
    max_figures = max([d.n_figures for d in docs] + [1])
    max_checks = max([d.checks_passed + d.checks_warning + d.checks_failed for d in docs] + [1])
    height = ROW_PX * (len(docs) + 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{CHART_PX}" height="{height}" '
        f'viewBox="0 0 {CHART_PX} {height}" role="img" aria-label="figures and checks per document">',
        f'<text x="0" y="17" font-weight="600">document</text>'
        f'<text x="{FIG_X}" y="17" font-weight="600">figures extracted</text>'
        f'<text x="{CHK_X}" y="17" font-weight="600">checks: '
        f'<tspan fill="{GROUP_COLOURS["passed"]}">passed</tspan> / '
        f'<tspan fill="{GROUP_COLOURS["warning"]}">warnings</tspan> / '
        f'<tspan fill="{GROUP_COLOURS["failed"]}">failed</tspan></text>',
    ]
    for row, doc in enumerate(docs, start=1):
        y = ROW_PX * row
        text_y = y + ROW_PX // 2 + 5
        parts.append(
            f'<a href="{esc(doc.page_name)}"><text x="0" y="{text_y}">{esc(_short(doc.file_name))}'
            f"<title>{esc(doc.file_name)}</title></text></a>"
        )
        if doc.status == "failed":
            parts.append(
                f'<text x="{FIG_X}" y="{text_y}" class="failed">failed to load: {esc(doc.error_kind)}</text>'
            )
            continue
        fig_w = FIG_PX * doc.n_figures / max_figures
        parts.append(_bar(FIG_X, y, fig_w, "#6b8fb3", f"{doc.n_figures} figures"))
        parts.append(f'<text x="{FIG_X + fig_w + 4:.1f}" y="{text_y}">{doc.n_figures}</text>')
        x = float(CHK_X)
        for group, count in (("passed", doc.checks_passed), ("warning", doc.checks_warning),
                             ("failed", doc.checks_failed)):
            width = CHK_PX * count / max_checks
            parts.append(_bar(x, y, width, GROUP_COLOURS[group], f"{count} {group}"))
            x += width
        label = f"{doc.checks_passed} / {doc.checks_warning} / {doc.checks_failed}"
        parts.append(f'<text x="{x + 4:.1f}" y="{text_y}">{label}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _failed_loads(docs: Sequence[DocumentRow]) -> str:
    failed = [d for d in docs if d.status == "failed"]
    if not failed:
        return '<p class="muted">Every document loaded.</p>'
    rows = "".join(
        f'<tr><td><a href="{esc(d.page_name)}">{esc(d.file_name)}</a></td><td>{esc(d.error_kind)}</td>'
        f"<td>{esc(d.error)}</td><td class=muted>{esc(d.source_path)}</td></tr>"
        for d in failed
    )
    return (
        '<table id="failed-loads"><thead><tr><th>file</th><th>kind</th><th>reason</th><th>path</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


MOST_GAPS = 20  # (review.build asks for this many)


def _discrepancies(gaps: Sequence[Discrepancy]) -> str:
    if not gaps:
        return '<p class="muted">No failed check with a difference.</p>'
    rows = "".join(
        f'<tr><td class="num">{n}</td><td class="num">{grouped(abs(g.difference))} {esc(g.base_unit)}</td>'
        f'<td class="num">{esc(g.share)}</td>'
        f'<td><a href="{esc(g.doc_id[:12])}.html#{esc(g.check_id)}">{esc(g.file_name)}</a></td>'
        f'<td class="num">{"" if g.page is None else g.page}</td><td>{esc(g.severity)}</td>'
        f"<td>{esc(g.message)}</td></tr>"
        for n, g in enumerate(gaps, start=1)
    )
    return (
        '<table id="discrepancies"><thead><tr><th class="num">#</th><th class="num">|difference|</th>'
        '<th class="num">of the total</th>'
        '<th>document</th><th class="num">page</th><th>severity</th><th>check</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def _documents_table(docs: Sequence[DocumentRow]) -> str:
    rows = "".join(
        f'<tr><td><a href="{esc(d.page_name)}">{esc(d.file_name)}</a></td><td>{esc(d.title)}</td>'
        f"<td>{esc(d.issuer)}</td><td>{esc(d.report_date)}</td>"
        f'<td class="num">{"" if d.n_pages is None else d.n_pages}</td><td class="num">{d.n_figures}</td>'
        f'<td class="num">{d.checks_passed}</td><td class="num">{d.checks_warning}</td>'
        f'<td class="num">{d.checks_failed}</td><td>{esc(d.status)}</td></tr>'
        for d in docs
    )
    return (
        '<table id="documents"><thead><tr><th>file</th><th>title</th><th>issuer</th><th>date</th>'
        '<th class="num">pages</th><th class="num">figures</th><th class="num">passed</th>'
        '<th class="num">warnings</th><th class="num">failed</th><th>status</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def overview_html(docs: Sequence[DocumentRow], gaps: Sequence[Discrepancy]) -> str:
    """index.html for these documents and their largest discrepancies."""
    loaded = [d for d in docs if d.status != "failed"]
    figures = sum(d.n_figures for d in docs)
    passed = sum(d.checks_passed for d in docs)
    warnings = sum(d.checks_warning for d in docs)
    failed = sum(d.checks_failed for d in docs)
    body = (
        "<h1>tally review</h1>"
        f'<p class="summary">{counted(len(docs), "document")} ({len(loaded)} loaded, '
        f"{len(docs) - len(loaded)} failed to load); {counted(figures, 'figure')}; "
        f"checks {passed} passed, {failed + warnings} failed ({counted(failed, 'error')}, {counted(warnings, 'warning')})"
        ".</p>"  # (as `tally run` says it)
        '<h2>Figures and checks per document</h2>'
        f'<div class="chart">{chart_svg(docs)}</div>'
        f'<h2>Largest discrepancies, for their total (at most {MOST_GAPS}; every failed check is on its document\'s page)</h2>'
        f"{_discrepancies(gaps)}"
        '<h2>Documents that failed to load</h2>'
        f"{_failed_loads(docs)}"
        '<h2>Documents</h2>'
        f"{_documents_table(docs)}"
    )
    return page_html("tally review", body)
