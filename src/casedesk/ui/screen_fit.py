"""Windows sized from the screen they open on, never larger than it.

A caseworker's laptop may offer 1024×640 after the panels; a window wider or taller than that
hides its buttons off-screen. Every window asks for the size it would like and gets at most the
screen's available area (less room for the frame the window manager adds), and its frame is kept
on that screen. Window sizes are remembered per screen size: a window sized on a large monitor
does not open too big on the laptop.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 48)  # the frame and title bar a window manager adds, before the window is shown


def available(widget: QWidget) -> QRect:
    """The area of the screen ``widget`` (else its parent, else the primary screen) opens on."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _frame_room(widget: QWidget) -> QSize:
    if widget.isVisible():
        frame, inner = widget.frameGeometry(), widget.geometry()
        if frame.size() != inner.size():
            return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return FRAME


def largest(widget: QWidget) -> QSize:
    """The largest size whose frame still fits the available area."""
    area = available(widget).size()
    return area - _frame_room(widget)


def fit(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width``×``height``, or as much of it as the screen has room for, and keep
    it on the screen."""
    most = largest(widget)
    widget.resize(max(min(width, most.width()), 1), max(min(height, most.height()), 1))
    keep_on_screen(widget)


def fit_share(widget: QWidget, width: float, height: float, *, at_most: QSize | None = None) -> None:
    """Resize ``widget`` to a share of the available area (``0.6``, ``0.8``), at most ``at_most``."""
    area = available(widget)
    w, h = int(area.width() * width), int(area.height() * height)
    if at_most is not None:
        w, h = min(w, at_most.width()), min(h, at_most.height())
    fit(widget, w, h)


def keep_on_screen(widget: QWidget) -> None:
    """Shrink and move ``widget`` so that its frame lies inside the available area."""
    area = available(widget)
    most = largest(widget)
    if widget.width() > most.width() or widget.height() > most.height():
        widget.resize(min(widget.width(), most.width()), min(widget.height(), most.height()))
    room = _frame_room(widget)
    frame = QRect(widget.pos(), widget.size() + room)
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        widget.move(max(x, area.left()), max(y, area.top()))


def screen_key(widget: QWidget, name: str) -> str:
    """A settings key for ``name`` on this screen size: ``main/geometry@1024x640``."""
    size = available(widget).size()
    return f"{name}@{size.width()}x{size.height()}"


def restore_geometry(widget: QWidget, settings: QSettings, name: str) -> bool:
    """The geometry this window had on a screen of this size; False when there is none (or it no longer fits)."""
    value = settings.value(screen_key(widget, name))
    if not isinstance(value, (QByteArray, bytes)) or not widget.restoreGeometry(value):
        return False
    keep_on_screen(widget)
    return True


def save_geometry(widget: QWidget, settings: QSettings, name: str) -> None:
    settings.setValue(screen_key(widget, name), widget.saveGeometry())
