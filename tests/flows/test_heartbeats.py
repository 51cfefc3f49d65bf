"""flows.ingest.flow_heartbeats: the flow runs started inside send heartbeats as asked (or none), and
nothing else about Prefect's settings changes, inside or after."""

from __future__ import annotations

import contextvars
import threading
from typing import Any

import pytest


def settings_but_heartbeat() -> dict[str, Any]:
    from prefect.settings import get_current_settings

    dumped = get_current_settings().model_dump()
    dumped["flows"].pop("heartbeat_frequency")
    return dumped


@pytest.mark.parametrize("seconds", [None, 30, 45, 600])
def test_inside_the_heartbeat_is_as_asked_and_every_other_setting_as_before(seconds: int | None) -> None:
    from prefect.settings import get_current_settings

    from flows.ingest import flow_heartbeats

    before, default = settings_but_heartbeat(), get_current_settings().flows.heartbeat_frequency
    with flow_heartbeats(seconds):
        assert get_current_settings().flows.heartbeat_frequency == seconds
        assert settings_but_heartbeat() == before
    assert get_current_settings().flows.heartbeat_frequency == default
    assert settings_but_heartbeat() == before


def test_a_thread_started_with_the_context_sees_it_as_prefects_heartbeat_thread_does() -> None:
    from prefect.settings import get_current_settings

    from flows.ingest import flow_heartbeats

    seen: list[int | None] = []
    with flow_heartbeats(None):
        thread = threading.Thread(target=contextvars.copy_context().run,
                                  args=(lambda: seen.append(get_current_settings().flows.heartbeat_frequency),))
        thread.start()
        thread.join()
    assert seen == [None]


@pytest.mark.parametrize("seconds", [0, 29, -30])
def test_an_interval_prefect_would_refuse_is_refused(seconds: int) -> None:
    from flows.ingest import flow_heartbeats

    with pytest.raises(ValueError, match="at least 30"), flow_heartbeats(seconds):
        pass


@pytest.mark.slow
@pytest.mark.parametrize(("seconds", "beats"), [(None, False), (30, True)])
def test_a_flow_run_inside_sends_heartbeats_only_when_asked(prefect_harness: None, monkeypatch: pytest.MonkeyPatch,
                                                            seconds: int | None, beats: bool) -> None:
    from prefect import flow
    from prefect.flow_engine import FlowRunEngine

    from flows.ingest import flow_heartbeats

    sent: list[object] = []
    monkeypatch.setattr(FlowRunEngine, "_emit_flow_run_heartbeat", lambda self, *a: sent.append(self.flow_run.id))

    @flow
    def beating() -> int:
        return 1

    with flow_heartbeats(seconds):
        assert beating() == 1
    assert bool(sent) is beats
