"""The window's icon: the desktop theme's (the .deb installs it), else the SVG CaseDesk ships."""

from __future__ import annotations

from casedesk.app import app_icon


def test_the_shipped_icon_is_found_and_draws(qtbot):
    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(48, 48).toImage()
    assert image.width() == 48 and image.pixelColor(24, 24).alpha() == 255
