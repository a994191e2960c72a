"""The Debian packages providing the system libraries a bundle links to (the .deb's Depends), found
with ldd and dpkg -S on the build system. Fails if a library is missing here: the bundle would not
start on a system like this one either. Usage: deb_depends.py BUNDLE_DIR"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Named whatever ldd finds: what Qt's xcb platform plugin and its EGL/GLX integrations need, and
# the fonts Qt draws with. PyInstaller copies several of these into the bundle; the package declares
# them all the same, as the system libraries Qt is built against.
ALWAYS = ["libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0",
          "libxcb-render-util0", "libxcb-shape0", "libxcb-xfixes0", "libxcb-xkb1", "libxcb-sync1",
          "libxkbcommon-x11-0", "libx11-xcb1", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3",
          "fonts-dejavu-core"]


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def system_libraries(bundle: Path) -> tuple[set[str], set[str]]:
    bundle = bundle.resolve()
    found: set[str] = set()
    missing: set[str] = set()
    bundled = {p.name for p in bundle.rglob("*.so*")}
    libdirs = {str(p.parent) for p in bundle.rglob("*.so*")}
    env = dict(os.environ, LD_LIBRARY_PATH=":".join(sorted(libdirs)))
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink() or not _is_elf(path):
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            parts = line.split()
            if "=>" not in parts:
                continue
            name, target = parts[0], parts[parts.index("=>") + 1]
            if target == "not":
                if name not in bundled:
                    missing.add(f"{name} (for {path.relative_to(bundle)})")
            elif not os.path.realpath(target).startswith(f"{bundle}{os.sep}"):
                found.add(os.path.realpath(target))
    return found, missing


def owning_packages(paths: set[str]) -> list[str]:
    packages: set[str] = set()
    for path in sorted(paths):
        for candidate in (path, path.replace("/usr/lib/", "/lib/", 1)):
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if result.returncode == 0:
                packages.add(result.stdout.split(":")[0])  # "libfoo1:amd64: /path"
                break
        else:
            raise SystemExit(f"deb_depends: no package owns {path}")
    return sorted(packages | set(ALWAYS))


if __name__ == "__main__":
    libs, missing = system_libraries(Path(sys.argv[1]))
    if missing:
        raise SystemExit("deb_depends: libraries not found on this system: " + "; ".join(sorted(missing)))
    print(", ".join(owning_packages(libs)))
