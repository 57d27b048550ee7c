"""Take docs/article.md's figures, one or two per claim of the article, by driving the app.

Run from the repository root: ``python docs/make_article_figures.py``. Each figure is the
app's own widget, off-screen, after the choices a teacher would make: a game opened from the
library, the Sweep tab's levers set and run, or a page of the Repeated tab. The pictures are
written to docs/article/ and stay current with the models.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_screenshots import open_game, wait_until
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from explorer.app.main import create_application
from explorer.app.main_window import MainWindow

ARTICLE = Path(__file__).resolve().parent / "article"


@dataclass(frozen=True)
class Lever:
    """One axis of a sweep: a parameter, its range and the number of points."""

    name: str
    start: float
    stop: float
    points: int


@dataclass(frozen=True)
class SweepFigure:
    """A Sweep tab picture: the game, one or two levers, what to show, where to save it."""

    game: str
    x: Lever
    y: Lever | None
    file: str


SWEEPS = (
    # Claim 1 against claim 6: the quality gap and distrust move different players.
    SweepFigure(
        "ai_price_war.json",
        Lever("quality_gap", 0, 1, 81),
        Lever("trust_penalty", 0, 1, 81),
        "1-quality-gap-and-trust.png",
    ),
    # Claim 2: who gives up first, by the subsidy and the closed provider's war chest.
    SweepFigure(
        "war_of_attrition.json",
        Lever("subsidy", 0, 0.5, 51),
        Lever("closed_budget", 0.25, 8, 63),
        "2-war-of-attrition.png",
    ),
    # Claim 3: where freemium pays, by the subsidy and patience.
    SweepFigure(
        "freemium_installed_base.json",
        Lever("subsidy", 0, 1, 51),
        Lever("discount_factor", 0, 0.99, 67),
        "3-freemium.png",
    ),
    # Claim 4: the closed provider's profit as the subsidy rises.
    SweepFigure(
        "ai_price_war.json", Lever("subsidy", 0, 1, 101), None, "4-closed-profit-falls.png"
    ),
    # Claim 5: the states' compute race, by the programme's cost and distrust.
    SweepFigure(
        "compute_subsidy_race.json",
        Lever("programme_cost", 0, 0.4, 61),
        Lever("trust_penalty", 0, 1, 61),
        "5-compute-race.png",
    ),
    # Claim 6: the flagship's regimes over the subsidy and distrust.
    SweepFigure(
        "ai_price_war.json",
        Lever("subsidy", 0, 1, 81),
        Lever("trust_penalty", 0, 1, 81),
        "6-subsidy-and-trust.png",
    ),
    # Claim 7: the Llama move, by the subsidy and distrust.
    SweepFigure(
        "open_weights_response.json",
        Lever("subsidy", 0, 1, 61),
        Lever("trust_penalty", 0, 1, 61),
        "7-open-weights.png",
    ),
)


def save(widget: QWidget, name: str) -> None:
    ARTICLE.mkdir(parents=True, exist_ok=True)
    path = ARTICLE / name
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(f"wrote docs/article/{name}")


def set_lever(controls: object, lever: Lever) -> None:
    """Choose the lever and its range in one of the Sweep tab's axis rows."""
    controls.name.setCurrentText(lever.name)  # type: ignore[attr-defined]
    controls.start.setValue(lever.start)  # type: ignore[attr-defined]
    controls.stop.setValue(lever.stop)  # type: ignore[attr-defined]
    controls.points.setValue(lever.points)  # type: ignore[attr-defined]


def sweep_figure(window: MainWindow, figure: SweepFigure) -> None:
    open_game(window, figure.game)
    sweep = window.sweep
    window.tabs.setCurrentWidget(sweep)
    sweep.use_y.setChecked(figure.y is not None)
    set_lever(sweep.x_axis, figure.x)
    if figure.y is not None:
        set_lever(sweep.y_axis, figure.y)
    sweep.result = None
    sweep.start()
    if not wait_until(lambda: sweep.result is not None, 120):
        raise RuntimeError(f"the sweep of {figure.game} did not finish")
    save(sweep, figure.file)


def repeated_figures(window: MainWindow) -> None:
    """Claims 5 and 8: where collusion lasts as the subsidy rises, each period's threshold,
    and the deviation that pays at an impatient δ."""
    open_game(window, "ai_price_war_repeated.json")
    repeated = window.repeated
    window.tabs.setCurrentWidget(repeated)
    wait_until(lambda: repeated.match is not None and repeated.theory is not None, 60)
    repeated.views.setCurrentIndex(3)
    repeated.collusion.run.click()
    if not wait_until(lambda: repeated.collusion.result is not None, 120):
        raise RuntimeError("the collusion map did not finish")
    save(repeated, "5-collusion-by-subsidy.png")
    repeated.controls.delta.setValue(0.19)
    wait_until(lambda: repeated.match.setup.discount_factor == 0.19, 60)
    repeated.views.setCurrentIndex(0)
    wait_until(lambda: "At δ = 0.19" in repeated.sentence.text(), 60)
    save(repeated, "8-deviation-at-0.19.png")
    repeated.views.setCurrentIndex(1)
    wait_until(lambda: True, 0)
    save(repeated, "8-thresholds-over-time.png")


def main() -> int:
    create_application()
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, data_folder=Path(scratch))
        window.resize(1600, 1000)
        window.show()
        try:
            for figure in SWEEPS:
                sweep_figure(window, figure)
            repeated_figures(window)
        except RuntimeError as error:
            print(error, file=sys.stderr)
            return 1
        finally:
            window.document.mark_saved()
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
