"""Take the documentation's screenshots by driving the real app off-screen.

Run from the repository root: ``python docs/make_screenshots.py``. The pictures stay current
because the app draws them itself.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from explorer.app.main import create_application  # noqa: E402
from explorer.app.main_window import MainWindow  # noqa: E402
from explorer.app.self_test import wait_for_report  # noqa: E402
from explorer.resources import games_dir  # noqa: E402

DOCS = Path(__file__).resolve().parent
SHOTS = {
    "screenshot-flagship.png": "ai_price_war.json",
    "screenshot-6x6.png": "travelers_dilemma.json",
}


def main() -> int:
    create_application()
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, data_folder=Path(scratch))
        window.resize(1440, 900)
        window.show()
        for picture, game in SHOTS.items():
            if not window.open_path(games_dir() / game) or not wait_for_report(window, 60):
                print(f"could not open and solve {game}", file=sys.stderr)
                return 1
            window.grab().save(str(DOCS / picture))
            print(f"wrote docs/{picture}")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
