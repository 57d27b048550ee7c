"""Hostile game files, made reproducibly from the bundled games and the test data.

Each file is a seed file (``games/*.json``, matrix and tree; ``tests/data`` ``.nfg`` and
``.efg``) with one to three mutations: flipped bytes, truncation, junk spliced in, a chunk
repeated; for JSON a value of the wrong type, a huge or tiny number, deep nesting, a huge
string, a duplicated or deleted key, a bad optional section; for Gambit text a number, a
label or a count replaced, braces nested deep, a token deleted or repeated. The same seed
gives the same files, on every machine.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
#: The files mutated, by format, and how often each format is chosen.
SEED_FILES = {
    ".json": sorted((ROOT / "games").glob("*.json")),
    ".nfg": sorted((ROOT / "tests" / "data" / "nfg").glob("*.nfg")),
    ".efg": sorted((ROOT / "tests" / "data" / "efg").glob("*/*.efg")),
}
FORMAT_WEIGHTS = {".json": 0.5, ".nfg": 0.3, ".efg": 0.2}


@dataclass(frozen=True)
class HostileFile:
    """One mutated file: what it was made from and how, its bytes and its name ending."""

    name: str
    data: bytes
    suffix: str

    def write(self, folder: Path, number: int) -> Path:
        path = folder / f"hostile_{number}{self.suffix}"
        path.write_bytes(self.data)
        return path


# --- values a hostile file puts where a good one has something sensible ----------------------

HUGE_NUMBERS = [
    "1e308",
    "-1.7e308",
    "9" * 309,
    "-" + "1" * 309,
    "1e12",
    "1000000000001",
    "5e-324",
    "-0.0",
    str(2**63),
    "123456789012345678901234567890",
    "1e-400",
    "0.000000000000000000001",
]
WRONG_VALUES: list[object] = [
    None,
    True,
    False,
    "text",
    "",
    [],
    {},
    0,
    -1.5,
    [[1]],
    {"a": 1},
    ["a", "b"],
    "abc" * 3,
]
ODD_TOKENS = ["1e309", "9" * 400, "1/0", "nan", "inf", "-", "1e999999", "0x10", "+-3", "1//2"]
STRANGE_TEXT = [
    "\x00\x01\x1f",
    "\u202e\u2028\u2029",
    '"quoted" \\ backslash',
    "emoji 🎲🎲",
    "ünïcödé",
    "\ud7ff\ue000",
    "{ } , \" '",
]


def huge_string(rng: random.Random) -> str:
    length = rng.choice([101, 2_001, 20_001, 300_000])
    return (rng.choice(STRANGE_TEXT) * (length // 4 + 1))[:length]


def deep(rng: random.Random) -> str:
    depth = rng.choice([17, 100, 900, 5_000, 100_000])
    if rng.random() < 0.5:
        return "[" * depth + "]" * depth
    return '{"a": ' * depth + "1" + "}" * depth


# --- JSON: the decoded value's tree -----------------------------------------------------------


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


def _json_mutation(text: str, rng: random.Random) -> str:
    data = json.loads(text)
    paths = list(_paths(data))
    path = rng.choice(paths)
    kind = rng.randrange(9)
    placeholder = "\u0000PLACEHOLDER\u0000"
    raw: str | None = None
    if kind == 0:
        data = _replace(data, path, rng.choice(WRONG_VALUES))
    elif kind == 1:
        data, raw = _replace(data, path, placeholder), rng.choice(HUGE_NUMBERS)
    elif kind == 2:
        data, raw = _replace(data, path, placeholder), deep(rng)
    elif kind == 3:
        data = _replace(data, path, huge_string(rng))
    elif kind == 4 and path:  # delete a key or an element
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        del parent[path[-1]]
    elif kind == 5:  # a bad optional section, or an extra key
        section = rng.choice(["repeated", "library", "translations", "notes", "sweep"])
        value = rng.choice(
            [
                *WRONG_VALUES,
                {"discount_factor": rng.choice([*WRONG_VALUES, 1.5, 1e308])},
                {"periods": rng.choice([0, 2.5, 1e308, 10**400, "30"])},
                {"cooperate": rng.choice([5, ["x"], ["a", "b"], [0, 99]])},
                {"order": rng.choice(["abc", 1e308, [1]])},
                {"de": {"players": [{"strategies": [1, None]}, "x"]}},
            ]
        )
        if isinstance(data, dict):
            data[section] = value
    else:  # a number replaced by another kind of number, or duplicated keys in the text
        text = json.dumps(data, ensure_ascii=rng.random() < 0.5)
        if kind == 6:
            return re.sub(r'"title": ', lambda m: '"title": 5, "title": ', text, count=1)
        numbers = list(re.finditer(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?", text))
        if numbers:
            match = rng.choice(numbers)
            return text[: match.start()] + rng.choice(HUGE_NUMBERS) + text[match.end() :]
        return text
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5)
    return text.replace(json.dumps(placeholder), raw) if raw is not None else text


# --- Gambit text: tokens ------------------------------------------------------------------------

_GAMBIT_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}]|[^\s{}",]+')


def _gambit_mutation(text: str, rng: random.Random) -> str:
    tokens = list(_GAMBIT_TOKEN.finditer(text))
    if not tokens:
        return text + rng.choice(ODD_TOKENS)
    token = rng.choice(tokens)
    start, end = token.span()
    kind = rng.randrange(6)
    if kind == 0:
        new = rng.choice([*ODD_TOKENS, *HUGE_NUMBERS])
    elif kind == 1:
        new = '"' + huge_string(rng).replace('"', "'") + '"'
    elif kind == 2:
        new = rng.choice(["{", "}"]) * rng.choice([17, 1_000, 100_000]) + " " + token.group()
    elif kind == 3:
        new = ""
    elif kind == 4:
        other = rng.choice(tokens)
        new = token.group() + " " + text[min(start, other.start()) : max(end, other.end())]
    else:  # a count or an index: a number far too big
        new = rng.choice(["50", "51", "99999999999999999999", "0", "-1", "2.5"])
    return text[:start] + new + text[end:]


# --- bytes -------------------------------------------------------------------------------------


def _byte_mutation(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(4)
    if not data:
        return bytes(rng.randrange(256) for _ in range(8))
    if kind == 0:  # flip a few bytes
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            flipped[rng.randrange(len(flipped))] ^= rng.randrange(1, 256)
        return bytes(flipped)
    if kind == 1:  # truncate
        return data[: rng.randrange(len(data))]
    if kind == 2:  # splice junk in
        junk = rng.choice([b"\x00", b"\xff\xfe", b"\xe2\x80\xa8", "é".encode(), b"\\", b'"'])
        at = rng.randrange(len(data) + 1)
        return data[:at] + junk * rng.randint(1, 50) + data[at:]
    at, size = rng.randrange(len(data)), rng.randint(1, 400)  # repeat a chunk
    return data[: at + size] + data[at : at + size] * rng.randint(2, 20) + data[at + size :]


def mutate(seed_file: Path, rng: random.Random) -> HostileFile:
    """One hostile file from ``seed_file``: one to three mutations, each chosen at random."""
    data = seed_file.read_bytes()
    steps = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        text = data.decode("utf-8", errors="replace")
        structural = rng.random() < 0.7
        if structural and seed_file.suffix == ".json":
            try:
                data = _json_mutation(text, rng).encode("utf-8", errors="surrogatepass")
                steps.append("json")
                continue
            except (ValueError, RecursionError):  # an earlier step broke the JSON
                pass
        elif structural:
            data = _gambit_mutation(text, rng).encode("utf-8", errors="surrogatepass")
            steps.append("tokens")
            continue
        data = _byte_mutation(data, rng)
        steps.append("bytes")
    return HostileFile(f"{seed_file.name} ({', '.join(steps)})", data, seed_file.suffix)


def hostile_files(count: int, seed: int) -> Iterator[HostileFile]:
    """``count`` hostile files, the same for the same ``seed``."""
    rng = random.Random(seed)
    formats, weights = zip(*FORMAT_WEIGHTS.items(), strict=True)
    for _ in range(count):
        suffix = rng.choices(formats, weights)[0]
        yield mutate(rng.choice(SEED_FILES[suffix]), rng)


def outcome_nfg(outcomes: int, rng: np.random.Generator, size: int = 50) -> str:
    """A ``.nfg`` in the outcome form: ``outcomes`` outcomes, one outcome number per profile
    (with 200,000 outcomes, the 2.8 MB file that froze the app for 34 s)."""
    names = " ".join(f'"{k}"' for k in range(1, size + 1))
    payoffs = rng.integers(-99, 100, (outcomes, 2))
    listed = "\n".join(f'{{ "" {a} {b} }}' for a, b in payoffs)
    profiles = " ".join(str(k) for k in rng.integers(1, outcomes + 1, size * size))
    header = f'NFG 1 R "Outcomes" {{ "A" "B" }} {{ {{ {names} }} {{ {names} }} }}'
    return f"{header}\n{{\n{listed}\n}}\n{profiles}\n"
