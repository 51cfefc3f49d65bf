"""The report's title, issuer and date, read from the block above the salutation on page 1."""

from __future__ import annotations

import re
from collections.abc import Sequence

DATE_LINE_RE = re.compile(r"^[((]?\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*[))]?$")
ISSUER_RE = re.compile(r"(?:委员会|党委|县委|市委|区委|省委|政府|人民政府|办公室|办公厅|局|厅|委|部|中心|领导小组|工作组|协会|公司)$")
REPORT_WORDS = re.compile(r"(?:汇报|报告|总结|情况|说明|材料|方案|规划|意见|通知)")
SALUTATION_RE = re.compile(r"[::]$")


def _iso(match: re.Match[str]) -> str | None:
    y, m, d = (int(match.group(k)) for k in ("y", "m", "d"))
    if 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def read_meta(head_lines: Sequence[str], tail_lines: Sequence[str] = ()) -> tuple[str, str, str | None]:
    """(title, issuer, ISO date) from page 1's first lines, as printed; the signature block as fallback.

    ['紫阳县苏陕扶贫协作工作汇报', '(2018年1月9日)', '中共紫阳县委 紫阳县人民政府', '尊敬的…:']
    -> ('紫阳县苏陕扶贫协作工作汇报', '中共紫阳县委 紫阳县人民政府', '2018-01-09')
    """
    title_parts: list[str] = []
    issuer = ""
    date: str | None = None
    for raw in head_lines[:8]:
        line = " ".join(raw.split())
        if not line:
            continue
        if SALUTATION_RE.search(line) or len(line) > 40:
            break
        m = DATE_LINE_RE.match(line.replace(" ", ""))
        if m:
            date = date or _iso(m)
            continue
        names = line.split(" ")
        if not REPORT_WORDS.search(line) and all(ISSUER_RE.search(n) for n in names):
            issuer = issuer or line
            continue
        if not issuer and date is None:
            title_parts.append(line.replace(" ", ""))
    for raw in reversed(tail_lines[-6:]):
        line = " ".join(raw.split())
        m = DATE_LINE_RE.match(line.replace(" ", ""))
        if m and date is None:
            date = _iso(m)
        elif line and not issuer and all(ISSUER_RE.search(n) for n in line.split(" ")) and len(line) <= 40:
            issuer = line
    return "".join(title_parts), issuer, date
