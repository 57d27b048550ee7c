"""Where the bundled games and assets live, in a source checkout and in the frozen app alike."""

from __future__ import annotations

import sys
from pathlib import Path

FLAGSHIP_GAME = "ai_price_war.json"


def resource_root() -> Path:
    """The folder holding ``games/`` and ``assets/``.

    PyInstaller unpacks data files under ``sys._MEIPASS``; a source checkout (or an editable
    install) keeps them beside the ``explorer`` package.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def games_dir() -> Path:
    return resource_root() / "games"


def assets_dir() -> Path:
    return resource_root() / "assets"


def translations_dir() -> Path:
    return resource_root() / "translations"


def flagship_path() -> Path:
    return games_dir() / FLAGSHIP_GAME
