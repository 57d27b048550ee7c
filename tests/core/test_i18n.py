"""The core's language: a catalog that loads, falls back to English, resets and restores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.core import i18n
from explorer.core.i18n import CATALOG, N_, Catalog, _
from explorer.resources import translations_dir

TEMPLATE = "{first} and {last}"


def write_catalog(folder: Path, code: str, entries: object) -> Path:
    file = folder / f"core_{code}.json"
    file.write_text(json.dumps(entries), encoding="utf-8")
    return folder


def test_english_is_the_default_and_the_templates_are_the_text() -> None:
    catalog = Catalog()
    assert catalog.language == "en"
    assert catalog.translate(TEMPLATE) == TEMPLATE


def test_the_bundled_german_catalog_translates_a_template() -> None:
    catalog = Catalog()
    assert catalog.use("de", translations_dir())
    assert catalog.language == "de"
    assert catalog.translate(TEMPLATE) == "{first} und {last}"
    assert catalog.translate("a sentence nobody translated") == "a sentence nobody translated"


def test_reset_returns_to_english() -> None:
    catalog = Catalog()
    catalog.use("de", translations_dir())
    catalog.reset()
    assert catalog.language == "en"
    assert catalog.translate(TEMPLATE) == TEMPLATE


@pytest.mark.parametrize(
    "entries",
    ["not a catalog", ["a", "list"], None],
)
def test_a_catalog_that_is_not_a_mapping_leaves_english(tmp_path: Path, entries: object) -> None:
    catalog = Catalog()
    assert not catalog.use("xx", write_catalog(tmp_path, "xx", entries))
    assert catalog.language == "en"


def test_an_unreadable_catalog_leaves_english(tmp_path: Path) -> None:
    (tmp_path / "core_xx.json").write_bytes(b"{not json")
    catalog = Catalog()
    catalog.use("de", translations_dir())
    assert not catalog.use("xx", tmp_path)
    assert catalog.language == "en" and catalog.translate(TEMPLATE) == TEMPLATE


def test_a_missing_catalog_and_english_itself_load_nothing(tmp_path: Path) -> None:
    catalog = Catalog()
    assert not catalog.use("fr", tmp_path)
    assert not catalog.use("en", translations_dir())
    assert catalog.language == "en"


def test_empty_translations_fall_back_to_the_template(tmp_path: Path) -> None:
    catalog = Catalog()
    assert catalog.use("xx", write_catalog(tmp_path, "xx", {TEMPLATE: "", "yes": "ja"}))
    assert catalog.translate(TEMPLATE) == TEMPLATE
    assert catalog.translate("yes") == "ja"


def test_using_restores_the_previous_language_even_after_an_error(tmp_path: Path) -> None:
    catalog = Catalog()
    write_catalog(tmp_path, "xx", {"yes": "oui"})
    catalog.use("xx", tmp_path)
    with pytest.raises(RuntimeError), catalog.using("de", translations_dir()) as loaded:
        assert loaded and catalog.translate("yes") == "yes"
        raise RuntimeError
    assert catalog.language == "xx" and catalog.translate("yes") == "oui"


def test_the_module_functions_use_the_one_catalog() -> None:
    assert i18n.language() == "en"
    with CATALOG.using("de", translations_dir()):
        assert i18n.language() == "de"
        assert _(TEMPLATE) == "{first} und {last}"
    assert i18n.set_language("de", translations_dir())
    assert _(TEMPLATE) == "{first} und {last}"
    # N_ only marks: the constant is translated later, where it is shown.
    assert N_(TEMPLATE) == TEMPLATE


def test_no_language_leaks_into_the_next_test_part_one() -> None:
    """This test switches to German and does not switch back ..."""
    i18n.set_language("de", translations_dir())
    assert i18n.language() == "de"


def test_no_language_leaks_into_the_next_test_part_two() -> None:
    """... and the autouse fixture in tests/conftest.py has put English back."""
    assert i18n.language() == "en"
    assert _(TEMPLATE) == TEMPLATE
