"""Frozen entry point of the desktop app (PyInstaller needs a script, not an entry point)."""

from factcheck_app.gui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
