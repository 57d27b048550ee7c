"""Trees in words: backward induction explained step by step, paths of play, incredible threats.

Every sentence goes through :func:`explorer.core.i18n._` (German in
``translations/core_de.json``). The explanations read a behaviour profile and the tree's
subgames: for each subgame from the innermost out, what its mover prefers and by how much,
and whether a rejected action was a threat the other player need not believe.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from explorer.core.i18n import _
from explorer.core.numeric import PROBABILITY_TOLERANCE, payoff_tolerance
from explorer.core.text import format_number, mixture_text, simple_fraction
from explorer.core.tree.behaviour import Profile
from explorer.core.tree.model import GameTree
from explorer.core.tree.subgames import Subgames

#: Steps of backward induction explained, at most (a big tree's explanation stays readable).
MAX_STEPS = 40


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return _("{first} and {last}").format(first=", ".join(items[:-1]), last=items[-1])


def context(tree: GameTree, node: int, opening: bool = True) -> str:
    """Where a node is, in words: "At the start" or "After Enter → Fight" (lower case
    inside a sentence, ``opening=False``)."""
    if node == 0:
        return _("At the start") if opening else _("at the start")
    path = " → ".join(tree.nodes[n].actions[a] for n, a in tree.path_to(node))
    return (_("After {path}") if opening else _("after {path}")).format(path=path)


def behaviour_text(tree: GameTree, profile: Profile, infoset: int) -> str:
    """What a player does at an information set: "Trust" or "1/3 Trust + 2/3 Distrust"."""
    strategy = profile.behaviour[infoset]
    if strategy is None:
        return _("(not reached by its own play)")
    return mixture_text(strategy, tree.information_sets[infoset].actions)


@dataclass
class _Fork:
    """Where the path of play branches (chance, or a mixed move): labelled branches."""

    branches: list[tuple[str, list[_Fork | str]]] = field(default_factory=list)


def path_of_play(profile: Profile, probabilities: bool = True) -> str:
    """The moves played with positive probability, from the root.

    A single line of play reads "Enter → Accommodate"; where chance or a mixed move
    branches, each branch is given in brackets with its probability:
    "[Protects 3/4: Use → Keep private; Monetises 1/4: Use → Sell data]". Without
    ``probabilities`` the branches are only named (a regime's name in a sweep, which stays
    the same while a mixed move's weights change).
    """
    tree = profile.tree
    path: list[_Fork | str] = []
    stack: list[tuple[int, list[_Fork | str]]] = [(0, path)]
    while stack:  # no recursion: a deep tree has a long path
        node, segment = stack.pop()
        played = profile.played(node)
        actions, children = tree.nodes[node].actions, tree.nodes[node].children
        if len(played) == 1:
            segment.append(actions[played[0][0]])
            stack.append((children[played[0][0]], segment))
        elif played:
            fork = _Fork()
            segment.append(fork)
            for action, probability in played:
                branch: list[_Fork | str] = []
                label = actions[action]
                if probabilities:
                    label = f"{label} {simple_fraction(probability)}"
                fork.branches.append((label, branch))
                stack.append((children[action], branch))
    return _render(path)


def _render(path: list[_Fork | str]) -> str:
    """A path with arrows between moves and forks in brackets, innermost branches first."""
    done: dict[int, str] = {}
    stack: list[tuple[list[_Fork | str], bool]] = [(path, False)]
    while stack:
        segment, ready = stack.pop()
        if not ready:
            stack.append((segment, True))
            for item in segment:
                if isinstance(item, _Fork):
                    stack.extend((branch, False) for _label, branch in item.branches)
            continue
        words = [item if isinstance(item, str) else _fork_text(item, done) for item in segment]
        done[id(segment)] = " → ".join(words)
    return done[id(path)]


def _fork_text(fork: _Fork, done: dict[int, str]) -> str:
    parts = [
        f"{label}: {done[id(branch)]}" if done[id(branch)] else label
        for label, branch in fork.branches
    ]
    return "[" + "; ".join(parts) + "]"


def _value(value: float) -> str:
    return format_number(float(value))


@dataclass(frozen=True)
class Step:
    """One step of backward induction: a subgame solved, named by its root, in a sentence.

    ``kind`` is ``"choice"`` (one mover chooses), ``"chance"`` (chance averages what follows)
    or ``"subgame"`` (a part with hidden moves, solved as a strategic game).
    """

    node: int
    kind: str
    sentence: str


def steps(profile: Profile, subgames: Subgames, limit: int | None = None) -> list[Step]:
    """Backward induction one subgame at a time, innermost first (each after those inside it).

    Parameters
    ----------
    profile
        A subgame-perfect equilibrium (its choices are the ones explained).
    subgames
        The tree's proper subgames (:class:`~explorer.core.tree.subgames.Subgames`).
    limit
        Most steps returned (None: all).
    """
    tree = profile.tree
    values = profile.values
    slack = payoff_tolerance(np.nan_to_num(values))
    found: list[Step] = []
    for root in reversed(subgames.roots):
        if limit is not None and len(found) == limit:
            break
        if not subgames.is_single_move(tree, root):
            found.append(Step(root, "subgame", _subgame_sentence(profile, subgames, root)))
        elif tree.nodes[root].is_chance:
            found.append(Step(root, "chance", _chance_sentence(profile, root)))
        else:
            found.append(Step(root, "choice", _choice_sentence(profile, root, slack)))
    return found


def explain(profile: Profile, subgames: Subgames) -> list[str]:
    """Backward induction in sentences, innermost subgame first, then the path of play
    (chance moves are averaged without a sentence of their own)."""
    sentences: list[str] = []
    for step in steps(profile, subgames):
        if len(sentences) == MAX_STEPS:
            sentences.append(_("(and more steps like these)"))
            break
        if step.kind != "chance":
            sentences.append(step.sentence)
    sentences.append(outcome_sentence(profile))
    return sentences


def outcome_sentence(profile: Profile) -> str:
    """ "Path of play: Enter → Accommodate; payoffs 2, 2."."""
    payoffs = ", ".join(_value(v) for v in profile.payoffs)
    return _("Path of play: {path}; payoffs {payoffs}.").format(
        path=path_of_play(profile) or _("no move"), payoffs=payoffs
    )


def _chance_sentence(profile: Profile, node: int) -> str:
    tree = profile.tree
    first, second = (_value(v) for v in profile.values[node])
    return _(
        "{where}, chance moves; the expected payoffs are {first_value} for {first} and "
        "{second_value} for {second}."
    ).format(
        where=context(tree, node),
        first=tree.players[0],
        first_value=first,
        second=tree.players[1],
        second_value=second,
    )


def _action_values(profile: Profile, node: int, player: int) -> list[float]:
    """The payoff to ``player`` of each action at ``node``, with play continuing as profiled."""
    tree = profile.tree
    outcome = profile.point.outcome[node, player]
    return [float(outcome + profile.values[c, player]) for c in tree.nodes[node].children]


def _choice_sentence(profile: Profile, node: int, slack: float) -> str:
    tree = profile.tree
    decision = tree.nodes[node]
    player = decision.player
    assert player is not None
    own = _action_values(profile, node, player)
    chosen = [k for k, _p in profile.played(node)] or [int(np.argmax(own))]
    action = chosen[0]
    where, name = context(tree, node), tree.players[player]
    tied = [k for k, v in enumerate(own) if v >= own[action] - slack]
    if len(tied) > 1:
        return _(
            "{where}, {player} is indifferent between {actions} ({value} each); "
            "this equilibrium takes {action}."
        ).format(
            where=where,
            player=name,
            actions=_join([decision.actions[k] for k in tied]),
            value=_value(own[action]),
            action=behaviour_text(tree, profile, decision.information_set),
        )
    others = [k for k in range(len(own)) if k != action]
    comparison = (
        f"{_value(own[action])} > {_value(own[others[0]])}"
        if len(others) == 1
        else "; ".join(
            [f"{_value(own[action])}"]
            + [
                _("{action} gives {value}").format(action=decision.actions[k], value=_value(own[k]))
                for k in others
            ]
        )
    )
    sentence = _("{where}, {player} prefers {action} ({comparison})").format(
        where=where, player=name, action=decision.actions[action], comparison=comparison
    )
    threats = _threats(profile, node, action, others, slack)
    if threats:
        sentence += _(", so the threat to {threat} is not credible").format(threat=_join(threats))
    return sentence + "."


def _threats(
    profile: Profile, node: int, action: int, others: list[int], slack: float
) -> list[str]:
    """Rejected actions that would have hurt the other player, who moved before: threats the
    mover would not carry out."""
    tree = profile.tree
    player = tree.nodes[node].player
    assert player is not None
    other = 1 - player
    if not any(tree.nodes[n].player == other for n, _a in tree.path_to(node)):
        return []
    theirs = _action_values(profile, node, other)
    return [tree.nodes[node].actions[k] for k in others if theirs[k] < theirs[action] - slack]


def _subgame_sentence(profile: Profile, subgames: Subgames, root: int) -> str:
    """A subgame with information sets, solved as a strategic game."""
    tree = profile.tree
    inner = subgames.inner[root]
    sets = sorted(
        {
            tree.nodes[n].information_set
            for n in range(root, int(tree.end[root]))
            if tree.nodes[n].is_decision and not any(tree.in_subtree(n, r) for r in inner)
        }
    )
    moves = []
    for player in (0, 1):
        played = [
            behaviour_text(tree, profile, h)
            for h in sets
            if tree.information_sets[h].player == player
        ]
        if played:
            moves.append(
                _("{player} plays {moves}").format(
                    player=tree.players[player], moves=", ".join(played)
                )
            )
    payoffs = ", ".join(_value(v) for v in profile.values[root])
    return _(
        "{where}, not every move is seen by the player who moves next, so this part of the "
        "game is solved as a strategic game: {moves} (payoffs {payoffs})."
    ).format(where=context(tree, root), moves=_join(moves), payoffs=payoffs)


def not_credible(profile: Profile) -> str | None:
    """Why a Nash equilibrium is not subgame perfect, where one move shows it.

    Working back from the end of the game, a node whose mover alone decides there and puts
    probability on an action that gives it less than another. Where the equilibrium leaves a
    single-node set without probabilities (the player's own earlier move excludes it), the
    mover is assumed to choose its best action there. None if no such node is found.
    """
    tree = profile.tree
    outcome = profile.point.outcome
    values = outcome.copy()
    slack = payoff_tolerance(outcome)
    for node in range(len(tree.nodes) - 1, -1, -1):
        decision = tree.nodes[node]
        children = list(decision.children)
        if not children:
            continue
        if decision.is_chance:
            values[node] += profile.point.probability[children] @ values[children]
            continue
        player = decision.player
        assert player is not None
        own = values[children, player] + outcome[node, player]
        best = int(np.argmax(own))
        strategy = profile.behaviour[decision.information_set]
        alone = len(tree.information_sets[decision.information_set].members) == 1
        if strategy is None:
            strategy = tuple(float(k == best) for k in range(len(children))) if alone else None
        if strategy is None:
            values[node] = np.nan
            continue
        values[node] += np.asarray(strategy) @ values[children]
        if not alone or np.isnan(own).any():
            continue
        for action, probability in enumerate(strategy):
            if probability > PROBABILITY_TOLERANCE and own[action] < own[best] - slack:
                other = values[children, 1 - player]
                threat = other[action] < other[best] - slack
                template = (
                    _(
                        "Not subgame perfect: {where}, {player} would play {played}, although "
                        "{better} gives it more than {action} ({more} > {less}); the threat "
                        "is not credible."
                    )
                    if threat
                    else _(
                        "Not subgame perfect: {where}, {player} would play {played}, although "
                        "{better} gives it more than {action} ({more} > {less})."
                    )
                )
                return template.format(
                    where=context(tree, node, opening=False),
                    player=tree.players[player],
                    played=mixture_text(strategy, decision.actions),
                    action=decision.actions[action],
                    better=decision.actions[best],
                    more=_value(own[best]),
                    less=_value(own[action]),
                )
    return None
