"""The per-user folders for settings, logs and recovery copies.

platformdirs knows each operating system's conventions. ``SROI_APP_USER_DIR``
overrides all of them with one base folder (``config/``, ``data/``, ``log/``
below it): tests point it at a temporary folder, and a portable install can
keep everything beside the program.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "sroi-app"
APP_AUTHOR = "SROI-calculator"
ENV_USER_DIR = "SROI_APP_USER_DIR"


def _base(kind: str) -> Path | None:
    override = os.environ.get(ENV_USER_DIR)
    return Path(override) / kind if override else None


def user_config_dir() -> Path:
    """Where the settings file lives."""
    return _base("config") or Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def user_data_dir() -> Path:
    """Where recovery copies live."""
    return _base("data") or Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_log_dir() -> Path:
    """Where crash logs go."""
    return _base("log") or Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
