"""The learning dynamics described for a class: what each one models, in one sentence."""

from __future__ import annotations

from explorer.core.i18n import N_

#: What each dynamic models, in one sentence for the class.
EXPLANATIONS = {
    "fictitious": N_(
        "Each player best-responds to the other's past play, counted so far: "
        "beliefs are the observed frequencies (Brown 1951; Fudenberg and Levine 1998)."
    ),
    "stochastic": N_(
        "Like fictitious play, but each choice is a noisy, logit best response, so every "
        "strategy keeps some chance and play moves smoothly (Hofbauer and Sandholm 2002)."
    ),
    "replicator": N_(
        "One population meets itself: a strategy's share grows in proportion to how much "
        "better than average it does (Taylor and Jonker 1978). For symmetric games."
    ),
    "asymmetric": N_(
        "Two populations, one per role: each strategy's share grows with its payoff against "
        "the other population, relative to its own population's average."
    ),
}
