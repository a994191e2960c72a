"""The architecture's arrows, checked by walking every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "casedesk"
COMPOSITION_ROOT = {"app.py", "__main__.py"}

# package -> casedesk packages it must not import
FORBIDDEN = {
    "domain": {"storage", "services", "ui", "letters", "policy", "app", "cli", "text"},
    "text": {"storage", "services", "ui", "letters", "policy", "app", "cli"},  # words for domain codes only
    "policy": {"storage", "services", "ui", "letters", "app", "cli", "text"},
    "storage": {"services", "ui", "letters", "app", "cli", "text"},
    "letters": {"storage", "services", "ui", "app", "cli"},
    "services": {"ui", "app", "cli"},
}


def _imports(path: Path) -> set[str]:
    """Absolute names of everything the module imports (relative imports resolved)."""
    package = ".".join(("casedesk",) + path.relative_to(SRC).parent.parts)
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


MODULES = sorted(SRC.rglob("*.py"))


def test_the_walk_finds_modules():
    assert len(MODULES) > 20
    assert "PySide6.QtWidgets" in _imports(SRC / "ui" / "main_window.py")
    assert "casedesk.services.bundle" in _imports(SRC / "ui" / "main_window.py")


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_imports_point_one_way(path: Path):
    rel = path.relative_to(SRC)
    top = rel.parts[0] if len(rel.parts) > 1 else rel.name
    imports = _imports(path)
    qt = sorted(n for n in imports if n.split(".")[0] in ("PySide6", "shiboken6"))
    qt_allowed = top == "ui" or (len(rel.parts) == 1 and rel.name in COMPOSITION_ROOT)
    if not qt_allowed:
        assert not qt, f"{rel} imports Qt: {qt}"
    if top == "domain":
        assert not [n for n in imports if n.split(".")[0] == "sqlalchemy"], f"{rel} imports SQLAlchemy"
    for name in imports:
        parts = name.split(".")
        if parts[0] == "casedesk" and len(parts) > 1:
            assert parts[1] not in FORBIDDEN.get(top, set()), f"{rel} imports {name}"


def test_forbidden_import_is_caught(tmp_path):
    bad = SRC / "domain" / "_probe_bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy\n", encoding="utf-8")
    try:
        with pytest.raises(AssertionError):
            test_imports_point_one_way(bad)
    finally:
        bad.unlink()
