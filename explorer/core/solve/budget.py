"""The time and memory a solve may use, handed down to every algorithm it runs."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

StopCheck = Callable[[], bool]

#: Seconds a single solve may take unless the caller says otherwise.
DEFAULT_SECONDS = 10.0
#: Bytes of working arrays an algorithm may hold at once (chunks are sized to fit).
DEFAULT_MEMORY = 256 * 2**20
#: Share of a solve's time that enumeration may use; the rest is kept for Lemke-Howson, so
#: that a game too large to enumerate in time still gets an equilibrium.
ENUMERATION_SHARE = 0.8


class SolveCancelled(Exception):
    """Raised when a caller's stop check asks a running solve to give up."""


class BudgetExhausted(Exception):
    """Raised inside an algorithm when its deadline has passed (the caller says so in words)."""


def _never() -> bool:
    return False


@dataclass(frozen=True)
class Budget:
    """A deadline (``None``: no time limit), a memory bound and the caller's stop check.

    Algorithms call :meth:`check` between steps: it raises :class:`SolveCancelled` when the
    caller asks to stop and :class:`BudgetExhausted` when the deadline has passed.
    """

    seconds: float | None = DEFAULT_SECONDS
    memory: int = DEFAULT_MEMORY
    should_stop: StopCheck = _never
    started: float = field(default_factory=time.perf_counter)

    @property
    def deadline(self) -> float | None:
        return None if self.seconds is None else self.started + self.seconds

    def remaining(self) -> float:
        """Seconds left (infinite without a time limit)."""
        deadline = self.deadline
        return float("inf") if deadline is None else deadline - time.perf_counter()

    def expired(self) -> bool:
        return self.remaining() <= 0

    def check(self) -> None:
        """Raise if the caller wants to stop or the time is up."""
        if self.should_stop():
            raise SolveCancelled
        if self.expired():
            raise BudgetExhausted

    def share(self, fraction: float) -> Budget:
        """A budget ending after ``fraction`` of the time that is left, same memory and stop."""
        if self.seconds is None:
            return self
        left = max(self.remaining(), 0.0)
        return Budget(left * fraction, self.memory, self.should_stop)

    def reserve(self, fraction: float = 1.0 - ENUMERATION_SHARE) -> Budget:
        """What is left, but at least ``fraction`` of the whole: the time kept for
        Lemke-Howson after an enumeration that overran its share."""
        if self.seconds is None:
            return self
        left = max(self.remaining(), self.seconds * fraction)
        return Budget(left, self.memory, self.should_stop)

    def elements(self, bytes_per_element: int = 8, copies: int = 8) -> int:
        """How many array elements fit in the memory bound, leaving room for ``copies``
        temporaries of each."""
        return max(1, self.memory // (bytes_per_element * copies))


def unlimited(should_stop: StopCheck | None = None) -> Budget:
    """No deadline (a sweep bounds its work by its grid and can be cancelled instead)."""
    return Budget(seconds=None, should_stop=should_stop or _never)


__all__ = [
    "DEFAULT_MEMORY",
    "DEFAULT_SECONDS",
    "ENUMERATION_SHARE",
    "Budget",
    "BudgetExhausted",
    "SolveCancelled",
    "StopCheck",
    "unlimited",
]
