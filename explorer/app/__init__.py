"""The desktop application (PySide6 + pyqtgraph): a thin layer that shows what the core computes."""

import os

# pyqtgraph picks the first Qt binding it finds; this app is built on PySide6.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
