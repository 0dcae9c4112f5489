"""``factcheck``: the headless command line. Importing this registers every command."""

from factcheck_app.cli import (  # noqa: F401  (register commands)
    analysis_cmds,
    export_cmds,
    library_cmds,
    share_cmds,
    undo_cmds,
)
from factcheck_app.cli.app import main

__all__ = ["main"]
