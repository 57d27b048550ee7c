"""Compare `explorer solve` with Gambit's enummixed on .nfg files (needs pygambit).

Usage: ``python benchmarks/gambit_crosscheck.py DIR`` where DIR holds two-player .nfg files,
for example Gambit's own catalogue (``contrib/games`` in Gambit's source). Each game is read
by the explorer's loader and by pygambit, solved by both, and the sets of equilibria
(rounded to 6 decimals) are compared. Exit status 1 if any game differs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from explorer.core.io import GameFileError, load_game
from explorer.core.solve import solve


def gambit_equilibria(path: Path, rows: int) -> set[tuple[tuple[float, ...], tuple[float, ...]]]:
    import pygambit as gbt

    game = gbt.read_nfg(str(path))
    found = set()
    for profile in gbt.nash.enummixed_solve(game, rational=False).equilibria:
        values = [round(float(v), 6) for _, v in profile]
        found.add((tuple(values[:rows]), tuple(values[rows:])))
    return found


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(".")
    differences = 0
    for path in sorted(folder.glob("*.nfg")):
        try:
            game = load_game(path)
        except GameFileError as error:
            print(f"{path.name}: not compared ({error})")
            continue
        A, B = game.evaluate()
        ours = solve(A, B)
        mine = {(tuple(np.round(e.row, 6)), tuple(np.round(e.column, 6))) for e in ours.equilibria}
        theirs = gambit_equilibria(path, A.shape[0])
        same = mine == theirs
        differences += not same
        note = " (degenerate)" if ours.degenerate else ""
        print(
            f"{path.name}: {A.shape[0]}x{A.shape[1]}, Gambit {len(theirs)}, explorer {len(mine)}"
            f" -> {'same' if same else 'DIFFERENT'}{note}"
        )
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
