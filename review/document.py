"""One document's review page: its checks (failed, warnings, passed) on marked page crops, and its figure table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from review.html import TOTAL_COLOUR, counted, esc, page_html, part_colour, plain
from review.records import CheckRow, DocumentRow, FigureRow
from review.render import CropImage, CropRequest, Mark

IMG_DIR = "img"
GROUP_TITLES = {"failed": "failed", "warning": "warning", "passed": "passed"}

FILTER_SCRIPT = """
(function () {
  var section = document.getElementById("f-section"), label = document.getElementById("f-label"),
      kind = document.getElementById("f-kind"), count = document.getElementById("f-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#figures tbody tr"));
  function apply() {
    var s = section.value, l = label.value.trim(), k = kind.value, shown = 0;
    rows.forEach(function (row) {
      var ok = (!s || row.dataset.section === s) && (!l || row.dataset.label.indexOf(l) !== -1) &&
               (!k || row.dataset.kind === k);
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " figures";
  }
  section.addEventListener("change", apply);
  kind.addEventListener("change", apply);
  label.addEventListener("input", apply);
  apply();
})();
"""


@dataclass(frozen=True, slots=True)
class Shown:
    """A figure as one check shows it: 'total' or 'part 2', in its colour (figure None: not in the warehouse)."""

    role: str
    colour: str
    figure_id: str
    figure: FigureRow | None


def shown_figures(check: CheckRow, by_id: Mapping[str, FigureRow]) -> list[Shown]:
    """The check's total (red) then its parts, each in the next part colour."""
    shown = []
    if check.parent_figure_id:
        shown.append(Shown("total", TOTAL_COLOUR, check.parent_figure_id, by_id.get(check.parent_figure_id)))
    for i, figure_id in enumerate(check.child_figure_ids):
        shown.append(Shown(f"part {i + 1}", part_colour(i), figure_id, by_id.get(figure_id)))
    return shown


def crop_path(doc: DocumentRow, check: CheckRow, page: int) -> str:
    """'img/fb3c8c5e531f-C004-p4.png', relative to the review folder."""
    return f"{IMG_DIR}/{doc.doc_id[:12]}-{check.check_id}-p{page}.png"


def crop_requests(doc: DocumentRow, check: CheckRow, shown: Sequence[Shown], out_dir: Path) -> list[CropRequest]:
    """One crop per page holding a figure of the check, with every such figure marked."""
    marks: dict[int, list[Mark]] = {}
    for s in shown:
        if s.figure is not None and s.figure.box is not None:
            marks.setdefault(s.figure.page, []).append(Mark(s.figure.box, s.colour, s.figure.raw))
    return [
        CropRequest(page, tuple(marks[page]), out_dir / crop_path(doc, check, page)) for page in sorted(marks)
    ]


def _meta(doc: DocumentRow) -> str:
    items = [
        ("issuer", doc.issuer or "—"), ("date", doc.report_date or "—"),
        ("pages", "—" if doc.n_pages is None else str(doc.n_pages)), ("file", doc.file_name),
        ("path", doc.source_path), ("doc_id", doc.doc_id), ("status", doc.status),
    ]
    if doc.status == "failed":
        items.append(("reason", f"[{doc.error_kind}] {doc.error}"))
    rows = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in items)
    return f'<dl class="meta">{rows}</dl>'


def _legend(shown: Sequence[Shown]) -> str:
    items = []
    for s in shown:
        swatch = f'<span class="swatch" style="border-color:{s.colour};background:{s.colour}44"></span>'
        if s.figure is None:
            items.append(f"<li>{swatch}{esc(s.role)}: figure {esc(s.figure_id)} (not in the warehouse)</li>")
            continue
        f = s.figure
        where = f"page {f.page}" + ("" if f.box is not None else ", no position on the page")
        items.append(
            f'<li>{swatch}{esc(s.role)}: <a href="#fig-{esc(f.figure_id)}"><b>{esc(f.raw)}</b></a> '
            f'{esc(f.label) or "<span class=muted>(no label)</span>"} <span class="muted">({where})</span></li>'
        )
    return f'<ul class="legend">{"".join(items)}</ul>' if items else ""


def _crops(doc: DocumentRow, check: CheckRow, shown: Sequence[Shown], requests: Sequence[CropRequest],
           written: Mapping[Path, CropImage], pdf_note: str | None) -> str:
    if not shown:
        return '<p class="note">This check names no figure of the report, so there is nothing to mark.</p>'
    if not requests:
        return '<p class="note">No figure of this check has a position on the page to show.</p>'
    if pdf_note:
        return f'<p class="note">{esc(pdf_note)}</p>'
    parts = []
    for request in requests:
        image = written.get(request.path)
        if image is None:
            parts.append(f'<p class="note">Page {request.page} is not in the PDF any more.</p>')
            continue
        src = crop_path(doc, check, request.page)
        parts.append(
            f'<figure><img src="{esc(src)}" width="{image.width}" height="{image.height}" '
            f'alt="page {request.page}, {esc(check.check_id)} marked">'
            f"<figcaption>page {request.page}</figcaption></figure>"
        )
    return f'<div class="crops">{"".join(parts)}</div>'


def _check_card(doc: DocumentRow, check: CheckRow, shown: Sequence[Shown], requests: Sequence[CropRequest],
                written: Mapping[Path, CropImage], pdf_note: str | None) -> str:
    page = f" · page {check.page}" if check.page is not None else ""
    return (
        f'<section class="check {check.group}" id="{esc(check.check_id)}">'
        f'<h3><span class="badge {check.group}">{GROUP_TITLES[check.group]}</span>{esc(check.rule)}{page} · '
        f'{esc(check.check_id)} <span class="muted">({esc(check.severity)})</span></h3>'
        f"{_crops(doc, check, shown, requests, written, pdf_note)}"
        f'<p class="message">{esc(check.message)}</p>{_legend(shown)}</section>'
    )


def _passed_table(checks: Sequence[CheckRow]) -> str:
    if not checks:
        return ""
    rows = "".join(
        f'<tr id="{esc(c.check_id)}"><td>{esc(c.check_id)}</td><td>{esc(c.rule)}</td>'
        f'<td class="num">{"" if c.page is None else c.page}</td><td>{esc(c.message)}</td></tr>'
        for c in checks
    )
    return (
        '<h3><span class="badge passed">passed</span></h3><table class="passed"><thead><tr><th>check</th>'
        f'<th>rule</th><th class="num">page</th><th>message</th></tr></thead><tbody>{rows}</tbody></table>'
    )


def _options(values: Sequence[str], everything: str) -> str:
    return f'<option value="">{esc(everything)}</option>' + "".join(
        f'<option value="{esc(v)}">{esc(v)}</option>' for v in values
    )


def value_text(figure: FigureRow) -> str:
    """'460.1'; a range '3–5'; '' for a figure with no value (dates)."""
    if figure.value_max is None:
        return plain(figure.value)
    return f"{plain(figure.value)}–{plain(figure.value_max)}"


def figure_table(figures: Sequence[FigureRow]) -> str:
    """The figure table with its section / label / kind filters (the rows carry data-* for the script)."""
    sections = list(dict.fromkeys(f.section for f in figures if f.section))
    kinds = sorted({f.kind for f in figures if f.kind})
    rows = "".join(
        f'<tr id="fig-{esc(f.figure_id)}" data-section="{esc(f.section)}" data-label="{esc(f.label)}" '
        f'data-kind="{esc(f.kind)}"><td><b>{esc(f.raw)}</b></td><td class="num">{value_text(f)}</td>'
        f"<td>{esc(f.unit)}</td><td>{esc(f.kind)}</td><td>{esc(f.label)}</td><td>{esc(f.section)}</td>"
        f'<td class="num">{f.page}</td></tr>'
        for f in figures
    )
    return (
        '<div class="filters">'
        f'<label>section <select id="f-section">{_options(sections, "all sections")}</select></label>'
        '<label>label <input id="f-label" type="search" placeholder="contains…"></label>'
        f'<label>kind <select id="f-kind">{_options(kinds, "all kinds")}</select></label>'
        f'<span id="f-count" class="muted">{len(figures)} figures</span></div>'
        '<table id="figures"><thead><tr><th>raw</th><th class="num">value</th><th>unit</th><th>kind</th>'
        f'<th>label</th><th>section</th><th class="num">page</th></tr></thead><tbody>{rows}</tbody></table>'
    )


@dataclass(frozen=True, slots=True)
class CheckPlan:
    """A failed or warning check with the figures it shows and the crops it needs."""

    check: CheckRow
    shown: tuple[Shown, ...]
    requests: tuple[CropRequest, ...]


def plan_checks(doc: DocumentRow, checks: Sequence[CheckRow], figures: Sequence[FigureRow],
                out_dir: Path) -> list[CheckPlan]:
    """The crops each failed or warning check needs (passed checks get none)."""
    by_id = {f.figure_id: f for f in figures}
    plans = []
    for check in checks:
        if check.group == "passed":
            continue
        shown = shown_figures(check, by_id)
        plans.append(CheckPlan(check, tuple(shown), tuple(crop_requests(doc, check, shown, out_dir))))
    return plans


def document_html(doc: DocumentRow, checks: Sequence[CheckRow], figures: Sequence[FigureRow],
                  plans: Sequence[CheckPlan], written: Mapping[Path, CropImage], pdf_note: str | None) -> str:
    """The whole page for one document."""
    counts = {g: sum(1 for c in checks if c.group == g) for g in GROUP_TITLES}
    cards = "".join(_check_card(doc, p.check, p.shown, p.requests, written, pdf_note) for p in plans)
    title = doc.title or doc.file_name
    if doc.status == "failed":
        body = (
            '<nav><a href="index.html">← all documents</a></nav>'
            f"<h1>{esc(title)}</h1>{_meta(doc)}"
            f'<p class="note">This file could not be loaded, so it has no figures or checks: {esc(doc.error)}</p>'
        )
        return page_html(f"{title} · tally review", body)
    body = (
        '<nav><a href="index.html">← all documents</a></nav>'
        f"<h1>{esc(title)}</h1>{_meta(doc)}"
        f'<h2>Checks <span class="muted">({counts["failed"]} failed, {counted(counts["warning"], "warning")}, '
        f'{counts["passed"]} passed)</span></h2>'
        + (cards or '<p class="muted">No check failed.</p>')
        + _passed_table([c for c in checks if c.group == "passed"])
        + f'<h2>Figures <span class="muted">({len(figures)})</span></h2>'
        + (figure_table(figures) if figures else '<p class="muted">No figures.</p>')
    )
    return page_html(f"{title} · tally review", body, FILTER_SCRIPT if figures else "")
