"""Frozen entry point of the ``factcheck`` command line."""

from factcheck_app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
