"""The packaging's own files, checked without a build (packaging/smoke-test checks the built ones):
the desktop entry and the AppStream metainfo pass their validators, and the icon renders at every
size the hicolor theme gets."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.casedesk.CaseDesk"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CASEDESK_CI"):
            pytest.fail(f"{name} is not installed (CI installs it with packaging/build)")
        pytest.skip(f"{name} is not installed")
    return path


def test_the_desktop_entry_is_valid():
    result = subprocess.run([_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_the_metainfo_is_valid(tmp_path):
    text = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    filled = tmp_path / f"{APP_ID}.metainfo.xml"
    filled.write_text(text.replace("@VERSION@", "1.2.3").replace("@DATE@", "2026-12-02"), encoding="utf-8")
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(filled)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    for shot in ("main-window.png", "routes.png", "upcoming.png"):  # the screenshots are the docs' own
        assert shot in text and (ROOT / "docs" / shot).is_file()


def test_the_icon_renders_at_every_hicolor_size(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "render_icons.py"),
                             str(ROOT / "resources" / "icons" / "casedesk.svg"), str(tmp_path)],
                            capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(tmp_path / f"{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not blank
    assert (tmp_path / "casedesk.ico").is_file()
