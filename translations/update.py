"""Refresh the translation sources from the code: Qt's .ts for the app, a JSON catalog for the core.

Run from the repository root after changing user-visible text: ``python translations/update.py``.
Existing translations are kept; new messages appear untranslated, and the test
``tests/app/test_translations.py`` fails until they are translated.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "translations"
LANGUAGES = ("de",)


def app_sources() -> list[str]:
    """The modules whose labels go through Qt's tr(): the app and the drawing layer."""
    folders = (ROOT / "explorer" / "app", ROOT / "explorer" / "render")
    return sorted(str(p.relative_to(ROOT)) for f in folders for p in f.rglob("*.py"))


def core_messages() -> list[str]:
    """Every string the core passes to _() or marks with N_(), in order of appearance."""
    found: dict[str, None] = {}
    for path in sorted((ROOT / "explorer" / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "N_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found[node.args[0].value] = None
    return list(found)


def lupdate_command() -> list[str]:
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return [tool]


def update_app(language: str) -> None:
    target = HERE / f"explorer_{language}.ts"
    subprocess.run(
        [*lupdate_command(), *app_sources(), "-no-obsolete", "-ts", str(target)],
        cwd=ROOT,
        check=True,
    )


def update_core(language: str) -> None:
    target = HERE / f"core_{language}.json"
    old = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
    catalog = {message: old.get(message, "") for message in core_messages()}
    target.write_text(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    for language in LANGUAGES:
        update_app(language)
        update_core(language)
        print(f"updated translations/explorer_{language}.ts and translations/core_{language}.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
