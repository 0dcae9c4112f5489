"""The desktop app: the only package that imports PySide6 and qtawesome."""

from factcheck_app.gui import none_refcount  # noqa: F401  (must run before any widget work)
