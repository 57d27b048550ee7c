"""Parameter names as a class reads them: a formula says ``trust_penalty``, a German class
reads "Vertrauensabschlag". Formulas and files keep the name; only what is shown changes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Parameter"

#: The bundled games' parameters, so that the translation tools collect their names.
KNOWN = (
    QT_TRANSLATE_NOOP("Parameter", "subsidy"),
    QT_TRANSLATE_NOOP("Parameter", "trust_penalty"),
    QT_TRANSLATE_NOOP("Parameter", "quality_gap"),
    QT_TRANSLATE_NOOP("Parameter", "price_sensitivity"),
    QT_TRANSLATE_NOOP("Parameter", "cut_price"),
    QT_TRANSLATE_NOOP("Parameter", "monetisation"),
    QT_TRANSLATE_NOOP("Parameter", "closed_cost"),
    QT_TRANSLATE_NOOP("Parameter", "open_cost"),
    QT_TRANSLATE_NOOP("Parameter", "user_growth"),
    QT_TRANSLATE_NOOP("Parameter", "period"),
    QT_TRANSLATE_NOOP("Parameter", "prize"),
    QT_TRANSLATE_NOOP("Parameter", "fight_cost"),
    QT_TRANSLATE_NOOP("Parameter", "share_gain"),
    QT_TRANSLATE_NOOP("Parameter", "devaluation"),
    QT_TRANSLATE_NOOP("Parameter", "monetiser_share"),
    QT_TRANSLATE_NOOP("Parameter", "closed_price"),
    QT_TRANSLATE_NOOP("Parameter", "api_price"),
    QT_TRANSLATE_NOOP("Parameter", "data_value"),
    QT_TRANSLATE_NOOP("Parameter", "reputation_value"),
    QT_TRANSLATE_NOOP("Parameter", "infra_cost"),
    QT_TRANSLATE_NOOP("Parameter", "open_weights_appeal"),
    QT_TRANSLATE_NOOP("Parameter", "ecosystem_value"),
    QT_TRANSLATE_NOOP("Parameter", "western_cost"),
    QT_TRANSLATE_NOOP("Parameter", "chinese_cost"),
    QT_TRANSLATE_NOOP("Parameter", "build_cost"),
    QT_TRANSLATE_NOOP("Parameter", "fairness"),
    QT_TRANSLATE_NOOP("Parameter", "closed_budget"),
    QT_TRANSLATE_NOOP("Parameter", "closed_burn"),
    QT_TRANSLATE_NOOP("Parameter", "open_budget"),
    QT_TRANSLATE_NOOP("Parameter", "open_burn"),
    QT_TRANSLATE_NOOP("Parameter", "market_value"),
    QT_TRANSLATE_NOOP("Parameter", "financing"),
    QT_TRANSLATE_NOOP("Parameter", "free_periods"),
    QT_TRANSLATE_NOOP("Parameter", "lock_in"),
    QT_TRANSLATE_NOOP("Parameter", "discount_factor"),
    QT_TRANSLATE_NOOP("Parameter", "programme_cost"),
    QT_TRANSLATE_NOOP("Parameter", "base_value"),
)


def display_name(name: str) -> str:
    """``name`` in the language shown (itself where it has no translation)."""
    return QCoreApplication.translate(CONTEXT, name)


def labelled(name: str) -> str:
    """The display name with the formula name after it where they differ:
    ``Subvention (subsidy)``, or just ``subsidy``."""
    shown = display_name(name)
    return name if shown == name else f"{shown} ({name})"
