"""The packaged app's rules: what is bundled or left out, versions, Info.plist, the workflow, and a
windowed build's missing console."""

from __future__ import annotations

import gc
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import warnings
import zlib
from importlib import metadata
from pathlib import Path

import pytest

from explorer.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_rules as rules  # noqa: E402  (packaging/bundle_rules.py)
import check_bundle  # noqa: E402
import make_archive  # noqa: E402

WINDOWS, ELSEWHERE = rules.qt_prefix("win32"), rules.qt_prefix("linux")


# --- Qt plugins and translations ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "separator"), [(WINDOWS, "\\"), (WINDOWS, "/"), (ELSEWHERE, "/")]
)
def test_unused_qt_plugins_and_translations_are_dropped_in_either_layout(
    prefix: str, separator: str
) -> None:
    def wanted(path: str) -> bool:
        return rules.is_wanted(path.replace("/", separator), prefix)

    assert wanted(f"{prefix}/plugins/platforms/qwindows.dll")
    assert wanted(f"{prefix}/plugins/platforms/libqxcb.so")
    assert wanted(f"{prefix}/plugins/platformthemes/libqxdgdesktopportal.so")
    assert not wanted(f"{prefix}/plugins/platformthemes/libqgtk3.so")
    assert not wanted(f"{prefix}/plugins/sqldrivers/qsqlite.dll")
    assert not wanted(f"{prefix}/plugins/multimedia/ffmpegmediaplugin.dll")
    assert wanted(f"{prefix}/translations/qtbase_de.qm")
    assert not wanted(f"{prefix}/translations/qtdeclarative_de.qm")
    assert not wanted(f"{prefix}/translations/qtbase_fr.qm")
    assert wanted("scipy/optimize/_highspy/_core.pyd")


def test_the_layout_the_checks_expect_is_the_one_pyinstaller_uses_here() -> None:
    """PyInstaller's PySide6 hooks put Qt under ``QtLibraryInfo.qt_rel_dir`` (needs PyInstaller)."""
    qt = pytest.importorskip("PyInstaller.utils.hooks.qt")
    assert qt.pyside6_library_info.qt_rel_dir.replace("\\", "/") == rules.qt_prefix(sys.platform)


# --- libraries nothing links to ----------------------------------------------------------------


def test_system_libraries_left_by_a_dropped_plugin_are_orphans() -> None:
    site = sysconfig.get_path("platlib")
    system = "/usr/lib/x86_64-linux-gnu"
    toc = [
        ("PySide6/QtGui.abi3.so", f"{site}/PySide6/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", f"{site}/PySide6/Qt/lib/libQt6Gui.so.6", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libfontconfig.so.1", f"{system}/libfontconfig.so.1", "BINARY"),
        ("libexpat.so.1", f"{system}/libexpat.so.1", "BINARY"),  # through fontconfig
        ("libcairo.so.2", f"{system}/libcairo.so.2", "BINARY"),  # the GTK plugin's, now gone
        ("libpixman-1.so.0", f"{system}/libpixman-1.so.0", "BINARY"),  # cairo's
        ("numpy.libs/libunused.so", f"{site}/numpy.libs/libunused.so", "BINARY"),  # a wheel's
    ]
    links = {
        "QtGui.abi3.so": ["libQt6Gui.so.6"],
        "libQt6Gui.so.6": ["libfontconfig.so.1", "libc.so.6"],
        "libfontconfig.so.1": ["libexpat.so.1"],
        "libcairo.so.2": ["libpixman-1.so.0"],
    }
    orphans = rules.orphaned_libraries(toc, lambda source: links.get(Path(source).name, []))
    assert orphans == {"libcairo.so.2", "libpixman-1.so.0"}
    kept = rules.without([*toc, ("libcairo.so", "libcairo.so.2", "SYMLINK")], orphans)
    assert [dest for dest, _, _ in kept] == [
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libQt6Gui.so.6",
        "libfontconfig.so.1",
        "libexpat.so.1",
        "numpy.libs/libunused.so",
    ]


def test_reachability_follows_links_through_any_depth() -> None:
    links = {"app": ["a"], "a": ["b"], "b": ["a", "c"], "x": ["y"]}
    found = rules.unreachable({"a", "b", "c", "x", "y"}, ["app"], lambda n: links.get(n, []))
    assert found == {"x", "y"}


# --- versions and the macOS bundle -------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "parts", "numbers"),
    [
        ("0.1.0", 4, (0, 1, 0, 0)),
        ("0.2.0rc1", 4, (0, 2, 0, 0)),
        ("1.2.3.4.5", 4, (1, 2, 3, 4)),
        ("2.0", 3, (2, 0, 0)),
        ("1.0.post2", 3, (1, 0, 0)),
        ("70000.1", 2, (65535, 1)),
        ("dev", 4, (0, 0, 0, 0)),
    ],
)
def test_a_version_becomes_numbers_windows_and_macos_accept(
    version: str, parts: int, numbers: tuple[int, ...]
) -> None:
    assert rules.numeric_version(version, parts) == numbers


#: The wheel tags pip picks for the pinned numpy, scipy and PySide6 on a macOS 14+ runner
#: (pip install --dry-run --report --only-binary=:all: --platform macosx_15_0_<arch>).
PINNED_MACOS_TAGS = [
    "cp311-cp311-macosx_14_0_arm64",
    "cp311-cp311-macosx_14_0_x86_64",
    "cp310-abi3-macosx_13_0_universal2",
    "cp311-cp311-macosx_11_0_arm64",
    "cp311-cp311-macosx_10_9_x86_64",
    "py3-none-any",
]


def test_the_oldest_macos_is_the_newest_any_wheel_needs() -> None:
    assert rules.minimum_macos(PINNED_MACOS_TAGS, "arm64") == "14.0"
    assert rules.minimum_macos(PINNED_MACOS_TAGS, "x86_64") == "14.0"
    # With scipy's OpenBLAS wheels (macosx_12_0) PySide6's macOS 13 would be the limit.
    older = ["cp311-cp311-macosx_12_0_arm64", "cp310-abi3-macosx_13_0_universal2"]
    assert rules.minimum_macos(older, "arm64") == "13.0"
    assert rules.minimum_macos(["py3-none-any"], "arm64") == "11.0"


def test_wheel_tags_come_from_the_apps_run_time_dependencies() -> None:
    tags = set(rules.wheel_tags("strategy-explorer"))
    for dependency in ("numpy", "scipy", "shiboken6", "wrapt"):  # wrapt: nashpy › Deprecated
        wheel = metadata.distribution(dependency).read_text("WHEEL") or ""
        assert set(re.findall(r"^Tag:\s*(\S+)", wheel, flags=re.MULTILINE)) <= tags


def test_info_plist_claims_no_json_file_and_has_numeric_versions() -> None:
    plist = rules.info_plist("StrategyExplorer", "0.2.0rc1", "14.0")
    assert plist["CFBundleVersion"] == plist["CFBundleShortVersionString"] == "0.2.0"
    assert plist["LSMinimumSystemVersion"] == "14.0"
    assert plist["CFBundleExecutable"] == "StrategyExplorer"
    assert plist["LSBackgroundOnly"] is False
    ranks = {
        content: kind["LSHandlerRank"]
        for kind in plist["CFBundleDocumentTypes"]  # type: ignore[attr-defined]
        for content in kind["LSItemContentTypes"]
    }
    assert ranks == {
        "public.json": "Alternate",
        "org.gambit-project.nfg": "Default",
        "org.gambit-project.efg": "Default",
    }
    declared = {
        t["UTTypeIdentifier"]: t["UTTypeTagSpecification"]["public.filename-extension"]
        for t in plist["UTImportedTypeDeclarations"]  # type: ignore[attr-defined]
    }
    assert declared == {"org.gambit-project.nfg": ["nfg"], "org.gambit-project.efg": ["efg"]}


# --- the check of a built bundle ---------------------------------------------------------------


def fake_bundle(folder: Path) -> Path:
    """A bundle's outline: the two programs and a few harmless files."""
    bundle = folder / "StrategyExplorer"
    content = bundle / "_internal"
    for path in [
        *check_bundle.programs(bundle),
        content / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so",
        content / "PySide6" / "Qt" / "translations" / "qtbase_de.qm",
        content / "scipy" / "optimize" / "__init__.pyc",
    ]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"not a library")
    return bundle


def test_a_lean_bundle_passes_the_check(tmp_path: Path) -> None:
    assert check_bundle.problems(fake_bundle(tmp_path)) == []


def test_the_check_names_each_piece_of_dead_weight(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path)
    content = bundle / "_internal"
    for name in [
        "libcairo.so.2",
        "libpangoft2-1.0.so.0",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6QuickWidgets.so.6",
        "Qt6WebEngineCore.dll",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/translations/qtdeclarative_de.qm",
        "scipy/stats/__init__.pyc",
    ]:
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_bytes(b"dead")
    (bundle / "explorer-cli").unlink()
    found = check_bundle.problems(bundle)
    assert "missing program explorer-cli" in found
    for expected in [
        "dead weight: libcairo.so.2",
        "dead weight: libpangoft2-1.0.so.0",
        "dead weight: PySide6/Qt/lib/libQt6Qml.so.6",
        "dead weight: PySide6/Qt/lib/libQt6QuickWidgets.so.6",
        "dead weight: Qt6WebEngineCore.dll",
        "dead weight: PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "a Qt plugin or translation the rules drop: PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "a Qt plugin or translation the rules drop: PySide6/Qt/translations/qtdeclarative_de.qm",
        "a package the app never imports: scipy/stats",
    ]:
        assert expected in found


def loaded_library(soname: str) -> Path | None:
    """The file of a library this process has loaded (``libz.so.1``: ``libz.so.1.2.13``)."""
    maps = Path("/proc/self/maps")
    if not maps.exists():
        return None
    for line in maps.read_text().splitlines():
        path = Path(line.split()[-1])
        if path.name == soname or path.name.startswith(f"{soname}."):
            return path
    return None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries")
def test_the_check_finds_a_real_library_nothing_links_to(tmp_path: Path) -> None:
    libz = loaded_library("libz.so.1")
    extension = Path(getattr(zlib, "__file__", ""))
    if libz is None or not extension.is_file() or shutil.which("readelf") is None:
        pytest.skip("needs a shared zlib module, libz.so.1 and readelf")
    bundle = fake_bundle(tmp_path)
    content = bundle / "_internal"
    shutil.copy(libz, content / "libz.so.1")
    assert "nothing links to libz.so.1" in check_bundle.problems(bundle)
    dynload = content / "python3.11" / "lib-dynload"
    dynload.mkdir(parents=True)
    shutil.copy(extension, dynload / extension.name)  # zlib's extension links to libz.so.1
    assert check_bundle.problems(bundle) == []


def test_the_archive_keeps_the_folder_at_its_top(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path / "dist")
    for suffix in (".zip", ".tar.gz"):
        archive = make_archive.make_archive(bundle, tmp_path / f"app{suffix}")
        unpacked = tmp_path / f"unpacked{suffix}"
        shutil.unpack_archive(archive, unpacked)
        assert (unpacked / "StrategyExplorer" / "_internal" / "scipy" / "optimize").is_dir()
        assert sorted(p.name for p in (unpacked / "StrategyExplorer").iterdir()) == sorted(
            p.name for p in bundle.iterdir()
        )


# --- the build's pins and the workflow ---------------------------------------------------------


def test_the_build_pins_exact_versions() -> None:
    lines = (ROOT / "packaging" / "requirements-build.txt").read_text().splitlines()
    pins = dict(line.split("==") for line in lines if line and not line.startswith("#"))
    assert all(re.fullmatch(r"\d+(\.\d+)*", version) for version in pins.values()), pins
    assert {"pyinstaller", "PySide6_Essentials", "numpy", "scipy"} <= set(pins)


def test_the_workflow_builds_four_targets_and_checks_each_natively() -> None:
    from ruamel.yaml import YAML

    workflow = YAML(typ="safe").load((ROOT / ".github" / "workflows" / "package.yml").read_text())
    build = workflow["jobs"]["build"]
    targets = {entry["target"]: entry for entry in build["strategy"]["matrix"]["include"]}
    assert set(targets) == {"windows-x64", "macos-arm64", "macos-x86_64", "linux-x86_64"}
    assert targets["linux-x86_64"]["runner"] == "ubuntu-22.04"
    assert {targets[t]["platform"] for t in targets} == {"windows", "cocoa", "xcb"}
    steps = " ".join(json.dumps(step) for step in build["steps"])
    for script in ("smoke_test.py", "check_bundle.py", "make_archive.py", "check_size.py"):
        assert script in steps
    assert "requirements-build.txt" in steps
    assert "offscreen" not in json.dumps(workflow)


# --- a windowed build has no console -----------------------------------------------------------


def test_the_command_line_works_without_stdout_or_stderr(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """What ``StrategyExplorer.exe solve ...`` meets on Windows: both streams are None."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    game = ROOT / "games" / "prisoners_dilemma.json"
    with warnings.catch_warnings():
        # cli.main prints into an os.devnull file it leaves to the garbage collector.
        warnings.simplefilter("ignore", ResourceWarning)
        assert cli_main(["solve", str(game), "--json"]) == 0
        assert cli_main(["solve", str(tmp_path / "missing.json")]) == 1
        try:
            cli_main(["--version"])
        except SystemExit as stop:
            status = stop.code
        gc.collect()
    assert status == 0


def test_the_packaged_entry_point_writes_utf8_into_a_narrow_code_page() -> None:
    """A Windows pipe is cp1252 (here: ascii); the packaged programs still print δ and ≥."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "explorer_main.py"), "repeated",
         str(ROOT / "games" / "ai_price_war_repeated.json"), "--delta", "0.8"],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
        timeout=120,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "lasts if δ ≥" in result.stdout.decode("utf-8")
