"""Drawing with Qt and pyqtgraph, without the app: the plots the CLI saves and the app shows."""

import os

# pyqtgraph picks the first Qt binding it finds; the explorer is built on PySide6.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
