"""Regimes of a sweep: each equilibrium named by the strategies it uses, each point by the
set of its equilibria's names, numbered as they first appear, chunk by chunk.

A sweep's points arrive in chunks; :class:`RegimeTable` turns each chunk into profile and
regime numbers at once, keeping only the table of distinct names, so its memory does not
grow with the grid. Profiles are told apart by their support pattern (one bit per
strategy played), and a point's regime by the set of its profiles (one bit per profile
while there are at most 62 of them), so that sorting plain integers does the work.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from explorer.core.game import COLUMN, ROW, Game
from explorer.core.i18n import _
from explorer.core.numeric import PROBABILITY_TOLERANCE

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

#: Most bits an int64 key holds.
_KEY_BITS = 62


def undefined_label() -> str:
    """The regime label of points where some payoff is undefined."""
    return _("payoffs undefined")


def no_equilibrium_label() -> str:
    """The regime label of points where no equilibrium was found."""
    return _("no equilibrium found")


def _support_label(used: BoolArray, names: tuple[str, ...]) -> str:
    return " · ".join(names[i] for i in np.flatnonzero(used))


def supports_label(rows: BoolArray, columns: BoolArray, game: Game) -> str:
    """An equilibrium by the strategies it uses: ``Premium / Free``, ``mixed: A · B / C``."""
    row_label = _support_label(rows, game.players[ROW].strategies)
    column_label = _support_label(columns, game.players[COLUMN].strategies)
    pure = rows.sum() == 1 and columns.sum() == 1
    return f"{'' if pure else _('mixed: ')}{row_label} / {column_label}"


def profile_regime(row: FloatArray, column: FloatArray, game: Game) -> str:
    """One equilibrium by the strategies it uses: ``Premium / Free``, ``mixed: A · B / C``."""
    return supports_label(row > PROBABILITY_TOLERANCE, column > PROBABILITY_TOLERANCE, game)


def regime_order(label: str) -> tuple[bool, str]:
    """Pure profiles first, then mixed ones, each alphabetically."""
    return label.startswith(_("mixed: ")), label


def _distinct_rows(
    keys: npt.NDArray[np.int64] | npt.NDArray[np.uint8],
) -> tuple[IntArray, IntArray]:
    """Indices of the first occurrence of each distinct key (row), and each row's key number."""
    if keys.ndim == 1:
        _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    else:
        _, first, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    return first.astype(np.int64), inverse.reshape(-1).astype(np.int64)


class RegimeTable:
    """Profile and regime names of a sweep, built as its chunks arrive."""

    def __init__(self, game: Game) -> None:
        self.game = game
        self.m, self.n = game.shape
        self.profiles: list[str] = []
        self.regimes: list[str] = []
        self._profile_number: dict[object, int] = {}
        self._regime_number: dict[tuple[int, ...] | None, int] = {}

    def profile_index(self, rows: FloatArray, columns: FloatArray) -> IntArray:
        """The profile number of each equilibrium (its support pattern), new ones named."""
        used = np.concatenate([rows > PROBABILITY_TOLERANCE, columns > PROBABILITY_TOLERANCE], 1)
        if used.shape[1] <= _KEY_BITS:
            bits = np.left_shift(np.int64(1), np.arange(used.shape[1], dtype=np.int64))
            keys: npt.NDArray[np.int64] | npt.NDArray[np.uint8] = used.astype(np.int64) @ bits
        else:
            keys = np.packbits(used, axis=1)
        first, inverse = _distinct_rows(keys)
        numbers = np.empty(len(first), dtype=np.int64)
        for k, e in enumerate(first):
            key = keys[e].tobytes() if keys.ndim > 1 else int(keys[e])
            if key not in self._profile_number:
                self._profile_number[key] = len(self.profiles)
                self.profiles.append(
                    supports_label(used[e, : self.m], used[e, self.m :], self.game)
                )
            numbers[k] = self._profile_number[key]
        index: IntArray = numbers[inverse]
        return index

    def regime_index(self, offsets: IntArray, profiles: IntArray, undefined: BoolArray) -> IntArray:
        """Each point's regime number: the set of its equilibria's profiles, or undefined.

        ``profiles[offsets[p]:offsets[p + 1]]`` are point p's profile numbers.
        """
        points = len(undefined)
        count = np.diff(offsets)
        point_of = np.repeat(np.arange(points), count)
        if len(self.profiles) <= _KEY_BITS:
            key = np.zeros(points, dtype=np.int64)
            np.bitwise_or.at(key, point_of, np.left_shift(np.int64(1), profiles))
            key[undefined] = -1
            first, inverse = _distinct_rows(key)
            sets = [self._members(int(key[p])) for p in first]
        else:
            width = int(count.max(initial=0)) + 1
            table = np.full((points, width), -1, dtype=np.int64)
            slot = np.arange(len(point_of)) - offsets[point_of]
            table[point_of, slot] = profiles
            table = np.sort(table, axis=1)
            table[:, 1:][table[:, 1:] == table[:, :-1]] = -1
            table = np.sort(table, axis=1)
            table[undefined, :] = -2
            first, inverse = _distinct_rows(table)
            sets = [
                None if table[p, 0] == -2 else tuple(int(v) for v in table[p] if v >= 0)
                for p in first
            ]
        order = np.argsort(first, kind="stable")  # regimes numbered by first appearance
        numbers = np.empty(len(first), dtype=np.int64)
        for k in order:
            numbers[k] = self._regime(sets[k])
        index: IntArray = numbers[inverse]
        return index

    @staticmethod
    def _members(key: int) -> tuple[int, ...] | None:
        if key < 0:
            return None
        return tuple(bit for bit in range(key.bit_length()) if key >> bit & 1)

    def _regime(self, members: tuple[int, ...] | None) -> int:
        if members not in self._regime_number:
            self._regime_number[members] = len(self.regimes)
            self.regimes.append(self._label(members))
        return self._regime_number[members]

    def _label(self, members: tuple[int, ...] | None) -> str:
        if members is None:
            return undefined_label()
        labels = sorted((self.profiles[k] for k in members), key=regime_order)
        return " | ".join(labels) if labels else no_equilibrium_label()


__all__ = [
    "RegimeTable",
    "no_equilibrium_label",
    "profile_regime",
    "regime_order",
    "supports_label",
    "undefined_label",
]
