"""docs/tutorial.md as steps a test can take: each ``<!-- check: name ... -->`` note, the
section it is in, and the visible text it checks (the paragraph or list item before it).

A note names its check and the inputs the text leaves open (``@subsidy=0.05``: where to
point); the figures to check are read from the visible text, so that changing them there is
what makes the test check the new ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

TUTORIAL = Path(__file__).resolve().parents[2] / "docs" / "tutorial.md"
NOTE = re.compile(r"<!--\s*check:\s*(?P<name>[\w-]+)(?P<arguments>.*?)-->")
ARGUMENT = re.compile(r'(?P<input>@)?(?P<key>\w+)=(?:"(?P<quoted>[^"]*)"|(?P<plain>\S+))')
SECTION = re.compile(r"^## (?P<title>.+?)\s*(?:\((?P<minutes>\d+) minutes\))?$")
LESSON = re.compile(r"^# A (?P<minutes>\d+)-minute lesson")


@dataclass(frozen=True)
class Step:
    """One checked step: its check, the section, the inputs, options and the visible text."""

    section: str
    name: str
    statement: str
    inputs: dict[str, float] = field(default_factory=dict)
    options: dict[str, str] = field(default_factory=dict)

    @property
    def pending(self) -> str:
        """Why the app cannot do this step yet ("" when it can)."""
        return self.options.get("pending", "")

    def __str__(self) -> str:
        return f"{self.section}: {self.name}"


def _note(section: str, match: re.Match[str], statement: list[str]) -> Step:
    inputs, options = {}, {}
    for argument in ARGUMENT.finditer(match["arguments"]):
        value = argument["quoted"] if argument["quoted"] is not None else argument["plain"]
        if argument["input"]:
            inputs[argument["key"]] = float(value)
        else:
            options[argument["key"]] = value
    text = " ".join(" ".join(statement).split())
    return Step(section, match["name"], text, inputs, options)


def read_steps(text: str) -> list[Step]:
    """Every checked step of the tutorial, in order."""
    steps: list[Step] = []
    section, statement = "Set-up", []
    for line in text.splitlines():
        stripped = line.strip()
        heading = SECTION.match(stripped)
        note = NOTE.search(stripped)
        if heading:
            section, statement = heading["title"], []
        elif note:
            steps.append(_note(section, note, statement))
            statement = []
        elif not stripped:
            statement = []
        elif stripped.startswith("- "):
            statement = [stripped[2:]]
        else:
            statement.append(stripped)
    return steps


def minutes(text: str) -> tuple[int, list[int]]:
    """The length the lesson claims, and its sections' lengths."""
    claimed = LESSON.search(text)
    assert claimed, "the tutorial's title no longer says how long the lesson is"
    parts = [
        int(heading["minutes"])
        for line in text.splitlines()
        if (heading := SECTION.match(line.strip())) and heading["minutes"]
    ]
    return int(claimed["minutes"]), parts


def expect(pattern: str, step: Step) -> re.Match[str]:
    """The figures ``pattern`` reads from the step's text; a clear failure if it says none."""
    found = re.search(pattern, step.statement)
    assert found, f"{step}: the tutorial no longer says {pattern!r} in: {step.statement!r}"
    return found


def quotes(step: Step, starting: str = "") -> list[str]:
    """What the text quotes (in "…", without a trailing ...), optionally only quotes that
    start with ``starting``."""
    found = [q.removesuffix("...").strip() for q in re.findall(r'"([^"]+)"', step.statement)]
    return [q for q in found if q.startswith(starting)]


def steps_by_section() -> dict[str, list[Step]]:
    sections: dict[str, list[Step]] = {}
    for step in read_steps(TUTORIAL.read_text(encoding="utf-8")):
        sections.setdefault(step.section, []).append(step)
    return sections
