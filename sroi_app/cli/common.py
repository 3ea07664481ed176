"""What every command shares: exit codes, error wording, the language option."""

from __future__ import annotations

import argparse

from sroi_app.domain.errors import ScenarioError, ScenarioValidationError

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2


def describe_error(error: ScenarioError) -> str:
    """All problems of a refused file, one per line."""
    if isinstance(error, ScenarioValidationError):
        return "\n".join(str(issue) for issue in error.issues)
    return str(error)


def add_lang_option(parser: argparse.ArgumentParser, default: str = "en") -> None:
    parser.add_argument(
        "--lang", choices=("nl", "en"), default=default, help="language of the text output"
    )
