from __future__ import annotations

import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.config import Adapter, AuthKind, ServiceConfig, ServiceKind, StationMode, load_config, parse_config
from kiosk.errors import ConfigError
from kiosk.paths import demo_config_file


def demo_data() -> dict[str, Any]:
    return tomllib.loads(demo_config_file().read_text(encoding="utf-8"))


def test_demo_config_loads_with_its_plans_services_and_schedule() -> None:
    config = load_config(demo_config_file())
    assert config.site.code == "DEMO-CRC"
    assert str(config.site.time_zone) == "America/Los_Angeles"
    assert config.station.mode is StationMode.KIOSK
    assert [p.code for p in config.plans] == ["lacare", "bscpromise"]
    assert config.plan("lacare").api.adapter is Adapter.FHIR
    assert config.plan("lacare").matches("LC10000001")
    assert not config.plan("lacare").matches("LC1000000")
    assert config.rules.duplicate_visit_window == timedelta(hours=3)
    assert config.service("screening") is not None
    assert config.service("screening").name("es") == "Examen de salud"  # type: ignore[union-attr]
    assert config.service("screening").name("ko") == "건강 검진"  # type: ignore[union-attr]
    # A name missing in a language falls back to English.
    assert ServiceConfig("x", ServiceKind.SERVICE, {"en": "Just visiting"}).name("ko") == "Just visiting"
    assert len(config.schedule) == 4


def test_defaults_apply_when_rules_are_absent() -> None:
    data = demo_data()
    del data["rules"]
    config = parse_config(data)
    assert config.rules.duplicate_visit_window == timedelta(hours=3)
    assert config.rules.idle_timeout == timedelta(seconds=45)


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["station"].pop("mode"), "station.mode: missing"),
        (lambda d: d["station"].update(mode="lobby"), "station.mode: expected one of kiosk, front_desk, child_care"),
        (lambda d: d["site"].update(time_zone="Mars/Olympus"), "site.time_zone: expected an IANA time zone"),
        (lambda d: d["plans"][1]["api"].update(adapter="soap"), "plans[1].api.adapter: expected one of fhir, json"),
        (lambda d: d["plans"][0].update(member_id_patterns=["(("]), "plans[0].member_id_patterns[0]"),
        (lambda d: d["plans"][0]["api"].update(base_url="ftp://x"), "plans[0].api.base_url"),
        (lambda d: d["plans"][1].update(code="lacare"), "plans[1].code: expected a unique code"),
        (lambda d: d["rules"].update(duplicate_visit_window_minutes="3h"), "rules.duplicate_visit_window_minutes"),
        (lambda d: d["services"][0].update(name={"es": "Clase"}), "services[0].name.en: missing"),
        (lambda d: d["schedule"][0].update(end="08:00"), "schedule[0].end: expected a time after start"),
        (lambda d: d["site"].update(default_locale="de"), "site.default_locale"),
        (lambda d: d.update(services=[]), "services: expected at least one service"),
    ],
)
def test_a_bad_key_is_named_with_what_was_expected(mutate: Any, expected: str) -> None:
    data = demo_data()
    mutate(data)
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    assert expected in str(info.value)


def test_unreadable_files_give_one_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[site\ncode = 1", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(binary)


def oauth_plan(data: dict[str, Any], **api: Any) -> dict[str, Any]:
    """The demo's first plan switched to OAuth 2.0 client credentials."""
    data["plans"][0]["api"].update(auth="oauth2_client_credentials", credential="lacare-oauth", **api)
    return data


def test_oauth_plans_carry_their_token_url_and_scope() -> None:
    config = parse_config(
        oauth_plan(demo_data(), token_url="https://127.0.0.1:9/oauth/token", scope=" system/*.write ")
    )
    api = config.plan("lacare").api
    assert api.auth is AuthKind.OAUTH2 and api.credential == "lacare-oauth"
    assert (api.token_url, api.scope) == ("https://127.0.0.1:9/oauth/token", "system/*.write")
    assert config.plan("bscpromise").api.token_url is None and config.plan("bscpromise").api.scope is None


@pytest.mark.parametrize(
    ("api", "expected"),
    [
        ({}, "plans[0].api.token_url: expected the OAuth 2.0 token endpoint URL"),
        ({"token_url": ""}, "plans[0].api.token_url: expected the OAuth 2.0 token endpoint URL"),
        ({"token_url": "ftp://127.0.0.1/token"}, "plans[0].api.token_url: expected an http:// or https:// URL"),
        ({"token_url": 7}, "plans[0].api.token_url: expected a string"),
        ({"token_url": "http://127.0.0.1/t", "scope": ["a"]}, "plans[0].api.scope: expected a string"),
    ],
)
def test_oauth_settings_are_checked_by_key(api: dict[str, Any], expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(oauth_plan(demo_data(), **api))
    assert expected in str(info.value)


def test_api_key_plans_need_a_credential_name() -> None:
    data = demo_data()
    data["plans"][1]["api"].update(auth="api_key")
    with pytest.raises(ConfigError, match=r"plans\[1\]\.api\.credential"):
        parse_config(data)
    data["plans"][1]["api"].update(credential="bsc-api-key")
    assert parse_config(data).plan("bscpromise").api.credential == "bsc-api-key"


@pytest.mark.parametrize(
    ("url", "accepted"),
    [
        ("https://plan.invalid/fhir", True),
        ("http://127.0.0.1:8080/fhir", True),
        ("http://localhost/fhir", True),
        ("http://[::1]:9/json", True),
        ("http://plan.invalid/fhir", False),  # records and secrets would cross a network in clear
        ("http://localhost.plan.invalid/fhir", False),
    ],
)
def test_plain_http_is_only_for_a_stand_in_on_this_machine(url: str, accepted: bool) -> None:
    data = demo_data()
    data["plans"][0]["api"]["base_url"] = url
    oauth = oauth_plan(demo_data(), token_url=url)
    if accepted:
        assert parse_config(data).plan("lacare").api.base_url == url.rstrip("/")
        assert parse_config(oauth).plan("lacare").api.token_url == url
        return
    with pytest.raises(ConfigError, match=r"plans\[0\]\.api\.base_url: expected https://"):
        parse_config(data)
    with pytest.raises(ConfigError, match=r"plans\[0\]\.api\.token_url: expected https://"):
        parse_config(oauth)
