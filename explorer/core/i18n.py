"""Translations of the sentences the core writes (the app's own labels use Qt's tr()).

The core stays free of Qt, so its sentences go through :func:`_`, which looks the English
template up in a catalog (``translations/core_<language>.json``) before it is filled in:
``_("{target} lasts if δ ≥ {delta}").format(...)``. Without a catalog, English is used.
"""

from __future__ import annotations

import json
from pathlib import Path

_catalog: dict[str, str] = {}
_language = "en"


def set_language(code: str, directory: Path) -> bool:
    """Use the catalog for ``code`` from ``directory``; English when there is none.

    Returns True if a catalog was loaded.
    """
    global _language
    _catalog.clear()
    _language = "en"
    file = directory / f"core_{code}.json"
    if code == "en" or not file.is_file():
        return False
    try:
        entries = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    _catalog.update({str(k): str(v) for k, v in entries.items() if v})
    _language = code
    return True


def language() -> str:
    return _language


def _(text: str) -> str:
    """The translation of ``text`` in the current language (``text`` itself if none)."""
    return _catalog.get(text, text)


def N_(text: str) -> str:
    """Mark a constant for translation without translating it yet (translate it with _)."""
    return text
