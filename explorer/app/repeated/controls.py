"""The Repeated tab's choices: each player's strategy, what cooperating means, δ, periods, noise."""

from __future__ import annotations

import html
import math
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QWidget,
)

from explorer.app.fit import let_shrink
from explorer.app.repeated.setup import RepeatedSetup
from explorer.core import repeated
from explorer.core.game import COLUMN, ROW, Game
from explorer.core.repeated import Convention, StageGame, Strategy
from explorer.render.guard import guard_qt_calls
from explorer.render.style import player_colour_hex

DELTA_STEPS = 99  # the slider moves δ in steps of 0.01 from 0 to 0.99
DEFAULT_DISCOUNT_FACTOR, DEFAULT_PERIODS = 0.9, 30


def preset_number(value: object, default: float, low: float, high: float) -> float:
    """A number from a game's preset, kept in [low, high]; ``default`` where it is none."""
    if not isinstance(value, int | float | str):
        return default
    try:
        number = float(value)
    except (ValueError, OverflowError):
        return default
    return min(max(number, low), high) if math.isfinite(number) else default


@guard_qt_calls
class RepeatedControls(QWidget):
    """One grid of choices; :attr:`changed` whenever one of them changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_label = QLabel(self)
        self.stage_label.setWordWrap(True)
        # A long title is cut at the edge (and read in full as the tooltip), never widening
        # the window to its own length.
        self.stage_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.row_name, self.column_name = QLabel(self), QLabel(self)
        self.row_strategy, self.column_strategy = QComboBox(self), QComboBox(self)
        self.cooperate = (QComboBox(self), QComboBox(self))
        self.defect = (QComboBox(self), QComboBox(self))
        self.delta_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.delta_slider.setRange(0, DELTA_STEPS)
        self.delta = QDoubleSpinBox(self)
        self.delta.setRange(0.0, 0.99)
        self.delta.setSingleStep(0.01)
        self.delta.setDecimals(2)
        self.periods = QSpinBox(self)
        self.periods.setRange(1, 1000)
        self.noise = QDoubleSpinBox(self)
        self.noise.setRange(0.0, 0.5)
        self.noise.setSingleStep(0.01)
        let_shrink(*self._choices(), characters=6)
        self._layout()
        self.delta_slider.valueChanged.connect(lambda v: self.delta.setValue(v / 100))
        self.delta.valueChanged.connect(self.on_delta_changed)
        for combo in self._choices():
            combo.currentIndexChanged.connect(self.changed)
        for spin in (self.periods, self.noise):
            spin.valueChanged.connect(self.changed)

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.stage_label, 0, 0, 1, 6)
        grid.addWidget(self.row_name, 1, 0)
        grid.addWidget(self.row_strategy, 1, 1, 1, 2)
        grid.addWidget(self.column_name, 1, 3)
        grid.addWidget(self.column_strategy, 1, 4, 1, 2)
        grid.addWidget(QLabel(self.tr("Cooperate means"), self), 2, 0)
        grid.addWidget(self.cooperate[ROW], 2, 1)
        grid.addWidget(self.cooperate[COLUMN], 2, 2)
        grid.addWidget(QLabel(self.tr("defect means"), self), 2, 3)
        grid.addWidget(self.defect[ROW], 2, 4)
        grid.addWidget(self.defect[COLUMN], 2, 5)
        grid.addWidget(QLabel(self.tr("Discount factor δ"), self), 3, 0)
        grid.addWidget(self.delta_slider, 3, 1, 1, 2)
        grid.addWidget(self.delta, 3, 3)
        periods = QHBoxLayout()
        for text, widget in ((self.tr("Periods"), self.periods), (self.tr("Noise"), self.noise)):
            periods.addWidget(QLabel(text, self))
            periods.addWidget(widget)
        grid.addLayout(periods, 3, 4, 1, 2)

    def _choices(self) -> list[QComboBox]:
        return [self.row_strategy, self.column_strategy, *self.cooperate, *self.defect]

    def on_delta_changed(self, value: float) -> None:
        self.delta_slider.blockSignals(True)
        self.delta_slider.setValue(round(value * 100))
        self.delta_slider.blockSignals(False)
        self.changed.emit()

    # --- filling the choices from a game and its preset ---------------------------------------

    def show_game(self, game: Game) -> None:
        """Name the stage game and its players."""
        self.stage_label.setText(
            self.tr(
                "Stage game: <b>%1</b> (the open game, at the current parameter values)"
            ).replace("%1", html.escape(game.title))
        )
        self.stage_label.setToolTip(game.title)
        for player, label in ((ROW, self.row_name), (COLUMN, self.column_name)):
            name = html.escape(game.players[player].name)
            label.setText(f"<b style='color:{player_colour_hex(player)}'>{name}</b>")

    def apply_preset(
        self, stage: StageGame, convention: Convention, settings: dict[str, Any]
    ) -> list[Strategy]:
        """Fill every choice for a new stage game: its preset where it has one, else defaults.

        Returns the standard strategies (the tournament's entrants).
        """
        combos = self._choices()
        for combo in combos:
            combo.blockSignals(True)
        for player in (ROW, COLUMN):
            for combo, chosen in (
                (self.cooperate[player], convention.cooperate[player]),
                (self.defect[player], convention.defect[player]),
            ):
                combo.clear()
                combo.addItems(list(stage.names(player)))
                combo.setCurrentIndex(chosen)
        choices = repeated.library(stage, convention)
        for player, combo in ((ROW, self.row_strategy), (COLUMN, self.column_strategy)):
            self._fill_strategies(combo, stage, player, choices)
            wanted = str(settings.get("row" if player == ROW else "column", "grim"))
            self._choose(combo, stage, player, wanted)
        delta, periods = settings.get("discount_factor"), settings.get("periods")
        low, high = self.delta.minimum(), self.delta.maximum()
        self.delta.setValue(preset_number(delta, DEFAULT_DISCOUNT_FACTOR, low, high))
        low, high = self.periods.minimum(), self.periods.maximum()
        self.periods.setValue(round(preset_number(periods, DEFAULT_PERIODS, low, high)))
        for combo in combos:
            combo.blockSignals(False)
        self.changed.emit()
        return choices

    def _fill_strategies(
        self, combo: QComboBox, stage: StageGame, player: int, choices: list[Strategy]
    ) -> None:
        combo.clear()
        for strategy in choices:
            combo.addItem(strategy.name, strategy)
        for k, action in enumerate(stage.names(player)):
            always = repeated.parse_strategy(f"always:{k + 1}", stage, player)  # 1-based
            combo.addItem(self.tr("Always %1").replace("%1", action), always)

    @staticmethod
    def _choose(combo: QComboBox, stage: StageGame, player: int, wanted: str) -> None:
        """Select the strategy a preset names (grim trigger where it names none we know)."""
        try:
            chosen = repeated.parse_strategy(wanted, stage, player)
        except repeated.RepeatedGameError:
            chosen = repeated.parse_strategy("grim", stage, player)
        offered = [combo.itemData(k) for k in range(combo.count())]
        same = [k for k, s in enumerate(offered) if s == chosen]
        kind = [k for k, s in enumerate(offered) if s.kind == chosen.kind]
        index = (same or kind or [0])[0]
        combo.setCurrentIndex(index)
        if not same and kind:  # the preset's own settings (freemium's periods)
            combo.setItemData(index, chosen)

    # --- reading the choices ------------------------------------------------------------------

    def is_filled(self) -> bool:
        return self.cooperate[ROW].count() > 0 and self.row_strategy.currentData() is not None

    def convention(self) -> Convention:
        return Convention(
            (self.cooperate[ROW].currentIndex(), self.cooperate[COLUMN].currentIndex()),
            (self.defect[ROW].currentIndex(), self.defect[COLUMN].currentIndex()),
        )

    def setup(self, game: Game, values: dict[str, float]) -> RepeatedSetup:
        """The choices made, for ``game`` at ``values``."""
        return RepeatedSetup(
            game,
            tuple(sorted(values.items())),
            self.convention(),
            self.row_strategy.currentData(),
            self.column_strategy.currentData(),
            self.periods.value(),
            self.delta.value(),
            self.noise.value(),
        )
