"""``INTERCOM_LOG=debug`` (or ``info``): the facade's own log lines, switched on from the environment.

The ``intercom_client`` logger carries one DEBUG line per HTTP attempt (method, URL, outcome, request
headers with ``Authorization`` and cookies redacted) and one INFO line per retry (what failed, how long
it waits). Applications configure it like any logger; the variable is for a quick look without code,
as openai-python's ``OPENAI_LOG`` is. httpx's and httpcore's own loggers are left alone: they are the
application's to configure.
"""

from __future__ import annotations

import logging
import os

__all__ = ["LOG_ENV_VAR", "logger", "setup_logging"]

LOG_ENV_VAR = "INTERCOM_LOG"

logger = logging.getLogger("intercom_client")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_logging() -> None:
    """Apply ``INTERCOM_LOG`` (``debug`` or ``info``; anything else leaves logging as configured)."""
    level = _LEVELS.get(os.environ.get(LOG_ENV_VAR, "").strip().lower())
    if level is None:
        return
    if not logging.getLogger().handlers and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(
            logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s", "%Y-%m-%d %H:%M:%S")
        )
        logger.addHandler(handler)
    logger.setLevel(level)
