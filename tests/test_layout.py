"""The architecture's arrows, checked by walking every module's imports.

``violations(path, root)`` judges one module of the package at ``root`` (a ``casedesk`` folder);
the tests run it over the real source and over probe packages written under ``tmp_path``, so each
rule is shown failing without touching ``src/``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "casedesk"
QT_ALLOWED = {"ui", "app"}  # the window and the composition root that builds it

# part of the package (a sub-package, or a top-level module without .py) -> parts it must not import
FORBIDDEN = {
    "domain": {"storage", "services", "ui", "letters", "policy", "app", "cli", "text", "context"},
    "text": {"storage", "services", "ui", "letters", "policy", "app", "cli", "context"},  # words for domain codes
    "policy": {"storage", "services", "ui", "letters", "app", "cli", "text", "context"},
    "storage": {"services", "ui", "letters", "app", "cli", "text", "context"},
    "letters": {"storage", "services", "ui", "app", "cli", "context"},
    "services": {"ui", "app", "cli", "context"},
    "ui": {"storage", "app", "cli", "context"},  # storage only through services/
    "context": {"ui", "app", "cli"},  # the command line builds it too: no window in it
    "arguments": {"ui", "app", "cli", "storage", "services", "context"},  # parsing loads nothing heavy
    "cli": {"app", "ui"},  # app.py and the command line never import each other:
    "app": {"cli"},        # __main__ dispatches to one or the other
}


def _part(rel: Path) -> str:
    """``ui/main_window.py`` -> ``ui``; ``cli.py`` -> ``cli`` (the same when cli becomes a package)."""
    return rel.parts[0].removesuffix(".py")


def _imports(path: Path, root: Path) -> set[str]:
    """Absolute names of everything the module imports (relative imports resolved)."""
    package = ".".join(("casedesk",) + path.relative_to(root).parent.parts)
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
                names.add(module)
                names |= {f"{module}.{alias.name}" for alias in node.names}
            else:
                names.add(node.module or "")
    return names


def violations(path: Path, root: Path) -> list[str]:
    """What the module at ``path`` imports against the layout of the package at ``root``."""
    rel = path.relative_to(root)
    part = _part(rel)
    imports = _imports(path, root)
    found = []
    qt = sorted(n for n in imports if n.split(".")[0] in ("PySide6", "shiboken6"))
    if qt and part not in QT_ALLOWED:
        found.append(f"{rel} imports Qt: {qt[0]}")
    if part == "domain" and any(n.split(".")[0] == "sqlalchemy" for n in imports):
        found.append(f"{rel} imports SQLAlchemy")
    for name in sorted(imports):
        parts = name.split(".")
        if parts[0] == "casedesk" and len(parts) > 1 and parts[1] in FORBIDDEN.get(part, set()):
            found.append(f"{rel} imports {name}")
    return found


def all_violations(root: Path) -> list[str]:
    return [v for path in sorted(root.rglob("*.py")) for v in violations(path, root)]


MODULES = sorted(SRC.rglob("*.py"))


def test_the_walk_finds_modules():
    assert len(MODULES) > 20
    assert "PySide6.QtWidgets" in _imports(SRC / "ui" / "main_window.py", SRC)
    assert "casedesk.services.bundle" in _imports(SRC / "ui" / "main_window.py", SRC)
    assert "casedesk.cli" in _imports(SRC / "__main__.py", SRC) and "casedesk.app" in _imports(SRC / "__main__.py", SRC)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_imports_point_one_way(path: Path):
    assert violations(path, SRC) == []


def _probe(tmp_path: Path, files: dict[str, str]) -> Path:
    """A small fake ``casedesk`` package under ``tmp_path`` holding ``files``."""
    root = tmp_path / "casedesk"
    for name, text in {"__init__.py": "", **files}.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.parent != root and not (target.parent / "__init__.py").exists():
            (target.parent / "__init__.py").write_text("", encoding="utf-8")
        target.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(("name", "source", "expected"), [
    ("domain/rules.py", "from PySide6.QtCore import QObject\nimport sqlalchemy\n",
     ["domain/rules.py imports Qt: PySide6.QtCore", "domain/rules.py imports SQLAlchemy"]),
    ("ui/window.py", "from ..storage.database import Database\n",
     ["ui/window.py imports casedesk.storage.database", "ui/window.py imports casedesk.storage.database.Database"]),
    ("ui/window.py", "import casedesk.storage.keys\n", ["ui/window.py imports casedesk.storage.keys"]),
    ("app.py", "def main():\n    from .cli import run\n",
     ["app.py imports casedesk.cli", "app.py imports casedesk.cli.run"]),
    ("cli.py", "from .app import main\n", ["cli.py imports casedesk.app", "cli.py imports casedesk.app.main"]),
    ("cli/commands.py", "from casedesk.app import main\n", ["cli/commands.py imports casedesk.app"]),
    ("cli/shapes.py", "from ..ui.labels import words\nimport PySide6.QtCore\n",
     ["cli/shapes.py imports Qt: PySide6.QtCore", "cli/shapes.py imports casedesk.ui.labels",
      "cli/shapes.py imports casedesk.ui.labels.words"]),
    ("app.py", "from .cli.run import run\n",
     ["app.py imports casedesk.cli.run", "app.py imports casedesk.cli.run.run"]),
    ("cli.py", "from .ui.dialogs import Notice\n",
     ["cli.py imports casedesk.ui.dialogs", "cli.py imports casedesk.ui.dialogs.Notice"]),
    ("cli.py", "import PySide6.QtWidgets\n", ["cli.py imports Qt: PySide6.QtWidgets"]),
    ("context.py", "from .ui.main_window import MainWindow\n",
     ["context.py imports casedesk.ui.main_window", "context.py imports casedesk.ui.main_window.MainWindow"]),
    ("services/bundle.py", "from .. import context\n", ["services/bundle.py imports casedesk.context"]),
], ids=["domain-qt-sqlalchemy", "ui-storage-relative", "ui-storage-absolute", "app-cli", "cli-app",
        "cli-package-app", "cli-package-ui-qt", "app-cli-package", "cli-ui", "cli-qt", "context-ui",
        "services-context"])
def test_each_rule_fails_on_a_probe_package(tmp_path, name, source, expected):
    root = _probe(tmp_path, {name: source})
    assert all_violations(root) == expected
    with pytest.raises(AssertionError):
        assert violations(root / name, root) == []


def test_a_probe_package_that_keeps_the_rules_passes(tmp_path):
    root = _probe(tmp_path, {
        "__main__.py": "def main():\n    from .app import main\n    from .cli import run\n",
        "app.py": "from PySide6.QtWidgets import QApplication\nfrom .context import build_context\n",
        "cli.py": "from .context import build_context\nfrom .services.bundle import Services\n",
        "ui/window.py": "from PySide6.QtWidgets import QMainWindow\nfrom ..services.workspace import Database\n",
        "services/workspace.py": "from ..storage.database import Database\n",
    })
    assert all_violations(root) == []
