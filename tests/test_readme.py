"""The README's two commands are the contract with a fresh machine; CI must run the same one."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def fenced_commands(text: str) -> list[str]:
    return [line.strip() for block in re.findall(r"```sh\n(.*?)```", text, re.S) for line in block.splitlines()]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    readme = fenced_commands((REPO / "README.md").read_text(encoding="utf-8"))
    test_cmds = [c for c in readme if "pytest" in c]
    assert len(test_cmds) == 1
    ci_lines = [line.strip() for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert test_cmds[0] in ci_lines


def test_readme_has_a_one_line_demo_command() -> None:
    readme = fenced_commands((REPO / "README.md").read_text(encoding="utf-8"))
    demo = [c for c in readme if c.endswith("crc-kiosk demo")]
    assert len(demo) == 1 and "pip install" in demo[0]
