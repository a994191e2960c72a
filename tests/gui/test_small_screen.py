"""Every window fits a 1024×640 screen: its frame inside the available area, every button visible.

The windows are opened by ``small_screen_probe.py`` in a process of its own, on an offscreen screen
of 1024×640 (a Qt process cannot change its screen once started), which reports where each
window's frame and each visible button lie.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("small_screen_probe.py")


def _inside(rect: list[int], area: list[int]) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return x >= ax and y >= ay and x + w <= ax + aw and y + h <= ay + ah


@pytest.fixture(scope="module")
def small_screen(tmp_path_factory) -> list[dict]:
    folder = tmp_path_factory.mktemp("small-screen")
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1024, "height": 640,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env.pop("CASEDESK_HOME", None)
    done = subprocess.run([sys.executable, str(PROBE), str(folder / "home")], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_the_probe_saw_every_window_on_the_small_screen(small_screen):
    names = {w["name"] for w in small_screen}
    for expected in ("main window: caseload", "main window: upcoming", "routes", "letter", "history",
                     "policy data", "settings", "settings: Reminders", "settings: Security", "unlock",
                     "morning summary", "crash", "help: User guide", "help: What the marks mean", "about",
                     "caseworker name", "main window: upcoming done and snoozed"):
        assert expected in names
    assert any(n.startswith("editor: ") for n in names) and any(n.startswith("interview: ") for n in names)
    assert all(w["screen"] == [0, 0, 1024, 640] for w in small_screen)


def test_every_window_frame_fits_the_available_screen(small_screen):
    outside = [(w["name"], w["frame"]) for w in small_screen if not _inside(w["frame"], w["screen"])]
    assert outside == []


def test_every_visible_button_is_on_screen_and_inside_its_window(small_screen):
    hidden = [(w["name"], b["text"], b["global"]) for w in small_screen for b in w["buttons"]
              if not b["in_window"] or not _inside(b["global"], w["screen"])]
    assert hidden == []
    upcoming = next(w for w in small_screen if w["name"] == "main window: upcoming")
    texts = {b["text"].replace("&", "") for b in upcoming["buttons"]}
    assert {"Calendar", "Mark done", "Snooze…"} <= texts  # what was off-screen at 1100×700
    letter = next(w for w in small_screen if w["name"] == "letter")
    assert {"Save…", "Close"} <= {b["text"].replace("&", "") for b in letter["buttons"]}


def test_routes_keep_room_for_the_pathways(small_screen):
    routes = next(w for w in small_screen if w["name"] == "routes")
    assert routes["extra"]["pathways_height"] >= routes["geometry"][3] * 0.45  # was 226 px of 512


def test_upcoming_columns_fit_without_scrolling_sideways(small_screen):
    upcoming = next(w for w in small_screen if w["name"] == "main window: upcoming")["extra"]
    assert 0 < upcoming["upcoming_columns"] <= upcoming["upcoming_viewport"] + 1
