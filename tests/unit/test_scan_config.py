"""The optional [scanning] table of the site configuration."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from kiosk.config import DEFAULT_SCAN_FORMATS, ScanningConfig, load_config, parse_config
from kiosk.errors import ConfigError
from kiosk.paths import demo_config_file
from kiosk.scanning.wedge import WedgeConfig


def demo_data() -> dict[str, Any]:
    return tomllib.loads(demo_config_file().read_text(encoding="utf-8"))


def with_scanning(**values: Any) -> dict[str, Any]:
    data = demo_data()
    data["scanning"] = values
    return data


def test_the_demo_site_states_the_defaults() -> None:
    assert load_config(demo_config_file()).scanning == ScanningConfig()
    assert "[scanning]" in demo_config_file().read_text(encoding="utf-8")


def test_a_config_without_the_table_keeps_loading_with_defaults() -> None:
    data = demo_data()
    del data["scanning"]
    scanning = parse_config(data).scanning
    assert scanning.formats == DEFAULT_SCAN_FORMATS == ("QRCode", "PDF417", "Code128", "Code39", "DataMatrix")
    assert (scanning.camera, scanning.confirm_reads) == (0, 2)
    assert scanning.wedge_config() == WedgeConfig(max_gap_ms=35.0, min_length=6, idle_end_ms=80.0)


def test_values_are_read() -> None:
    scanning = parse_config(
        with_scanning(
            formats=["QRCode", "Code128"],
            camera="/var/lib/crc/lobby.mp4",
            wedge_max_gap_ms=20,
            wedge_min_length=8,
            wedge_idle_end_ms=120.5,
            confirm_reads=3,
        )
    ).scanning
    assert scanning.formats == ("QRCode", "Code128")
    assert scanning.camera == Path("/var/lib/crc/lobby.mp4")
    assert scanning.wedge_config() == WedgeConfig(max_gap_ms=20.0, min_length=8, idle_end_ms=120.5)
    assert scanning.confirm_reads == 3


@pytest.mark.parametrize(("camera", "expected"), [(1, 1), ("2", 2), ("none", None), ("NONE", None)])
def test_camera_forms(camera: Any, expected: Any) -> None:
    assert parse_config(with_scanning(camera=camera)).scanning.camera == expected


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"formats": ["QRCode", "Telepathy"]}, "scanning.formats[1]: expected one of QRCode"),
        ({"formats": []}, "scanning.formats: expected at least one"),
        ({"formats": ["QRCode", "QRCode"]}, "scanning.formats: expected each format once"),
        ({"formats": "QRCode"}, "scanning.formats: expected a list of strings"),
        ({"camera": -1}, "scanning.camera: expected a device index of 0 or more"),
        ({"camera": True}, "scanning.camera: expected a device index"),
        ({"camera": ""}, "scanning.camera: expected a device index"),
        ({"wedge_max_gap_ms": "fast"}, "scanning.wedge_max_gap_ms: expected a number"),
        ({"wedge_max_gap_ms": 0}, "scanning.wedge_max_gap_ms: expected at least 1"),
        ({"wedge_min_length": 0}, "scanning.wedge_min_length: expected at least 1"),
        ({"wedge_idle_end_ms": 10_000}, "scanning.wedge_idle_end_ms: expected at most 5000"),
        ({"confirm_reads": 0}, "scanning.confirm_reads: expected at least 1"),
        ({"confirm_reads": 1.5}, "scanning.confirm_reads: expected a whole number"),
    ],
)
def test_a_bad_key_is_named(values: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_config(with_scanning(**values))


def test_the_table_itself_must_be_a_table() -> None:
    data = demo_data()
    data["scanning"] = "QRCode"
    with pytest.raises(ConfigError, match="scanning: expected a table"):
        parse_config(data)
