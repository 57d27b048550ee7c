"""The explorer's computing core: pure Python, numpy and nashpy. It never imports Qt."""
