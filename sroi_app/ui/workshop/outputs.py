"""What the workshop view writes: a new variant in the document, a snapshot as PNG.

Both ask first (a name, a file) through the standard dialogs, which tests
replace. Saving a variant is one command on the editor's undo stack; the
view then follows the new document (``WorkshopState.adopt_variant``).
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from sroi_app.app.workshop import RATE_KEY, format_value
from sroi_app.domain.errors import ScenarioValidationError
from sroi_app.ui.controller import UndoEdit
from sroi_app.ui.i18n import issue_text, translate

if TYPE_CHECKING:
    from sroi_app.ui.workshop.view import WorkshopView


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text.strip().lower()).strip("-")[:40] or "scenario"


def save_variant(view: WorkshopView) -> str | None:
    """Ask a name and add the variant to the document (undoable in the editor)."""
    alternative = view.state.alternative
    if alternative is None:
        return None
    label = translate("Workshop", "Name of the new variant:")
    if RATE_KEY in view.state.changed():
        knob = view.state.knob(RATE_KEY)
        assert knob is not None
        rate = format_value(knob, view.state.value(RATE_KEY), view.lang)
        label += "\n" + translate(
            "Workshop",
            "The discount rate holds for every alternative: saving also sets the"
            " document's discount rate to {rate}.",
        ).format(rate=rate)
    default = translate("Workshop", "{name} (workshop)").format(
        name=alternative.name or alternative.id
    )
    name, ok = QInputDialog.getText(
        view,
        translate("Workshop", "Save as variant"),
        label,
        QLineEdit.EchoMode.Normal,
        default,
    )
    if not ok:
        return None
    try:
        agreed = translate("Workshop", "Agreed in the workshop of {date}").format(
            date=datetime.date.today().strftime("%d-%m-%Y")
        )
        edit, new_id = view.state.variant_edit(name, agreed)
    except ScenarioValidationError as exc:
        view.show_message(
            translate("Workshop", "Not saved: ")
            + issue_text(exc.issues[0], view.controller.scenario)
        )
        return None
    command = UndoEdit(view.controller, edit)
    new_name = next(a.name for a in edit.after.alternatives if a.id == new_id)
    command.setText(translate("Workshop", "Save workshop variant “{name}”").format(name=new_name))
    source = alternative.id
    view.saving_variant = True
    try:
        view.controller.undo_stack.push(command)
    finally:
        view.saving_variant = False
    view.state.adopt_variant(view.controller.scenario, source, new_id)
    view.saved_variants.append(new_id)
    view.rebuild()
    view.show_message(
        translate("Workshop", "Saved as a new variant in the document (undo in the editor).")
    )
    return new_id


def snapshot(view: WorkshopView) -> Path | None:
    """The view as it is now, as a PNG for the minutes."""
    alternative = view.state.alternative
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M")
    name = f"workshop-{_slug(view.state.document.name)}"
    if alternative is not None:
        name += f"-{_slug(alternative.name or alternative.id)}"
    folder = Path.home()
    if view.settings is not None and view.settings.last_directory:
        folder = Path(view.settings.last_directory)
    path, _ = QFileDialog.getSaveFileName(
        view,
        translate("Workshop", "Save snapshot"),
        str(folder / f"{name}-{stamp}.png"),
        translate("Workshop", "PNG image (*.png)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".png":
        target = target.with_name(target.name + ".png")
    view.charts[view.chart_kind].draw_now()
    if not view.grab().save(str(target), "PNG"):
        view.show_message(
            translate("Workshop", "The snapshot could not be written to {file}").format(
                file=str(target)
            )
        )
        return None
    view.show_message(translate("Workshop", "Snapshot saved: {file}").format(file=str(target)))
    return target
