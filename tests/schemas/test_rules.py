"""Analyst rules from a TOML file: expected totals, minimums and maximums, parts of a total."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import extraction, figure

from schemas.rules import RulesFileError, load_rules, rule_checks


@pytest.fixture
def doc() -> object:
    return extraction(
        [
            figure("1710万元", 1, label="协作支持资金"),
            figure("98.5%", 2, label="资金到位率"),
            figure("300人次", 3, label="线上培训"),
            figure("200人次", 4, label="线下培训"),
            figure("500人次", 5, label="培训总人次"),
        ],
        [],
    )


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_expected_total_passes_when_printed(tmp_path: Path, doc: object) -> None:
    rules = load_rules(_write(tmp_path, '[[rule]]\nname="协议资金"\nlabel="协作支持资金"\nexpect="1710万元"\n'))
    [row] = rule_checks(rules, doc, "rules.toml")  # type: ignore[arg-type]
    assert (row["status"], row["rule"], row["source"]) == ("pass", "rule:协议资金", "rules.toml")


def test_expected_total_in_another_unit_still_matches(tmp_path: Path, doc: object) -> None:
    rules = load_rules(_write(tmp_path, '[[rule]]\nname="协议资金"\nlabel="协作支持资金"\nexpect="0.171亿元"\n'))
    assert rule_checks(rules, doc, "r")[0]["status"] == "pass"  # type: ignore[arg-type]


def test_minimum_fails_with_the_figure_and_page(tmp_path: Path, doc: object) -> None:
    rules = load_rules(_write(tmp_path, '[[rule]]\nname="到位率"\nlabel="到位率"\nmin="100%"\n'))
    [row] = rule_checks(rules, doc, "r")  # type: ignore[arg-type]
    assert (row["status"], row["severity"]) == ("fail", "error")
    assert "98.5%" in row["message"] and "第2页" in row["message"] and "不低于100%" in row["message"]


def test_parts_of_a_total_across_the_report(tmp_path: Path, doc: object) -> None:
    rules = load_rules(_write(tmp_path, '[[rule]]\nname="培训"\ntotal="培训总人次"\nparts=["线上培训","线下培训"]\n'))
    [row] = rule_checks(rules, doc, "r")  # type: ignore[arg-type]
    assert row["status"] == "pass" and "300 + 200 = 500 = 500人次" in row["message"]


def test_a_rule_whose_label_is_absent_fails_and_says_so(tmp_path: Path, doc: object) -> None:
    rules = load_rules(_write(tmp_path, '[[rule]]\nname="x"\nlabel="不存在的指标"\nmax="5个"\n'))
    [row] = rule_checks(rules, doc, "r")  # type: ignore[arg-type]
    assert row["status"] == "fail" and "没有「不存在的指标」" in row["message"]


@pytest.mark.parametrize(
    "text",
    ['[[rule]]\nname="x"\n', '[[rule]]\nname="x"\nexpect="1710万元"\n', '[[rule]]\nname="x"\nlabel="a"\nexpect="很多"\n', "not toml ["],
)
def test_a_bad_rules_file_is_a_clear_error(tmp_path: Path, text: str) -> None:
    with pytest.raises(RulesFileError):
        load_rules(_write(tmp_path, text))
