"""``python -m factcheck_app``: the ``factcheck`` command line (same as the script)."""

from factcheck_app.cli import main

if __name__ == "__main__":
    main(prog_name="factcheck")
