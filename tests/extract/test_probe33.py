"""Rules prompted by probe 33 (80 excerpts, 70 of them correct but tricky, by a blind author; first measurement 7 of
10 planted errors as error alerts, 1 false error alert), tested on sentences of our own: 公共服务 is no 共 + verb
closing a list; 主要/重点 after a cue lists the main parts only, each within the whole; shares of causes ranked first (居首位) are the first few, not all; a net change broken down into what
came and what went (净增15家,其中新登记28家、注销13家) is a balance."""

from __future__ import annotations

import pytest
from factories import checked_with_confidence, printed

CASES = [
    pytest.param("援助资金2.36亿元,其中产业发展1.52亿元、劳务协作0.31亿元、公共服务0.53亿元。",
                 [(("sum", "2.36亿元", ["1.52亿元", "0.31亿元", "0.53亿元"], "其中", True), "high")], id="public-service-is-a-part"),
    pytest.param("全县居民死因构成中,心脑血管疾病居首位,占43.6%;恶性肿瘤占22.1%;呼吸系统疾病占11.4%。", [], id="ranked-first-few"),
    pytest.param("全县居民死因构成中,心脑血管疾病占43.6%,恶性肿瘤占22.1%,其他占34.6%。",
                 [(("share", None, ["43.6%", "22.1%", "34.6%"], "全县居民死因构成中", False), "high")], id="all-causes-planted"),
    pytest.param("年末全县登记社会组织312家,比年初的297家净增15家,其中新登记28家、注销12家。",
                 [(("balance", "15家", ["28家", "−12家"], "净增 = 增加 − 减少", False), "high"),
                  (("balance", "312家", ["297家", "15家"], "年初 + 增加 − 减少 = 年末", True), "high")], id="net-change-planted"),
    pytest.param("全县工业产值86亿元,其中主要行业食品加工32亿元、建材21亿元。",
                 [(("subset", "86亿元", ["32亿元"], "其中", True), "high"), (("subset", "86亿元", ["21亿元"], "其中", True), "high")],
                 id="main-ones-only"),
    pytest.param("全年市场主体净增1260户,其中企业320户、个体工商户940户。",
                 [(("sum", "1260户", ["320户", "940户"], "其中", True), "high")], id="net-change-by-kind"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe33_rules(text: str, expected: list[object]) -> None:
    assert checked_with_confidence(printed(text)) == expected
