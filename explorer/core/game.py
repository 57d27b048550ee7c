"""Two-player games whose payoffs are numbers or formulas over named parameters.

It stays one module (over 400 lines) because the game's parts (players, cells, parameters,
evaluation and its checks) are one frozen value that every layer reads.
"""

from __future__ import annotations

import keyword
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from explorer.core.formula import (
    MAX_MAGNITUDE,
    RESERVED_NAMES,
    Formula,
    FormulaError,
    describe_nonfinite,
)

FloatArray = npt.NDArray[np.float64]

#: Most strategies a player may have (in a game whose table is written cell by cell).
MAX_STRATEGIES = 50
#: Most strategies a player may have in a game written with strategy families (a price in
#: cents from 0 to 1; see :mod:`explorer.core.families`).
MAX_FAMILY_STRATEGIES = 101
#: Most parameters a game may have.
MAX_PARAMETERS = 50
#: Longest player, strategy or parameter name.
MAX_NAME_LENGTH = 100
#: Longest title or description.
MAX_TEXT_LENGTH = 20_000

ROW, COLUMN = 0, 1


class GameError(ValueError):
    """A game that breaks a rule of the model (names, shapes, ranges, formulas)."""


@dataclass(frozen=True)
class Parameter:
    """A named lever of a parametric game, with its range and default value."""

    name: str
    default: float
    minimum: float
    maximum: float
    description: str = ""

    def __post_init__(self) -> None:
        name = self.name
        if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
            raise GameError(
                f"parameter name {_quoted(name)} is not a valid name "
                "(use letters, digits and underscores, starting with a letter)"
            )
        if name in RESERVED_NAMES:
            raise GameError(f"parameter name '{name}' is reserved for a formula function")
        if len(name) > MAX_NAME_LENGTH:
            raise GameError(f"parameter name '{name[:20]}...' is too long")
        for label, number in (
            ("default", self.default),
            ("min", self.minimum),
            ("max", self.maximum),
        ):
            if isinstance(number, bool) or not isinstance(number, int | float):
                raise GameError(f"parameter '{name}': {label} must be a number, not {number!r}")
            if isinstance(number, float) and not math.isfinite(number):
                raise GameError(f"parameter '{name}': {label} must be a finite number")
            if not abs(number) <= MAX_MAGNITUDE:
                shown = f" {number:.3g}" if abs(number) < 1e300 else ""
                raise GameError(
                    f"parameter '{name}': {label}{shown} is too large "
                    f"(the limit is {MAX_MAGNITUDE:g} either way)"
                )
        if not self.minimum < self.maximum:
            raise GameError(
                f"parameter '{name}': min ({self.minimum:g}) must be below max ({self.maximum:g})"
            )
        if not self.minimum <= self.default <= self.maximum:
            raise GameError(
                f"parameter '{name}': default {self.default:g} is outside its range "
                f"[{self.minimum:g}, {self.maximum:g}]"
            )
        _check_text(f"parameter '{name}' description", self.description)

    def contains(self, value: float) -> bool:
        """True if ``value`` lies in the parameter's range."""
        return self.minimum <= value <= self.maximum


class HasParameters:
    """Named parameters with defaults and ranges: looked up, defaulted and checked.

    Shared by :class:`Game` and by game trees (``explorer.core.tree.model.GameTree``).
    """

    parameters: tuple[Parameter, ...]

    @property
    def parameter_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.parameters)

    def parameter(self, name: str) -> Parameter:
        """The parameter called ``name``; :class:`GameError` naming the known ones otherwise."""
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        known = ", ".join(self.parameter_names) or "none"
        raise GameError(f"unknown parameter '{name}'; parameters are: {known}")

    def defaults(self) -> dict[str, float]:
        """Every parameter at its default value."""
        return {p.name: float(p.default) for p in self.parameters}

    def resolve(self, overrides: Mapping[str, float] | None = None) -> dict[str, float]:
        """Defaults with ``overrides`` applied, each checked to be a known parameter in range."""
        values = self.defaults()
        for name, value in (overrides or {}).items():
            parameter = self.parameter(name)
            if not math.isfinite(value):
                raise GameError(f"{name} = {value} is not a finite number")
            if not parameter.contains(value):
                raise GameError(
                    f"{name} = {value:g} is outside its range "
                    f"[{parameter.minimum:g}, {parameter.maximum:g}]"
                )
            values[name] = float(value)
        return values


@dataclass(frozen=True)
class Player:
    """A player's name and the names of its pure strategies, in order."""

    name: str
    strategies: tuple[str, ...]

    def __post_init__(self) -> None:
        _check_name("player name", self.name)
        if not isinstance(self.strategies, tuple):
            raise GameError(f"{self.name}: strategies must be a list of names")
        if not 1 <= len(self.strategies) <= MAX_FAMILY_STRATEGIES:
            raise _strategy_count_error(self)
        for strategy in self.strategies:
            _check_name(f"{self.name}: strategy name", strategy)
        duplicates = _duplicates(self.strategies)
        if duplicates:
            raise GameError(f"{self.name} has the strategy '{duplicates[0]}' twice")


Cell = tuple[Formula, Formula]


class PayoffModel(Protocol):
    """Payoffs worked out from another form of the game instead of one formula per cell.

    A game tree's reduced strategic form is such a game: its cells show formulas, but the
    payoffs come from the tree's leaves and chance probabilities, evaluated vectorised. A
    model stays attached only while the game still has the cells it made
    (:meth:`describes`); an edited table is an ordinary matrix game.
    """

    @property
    def is_parametric(self) -> bool: ...

    def describes(self, game: Game) -> bool:
        """True if ``game``'s table is still the one this model produced."""
        ...

    def evaluate(self, values: Mapping[str, float]) -> tuple[FloatArray, FloatArray]:
        """The payoff matrices at one point; a sentence (GameError) where they are undefined."""
        ...

    def evaluate_grid(self, values: Mapping[str, npt.ArrayLike]) -> tuple[FloatArray, FloatArray]:
        """Matrices of shape ``grid shape + (m, n)``, NaN where undefined."""
        ...

    def to_dict(self, game: Game) -> dict[str, Any]:
        """``game`` in this model's file form (the game's title, names and parameters)."""
        ...


@dataclass(frozen=True)
class Game(HasParameters):
    """A two-player game in strategic form; payoffs may be formulas over its parameters.

    ``payoffs[i][j]`` is ``(row payoff, column payoff)`` when the row player plays
    strategy ``i`` and the column player strategy ``j``. ``extras`` carries optional keys of
    the file format (notes, presets, translations) through load and save unchanged.
    ``payoff_model``, if given, computes the payoffs instead of the cells' formulas (see
    :class:`PayoffModel`); it is dropped when the table no longer is the model's.
    """

    title: str
    players: tuple[Player, Player]
    payoffs: tuple[tuple[Cell, ...], ...]
    parameters: tuple[Parameter, ...] = ()
    description: str = ""
    extras: Mapping[str, Any] = field(default_factory=dict, compare=False)
    payoff_model: PayoffModel | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        _check_text("title", self.title)
        _check_text("description", self.description)
        if len(self.players) != 2:
            raise GameError(f"a game needs exactly 2 players, not {len(self.players)}")
        if self.players[ROW].name == self.players[COLUMN].name:
            raise GameError(f"both players are called '{self.players[ROW].name}'")
        if len(self.parameters) > MAX_PARAMETERS:
            raise GameError(f"{len(self.parameters)} parameters; the limit is {MAX_PARAMETERS}")
        duplicates = _duplicates(p.name for p in self.parameters)
        if duplicates:
            raise GameError(f"the parameter '{duplicates[0]}' is declared twice")
        if self.payoff_model is None:
            self._check_strategy_counts()
        self._check_payoff_shape()
        names = {p.name for p in self.parameters}
        for i, j, player, formula in self.entries():
            unknown = sorted(formula.names - names)
            if unknown:
                raise GameError(
                    f"{self.cell_label(i, j, player)}: unknown name '{unknown[0]}'; "
                    f"parameters are: {', '.join(sorted(names)) or 'none'}"
                )
        if self.payoff_model is not None and not self.payoff_model.describes(self):
            object.__setattr__(self, "payoff_model", None)  # an edited table is a plain matrix
            self._check_strategy_counts()

    def __eq__(self, other: object) -> bool:
        """Equal names, strategies, cells and parameters; for a game with strategy families
        also the same families (a family written out as single strategies is another game,
        though its cells read the same)."""
        if not isinstance(other, Game):
            return NotImplemented
        fields = ("title", "players", "payoffs", "parameters", "description")
        return all(getattr(self, f) == getattr(other, f) for f in fields) and getattr(
            self.payoff_model, "table", None
        ) == getattr(other.payoff_model, "table", None)

    def _check_strategy_counts(self) -> None:
        """A table written cell by cell has at most :data:`MAX_STRATEGIES` strategies a
        player; a payoff model keeps its own limit (families: :data:`MAX_FAMILY_STRATEGIES`)."""
        for player in self.players:
            if len(player.strategies) > MAX_STRATEGIES:
                raise _strategy_count_error(player)

    def _check_payoff_shape(self) -> None:
        m, n = self.shape
        if len(self.payoffs) != m:
            raise GameError(
                f"the payoff table has {len(self.payoffs)} rows but "
                f"{self.players[ROW].name} has {m} strategies"
            )
        for i, row in enumerate(self.payoffs):
            if len(row) != n:
                raise GameError(
                    f"payoff row {i + 1} ({self.players[ROW].strategies[i]}) has {len(row)} "
                    f"cells but {self.players[COLUMN].name} has {n} strategies"
                )
            for j, cell in enumerate(row):
                if len(cell) != 2 or not all(isinstance(f, Formula) for f in cell):
                    raise GameError(f"cell ({i + 1}, {j + 1}) needs exactly two payoffs")

    # --- construction -------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        title: str,
        players: Sequence[tuple[str, Sequence[str]]],
        payoffs: Sequence[Sequence[Sequence[str | float]]],
        parameters: Sequence[Parameter] = (),
        description: str = "",
        extras: Mapping[str, Any] | None = None,
    ) -> Game:
        """Build a game from plain names and payoff entries (numbers or formula text).

        Raises
        ------
        GameError
            With a message naming the cell, player or parameter at fault.
        """
        built_players = tuple(Player(name, tuple(strategies)) for name, strategies in players)
        if len(built_players) != 2:
            raise GameError(f"a game needs exactly 2 players, not {len(built_players)}")
        names = [p.name for p in parameters]
        table = []
        for i, row in enumerate(payoffs):
            cells = []
            for j, cell in enumerate(row):
                if len(cell) != 2:
                    raise GameError(f"cell ({i + 1}, {j + 1}) needs exactly two payoffs")
                cells.append(
                    tuple(
                        _compile(entry, names, _cell_label(built_players, i, j, player))
                        for player, entry in enumerate(cell)
                    )
                )
            table.append(tuple(cells))
        return cls(
            title=title,
            players=(built_players[0], built_players[1]),
            payoffs=tuple(table),  # type: ignore[arg-type]
            parameters=tuple(parameters),
            description=description,
            extras=dict(extras or {}),
        )

    def with_changes(self, **changes: Any) -> Game:
        """A copy with some fields replaced, validated again."""
        return replace(self, **changes)

    # --- shape and names ------------------------------------------------------------------

    @property
    def shape(self) -> tuple[int, int]:
        """(number of row strategies, number of column strategies)."""
        return len(self.players[ROW].strategies), len(self.players[COLUMN].strategies)

    def entries(self) -> Iterable[tuple[int, int, int, Formula]]:
        """Every payoff formula as ``(row strategy, column strategy, player, formula)``."""
        for i, row in enumerate(self.payoffs):
            for j, cell in enumerate(row):
                for player, formula in enumerate(cell):
                    yield i, j, player, formula

    def cell_label(self, i: int, j: int, player: int) -> str:
        """Words naming one payoff, such as "Closed provider's payoff at (Premium, Free)"."""
        return _cell_label(self.players, i, j, player)

    @property
    def is_parametric(self) -> bool:
        if self.payoff_model is not None:
            return self.payoff_model.is_parametric
        return any(not f.is_constant for _, _, _, f in self.entries())

    # --- evaluation -------------------------------------------------------------------------

    def evaluate(self, values: Mapping[str, float] | None = None) -> tuple[FloatArray, FloatArray]:
        """The payoff matrices ``(A, B)`` at one point (defaults where a value is missing).

        Raises
        ------
        FormulaError
            If a payoff is NaN, infinite or beyond
            :data:`~explorer.core.formula.MAX_MAGNITUDE` at that point, naming the cell.
        """
        point = {**self.defaults(), **(values or {})}
        if self.payoff_model is not None:
            A, B = self.payoff_model.evaluate(point)
        else:
            A, B = self._evaluate_cells(point)
        outside = np.argwhere(~(np.abs(np.stack((A, B), axis=-1)) <= MAX_MAGNITUDE))
        if len(outside):  # the first in reading order: row, column, then the player
            i, j, player = (int(k) for k in outside[0])
            value = float((A, B)[player][i, j])
            what = (
                f"{value:.3g}, beyond the limit of {MAX_MAGNITUDE:g}"
                if math.isfinite(value)
                else describe_nonfinite(value)
            )
            raise FormulaError(
                f"{self.cell_label(i, j, player)} '{self.payoffs[i][j][player].text}' is "
                f"{what} at these parameter values"
            )
        return A, B

    def evaluate_grid(self, values: Mapping[str, npt.ArrayLike]) -> tuple[FloatArray, FloatArray]:
        """Payoff matrices over many points at once, each formula evaluated once, vectorised.

        Parameters
        ----------
        values
            Parameter name to a number or an array; arrays broadcast together to the grid
            shape. Missing parameters take their defaults.

        Returns
        -------
        (A, B)
            Arrays of shape ``grid shape + (m, n)``; NaN or infinity where a formula is
            undefined at a point (see :func:`finite_points`), and NaN where a payoff is
            beyond :data:`~explorer.core.formula.MAX_MAGNITUDE`: no caller sees a payoff it
            cannot add, subtract or draw.
        """
        point = {**self.defaults(), **values}
        if self.payoff_model is not None:
            A, B = self.payoff_model.evaluate_grid(point)
        else:
            A, B = self._evaluate_cells(point)
        return _bounded(A), _bounded(B)

    def _evaluate_cells(self, point: Mapping[str, npt.ArrayLike]) -> tuple[FloatArray, FloatArray]:
        """Every cell's formula over the grid of ``point``, as it evaluates."""
        grid_shape = np.broadcast_shapes(*(np.shape(v) for v in point.values())) if point else ()
        m, n = self.shape
        A = np.empty((*grid_shape, m, n))
        B = np.empty((*grid_shape, m, n))
        for i, j, player, formula in self.entries():
            (A, B)[player][..., i, j] = formula.evaluate(point)
        return A, B


def _bounded(payoffs: FloatArray) -> FloatArray:
    """``payoffs`` with every value beyond :data:`MAX_MAGNITUDE` marked undefined (NaN)."""
    with np.errstate(invalid="ignore"):
        beyond = np.abs(payoffs) > MAX_MAGNITUDE
    return np.where(beyond, np.nan, payoffs) if beyond.any() else payoffs


def finite_points(A: FloatArray, B: FloatArray) -> npt.NDArray[np.bool_]:
    """For grid payoffs of shape ``(..., m, n)``: True where every payoff is finite."""
    finite = np.isfinite(A).all(axis=(-2, -1)) & np.isfinite(B).all(axis=(-2, -1))
    return np.asarray(finite, dtype=np.bool_)


def _compile(entry: object, parameters: Sequence[str], where: str) -> Formula:
    try:
        return Formula(entry, parameters)  # type: ignore[arg-type]
    except FormulaError as error:
        raise GameError(f"{where}: {error.message}") from None


def _cell_label(players: Sequence[Player], i: int, j: int, player: int) -> str:
    row, column = players[ROW], players[COLUMN]
    try:
        profile = f"({row.strategies[i]}, {column.strategies[j]})"
    except IndexError:
        profile = f"(row {i + 1}, column {j + 1})"
    return f"{players[player].name}'s payoff at {profile}"


def _strategy_count_error(player: Player) -> GameError:
    return GameError(
        f"{player.name} has {len(player.strategies)} strategies; a player needs 1 to "
        f"{MAX_STRATEGIES} ({MAX_FAMILY_STRATEGIES} in a game with strategy families)"
    )


def _check_name(what: str, name: object) -> None:
    if not isinstance(name, str):
        raise GameError(f"{what} must be text, not {_quoted(name)}")
    if not name.strip():
        raise GameError(f"{what} is empty")
    if len(name) > MAX_NAME_LENGTH:
        raise GameError(f"{what} '{name[:20]}...' is longer than {MAX_NAME_LENGTH} characters")
    if any(ord(c) < 32 for c in name):
        raise GameError(f"{what} {name!r} contains control characters")


def _quoted(value: object, limit: int = 40) -> str:
    """A name from a file in an error message: quoted, shortened, control characters shown."""
    text = repr(value[: limit + 1] if isinstance(value, str) else type(value).__name__)
    return text if len(text) <= limit else text[: limit - 4] + "...'"


def _check_text(what: str, text: object) -> None:
    if not isinstance(text, str):
        raise GameError(f"{what} must be text, not {type(text).__name__}")
    if len(text) > MAX_TEXT_LENGTH:
        raise GameError(f"{what} is longer than {MAX_TEXT_LENGTH} characters")


def _duplicates(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    repeated = []
    for name in names:
        if name in seen:
            repeated.append(name)
        seen.add(name)
    return repeated
