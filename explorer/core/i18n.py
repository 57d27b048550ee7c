"""The core's language: one resettable catalog of translations for the sentences it writes.

The core stays free of Qt, so its sentences go through :func:`_`, which looks the English
template up in :data:`CATALOG` (``translations/core_<language>.json``) before it is filled
in: ``_("{target} lasts if δ ≥ {delta}").format(...)``. Without a catalog, English is used.
The app chooses the language once at start-up; tests switch it only inside
:meth:`Catalog.using` (and a fixture resets it around every test), so no language leaks
from one caller into the next.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import MappingProxyType

#: The language the templates are written in, used when no catalog is loaded.
ENGLISH = "en"


class Catalog:
    """The current language and its translations, English template to translated template.

    The language and its entries are replaced together in one assignment, so a worker
    thread translating while the language changes sees either the old or the new one.
    """

    def __init__(self) -> None:
        self._state: tuple[str, Mapping[str, str]] = (ENGLISH, MappingProxyType({}))

    @property
    def language(self) -> str:
        """The code of the language in use (``"en"`` when no catalog is loaded)."""
        return self._state[0]

    def use(self, code: str, directory: Path) -> bool:
        """Use the catalog ``core_<code>.json`` from ``directory``; English when there is none.

        Parameters
        ----------
        code
            A language code such as ``"de"``.
        directory
            The folder holding the catalogs.

        Returns
        -------
        bool
            True if a catalog was loaded; False if English is used instead (the code is
            ``"en"``, or the file is missing or unreadable).
        """
        file = directory / f"core_{code}.json"
        if code == ENGLISH or not file.is_file():
            self.reset()
            return False
        try:
            entries = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.reset()
            return False
        if not isinstance(entries, dict):
            self.reset()
            return False
        translations = {str(k): str(v) for k, v in entries.items() if v}
        self._state = (code, MappingProxyType(translations))
        return True

    def reset(self) -> None:
        """Back to English, the language of the templates."""
        self._state = (ENGLISH, MappingProxyType({}))

    @contextmanager
    def using(self, code: str, directory: Path) -> Iterator[bool]:
        """Use ``code`` inside a ``with`` block and restore the previous language after it.

        Yields whether the catalog was loaded (see :meth:`use`).
        """
        previous = self._state
        try:
            yield self.use(code, directory)
        finally:
            self._state = previous

    def translate(self, text: str) -> str:
        """The translation of ``text`` in the current language (``text`` itself if none)."""
        return self._state[1].get(text, text)


#: The one catalog the core's sentences are translated with.
CATALOG = Catalog()


def set_language(code: str, directory: Path) -> bool:
    """Use the catalog for ``code`` from ``directory`` (see :meth:`Catalog.use`)."""
    return CATALOG.use(code, directory)


def language() -> str:
    """The code of the language the core writes in."""
    return CATALOG.language


def _(text: str) -> str:
    """The translation of ``text`` in the current language (``text`` itself if none)."""
    return CATALOG.translate(text)


def N_(text: str) -> str:
    """Mark a constant for translation without translating it yet (translate it with _)."""
    return text
