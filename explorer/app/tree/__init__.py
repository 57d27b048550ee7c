"""The Tree tab's parts: the tab, the view, the node fields, the stepper, edits, solving."""

from __future__ import annotations

from explorer.app.tree.tab import TreeTab

__all__ = ["TreeTab"]
