"""How failed checks read in the flow's log, the artifact and the Slack text."""

from __future__ import annotations

from flows.alerts import alert_lines, alert_lines_by_file, markdown_report, slack_body


def alert(file: str, message: str, severity: str = "error", page: int = 1) -> dict[str, object]:
    return {"file": file, "document": f"某县工作汇报 ({file[:-4]})", "severity": severity, "message": message, "page": page}


ALERTS = [
    alert("a.pdf", "第1页 培训: 500 + 350 = 850 ≠ 860人 (差 10人)"),
    alert("b.pdf", "第2页 资金: 460.1 + 92.98 = 553.08 ≠ 553.18万元 (差 0.1万元)"),
    alert("a.pdf", "第3页 帮扶协议: 第1页印为 3份,第3页印为 2份 (差 1份)", severity="warning", page=3),
]


def test_one_log_record_per_document_in_the_order_their_first_failure_came() -> None:
    lines = alert_lines(ALERTS)
    assert alert_lines_by_file(ALERTS) == [[lines[0], lines[2]], [lines[1]]]
    assert lines[0] == "[error] 某县工作汇报 (a) (a.pdf): 第1页 培训: 500 + 350 = 850 ≠ 860人 (差 10人)"
    assert alert_lines_by_file([]) == []


def test_the_artifact_and_the_slack_text_name_every_failure_and_unreadable_file() -> None:
    report = markdown_report(ALERTS, [("scan.pdf", "no_text_layer", "scan.pdf: no text layer")], "/tmp/r/index.html")
    assert report.count("\n| 某县工作汇报") == 3 and "| scan.pdf | no_text_layer |" in report and "/tmp/r/index.html" in report
    text = slack_body(ALERTS, [], None)["text"]
    assert "850 ≠ 860人" in text and "553.08 ≠ 553.18万元" in text


def test_files_gone_from_the_inbox_are_in_the_artifact_and_in_alerts_sent_for_other_reasons() -> None:
    from flows.alerts import webhook_body

    gone = ["/data/inbox/s13.pdf"]
    report = markdown_report([], [], None, missing=gone)
    assert "## Files gone from the inbox (their rows are kept)" in report and "| /data/inbox/s13.pdf |" in report
    assert webhook_body("r1", ALERTS, [], None, missing=gone)["missing_files"] == gone
    assert "• gone from the inbox (rows kept): /data/inbox/s13.pdf" in slack_body(ALERTS, [], None, missing=gone)["text"]
    assert "gone from the inbox" not in markdown_report(ALERTS, [], None)


def test_a_file_gone_from_the_inbox_alone_sends_nothing(monkeypatch: object) -> None:
    # it is said in every run while its rows are kept: on its own it would page someone every night
    import flows.alerts
    from flows.alerts import notify

    sent: list[object] = []
    monkeypatch.setattr(flows.alerts, "post_json", lambda url, body: sent.append(body))  # type: ignore[attr-defined]
    assert notify("r1", [], [], "http://127.0.0.1:9/hook", None, None, missing=["/data/inbox/s13.pdf"]) == []
    assert sent == []
    notify("r1", ALERTS, [], "http://127.0.0.1:9/hook", None, None, missing=["/data/inbox/s13.pdf"])
    assert sent[0]["missing_files"] == ["/data/inbox/s13.pdf"]  # type: ignore[index]
