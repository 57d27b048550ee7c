"""Strategy Explorer: build two-player games, solve them, and watch equilibria move."""

__version__ = "0.1.0"
