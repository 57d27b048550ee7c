"""Gambit extensive-form (``.efg``) files of two-player games: read and write.

The format (Gambit's documentation, "The extensive game (.efg) file format") is a stream of
tokens, white space between them carrying no meaning::

    EFG 2 R "title" { "Player 1" "Player 2" }       prologue: version 2, R, title, players
    "comment"                                        optional
    c "node" 1 "event" { "H" 1/2 "T" 1/2 } 0         chance: event number, actions with
                                                     probabilities, outcome number
    p "node" 1 1 "set" { "L" "R" } 1 "o" { 2, 0 }    decision: player, information set,
                                                     actions, outcome with its payoffs
    t "node" 2 "outcome" { 1, 1 }                    terminal: outcome (0 for none)

Nodes are listed in preorder. Information sets are numbered per player and chance events
among themselves; outcomes are numbered, 0 meaning none. The second and later uses of a
number may leave out its description or repeat it exactly. Outcomes may sit at any node;
payoffs add up along the path. The reader uses the tokenizer and number rules of
:mod:`explorer.core.io.gambit`, as the ``.nfg`` reader does, keeps an explicit stack of
unfinished nodes (no recursion) and stops at :data:`~explorer.core.tree.model.MAX_NODES` nodes.

It stays one module (over 400 lines): reading and writing one format, whose rules are
checked against each other in one place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from explorer.core.formula import Formula, FormulaError
from explorer.core.game import MAX_NAME_LENGTH, MAX_TEXT_LENGTH, GameError
from explorer.core.io.errors import GameFileError
from explorer.core.io.gambit import (
    Entry,
    Lexer,
    Token,
    check_text,
    clean_label,
    describe_token,
    exact_number_text,
    label_names,
    number_entry,
    preview,
    quote,
    read_file_type,
    read_players,
    shorten,
    whole_number,
)
from explorer.core.tree.build import NodeSpec, TreeHeader, build_tree
from explorer.core.tree.model import CHANCE, MAX_NODES, GameTree, TreeError

_QUOTED = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NODE_TYPE = re.compile(r"(?<![^\s{},])[cpt](?![^\s{},])")
_PLAIN_NUMBER = re.compile(
    r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?[0-9]+/[0-9]+"
)


@dataclass
class _Described:
    """A numbered information set, chance event or outcome, as first described."""

    label: str
    items: tuple[str, ...]
    numbers: tuple[Entry, ...]


@dataclass
class _Open:
    """A node whose children are still being read."""

    spec: NodeSpec
    remaining: int


class _Reader:
    """Reads the body of an ``.efg`` file node by node."""

    def __init__(self, lexer: Lexer, players: tuple[str, str]) -> None:
        self.lexer = lexer
        self.players = players
        self.infosets: dict[tuple[int, int], _Described] = {}
        self.events: dict[int, _Described] = {}
        self.outcomes: dict[int, _Described] = {}
        self.infoset_names: dict[str, str] = {}
        self.specs: list[NodeSpec] = []
        self._counted = (0, 1)  # (offset, its line): lines are counted once, not per node

    def _line(self, offset: int) -> int:
        start, line = self._counted
        line += self.lexer.text.count("\n", start, offset)
        self._counted = (offset, line)
        return line

    # --- the stream of nodes ----------------------------------------------------------------

    def read_nodes(self) -> list[NodeSpec]:
        stack: list[_Open] = []
        while True:
            token = self.lexer.next()
            if token.kind == "end":
                if not self.specs:
                    raise GameFileError("the file has no nodes after its prologue")
                if stack:
                    top = stack[-1]
                    raise GameFileError(
                        f"the file ends before the tree is complete: {top.spec.where} still "
                        f"needs {top.remaining} more child node{'s' * (top.remaining != 1)}"
                    )
                return self.specs
            if self.specs and not stack:
                raise self.lexer.error_at(
                    token.offset,
                    f"unexpected {describe_token(token)} after the last node of the tree",
                )
            if len(self.specs) >= MAX_NODES:
                raise GameFileError(f"the tree has more than {MAX_NODES:,} nodes, the limit")
            spec = self._node(token, len(self.specs) + 1)
            if stack:
                parent = stack[-1]
                parent.spec.children[len(parent.spec.children) - parent.remaining] = spec.key
                parent.remaining -= 1
                if not parent.remaining:
                    stack.pop()
            self.specs.append(spec)
            if spec.actions:
                spec.children = [None] * len(spec.actions)
                stack.append(_Open(spec, len(spec.actions)))

    def _node(self, token: Token, number: int) -> NodeSpec:
        if token.kind != "word" or token.value not in ("c", "p", "t"):
            raise self.lexer.unexpected(
                token, "a node: 'c' (chance), 'p' (player) or 't' (terminal)"
            )
        where = f"node {number} (line {self._line(token.offset)})"
        name = clean_label(self.lexer.expect("text", f"the name of {where} in double quotes").value)
        spec = NodeSpec(key=f"n{number}", where=where, name=shorten(name, MAX_NAME_LENGTH))
        if token.value == "c":
            self._chance(spec)
        elif token.value == "p":
            self._decision(spec)
        self._outcome(spec)
        return spec

    # --- chance and decision nodes ------------------------------------------------------------

    def _chance(self, spec: NodeSpec) -> None:
        number = whole_number(self.lexer, self.lexer.next(), f"the chance event of {spec.where}")
        described = self._described(self.events, number, f"chance event {number}", chance=True)
        spec.player = CHANCE
        spec.actions = list(described.items)
        spec.probabilities = list(described.numbers)

    def _decision(self, spec: NodeSpec) -> None:
        player = whole_number(self.lexer, self.lexer.next(), f"the player of {spec.where}")
        if player not in (1, 2):
            raise GameFileError(
                f"{spec.where} belongs to player {player}; the players are 1 and 2 "
                "(chance nodes are 'c' nodes)"
            )
        number = whole_number(self.lexer, self.lexer.next(), f"the information set of {spec.where}")
        what = f"information set {number} of player {player}"
        described = self._described(self.infosets, (player, number), what, chance=False)
        spec.player = player - 1
        spec.actions = list(described.items)
        spec.information_set = f"{player}:{number}"
        self.infoset_names[spec.information_set] = described.label

    def _described(
        self,
        known: dict[Any, _Described],
        number: Any,
        what: str,
        chance: bool,
    ) -> _Described:
        """A numbered set or event: described here (and checked against an earlier
        description), or only referred to (then it must have been described before)."""
        if self.lexer.peek().kind != "text":
            if number not in known:
                raise self.lexer.error_at(
                    self.lexer.peek().offset, f"{what} is used before its actions are given"
                )
            return known[number]
        label = shorten(clean_label(self.lexer.next().value), MAX_NAME_LENGTH)
        self.lexer.expect("{", f"'{{' to open the actions of {what}")
        labels: list[str] = []
        numbers: list[Entry] = []
        while (token := self.lexer.next()).kind in ("text", ","):
            if token.kind == ",":
                continue
            labels.append(token.value)
            if chance:
                probability = self.lexer.next()
                if probability.kind != "word":
                    raise self.lexer.unexpected(
                        probability, f"the probability of '{preview(token.value)}'"
                    )
                numbers.append(number_entry(self.lexer, probability, "the probability"))
        if token.kind != "}":
            raise self.lexer.unexpected(
                token, f"an action label in double quotes or '}}' for {what}"
            )
        if not labels:
            raise GameFileError(f"{what} has no actions")
        described = _Described(label, tuple(label_names(labels)), tuple(numbers))
        earlier = known.get(number)
        if earlier is None:
            known[number] = described
        elif earlier != described:
            raise GameFileError(f"{what} is described twice, differently")
        return described

    # --- outcomes ---------------------------------------------------------------------------------

    def _outcome(self, spec: NodeSpec) -> None:
        token = self.lexer.next()
        number = whole_number(self.lexer, token, f"the outcome number of {spec.where}")
        if self.lexer.peek().kind == "text":
            if number == 0:
                raise self.lexer.error_at(
                    token.offset, "outcome 0 means no outcome and cannot have a name or payoffs"
                )
            described = self._read_outcome(number)
            earlier = self.outcomes.setdefault(number, described)
            if earlier != described:
                raise self.lexer.error_at(
                    token.offset, f"outcome {number} is described twice, differently"
                )
        elif number == 0:
            if spec.player is None:
                spec.payoffs = [0, 0]  # a terminal node without an outcome pays nothing
            return
        elif number not in self.outcomes:
            raise self.lexer.error_at(
                token.offset, f"outcome {number} is used before its payoffs are given"
            )
        outcome = self.outcomes[number]
        spec.payoffs = list(outcome.numbers)
        spec.outcome = outcome.label

    def _read_outcome(self, number: int) -> _Described:
        label = shorten(clean_label(self.lexer.next().value), MAX_NAME_LENGTH)
        start = self.lexer.expect("{", f"'{{' to open the payoffs of outcome {number}")
        payoffs: list[Entry] = []
        while (token := self.lexer.next()).kind in ("word", ","):
            if token.kind == "word":
                payoffs.append(number_entry(self.lexer, token))
        if token.kind != "}":
            raise self.lexer.unexpected(token, f"a payoff of outcome {number} or '}}' to close it")
        if len(payoffs) != 2:
            raise self.lexer.error_at(
                start.offset,
                f"outcome {number} has {len(payoffs)} payoff{'s' * (len(payoffs) != 1)}; "
                "a two-player game needs 2, one per player",
            )
        return _Described(label, (), tuple(payoffs))


# --- the prologue ---------------------------------------------------------------------------------


def _read_prologue(lexer: Lexer) -> tuple[str, tuple[str, str], str]:
    read_file_type(
        lexer, "EFG", "2", "NFG", "this is a Gambit strategic game (.nfg), not an extensive game"
    )
    title = lexer.expect("text", "the game's title in double quotes after 'EFG 2 R'").value
    first, second = read_players(lexer)
    comment = lexer.next().value.replace("\r\n", "\n") if lexer.peek().kind == "text" else ""
    return (
        shorten(clean_label(title), MAX_TEXT_LENGTH),
        (first, second),
        shorten(comment.strip(), MAX_TEXT_LENGTH),
    )


# --- public functions -----------------------------------------------------------------------------


def parse_efg_text(text: str) -> GameTree:
    """Read a two-player game tree from the text of a Gambit ``.efg`` file.

    Parameters
    ----------
    text
        The whole file, ``EFG 2 R`` first.

    Returns
    -------
    GameTree
        Node names, information-set and outcome labels kept; empty or repeated action labels
        numbered as Gambit does; integer payoffs as ``int``, rationals such as ``1/3`` as
        exact formula text, decimals as ``float``; the comment becomes the description.

    Raises
    ------
    GameFileError
        One sentence (naming the node and line where it helps) for any file that is not a
        readable two-player tree within the explorer's limits.
    """
    text = check_text(text)
    # Count the node letters outside quotes first, so a huge file fails before it is parsed.
    nodes = len(_NODE_TYPE.findall(_QUOTED.sub(" ", text)))
    if nodes > MAX_NODES + 1:
        raise GameFileError(f"the tree has about {nodes:,} nodes; the limit is {MAX_NODES:,}")
    lexer = Lexer(text)
    title, players, comment = _read_prologue(lexer)
    reader = _Reader(lexer, players)
    specs = reader.read_nodes()
    header = TreeHeader(
        title=title,
        players=players,
        description=comment,
        information_set_names=reader.infoset_names,
    )
    try:
        return build_tree(header, specs)
    except GameError as error:
        raise GameFileError(str(error)) from None


def to_efg_text(tree: GameTree, values: Mapping[str, float] | None = None) -> str:
    """The tree as a Gambit ``.efg`` file.

    Gambit has no parameters, so formulas are evaluated at ``values`` (the defaults where a
    value is missing) and the comment says which values were used. Information sets are
    numbered per player in order of first appearance, each chance node gets its own event,
    and equal outcomes (same label and payoffs) share a number. Numbers written as the tree
    holds them (``3``, ``1/3``, ``0.25``) read back exactly.

    Raises
    ------
    GameFileError
        If the values are not valid for the tree or a formula is undefined there.
    """
    try:
        point = tree.resolve(values)
    except TreeError as error:
        raise GameFileError(f"cannot write the Gambit file: {error}") from None
    writer = _Writer(tree, point)
    lines = [
        f"EFG 2 R {quote(tree.title)} {{ {quote(tree.players[0])} {quote(tree.players[1])} }}",
        quote(_comment(tree, point)),
        "",
    ]
    lines.extend(writer.node_line(index) for index in range(len(tree.nodes)))
    return "\n".join(lines) + "\n"


def _comment(tree: GameTree, point: Mapping[str, float]) -> str:
    if not tree.is_parametric:
        return tree.description
    used = ", ".join(f"{name} = {point[name]:.10g}" for name in tree.parameter_names)
    note = f"Payoffs and probabilities at {used} (exported from Strategy Explorer)."
    return f"{tree.description}\n\n{note}" if tree.description else note


class _Writer:
    """Numbers the information sets, events and outcomes while writing nodes in preorder."""

    def __init__(self, tree: GameTree, point: Mapping[str, float]) -> None:
        self.tree = tree
        self.point = point
        self.infoset_numbers: dict[int, int] = {}
        self.per_player = [0, 0]
        self.events = 0
        self.outcome_numbers: dict[tuple[str, str, str], int] = {}

    def node_line(self, index: int) -> str:
        node = self.tree.nodes[index]
        name = quote(node.name)
        if node.is_chance:
            self.events += 1
            moves = " ".join(
                f"{quote(a)} {self._number(p)}"
                for a, p in zip(node.actions, node.probabilities, strict=True)
            )
            outcome = self._outcome(node.payoffs, node.outcome)
            return f'c {name} {self.events} "" {{ {moves} }} {outcome}'
        if node.is_decision:
            assert node.player is not None
            infoset = self.tree.information_sets[node.information_set]
            described = node.information_set in self.infoset_numbers
            if not described:
                self.per_player[node.player] += 1
                self.infoset_numbers[node.information_set] = self.per_player[node.player]
            head = f"p {name} {node.player + 1} {self.infoset_numbers[node.information_set]}"
            if not described:
                head += (
                    f" {quote(infoset.name)} {{ {' '.join(quote(a) for a in infoset.actions)} }}"
                )
            return f"{head} {self._outcome(node.payoffs, node.outcome)}"
        if (
            node.payoffs is not None
            and not node.outcome
            and all(f.is_constant and f.source == 0 for f in node.payoffs)
        ):
            return f"t {name} 0"
        return f"t {name} {self._outcome(node.payoffs, node.outcome)}"

    def _outcome(self, payoffs: tuple[Formula, Formula] | None, label: str) -> str:
        if payoffs is None:
            return "0"
        numbers = (self._number(payoffs[0]), self._number(payoffs[1]))
        key = (label, *numbers)
        if key in self.outcome_numbers:
            return str(self.outcome_numbers[key])
        self.outcome_numbers[key] = len(self.outcome_numbers) + 1
        return f"{self.outcome_numbers[key]} {quote(label)} {{ {numbers[0]}, {numbers[1]} }}"

    def _number(self, formula: Formula) -> str:
        """A number as the file should hold it: the tree's own text where it is one."""
        source = formula.source
        if isinstance(source, int):
            return str(source)
        if isinstance(source, float):
            return repr(source)
        if _PLAIN_NUMBER.fullmatch(source.strip()):
            return source.strip()
        try:
            return exact_number_text(formula.value(self.point))
        except FormulaError as error:
            raise GameFileError(f"cannot write the Gambit file: {error.message}") from None
