"""The report's title, issuer and date, read from the block above the salutation on page 1."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from extract.figures import DATE_RE, parse_date
from extract.layout import PAGE_NUMBER_RE

DATE_LINE_RE = re.compile(r"^[((]?\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*[))]?$")
ISSUER_RE = re.compile(r"(?:委员会|党委|县委|市委|区委|省委|政府|人民政府|办公室|办公厅|局|厅|委|部|中心|领导小组|工作组|协会|公司|调查队)$")
EDITOR_RE = re.compile(r"^(?P<org>\S{2,24}?(?:局|委员会|办公室|政府|中心|领导小组|指挥部))(?:编|编印|主办|印发|编制)$")
HEAD_OF_GOVERNMENT_RE = re.compile(r"^(?P<place>\S{1,10}?[市县区州旗])(?:人民政府)?(?:代理|代)?(?:市长|县长|区长|州长|旗长)\s*\S{2,4}$")
CONTENTS_RE = re.compile(r"^目\s*录$")  # a table of contents begins: the title is above it
REPORT_WORDS = re.compile(r"(?:汇报|报告|总结|情况|说明|材料|方案|规划|意见|通知)")
SALUTATION_RE = re.compile(r"[::]$")
BRACKETED_END_RE = re.compile(r"[((][^()()]{1,16}[))]$")  # another name an office goes by, in brackets after it
# The occasion a report was given on, under its title: '——2025年1月14日在岚山县第十八届人民代表大会' … '第五次会议上'.
OCCASION_RE = re.compile(r"^[—\-–]{1,2}\s*\S")
OCCASION_END_RE = re.compile(r"(?:会议上|会上|大会上|上)$")
# Who gave it: '岚山县财政局局长 王立新' -> the office, 岚山县财政局.
SPEAKER_RE = re.compile(r"^(?P<office>\S{2,20}?(?:局|委员会|委|办公室|政府|厅|部|院|中心))(?:副)?(?:局长|主任|县长|市长|区长|书记|部长|主席|厅长|院长|"
                        r"秘书长|委员)\s*\S{2,4}$")
# What never belongs to a title: a section heading ('一、', '(一)', '1.') or a sentence ('…1200万元。')
BODY_START_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))]|\d{1,2}[、.](?!\d))|。")


def _iso(match: re.Match[str]) -> str | None:
    y, m, d = (int(match.group(k)) for k in ("y", "m", "d"))
    if 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def line_date(line: str) -> str | None:
    """A line that is only a full date: '(2018年1月9日)' or '二〇一八年一月九日' -> '2018-01-09'; else None."""
    m = DATE_LINE_RE.match(line)
    if m:
        return _iso(m)
    inner = line.strip("()[]【】〔〕")
    full = DATE_RE.fullmatch(inner)
    if full is None or not full.group("d"):
        return None
    parsed = parse_date(full, None)
    return parsed[1] if parsed else None


def _lines(lines: Sequence[str]) -> list[str]:
    """NFKC (full-width brackets and digits), runs of spaces cut to one."""
    return [" ".join(unicodedata.normalize("NFKC", raw).split()) for raw in lines]


def read_meta(head_lines: Sequence[str], tail_lines: Sequence[str] = ()) -> tuple[str, str, str | None]:
    """(title, issuer, ISO date) from page 1's first lines, as printed; the signature block as fallback.

    ['紫阳县苏陕扶贫协作工作汇报', '(2018年1月9日)', '中共紫阳县委 紫阳县人民政府', '尊敬的…:']
    -> ('紫阳县苏陕扶贫协作工作汇报', '中共紫阳县委 紫阳县人民政府', '2018-01-09')
    """
    title_parts: list[str] = []
    issuer = ""
    date: str | None = None
    title_done = False  # a date or issuer line after the title ends it
    occasion = False  # inside '——2025年1月14日在…第五次会议上', which runs to its 上
    for line in _lines(head_lines[:8]):
        if not line:
            continue
        if PAGE_NUMBER_RE.match(line):
            continue
        if OCCASION_RE.match(line) or occasion:
            said = DATE_RE.search(line.replace(" ", ""))
            parsed = parse_date(said, None) if said and said.group("d") else None
            date = date or (parsed[1] if parsed else None)
            occasion = not OCCASION_END_RE.search(line)
            title_done = title_done or bool(title_parts)
            continue
        if (edited := EDITOR_RE.match(line.replace(" ", ""))) is not None:
            issuer = issuer or edited.group("org")  # '青溪县乡村振兴局编': who compiled a bulletin
            title_done = title_done or bool(title_parts)
            continue
        if (head := HEAD_OF_GOVERNMENT_RE.match(line)) is not None:
            issuer = issuer or head.group("place") + "人民政府"  # '临江市市长 周明远' reports for the city's government
            title_done = title_done or bool(title_parts)
            continue
        if (speaker := SPEAKER_RE.match(line)) is not None:
            issuer = issuer or speaker.group("office")  # '岚山县财政局局长 王立新': the office speaks for the issuer
            title_done = title_done or bool(title_parts)
            continue
        if SALUTATION_RE.search(line) or len(line) > 40 or BODY_START_RE.search(line) or line.startswith("单位"):
            break
        if "," in line and title_parts:
            break  # '2024年,我县坚持以…': the body's first line, short as it may be; a title has no comma
        if CONTENTS_RE.match(line):
            break  # '目录': what follows lists sections, not the title
        compact = line.replace(" ", "")
        if DATE_LINE_RE.match(compact) or DATE_RE.fullmatch(compact.strip("()[]【】〔〕")):
            date = date or line_date(compact)  # '2018年1月' alone is a date line too, but no report date
            title_done = title_done or bool(title_parts)
            continue
        names = [BRACKETED_END_RE.sub("", n) for n in line.split(" ")]  # '梅岭县农业农村局(县乡村振兴局)'
        if not REPORT_WORDS.search(line) and all(ISSUER_RE.search(n) for n in names):
            issuer = issuer or line
            title_done = title_done or bool(title_parts)
            continue
        if not title_done:
            title_parts.append(line.replace(" ", ""))
    for line in reversed(_lines(tail_lines[-6:])):
        found = line_date(line.replace(" ", ""))
        if found and date is None:
            date = found
        elif line and not issuer and all(ISSUER_RE.search(n) for n in line.split(" ")) and len(line) <= 40:
            issuer = line
    return "".join(title_parts), issuer, date
