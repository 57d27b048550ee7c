"""Recent files: newest first, each once, at most eight, offered in File › Open Recent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from explorer.app.recent import MAX_RECENT, RecentFiles, RecentFilesMenu
from tests.app.user import POPUP, click


def test_newest_first_each_once_at_most_eight(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    recent = RecentFiles(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    paths = [tmp_path / f"game{k}.json" for k in range(10)]
    for path in paths:
        recent.add(path)
    with qtbot.waitSignal(recent.changed) as changed:
        recent.add(paths[3])
    expected = [paths[3].resolve(), *(p.resolve() for p in reversed(paths) if p != paths[3])]
    assert recent.paths() == expected[:MAX_RECENT] and changed.args == [recent.paths()]


@POPUP
def test_the_menu_offers_each_file_by_name(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    menu = RecentFilesMenu("Open Recent")
    qtbot.addWidget(menu)
    assert not menu.isEnabled()
    paths = [tmp_path / "a.json", tmp_path / "b.nfg"]
    menu.set_paths(paths)
    assert [a.text() for a in menu.actions()] == ["a.json", "b.nfg"]
    assert menu.actions()[1].toolTip() == str(paths[1]) and menu.isEnabled()
    menu.popup(menu.pos())
    qtbot.waitExposed(menu)
    with qtbot.waitSignal(menu.openRequested) as asked:
        click(menu, menu.actionGeometry(menu.actions()[1]).center())
    assert asked.args == [paths[1]]
