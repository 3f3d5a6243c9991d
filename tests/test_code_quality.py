"""The architecture and style contracts, run by the test command itself."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; install the test extra: pip install -e '.[test]'")
    return found


def test_import_contracts_hold() -> None:
    """kiosk and sync never import Qt; kiosk imports neither sync nor ui (but the CLI, lazily)."""
    result = subprocess.run(
        [tool("lint-imports"), "--no-logo", "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [tool("ruff"), "check", "--no-cache", "."], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = subprocess.run([tool("mypy")], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_machine_paths_or_outside_addresses_in_the_repo() -> None:
    """Loopback only; no home directories or registry hosts in what we ship."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    ip = re.compile(r"\b(?!127\.)(\d{1,3}\.){3}\d{1,3}\b")
    home = re.compile(r"/(home|Users|root)/[A-Za-z]")
    offenders = []
    for name in listed:
        path = REPO / name
        if path.suffix in {".png", ".sqlite", ".db", ".qm", ".ico", ".ttf", ".otf"} or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        for pattern in (ip, home):
            for match in pattern.finditer(text):
                if pattern is ip and match.group(0).startswith(("0.", "1.", "2.")):
                    continue  # version numbers such as 2.0.0.1
                offenders.append(f"{name}: {match.group(0)}")
    assert offenders == []
