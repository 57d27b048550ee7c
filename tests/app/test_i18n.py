"""The language: German from the compiled .qm or, in a checkout that never built it, the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from explorer.app import i18n
from explorer.app.i18n import SourceTranslator, app_translator, read_ts
from explorer.core import i18n as core_i18n
from explorer.resources import translations_dir

TS = translations_dir() / "explorer_de.ts"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A translations folder with the sources and the core's catalog, but no .qm."""
    for name in ("explorer_de.ts", "core_de.json"):
        shutil.copy(translations_dir() / name, tmp_path / name)
    return tmp_path


def compile_qm(folder: Path) -> None:
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    source = folder / "explorer_de.ts"
    subprocess.run(
        [tool, "-silent", str(source), "-qm", str(source.with_suffix(".qm"))], check=True
    )


def test_without_a_compiled_file_the_source_is_read(qapp, folder: Path) -> None:  # type: ignore[no-untyped-def]
    translator = app_translator("de", folder, qapp)
    assert isinstance(translator, SourceTranslator) and not translator.isEmpty()
    assert translator.translate("WindowMenus", "&File") == "&Datei"
    assert translator.translate("WindowMenus", "no such text") is None  # ask the next one


def test_the_source_gives_what_the_compiled_file_gives(qapp, folder: Path) -> None:  # type: ignore[no-untyped-def]
    source = app_translator("de", folder, qapp)
    compile_qm(folder)
    compiled = app_translator("de", folder, qapp)
    assert compiled is not None and not isinstance(compiled, SourceTranslator)
    messages = read_ts(folder / "explorer_de.ts")
    assert len(messages) > 150
    assert source is not None
    for context, text in messages:
        assert source.translate(context, text) == compiled.translate(context, text)


def test_unfinished_translations_are_not_used(tmp_path: Path) -> None:
    ts = tmp_path / "explorer_de.ts"
    ts.write_text(
        "<TS><context><name>C</name>"
        "<message><source>done</source><translation>fertig</translation></message>"
        "<message><source>open</source><translation type='unfinished'>offen</translation></message>"
        "<message><source>empty</source><translation></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert read_ts(ts) == {("C", "done"): "fertig"}


def test_a_broken_source_means_english_not_a_crash(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "explorer_de.ts").write_text("<TS><context>", encoding="utf-8")
    assert app_translator("de", tmp_path, qapp) is None
    assert app_translator("fr", tmp_path, qapp) is None


def test_german_installs_from_the_source_and_is_removed_again(
    qapp, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    try:
        assert i18n.install_translations(qapp, "de")
        assert QCoreApplication.translate("WindowMenus", "&Help") == "&Hilfe"
        # What the app's translation lacks, Qt's own translation still answers.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert core_i18n.language() == "de"
    finally:
        i18n.remove_translations(qapp)
    assert QCoreApplication.translate("WindowMenus", "&Help") == "&Help"
    assert core_i18n.language() == "en"
    assert not qapp.property("explorer_translators")
