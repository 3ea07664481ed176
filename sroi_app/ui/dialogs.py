"""The app's message boxes, worded in the interface language.

They use ``QMessageBox``'s static functions so tests can stand in for the
user by monkeypatching those (``QMessageBox.question`` and friends).
"""

from __future__ import annotations

import contextlib
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from sroi_app.domain.errors import (
    Issue,
    ScenarioError,
    ScenarioFileError,
    ScenarioValidationError,
    UnsupportedSchemaVersionError,
)
from sroi_app.exports.target import error_code
from sroi_app.io.scenario_file import read_raw
from sroi_app.ui.i18n import issue_message, issue_text, translate

MAX_LISTED = 25


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved_changes(parent: QWidget, name: str) -> Choice:
    """Save / Discard / Cancel for a document with unsaved changes."""
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.question(
        parent,
        translate("Dialogs", "Unsaved changes"),
        translate("Dialogs", "“{name}” has changes that are not saved. Save them first?").format(
            name=name
        ),
        buttons,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return Choice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


def error_lines(error: ScenarioError, data: object = None) -> list[str]:
    """Every problem of a refused file, one line each, in the interface language.

    ``data`` (the file's JSON, when it could be read) lets each line name the
    item by its name rather than by its place in the file."""
    if isinstance(error, ScenarioValidationError):
        return [issue_text(issue, data) for issue in error.issues]
    if isinstance(error, UnsupportedSchemaVersionError):
        issue = Issue(
            "schema_version",
            "newer_format",
            str(error),
            {"found": error.found, "supported": error.supported},
        )
        return [issue_message(issue)]
    if isinstance(error, ScenarioFileError):
        return [issue_message(Issue("", error.code, error.reason))]
    return [str(error)]


def show_open_error(parent: QWidget | None, path: Path, error: ScenarioError) -> str:
    """Tell why a file could not be opened; the open document stays as it was."""
    data = None
    if isinstance(error, ScenarioValidationError):
        with contextlib.suppress(ScenarioError):
            data = read_raw(Path(path))
    lines = error_lines(error, data)
    listed = lines[:MAX_LISTED]
    if len(lines) > MAX_LISTED:
        listed.append(translate("Dialogs", "… and {n} more").format(n=len(lines) - MAX_LISTED))
    text = (
        translate("Dialogs", "“{file}” cannot be opened:").format(file=Path(path).name)
        + "\n\n"
        + "\n".join(f"• {line}" for line in listed)
    )
    QMessageBox.critical(parent, translate("Dialogs", "Cannot open file"), text)
    return text


def write_reason(code: str, detail: str = "") -> str:
    """Why a scenario file could not be written, in the interface language.

    The codes are those of ``sroi_app.exports.target`` (exports word their own
    messages from the same codes)."""
    reasons = {
        "folder_missing": translate("Dialogs", "the folder does not exist"),
        "is_folder": translate("Dialogs", "a folder with that name is in the way"),
        "permission": translate(
            "Dialogs",
            "no permission to write there (is the file open in another program,"
            " or is the file or folder read-only?)",
        ),
        "read_only": translate("Dialogs", "the disk or network share is read-only"),
        "disk_full": translate("Dialogs", "the disk is full"),
        "read_only_file": translate(
            "Dialogs", "the file is read-only (remove the read-only mark, or use Save as)"
        ),
        "not_regular": translate("Dialogs", "it is not an ordinary file (a device or a pipe)"),
        "symlink_loop": translate("Dialogs", "it is a shortcut (symbolic link) that leads nowhere"),
    }
    if code in reasons:
        return reasons[code]
    return translate("Dialogs", "the operating system refused ({detail})").format(
        detail=detail or code
    )


def show_save_error(parent: QWidget | None, path: Path, error: OSError) -> str:
    """Tell why saving failed; the file on disk is as it was, the document still open."""
    text = (
        translate("Dialogs", "“{file}” cannot be saved: {reason}.").format(
            file=str(path), reason=write_reason(error_code(error), error.strerror or str(error))
        )
        + "\n\n"
        + translate(
            "Dialogs",
            "The file on disk has not been changed and your changes are still open."
            " Save them somewhere else with File > Save as.",
        )
    )
    QMessageBox.critical(parent, translate("Dialogs", "Cannot save file"), text)
    return text


def ask_changed_on_disk(parent: QWidget | None, path: Path) -> str:
    """The file changed since it was opened: ``"overwrite"``, ``"save_as"`` or ``"cancel"``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "File changed on disk"))
    box.setText(
        translate(
            "Dialogs",
            "“{file}” was changed on disk after you opened it, by another window or program."
            " Saving now would overwrite those changes.",
        ).format(file=path.name)
    )
    box.setInformativeText(
        translate("Dialogs", "Overwrite it with your version, or save yours as a new file?")
    )
    overwrite = box.addButton(
        translate("Dialogs", "Overwrite"), QMessageBox.ButtonRole.DestructiveRole
    )
    save_as = box.addButton(translate("Dialogs", "Save as…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    if clicked is overwrite:
        return "overwrite"
    return "save_as" if clicked is save_as else "cancel"


def ask_restore(parent: QWidget | None, name: str, when: str, source: str, others: int = 0) -> str:
    """Restore one recovery copy? ``"restore"``, ``"discard"`` (this copy) or ``"later"``."""
    text = translate(
        "Dialogs",
        "The program did not close properly. A recovery copy of “{name}” from {when} was"
        " found.\n\nFile: {source}\n\nRestore it? No deletes this copy; Cancel keeps it"
        " for the next start.",
    ).format(name=name, when=when, source=source)
    if others:
        text += "\n\n" + translate(
            "Dialogs", "There are {count} more recovery copies; they are offered after this one."
        ).format(count=others)
    answer = QMessageBox.question(
        parent,
        translate("Dialogs", "Restore recovery copy"),
        text,
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        return "restore"
    if answer == QMessageBox.StandardButton.No:
        return "discard"
    return "later"
