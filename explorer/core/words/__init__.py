"""The sentences the core writes for a class: each module takes results and returns text.

The mathematics (``explorer.core.analysis``, ``explain``, ``repeated``, ``dynamics``)
computes records and never writes a sentence; the modules here read those records and
phrase them, through :func:`explorer.core.i18n._`, in the language of the catalog.
"""
