"""Collect the licence texts of everything the bundle ships into one folder (packaging/build runs it
with the build environment's Python): each run-time Python distribution's licence files from its
dist-info (psycopg's LGPL among them), Python's own licence, and the texts kept in packaging/licenses
(Qt's LGPL with the notice, SQLCipher, OpenSSL, libpq's PostgreSQL Licence and the other libraries
psycopg-binary carries), and the fonts and colour profile letters embed.
Usage: collect_licenses.py OUT_DIR"""

from __future__ import annotations

import re
import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Installed in the build environment only to build; nothing of them is in the bundle.
BUILD_ONLY = {"pip", "setuptools", "wheel", "pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "packaging",
              "casedesk"}
LICENSE_NAME = re.compile(r"(licen[cs]e|copying|notice|authors)", re.IGNORECASE)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def collect(out: Path) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    missing: list[str] = []
    for dist in sorted(metadata.distributions(), key=lambda d: _normal(d.metadata["Name"])):
        name = _normal(dist.metadata["Name"])
        if name in BUILD_ONLY:
            continue
        target = out / "python" / f"{name}-{dist.version}"
        found = [f for f in dist.files or () if ".dist-info" in str(f.parent) and LICENSE_NAME.search(f.name)]
        for file in found:
            target.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(file.locate(), target / file.name)
        summary = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        if summary:
            target.mkdir(parents=True, exist_ok=True)
            (target / "LICENSE-SUMMARY.txt").write_text(f"{dist.metadata['Name']} {dist.version}: {summary}\n",
                                                        encoding="utf-8")
        if not found:
            missing.append(name)
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.exists():
        shutil.copyfile(python_licence, out / "Python-LICENSE.txt")
    for text in sorted((HERE / "licenses").iterdir()):
        shutil.copyfile(text, out / text.name)
    resources = HERE.parent / "resources"
    shutil.copyfile(resources / "fonts" / "LICENSE-DejaVu.txt", out / "DejaVu-LICENSE.txt")
    shutil.copyfile(resources / "fonts" / "LICENSE-Noto.txt", out / "Noto-LICENSE.txt")
    shutil.copyfile(resources / "fonts" / "LICENSE-DroidSansFallback.txt", out / "DroidSansFallback-LICENSE.txt")
    shutil.copyfile(resources / "color" / "LICENSE-sRGB-icc.txt", out / "sRGB-icc-LICENSE.txt")
    return missing


if __name__ == "__main__":
    missing = collect(Path(sys.argv[1]))
    # PySide6 and shiboken6 wheels carry no licence file: packaging/licenses has the LGPL and GPL texts.
    unexpected = [name for name in missing if not name.startswith(("pyside6", "shiboken6"))]
    if unexpected:
        print(f"collect_licenses: no licence file in the dist-info of {', '.join(unexpected)}", file=sys.stderr)
        sys.exit(1)
