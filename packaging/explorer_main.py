"""Entry point of the packaged app (PyInstaller): the same as the ``explorer`` command."""

import sys

from explorer.cli import main

if __name__ == "__main__":
    sys.exit(main())
