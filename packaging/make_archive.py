"""Pack the built app into the archive users download, and print its path.

``dist/StrategyExplorer-<system>-<arch>.zip`` on Windows (unpacked by Explorer itself),
``.tar.gz`` elsewhere (it keeps the .app's symbolic links and the programs' execute bits).
"""

from __future__ import annotations

import platform
import sys
import tarfile
import zipfile
from pathlib import Path

DIST = Path(__file__).resolve().parent.parent / "dist"
SYSTEMS = {"win32": "windows", "darwin": "macos"}
ARCHITECTURES = {"amd64": "x64", "x86_64": "x86_64", "arm64": "arm64", "aarch64": "arm64"}


def archive_path() -> Path:
    system = SYSTEMS.get(sys.platform, "linux")
    machine = platform.machine().lower()
    suffix = ".zip" if sys.platform == "win32" else ".tar.gz"
    return DIST / f"StrategyExplorer-{system}-{ARCHITECTURES.get(machine, machine)}{suffix}"


def bundle() -> Path:
    app = DIST / "StrategyExplorer.app"
    return app if sys.platform == "darwin" else DIST / "StrategyExplorer"


def make_archive(source: Path, target: Path) -> Path:
    """Write ``source`` (a folder) into ``target``, the folder itself at the archive's top."""
    target.unlink(missing_ok=True)
    if target.suffix == ".zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for path in sorted(source.rglob("*")):
                archive.write(path, path.relative_to(source.parent).as_posix())
    else:
        with tarfile.open(target, "w:gz", compresslevel=9) as archive:
            archive.add(source, arcname=source.name)
    return target


def main() -> int:
    if not bundle().is_dir():
        print(f"no built app at {bundle()}: run pyinstaller build.spec first", file=sys.stderr)
        return 1
    print(make_archive(bundle(), archive_path()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
