"""``factcheck``: the headless command line. Importing this registers every command.

One line per command module (each registers its commands on ``main`` when imported), so
adding a module is a one-line change that merges cleanly.
"""

import factcheck_app.cli.analysis_cmds
import factcheck_app.cli.cards_cmds
import factcheck_app.cli.claims_cmds
import factcheck_app.cli.datasette_cmd
import factcheck_app.cli.export_cmds
import factcheck_app.cli.library_cmds
import factcheck_app.cli.manage_cmds
import factcheck_app.cli.share_cmds
import factcheck_app.cli.undo_cmds
import factcheck_app.cli.verdict_cmds  # noqa: F401  (each line registers commands)
from factcheck_app.cli.app import main

__all__ = ["main"]
