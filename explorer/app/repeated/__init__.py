"""The Repeated tab: its choices, its four pages (each with its own worker) and the tab itself."""

from explorer.app.repeated.view import RepeatedView

__all__ = ["RepeatedView"]
