"""The optional [site_link] table: where a site's stations reach its one child-care station."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from kiosk.config import SiteLinkConfig, combine_pulled, parse_config
from kiosk.errors import ConfigError
from kiosk.paths import demo_config_file


def demo_data() -> dict[str, Any]:
    return tomllib.loads(demo_config_file().read_text(encoding="utf-8"))


def with_link(**table: Any) -> dict[str, Any]:
    data = demo_data()
    data["site_link"] = {"room_station": "http://127.0.0.1:8470", **table}
    return data


def test_the_demo_site_keeps_child_care_on_its_own_machine() -> None:
    config = parse_config(demo_data())
    assert config.site_link is None
    assert config.child_care is not None


def test_a_site_link_is_parsed_with_its_defaults() -> None:
    config = parse_config(with_link())
    assert config.site_link == SiteLinkConfig(room_url="http://127.0.0.1:8470", port=8470, timeout_s=2.0,
                                              listen_host="")


def test_a_site_link_takes_a_host_name_a_timeout_and_a_listen_host() -> None:
    config = parse_config(with_link(room_station="http://localhost:9443/", timeout_s=5, listen_host="127.0.0.1"))
    assert config.site_link == SiteLinkConfig(room_url="http://localhost:9443", port=9443, timeout_s=5.0,
                                              listen_host="127.0.0.1")


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ({"room_station": "127.0.0.1:8470"}, "site_link.room_station: expected"),
        ({"room_station": "ftp://127.0.0.1:8470"}, "site_link.room_station: expected"),
        ({"room_station": "https://127.0.0.1:8470"}, "the child-care station serves plain http"),
        ({"room_station": "http://127.0.0.1"}, "site_link.room_station: expected the child-care station's address"),
        ({"room_station": "http://127.0.0.1:0"}, "the port must be given"),
        ({"room_station": "http://127.0.0.1:70000"}, "the port must be 1 to 65535"),
        ({"room_station": "http://127.0.0.1:port"}, "the port must be 1 to 65535"),
        ({"room_station": "http://127.0.0.1:8470/v1"}, "got a path, query or fragment"),
        ({"room_station": "http://127.0.0.1:8470?x=1"}, "got a path, query or fragment"),
        ({"room_station": "http://user@127.0.0.1:8470"}, "site_link.room_station: expected"),
        ({"room_station": "http://bad host:8470"}, "site_link.room_station: expected"),
        ({"room_station": 8470}, "site_link.room_station: expected a string"),
        ({"timeout_s": 0}, "site_link.timeout_s: expected at least 0.2"),
        ({"timeout_s": "2s"}, "site_link.timeout_s: expected a number"),
        ({"listen_host": "not a host"}, "site_link.listen_host"),
        ({"room_url": "http://127.0.0.1:8470"}, "site_link.room_url: unknown key"),
    ],
)
def test_a_bad_site_link_names_the_key(table: dict[str, Any], expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(with_link(**table))
    assert expected in str(info.value)


def test_a_site_link_needs_its_room_station() -> None:
    data = demo_data()
    data["site_link"] = {"timeout_s": 2.0}
    with pytest.raises(ConfigError, match=r"site_link\.room_station: missing"):
        parse_config(data)


def test_a_site_link_without_child_care_rooms_is_refused() -> None:
    data = with_link()
    del data["child_care"]
    with pytest.raises(ConfigError, match=r"site_link: needs the \[child_care\] table"):
        parse_config(data)


def test_a_site_link_that_is_not_a_table_is_refused() -> None:
    data = demo_data()
    data["site_link"] = "http://127.0.0.1:8470"
    with pytest.raises(ConfigError, match=r"site_link: expected a table"):
        parse_config(data)


PULLED_HEAD = """
[site]
code = "DEMO-CRC"
name = "Demo CRC (pulled)"
[[services]]
code = "visiting"
name = "Just visiting"
[child_care]
[[child_care.rooms]]
code = "KIDS"
name = "Children's room"
capacity = 12
bands = [{ code = "all", from_months = 6, to_months = 156, ratio = 10 }]
"""


def test_a_pulled_configuration_never_moves_the_site_link() -> None:
    # The plan side must not point the lobby at another "child-care station", nor drop the link.
    provisioned = with_link()
    moved = combine_pulled(PULLED_HEAD + '[site_link]\nroom_station = "http://127.0.0.2:9000"\n', provisioned)
    assert moved.site_link is not None and moved.site_link.room_url == "http://127.0.0.1:8470"
    dropped = combine_pulled(PULLED_HEAD, provisioned)
    assert dropped.site_link is not None and dropped.site_link.port == 8470
    none_here = combine_pulled(PULLED_HEAD + '[site_link]\nroom_station = "http://127.0.0.1:9000"\n', demo_data())
    assert none_here.site_link is None
