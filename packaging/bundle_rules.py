"""What the packaged app carries and leaves out: one set of rules for build.spec and its checks.

``build.spec`` imports this module to prune PyInstaller's Analysis; ``check_bundle.py`` and
``tests/test_packaging.py`` use the same rules to check the result. The module needs only the
standard library (and ``readelf`` from binutils on Linux, which PyInstaller needs too).
"""

from __future__ import annotations

import posixpath
import re
import shutil
import subprocess
import sysconfig
from collections.abc import Callable, Hashable, Iterable, Mapping
from importlib import metadata
from pathlib import Path
from typing import TypeVar

Node = TypeVar("Node", bound=Hashable)

#: Modules the app never imports: other Qt modules and bindings, development-only packages,
#: and the scipy sub-packages that neither nashpy nor scipy.optimize/scipy.spatial load.
#: Not excluded on purpose: PySide6.QtOpenGL (pyqtgraph imports it), scipy.integrate (nashpy's
#: replicator dynamics import it), scipy.fft (scipy.optimize imports it), scipy.sparse,
#: scipy.linalg, scipy.special (all three loaded by scipy.optimize and scipy.spatial), and
#: numpy.f2py (scipy's array-API layer touches every attribute of numpy when it loads).
EXCLUDED_MODULES = (
    *(
        f"PySide6.{name}"
        for name in (
            "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtWebEngineCore",
            "QtWebEngineWidgets", "QtWebChannel", "QtWebSockets", "QtMultimedia",
            "QtMultimediaWidgets", "QtPdf", "QtPdfWidgets", "Qt3DCore", "Qt3DRender", "QtCharts",
            "QtDataVisualization", "QtSql", "QtBluetooth", "QtPositioning", "QtLocation",
            "QtSerialPort", "QtSensors", "QtDesigner", "QtHelp", "QtUiTools", "QtXml",
            "QtConcurrent", "QtDBus", "QtNetworkAuth", "QtRemoteObjects", "QtTest", "QtNetwork",
            "QtScxml", "QtStateMachine", "QtSpatialAudio", "QtTextToSpeech",
        )
    ),
    "PyQt5", "PyQt6", "PySide2", "tkinter", "_tkinter",
    "matplotlib", "IPython", "pytest", "hypothesis", "pytestqt", "dask", "distributed",
    "pygambit", "quantecon", "numba", "llvmlite", "pandas", "sympy", "psutil",
    "yaml", "charset_normalizer", "requests", "urllib3", "PIL",
    "scipy.stats", "scipy.interpolate", "scipy.signal", "scipy.ndimage",
    # No network and no interactive prompt: without them go OpenSSL (5 MB) and readline;
    # hashlib falls back to Python's own digests.
    "ssl", "_ssl", "_hashlib", "readline", "pydoc_data",
)  # fmt: skip

#: Qt plugin folders the app needs; every other plugin folder is dropped.
KEPT_PLUGIN_FOLDERS = frozenset({
    "platforms", "platformthemes", "platforminputcontexts", "imageformats", "iconengines",
    "xcbglintegrations", "egldeviceintegrations", "wayland-decoration-client",
    "wayland-graphics-integration-client", "wayland-shell-integration", "styles", "generic",
})  # fmt: skip
#: Plugins dropped from a kept folder: the GTK theme would load all of GTK; Qt's own style serves.
DROPPED_PLUGINS = ("qgtk3",)
#: Qt's own translations kept: the languages the app speaks.
KEPT_QT_TRANSLATIONS = ("qtbase_de", "qtbase_en")

#: Libraries known to be dead weight in the bundle (matched against file names): what the GTK
#: theme plugin pulled in, and Qt modules the app does not use.
DEAD_WEIGHT = re.compile(
    r"^(lib)?(gtk-3|gdk-3|gdk_pixbuf|atk-1|atk-bridge|atspi|cairo|cairo-gobject|pango|pangocairo"
    r"|pangoft2|pixman|fribidi|thai|datrie|graphite2|epoxy|qgtk3)[-_.0-9]"
    r"|^(lib)?Qt6(Qml|Quick|WebEngine|Pdf|Multimedia|Sql|Charts|3D|Designer|NetworkAuth)\w*\."
)
#: Python sub-packages the app never imports (folders in the bundle that must not exist).
DEAD_PACKAGES = tuple(
    name.replace(".", "/") for name in EXCLUDED_MODULES if name.startswith("scipy.")
)


def qt_prefix(platform: str) -> str:
    """Where PyInstaller's PySide6 hooks put Qt's plugins and translations (``<prefix>/plugins``).

    PyInstaller's ``QtLibraryInfo.qt_rel_dir``: ``PySide6`` on Windows, ``PySide6/Qt`` elsewhere.
    ``build.spec`` uses PyInstaller's own value; this one is what the checks expect.
    """
    return "PySide6" if platform == "win32" else "PySide6/Qt"


def is_wanted(destination: str, prefix: str) -> bool:
    """Keep a bundled file unless it is an unused Qt plugin or translation.

    ``destination`` is the file's path inside the bundle (either slash), ``prefix`` the Qt
    folder from :func:`qt_prefix`.
    """
    path = destination.replace("\\", "/")
    plugins = f"{prefix}/plugins/"
    translations = f"{prefix}/translations/"
    if path.startswith(plugins):
        folder, _, name = path[len(plugins) :].partition("/")
        return folder in KEPT_PLUGIN_FOLDERS and not any(p in name for p in DROPPED_PLUGINS)
    if path.startswith(translations):
        return Path(path).name.startswith(KEPT_QT_TRANSLATIONS)
    return True


def unreachable(
    candidates: Iterable[Node], roots: Iterable[Node], needed: Callable[[Node], Iterable[Node]]
) -> set[Node]:
    """The ``candidates`` that no root loads, directly or through other libraries.

    ``needed(name)`` lists the libraries (file names) that ``name`` links to; the closure is
    taken over every name reached from ``roots``.
    """
    reached: set[Node] = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in reached:
            continue
        reached.add(name)
        stack.extend(needed(name))
    return set(candidates) - reached


def elf_needed(path: Path) -> list[str]:
    """The shared libraries an ELF file links to (its ``DT_NEEDED`` entries), from ``readelf``."""
    output = subprocess.run(
        ["readelf", "--dynamic", "--wide", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output)


def orphaned_libraries(
    entries: Iterable[tuple[str, str, str]], needed: Callable[[str], Iterable[str]]
) -> set[str]:
    """Destinations of system libraries in a PyInstaller TOC that nothing kept links to any more.

    PyInstaller collected each of them because some binary linked to it; after plugins are
    dropped (the GTK theme), the libraries only they needed are left behind. Roots are every
    extension, plugin, wheel library and the Python library; candidates are the ``BINARY``
    entries collected from outside the Python installation (the system's libraries).
    """
    binaries = {dest.replace("\\", "/"): (src, kind) for dest, src, kind in entries}
    by_name: dict[str, list[str]] = {}
    for dest, (_, kind) in binaries.items():
        if kind != "SYMLINK":  # a link's source is its target's path, not a file to read
            by_name.setdefault(Path(dest).name, []).append(dest)
    system = {
        dest
        for dest, (src, kind) in binaries.items()
        if kind == "BINARY"
        and not _inside_python(src)
        and not Path(dest).name.startswith("libpython")
    }
    roots = [
        dest for dest, (_, kind) in binaries.items() if dest not in system and kind != "SYMLINK"
    ]

    def links(dest: str) -> list[str]:
        return [linked for name in needed(binaries[dest][0]) for linked in by_name.get(name, [])]

    return unreachable(system, roots, links)


def without(
    entries: Iterable[tuple[str, str, str]], removed: set[str]
) -> list[tuple[str, str, str]]:
    """The TOC ``entries`` less the ``removed`` destinations and the symbolic links to them."""
    kept = []
    for dest, src, kind in entries:
        path = dest.replace("\\", "/")
        if path in removed:
            continue
        if kind == "SYMLINK":  # ``src`` is the link's target, relative to the link's folder
            target = posixpath.normpath(
                posixpath.join(posixpath.dirname(path), src.replace("\\", "/"))
            )
            if target in removed:
                continue
        kept.append((dest, src, kind))
    return kept


def _inside_python(source: str) -> bool:
    """Whether a file comes from the Python installation or its packages (not the system)."""
    path = Path(source).resolve()
    homes = {sysconfig.get_path(key) for key in ("stdlib", "platstdlib", "purelib", "platlib")}
    return any(Path(home).resolve() in path.parents for home in homes if home)


def python_own_binaries(entries: Iterable[tuple[str, str, str]]) -> list[str]:
    """Sources of the interpreter's own binaries: ``libpython`` and ``lib-dynload`` extensions.

    These carry debug information in many Python builds (pyenv: 23 MB for libpython) and are
    never patched by auditwheel, so their debug sections can be stripped safely. Wheel
    libraries are left alone: stripping scipy's OpenBLAS breaks it.
    """
    dynload = Path(sysconfig.get_config_var("DESTSHARED") or "lib-dynload").resolve()
    return [
        src
        for dest, src, kind in entries
        if kind in ("BINARY", "EXTENSION")
        and (Path(dest).name.startswith("libpython") or Path(src).resolve().parent == dynload)
    ]


def strip_debug_copy(source: str, folder: Path) -> str:
    """A copy of ``source`` in ``folder`` without debug sections (``strip --strip-debug``)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(source).name
    strip = shutil.which("strip")
    if strip is None:
        return source
    subprocess.run([strip, "--strip-debug", "-o", str(target), source], check=True)
    return str(target)


def numeric_version(version: str, parts: int) -> tuple[int, ...]:
    """The release numbers of a PEP 440 version, padded or cut to ``parts`` numbers.

    ``0.2.0rc1`` gives ``(0, 2, 0, 0)`` for four parts: Windows' version resource and macOS'
    ``CFBundleVersion`` take numbers only (Windows at most 65535 each); the full text goes into
    the string fields.
    """
    match = re.match(r"\s*v?(\d+(?:\.\d+)*)", version)
    numbers = [int(n) for n in match.group(1).split(".")] if match else []
    numbers = (numbers + [0] * parts)[:parts]
    return tuple(min(n, 65535) for n in numbers)


def wheel_tags(project: str) -> list[str]:
    """The wheel tags of ``project`` and of everything it needs at run time (no extras)."""
    tags: list[str] = []
    seen: set[str] = set()
    queue = [project]
    while queue:
        name = _canonical(queue.pop())
        if name in seen:
            continue
        seen.add(name)
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        wheel = distribution.read_text("WHEEL") or ""
        tags += re.findall(r"^Tag:\s*(\S+)", wheel, flags=re.MULTILINE)
        for requirement in distribution.requires or []:
            if "extra ==" not in requirement:
                queue.append(re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0])
    return tags


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def minimum_macos(tags: Iterable[str], arch: str, floor: str = "11.0") -> str:
    """The oldest macOS that every wheel among ``tags`` runs on, for one architecture.

    A tag ``cp311-cp311-macosx_14_0_arm64`` needs macOS 14.0; ``universal2`` counts for both
    architectures. ``floor`` is the least the interpreter and PyInstaller's bootloader need.
    """
    versions = [tuple(int(n) for n in floor.split("."))]
    for tag in tags:
        for major, minor, platform_arch in re.findall(r"macosx_(\d+)_(\d+)_(\w+)", tag):
            if platform_arch in (arch, "universal2"):
                versions.append((int(major), int(minor)))
    major, minor = max(versions)
    return f"{major}.{minor}"


def bundle_sizes(folder: Path) -> Mapping[str, int]:
    """Bytes per top-level entry of a bundle's content folder, largest first."""
    sizes: dict[str, int] = {}
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            top = path.relative_to(folder).parts[0]
            sizes[top] = sizes.get(top, 0) + path.stat().st_size
    return dict(sorted(sizes.items(), key=lambda item: -item[1]))


#: Gambit's file formats: (type identifier, extension, description, role). The app edits .nfg;
#: .efg (extensive form) it opens to view.
GAMBIT_TYPES = (
    ("org.gambit-project.nfg", "nfg", "Gambit strategic-form game", "Editor"),
    ("org.gambit-project.efg", "efg", "Gambit extensive-form game", "Viewer"),
)


def info_plist(name: str, version: str, minimum: str) -> dict[str, object]:
    """The macOS bundle's Info.plist entries beyond PyInstaller's defaults.

    ``CFBundleVersion`` and ``CFBundleShortVersionString`` take numbers only (``0.2.0rc1``
    becomes ``0.2.0``). The app is offered in "Open With" for every ``.json`` but the default
    for none (rank ``Alternate``: JSON belongs to everyone); for Gambit's ``.nfg`` and
    ``.efg`` it is a default handler, and those types are imported (Gambit owns them).
    """
    numbers = ".".join(str(n) for n in numeric_version(version, 3))
    return {
        "CFBundleName": "Strategy Explorer",
        "CFBundleDisplayName": "Strategy Explorer",
        "CFBundleExecutable": name,
        "CFBundleShortVersionString": numbers,
        "CFBundleVersion": numbers,
        "LSMinimumSystemVersion": minimum,
        # PyInstaller takes "console" from the last program of the folder (explorer-cli) and
        # would mark the bundle a background-only program.
        "LSBackgroundOnly": False,
        "NSHighResolutionCapable": True,
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Strategy Explorer game",
                "CFBundleTypeRole": "Editor",
                "LSItemContentTypes": ["public.json"],
                "LSHandlerRank": "Alternate",
            },
            *(
                {
                    "CFBundleTypeName": description,
                    "CFBundleTypeRole": role,
                    "LSItemContentTypes": [identifier],
                    "LSHandlerRank": "Default",
                }
                for identifier, _, description, role in GAMBIT_TYPES
            ),
        ],
        "UTImportedTypeDeclarations": [
            {
                "UTTypeIdentifier": identifier,
                "UTTypeDescription": description,
                "UTTypeConformsTo": ["public.plain-text"],
                "UTTypeTagSpecification": {"public.filename-extension": [extension]},
            }
            for identifier, extension, description, _ in GAMBIT_TYPES
        ],
    }
