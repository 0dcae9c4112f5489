"""Where the app writes what went wrong: one rotating log file per user.

The file lives in the platform's user log folder (platformdirs), or where
``FACTCHECK_LOG_DIR`` points (tests point it at a temporary folder, so nothing is written
outside it). Errors the user can act on are shown to them; the log keeps the details
(tracebacks of bugs) for a bug report. The GUI's error dialog offers to open it.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_DIR_ENV = "FACTCHECK_LOG_DIR"
LOG_NAME = "factcheck.log"
MAX_BYTES = 1_000_000
BACKUPS = 3

_handler: RotatingFileHandler | None = None


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_log_path

    return user_log_path("factcheck", appauthor=False)


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int | None = logging.INFO) -> Path | None:
    """Send the app's log records to the rotating file (once per process); its path.

    A folder that cannot be created only costs the log, never the app: None is returned.
    ``level=None`` keeps the level already set (the CLI's ``-v``/``-q``).
    """
    global _handler
    path = log_file()
    if _handler is not None and Path(_handler.baseFilename) == path.resolve():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root = logging.getLogger("factcheck_app")
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    if level is not None:
        root.setLevel(level)
    _handler = handler
    return path
