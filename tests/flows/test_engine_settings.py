"""flows.ingest.engine_settings: the flow runs started inside send heartbeats as asked (or none), ask the
API for its version only when nobody has checked it yet, and nothing else about Prefect's settings changes,
inside or after."""

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

    from flows.ingest import engine_settings

    before, default = settings_but_heartbeat(), get_current_settings().flows.heartbeat_frequency
    with engine_settings(seconds):
        assert get_current_settings().flows.heartbeat_frequency == seconds
        assert settings_but_heartbeat() == before
    assert get_current_settings().flows.heartbeat_frequency == default
    assert settings_but_heartbeat() == before


def test_a_thread_started_with_the_context_sees_it_as_prefects_heartbeat_thread_does() -> None:
    from prefect.settings import get_current_settings

    from flows.ingest import engine_settings

    seen: list[int | None] = []
    with engine_settings(None):
        thread = threading.Thread(target=contextvars.copy_context().run,
                                  args=(lambda: seen.append(get_current_settings().flows.heartbeat_frequency),))
        thread.start()
        thread.join()
    assert seen == [None]


@pytest.mark.parametrize("seconds", [0, 29, -30])
def test_an_interval_prefect_would_refuse_is_refused(seconds: int) -> None:
    from flows.ingest import engine_settings

    with pytest.raises(ValueError, match="at least 30"), engine_settings(seconds):
        pass


@pytest.mark.slow
@pytest.mark.parametrize(("seconds", "beats"), [(None, False), (30, True)])
def test_a_flow_run_inside_sends_heartbeats_only_when_asked(prefect_harness: None, monkeypatch: pytest.MonkeyPatch,
                                                            seconds: int | None, beats: bool) -> None:
    from prefect import flow
    from prefect.flow_engine import FlowRunEngine

    from flows.ingest import engine_settings

    sent: list[object] = []
    monkeypatch.setattr(FlowRunEngine, "_emit_flow_run_heartbeat", lambda self, *a: sent.append(self.flow_run.id))

    @flow
    def beating() -> int:
        return 1

    with engine_settings(seconds):
        assert beating() == 1
    assert bool(sent) is beats


@pytest.mark.parametrize("checked", [False, True])
def test_a_server_checked_already_is_not_checked_again_and_nothing_else_changes(checked: bool) -> None:
    from prefect.settings import get_current_settings

    from flows.ingest import engine_settings

    def others() -> dict[str, Any]:
        dumped = get_current_settings().model_dump()
        dumped["client"].pop("server_version_check_enabled")
        return dumped

    before, default = others(), get_current_settings().client.server_version_check_enabled
    with engine_settings(None, server_checked=checked):
        assert get_current_settings().client.server_version_check_enabled is (default and not checked)
        assert get_current_settings().flows.heartbeat_frequency is None
        inside = others()
        inside["flows"]["heartbeat_frequency"] = before["flows"]["heartbeat_frequency"]
        assert inside == before
    assert get_current_settings().client.server_version_check_enabled is default
    assert others() == before


@pytest.mark.slow
@pytest.mark.parametrize(("checked", "asks"), [(False, True), (True, False)])
def test_a_flow_run_inside_asks_the_api_for_its_version_only_when_nobody_has(
        prefect_harness: None, monkeypatch: pytest.MonkeyPatch, checked: bool, asks: bool) -> None:
    import prefect.client.orchestration as orchestration
    from prefect import flow

    from flows.ingest import engine_settings

    asked: list[str] = []

    async def ask_async(self: Any) -> None:
        asked.append("async")

    monkeypatch.setattr(orchestration, "_is_api_version_check_cached", lambda key: False)  # as in a new process
    monkeypatch.setattr(orchestration.SyncPrefectClient, "raise_for_api_version_mismatch", lambda self: asked.append("sync"))
    monkeypatch.setattr(orchestration.PrefectClient, "raise_for_api_version_mismatch", ask_async)

    @flow
    def plain() -> int:
        return 1

    with engine_settings(None, server_checked=checked):
        assert plain() == 1
    assert bool(asked) is asks
