"""Render the SVG icon as the PNG sizes the hicolor theme and installers use (16 to 512 pixels),
with Qt's own SVG renderer (no extra tool). Usage: render_icons.py ICON.svg OUT_DIR"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: not a valid SVG: {svg}")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        if not image.save(str(out / f"{size}.png")):
            raise SystemExit(f"render_icons: could not write {out / f'{size}.png'}")
    # Windows installers want an .ico (several sizes in one file); Qt writes a single-size .ico.
    big = QImage(str(out / "256.png"))
    big.save(str(out / "casedesk.ico"))


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    render(Path(sys.argv[1]), Path(sys.argv[2]))
