"""A corpus for throughput and memory: python benchmarks/scale_corpus.py --out benchmarks/corpus_scale

Writes OUT/reports/: 44 reports of 2-10 pages (about 260 pages in all), and OUT/long/: one 300-page
report, laid out like the
sample (samples/layout.py, A4, the WenQuanYi font embedded as a subset). The text recombines
paragraph templates with figures drawn from a seeded generator, so the same seed gives the same
bytes; most breakdowns add up and about one in twelve is off by a little, as real reports are.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from samples.layout import Line, PageStyle, Paragraph, draw_page, paginate, paragraph_lines  # noqa: E402
from samples.make_sample import ensure_font  # noqa: E402

FONT_NAME = "CJKBody"
N_REPORTS = 44
MIN_PAGES, MAX_PAGES = 2, 10
LONG_PAGES = 300
OFF_BY_ONE_RATE = 1 / 12

COUNTIES = ("岚川县", "云溪县", "柏坪县", "石泉县", "汉源县", "镇坪县", "宁陕县", "岚皋县", "白河县", "旬阳县", "平利县")
PARTNERS = ("江州市新湖区", "苏阳市滨江区", "海州市东港区", "通江市崇明区", "锡城市梁溪区")
TOWNS = ("青石镇", "白河镇", "桃源镇", "云台镇", "清溪镇", "松林镇", "龙潭镇", "梅溪镇", "双河镇", "高桥镇")
TOPICS = ("产业", "就业", "教育", "医疗", "住房", "基础设施", "消费", "人才")
SECTION_TITLES = (
    "加强组织领导,强化协作保障", "增进互访交流,拓宽协作领域", "有效实施项目,增强造血功能",
    "优化营商环境,促进产业合作", "深化劳务协作,促进稳定就业", "加强人才支援,提升发展能力",
    "推进消费扶贫,拓宽增收渠道", "动员社会力量,凝聚帮扶合力", "存在的问题和下一步打算",
)
NUMERALS = "一二三四五六七八九十"
FILLERS = (
    "各镇各部门坚持问题导向,压实工作责任,建立月调度、季通报工作机制,确保各项任务按时保质完成。",
    "两地持续深化协作合作,强化沟通对接,形成了上下联动、部门协同、社会参与的良好工作格局。",
    "通过多频次互访交流、合作洽谈,促进了两地协作领域的拓宽深化、协作成果的提质增效。",
    "这些协作项目的有效实施,将有力增强贫困群众的造血功能,对实现贫困户稳定增收起到保障作用。",
    "下一步,我们将认真总结经验,查找不足,进一步完善机制,创新方式,推动协作工作再上新台阶。",
)


def split_total(rng: random.Random, total: int, n: int) -> list[int]:
    """total into n positive parts that add up exactly."""
    cuts = sorted(rng.sample(range(1, total), n - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


def printed_parts(rng: random.Random, total: int, n: int) -> tuple[int, list[int]]:
    """(total as printed, parts): the parts add up to the printed total unless the report is off by a little."""
    parts = split_total(rng, total, n)
    if rng.random() < OFF_BY_ONE_RATE:
        return total + rng.choice((1, 2, 10)), parts
    return total, parts


def households(rng: random.Random, year: int) -> str:
    total, (a, b, c) = printed_parts(rng, rng.randint(300, 9000), 3)
    return (f"{year}年,{rng.choice(TOPICS)}扶持项目辐射{rng.choice(TOWNS)}、{rng.choice(TOWNS)}等{rng.randint(3, 15)}个镇,"
            f"受益贫困户{total}户。其中:发展茶园{a}户,魔芋{b}户,带动养殖{c}户。")


def funds(rng: random.Random, year: int) -> str:
    cents = rng.randint(50_000, 300_000)  # in 0.01万元
    total, parts = printed_parts(rng, cents, 4)
    wan = [f"{p / 100:.2f}".rstrip("0").rstrip(".") for p in parts]
    return (f"{year}年获得扶贫协作支持资金{total / 100:.2f}万元,其中产业项目资金{wan[0]}万元,"
            f"基础设施资金{wan[1]}万元,人才培训资金{wan[2]}万元,下余资金{wan[3]}万元用于村集体经济发展。")


def exchanges(rng: random.Random, year: int, partner: str) -> str:
    batches_a, batches_b = rng.randint(5, 30), rng.randint(2, 12)
    total, (a, b) = printed_parts(rng, rng.randint(60, 400), 2)
    return (f"全年两地横向交流{batches_a + batches_b}批{total}人次,其中{partner}赴我县考察交流{batches_a}批{a}人次,"
            f"我县赴{partner}{batches_b}批{b}人次。")


def labour(rng: random.Random, year: int, partner: str) -> str:
    total, (a, b, c) = printed_parts(rng, rng.randint(500, 6000), 3)
    first, last = sorted(rng.sample(range(1, 13), 2))
    return (f"{year}年{first}月至{last}月,累计转移农村劳动力{total}人,"
            f"其中到{partner}就业{a}人,省内其他地区就业{b}人,就近就业{c}人。")


def training(rng: random.Random, year: int) -> str:
    sessions = rng.randint(5, 60)
    total, (a, b) = printed_parts(rng, rng.randint(200, 3000), 2)
    return (f"举办各类培训班{sessions}期,培训{total}人次,分别为线上培训{a}人次、线下培训{b}人次,"
            f"培训后就业率达到{rng.randint(60, 98)}%。")


def project(rng: random.Random, year: int) -> str:
    invest = rng.randint(200, 5000)
    return (f"{rng.choice(TOWNS)}{rng.choice(TOPICS)}项目于{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日开工,"
            f"总投资{invest}万元,完成投资{rng.randint(100, invest)}万元,可孵化中小企业{rng.randint(2, 4)}-{rng.randint(5, 9)}家,"
            f"稳定解决贫困人口{rng.randint(50, 900)}人就业。")


def company(rng: random.Random, year: int, partner: str) -> str:
    return (f"{partner}一批优势企业主动对接,{rng.choice(TOWNS)}引进企业{rng.randint(2, 12)}家,"
            f"协议投资{rng.randint(2, 40) / 2:g}亿元,到位资金{rng.randint(1000, 9000)}万元,到位率{rng.randint(40, 100)}%。")


def share(rng: random.Random, year: int) -> str:
    a = rng.randint(20, 70)
    b = rng.randint(5, 100 - a - 5)
    return (f"从资金投向看,产业发展占{a}%,基础设施占{b}%,其他占{100 - a - b}%。")


def visit(rng: random.Random, year: int, partner: str) -> str:
    return (f"{year}年{rng.randint(1, 12)}月,{partner}党政代表团一行{rng.randint(8, 40)}人来我县对接协作工作并召开座谈会,"
            f"签订帮扶协议{rng.randint(1, 6)}份,捐赠资金{rng.randint(10, 300)}万元。")


Template = Callable[..., str]
TEMPLATES: tuple[tuple[Template, bool], ...] = (  # (template, needs the partner's name)
    (households, False), (funds, False), (exchanges, True), (labour, True), (training, False),
    (project, False), (company, True), (share, False), (visit, True),
)


def body_paragraph(rng: random.Random, year: int, partner: str) -> str:
    if rng.random() < 0.2:
        return rng.choice(FILLERS)
    template, with_partner = rng.choice(TEMPLATES)
    return template(rng, year, partner) if with_partner else template(rng, year)


def report_paragraphs(rng: random.Random, n_pages: int) -> tuple[str, list[Paragraph]]:
    county, partner, year = rng.choice(COUNTIES), rng.choice(PARTNERS), rng.randint(2016, 2022)
    title = f"{county}东西部扶贫协作工作汇报"
    head = [
        Paragraph(title, align="center", size=22),
        Paragraph(f"({year + 1}年1月{rng.randint(1, 28)}日)", align="center"),
        Paragraph(f"中共{county}委 {county}人民政府", align="center"),
        Paragraph(""),
        Paragraph("尊敬的考核组各位领导:", align="left"),
    ]
    body: list[Paragraph] = []
    # write more than enough (about 5 paragraphs fill a page), cut at a paragraph end later
    for number in range(2 * n_pages):
        body.append(Paragraph(f"{NUMERALS[number % 10]}、{SECTION_TITLES[number % len(SECTION_TITLES)]}"))
        body.extend(Paragraph(body_paragraph(rng, year, partner)) for _ in range(rng.randint(3, 7)))
    return title, head + body


def fit_pages(paragraphs: list[Paragraph], style: PageStyle, n_pages: int) -> list[list[Line]]:
    """Lay out whole paragraphs only, as many as fill n_pages: the last page may be part-empty."""
    lines: list[Line] = []
    owner: list[int] = []
    for index, paragraph in enumerate(paragraphs):
        new = paragraph_lines(paragraph, FONT_NAME, style)
        lines.extend(new)
        owner.extend([index] * len(new))
    pages = paginate(lines, style)
    if len(pages) <= n_pages:
        return pages
    first_cut = sum(len(page) for page in pages[:n_pages])
    keep = owner[first_cut]  # the paragraph that runs onto page n_pages + 1 is dropped
    return paginate([line for line, i in zip(lines, owner, strict=True) if i < keep], style)


def write_report(path: Path, rng: random.Random, n_pages: int, style: PageStyle) -> int:
    title, paragraphs = report_paragraphs(rng, n_pages)
    pages = fit_pages(paragraphs, style, n_pages)
    canvas = Canvas(str(path), pagesize=style.page_size, invariant=1)
    canvas.setTitle(title)
    for number, lines in enumerate(pages, start=1):
        draw_page(canvas, FONT_NAME, lines, number, style)
    canvas.save()
    return len(pages)


def build(out: Path, seed: int = 2024, n_reports: int = N_REPORTS, long_pages: int = LONG_PAGES) -> list[tuple[Path, int]]:
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(ensure_font()), subfontIndex=0))
    reports, long_dir = out / "reports", out / "long"
    for folder in (reports, long_dir):
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.pdf"):
            old.unlink()
    rng = random.Random(seed)
    style = PageStyle()
    written = []
    for i in range(1, n_reports + 1):
        path = reports / f"s{i:02d}.pdf"
        written.append((path, write_report(path, rng, rng.randint(MIN_PAGES, MAX_PAGES), style)))
    if long_pages:
        path = long_dir / f"long_{long_pages}.pdf"
        written.append((path, write_report(path, rng, long_pages, style)))
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "corpus_scale")
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--reports", type=int, default=N_REPORTS)
    ap.add_argument("--long-pages", type=int, default=LONG_PAGES, help="pages of the one long report (0: none)")
    args = ap.parse_args()
    written = build(args.out, args.seed, args.reports, args.long_pages)
    short = [n for p, n in written if p.parent.name == "reports"]
    print(f"wrote {len(short)} reports ({sum(short)} pages, {min(short)}-{max(short)} each) to {args.out / 'reports'}")
    for path, pages in written:
        if path.parent.name == "long":
            print(f"wrote {path} ({pages} pages)")


if __name__ == "__main__":
    main()
