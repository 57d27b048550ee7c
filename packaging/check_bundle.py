"""List what the packaged app carries and fail on what is known to be dead weight.

Usage: ``python packaging/check_bundle.py [dist/StrategyExplorer | dist/StrategyExplorer.app]``.
Prints the largest parts of the bundle, then one line per problem, and exits 1 if there is any:
a library matching ``bundle_rules.DEAD_WEIGHT`` (GTK and what it drags in, unused Qt modules),
a sub-package the app never imports (scipy.stats, ...), a Qt plugin folder or translation the
rules drop, a missing program, and on Linux a library in the bundle that nothing links to.
"""

from __future__ import annotations

import sys
from pathlib import Path

import bundle_rules as rules

DIST = Path(__file__).resolve().parent.parent / "dist"
PROGRAMS = ("StrategyExplorer", "explorer-cli")


def default_bundle() -> Path:
    app = DIST / "StrategyExplorer.app"
    return app if app.exists() else DIST / "StrategyExplorer"


def content_folder(bundle: Path) -> Path:
    """Where the libraries are: ``_internal`` of a folder, ``Contents/Frameworks`` of an .app."""
    frameworks = bundle / "Contents" / "Frameworks"
    return frameworks if frameworks.is_dir() else bundle / "_internal"


def programs(bundle: Path) -> list[Path]:
    folder = bundle / "Contents" / "MacOS" if bundle.suffix == ".app" else bundle
    suffix = ".exe" if sys.platform == "win32" else ""
    return [folder / f"{name}{suffix}" for name in PROGRAMS]


def problems(bundle: Path) -> list[str]:
    """Every reason the bundle carries what it should not, or lacks a program."""
    found = [f"missing program {path.name}" for path in programs(bundle) if not path.exists()]
    content = content_folder(bundle)
    for path in sorted(content.rglob("*")):
        relative = path.relative_to(content).as_posix()
        if rules.DEAD_WEIGHT.match(path.name):
            found.append(f"dead weight: {relative}")
        elif path.is_dir() and relative in rules.DEAD_PACKAGES:
            found.append(f"a package the app never imports: {relative}")
        elif path.is_file() and not rules.is_wanted(relative, _qt_prefix(relative)):
            found.append(f"a Qt plugin or translation the rules drop: {relative}")
    if sys.platform.startswith("linux"):
        found += [f"nothing links to {name}" for name in sorted(orphans(bundle, content))]
    return found


def _qt_prefix(relative: str) -> str:
    """The Qt folder of a bundled path (either layout), for :func:`bundle_rules.is_wanted`."""
    for platform in ("linux", "win32"):
        prefix = rules.qt_prefix(platform)
        if relative.startswith((f"{prefix}/plugins/", f"{prefix}/translations/")):
            return prefix
    return rules.qt_prefix(sys.platform)


def orphans(bundle: Path, content: Path) -> set[str]:
    """Libraries directly in the content folder that no program, extension or plugin loads."""
    elves = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p)]
    by_name: dict[str, list[Path]] = {}
    for path in elves:
        by_name.setdefault(path.name, []).append(path)
    candidates = {p for p in elves if p.parent == content and not p.name.startswith("libpython")}
    roots = [p for p in elves if p not in candidates]

    def links(path: Path) -> list[Path]:
        return [linked for name in rules.elf_needed(path) for linked in by_name.get(name, [])]

    return {path.name for path in rules.unreachable(candidates, roots, links)}


def _is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else default_bundle()
    if not bundle.is_dir():
        print(f"no bundle at {bundle}", file=sys.stderr)
        return 1
    sizes = rules.bundle_sizes(content_folder(bundle))
    print(f"{bundle.name}: {sum(sizes.values()) / 1e6:.1f} MB unpacked; the largest parts:")
    for name, size in list(sizes.items())[:12]:
        print(f"  {size / 1e6:7.1f} MB  {name}")
    found = problems(bundle)
    for problem in found:
        print(f"FAIL {problem}", file=sys.stderr)
    if not found:
        print("no dead weight found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
