"""The packaging scripts and files, checked fast: no PyInstaller run; a fake bundle stands in for dist/."""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
DEBIAN = PACKAGING / "debian"
UNITS = ["crc-kiosk-sync.service", "crc-kiosk-kiosk.service"]
# Binaries that exist only on an installed station: verify may not find them here.
STATION_ONLY = re.compile(r"Command (/opt/crc-kiosk/crc-kiosk|/usr/bin/cage) is not executable")


def load(name: str) -> ModuleType:
    """packaging/*.py by path: the folder is not a package (and "packaging" is also a PyPI library)."""
    spec = importlib.util.spec_from_file_location(f"crc_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "assets").mkdir(parents=True)
    (bundle / "crc-kiosk").write_text("#!/bin/sh\necho crc-kiosk 0.0.0\n", encoding="utf-8")
    (bundle / "crc-kiosk").chmod(0o755)
    (bundle / "_internal" / "assets" / "placeholder.txt").write_text("synthetic\n", encoding="utf-8")
    return bundle


def test_spec_is_python_and_keeps_only_the_qt_modules_the_ui_uses() -> None:
    text = (PACKAGING / "crc-kiosk.spec").read_text(encoding="utf-8")
    compile(text, "crc-kiosk.spec", "exec")
    declared = re.search(r"QT_KEEP = \{([^}]*)\}", text)
    assert declared is not None, "the spec names the Qt modules it keeps in QT_KEEP"
    keep = set(re.findall(r'"(Qt\w+)"', declared.group(1)))
    used = set()
    for path in (REPO / "ui").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used <= keep, f"ui/ imports Qt modules the bundle excludes: {sorted(used - keep)}"
    assert "console=False" in text  # no console window for the GUI exe on Windows


def imported_modules(source: str) -> set[str]:
    """Every module a Python source imports, at any depth (``from a import b`` counts as ``a`` and ``a.b``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def test_the_bundle_leaves_out_no_module_the_app_imports() -> None:
    text = (PACKAGING / "crc-kiosk.spec").read_text(encoding="utf-8")
    block = re.search(r"^NEVER_IMPORTED = \[(.*?)^\]", text, flags=re.MULTILINE | re.DOTALL)
    assert block is not None, "the spec lists the modules it leaves out in NEVER_IMPORTED"
    left_out = set(re.findall(r'"([\w.]+)"', block.group(1)))
    assert {"PIL", "numpy.random", "tzdata"} <= left_out
    offenders = []
    for path in sorted(p for folder in ("kiosk", "sync", "ui") for p in (REPO / folder).rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for module in imported_modules(source):
            if any(module == name or module.startswith(f"{name}.") for name in left_out):
                offenders.append(f"{path.relative_to(REPO)} imports {module}")
        # numpy loads these on first attribute access (np.random...), with no import statement.
        for name in sorted(n for n in left_out if n.startswith("numpy.")):
            if re.search(rf"\b(?:np|numpy)\.{name.split('.')[1]}\b", source):
                offenders.append(f"{path.relative_to(REPO)} uses {name}")
    assert not offenders, offenders


def test_the_import_scan_sees_lazy_and_from_imports() -> None:
    found = imported_modules("def f():\n    from PIL import ImageFont\n    import numpy.fft as fft\n")
    assert {"PIL", "PIL.ImageFont", "numpy.fft"} <= found


def test_translations_are_compiled_into_the_staged_assets(tmp_path: Path) -> None:
    build = load("build")
    target = tmp_path / "assets"
    compiled = build.stage_assets(REPO / "assets", target)
    sources = sorted((REPO / "assets" / "translations").glob("*.ts"))
    assert {qm.stem for qm in compiled} == {ts.stem for ts in sources}
    for qm in compiled:
        assert qm.read_bytes()[:4] == b"\x3c\xb8\x64\x18"  # Qt's .qm magic number
        assert qm.stat().st_mtime > qm.with_suffix(".ts").stat().st_mtime
    assert (target / "branding").is_dir()


def test_the_deb_tree_has_a_complete_control_file_and_scripts(tmp_path: Path, fake_bundle: Path) -> None:
    build_deb = load("build_deb")
    root = build_deb.stage(fake_bundle, "1.2.3", "amd64", ["libc6", "tzdata"], stage_dir=tmp_path / "deb")
    control = (root / "DEBIAN" / "control").read_text(encoding="utf-8")
    fields = dict(re.findall(r"^([A-Za-z-]+): (.*)$", control, flags=re.MULTILINE))
    for field in ("Package", "Version", "Architecture", "Maintainer", "Installed-Size", "Depends", "Description"):
        assert fields.get(field), f"control lacks {field}"
    assert fields["Version"] == "1.2.3" and fields["Depends"] == "libc6, tzdata, fonts-noto-core, fonts-noto-cjk"
    assert "@" not in control.replace("dev@crc-kiosk.invalid", "")
    for script in ("postinst", "prerm", "postrm"):
        path = root / "DEBIAN" / script
        assert os.access(path, os.X_OK)
        assert subprocess.run(["sh", "-n", str(path)], check=False).returncode == 0
    assert (root / "opt" / "crc-kiosk" / "crc-kiosk").is_file()
    assert os.access(root / "usr" / "bin" / "crc-kiosk", os.X_OK)
    md5sums = (root / "DEBIAN" / "md5sums").read_text(encoding="utf-8")
    assert "opt/crc-kiosk/crc-kiosk\n" in md5sums and "DEBIAN/" not in md5sums


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed (Debian tools)")
def test_dpkg_deb_builds_and_reads_the_package(tmp_path: Path, fake_bundle: Path) -> None:
    build_deb = load("build_deb")
    root = build_deb.stage(fake_bundle, "1.2.3", "amd64", ["libc6"], stage_dir=tmp_path / "deb")
    deb = build_deb.build_package(root, tmp_path / "crc-kiosk.deb", xz_level=0)
    info = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version"], capture_output=True, text=True)
    assert info.returncode == 0, info.stderr
    assert info.stdout.split() == ["Package:", "crc-kiosk", "Version:", "1.2.3"]
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "./lib/systemd/system/crc-kiosk-sync.service" in listing
    assert "./var/lib" not in listing  # station data is made by postinst, never shipped (removal would delete it)
    # The trusted provisioning keys' folder, root-owned and not writable by others.
    assert re.search(r"^drwxr-xr-x root/root .* \./etc/xdg/crc-kiosk/provisioning-keys/$", listing, re.MULTILINE)
    assert re.search(r"root/root .* \./usr/bin/crc-kiosk$", listing, flags=re.MULTILINE)


def test_wrapper_defaults_the_data_dir_to_var_lib_but_keeps_a_chosen_one(tmp_path: Path) -> None:
    probe = tmp_path / "app"
    probe.write_text('#!/bin/sh\necho "$CRC_KIOSK_DATA_DIR $*"\n', encoding="utf-8")
    probe.chmod(0o755)
    wrapper = tmp_path / "crc-kiosk"
    wrapper.write_text((DEBIAN / "crc-kiosk.wrapper").read_text(encoding="utf-8").replace(
        "/opt/crc-kiosk/crc-kiosk", str(probe)), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CRC_KIOSK_DATA_DIR"}
    default = subprocess.run(["sh", str(wrapper), "doctor"], capture_output=True, text=True, env=env, check=True)
    assert default.stdout.strip() == "/var/lib/crc-kiosk doctor"
    # The station's database key is kept outside the data dir.
    key_probe = tmp_path / "key-probe"
    key_probe.write_text('#!/bin/sh\necho "$CRC_KIOSK_KEY_DIR"\n', encoding="utf-8")
    key_probe.chmod(0o755)
    key_wrapper = tmp_path / "crc-kiosk-keys"
    key_wrapper.write_text(wrapper.read_text(encoding="utf-8").replace(str(probe), str(key_probe)), encoding="utf-8")
    env = {k: v for k, v in env.items() if k != "CRC_KIOSK_KEY_DIR"}
    keys = subprocess.run(["sh", str(key_wrapper)], capture_output=True, text=True, env=env, check=True)
    assert keys.stdout.strip() == "/etc/crc-kiosk/keys"
    chosen = subprocess.run(["sh", str(wrapper), "run"], capture_output=True, text=True, check=True,
                            env={**env, "CRC_KIOSK_DATA_DIR": str(tmp_path / "elsewhere")})
    assert chosen.stdout.strip() == f"{tmp_path / 'elsewhere'} run"


def test_postrm_keeps_data_on_remove_and_deletes_it_only_on_purge(tmp_path: Path) -> None:
    data = tmp_path / "var-lib-crc-kiosk"
    (data / "station.db").parent.mkdir(parents=True)
    (data / "station.db").write_bytes(b"synthetic")
    stubs = tmp_path / "bin"
    stubs.mkdir()
    for tool in ("getent", "systemctl", "deluser", "delgroup"):  # no account to delete, no systemd here
        (stubs / tool).write_text("#!/bin/sh\nexit 2\n", encoding="utf-8")
        (stubs / tool).chmod(0o755)
    keys = tmp_path / "etc-crc-kiosk" / "keys"
    keys.mkdir(parents=True)
    (keys / "station-db-key.key").write_text("00" * 32, encoding="utf-8")
    script = tmp_path / "postrm"
    script.write_text((DEBIAN / "postrm").read_text(encoding="utf-8").replace(
        "DATA=/var/lib/crc-kiosk", f"DATA={data}").replace("KEYS=/etc/crc-kiosk/keys", f"KEYS={keys}"),
        encoding="utf-8")
    env = {**os.environ, "PATH": f"{stubs}:{os.environ['PATH']}"}
    for action in ("remove", "upgrade"):
        subprocess.run(["sh", str(script), action], env=env, check=True, capture_output=True)
        assert (data / "station.db").read_bytes() == b"synthetic", action
        assert (keys / "station-db-key.key").is_file(), action  # kept data stays readable
    purge = subprocess.run(["sh", str(script), "purge"], env=env, check=True, capture_output=True, text=True)
    assert not data.exists() and not keys.parent.exists()
    assert "deletes the station data" in purge.stderr


@pytest.mark.parametrize("unit", UNITS)
def test_systemd_units_verify(unit: str) -> None:
    path = DEBIAN / unit
    text = path.read_text(encoding="utf-8")
    for section in ("[Unit]", "[Service]", "[Install]"):
        assert section in text
    assert "Environment=CRC_KIOSK_DATA_DIR=/var/lib/crc-kiosk" in text and "User=crc-kiosk" in text
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed; the section checks above ran")
    result = subprocess.run([analyze, "verify", str(path)], capture_output=True, text=True, timeout=60, check=False)
    problems = [line for line in (result.stdout + result.stderr).splitlines() if line and not STATION_ONLY.search(line)]
    assert problems == []


def test_the_windows_icon_is_rendered_from_svg_at_every_size(tmp_path: Path) -> None:
    from PIL import Image

    make_icon = load_windows("make_icon")
    ico = render_icon(tmp_path / "crc-kiosk.ico")
    with Image.open(ico) as image:
        assert image.format == "ICO"
        assert set(image.info["sizes"]) == {(s, s) for s in make_icon.SIZES}
        image.size = (256, 256)
        rgba = image.convert("RGBA")
        assert rgba.getpixel((128, 20))[3] == 255 and rgba.getpixel((1, 1))[3] == 0  # drawn, rounded corners
    assert ico.stat().st_size < 64_000


def render_icon(out: Path) -> Path:
    """make_icon.py's command line, in a process of its own: in this one, its QGuiApplication would be the
    application the widget tests after it get, and they would abort."""
    subprocess.run([sys.executable, str(PACKAGING / "windows" / "make_icon.py"), str(out)], check=True,
                   capture_output=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return out


def load_windows(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"crc_packaging_win_{name}", PACKAGING / "windows" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis is not installed (apt-get install nsis)")
def test_nsis_installer_script_compiles(tmp_path: Path, fake_bundle: Path) -> None:
    out = tmp_path / "crc-kiosk-setup-1.2.3.exe"  # the name the workflow gives it
    icon = render_icon(tmp_path / "crc-kiosk.ico")
    result = subprocess.run(
        ["makensis", "-V2", f"-DBUNDLE_DIR={fake_bundle}", "-DVERSION=1.2.3", f"-DOUTFILE={out}", f"-DICON={icon}",
         str(PACKAGING / "windows" / "crc-kiosk.nsi")],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in result.stdout.lower(), result.stdout
    assert out.read_bytes()[:2] == b"MZ"  # a Windows executable
