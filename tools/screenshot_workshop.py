"""A screenshot of the workshop view for the documentation, on a 1920x1080 screen.

Run on a real (virtual) screen, for example:

    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python tools/screenshot_workshop.py \
        docs/screenshots

It opens the richest example, enters the workshop view full screen with its
suggested sliders, moves two of them as a room would, and saves
``workshop<suffix>.png`` (with ``--chart stakeholders``:
``workshop-stakeholders<suffix>.png``).
"""

from __future__ import annotations

import sys
import time

from toolbox import open_app, tool_parser


def main(argv: list[str]) -> int:
    parser = tool_parser(__doc__)
    parser.add_argument("--suffix", default="", help="added to the file name, e.g. --suffix=-en")
    parser.add_argument("--chart", choices=("yearly", "stakeholders"), default="yearly")
    parser.add_argument("--after-b", action="store_true", help="also after B (freeze the baseline)")
    parser.add_argument("--after-v", action="store_true", help="also after V (save as a variant)")
    args = parser.parse_args(argv)
    app, window = open_app(args.scenario, args.lang)

    from sroi_app.ui.workshop import open_workshop

    window.show()
    view = open_workshop(window)

    def settle() -> None:
        for _ in range(10):
            app.processEvents()
        # The chance of a positive NPV arrives from the background.
        deadline = time.monotonic() + 30
        while view.takeaway.pending() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.05)
        for _ in range(5):
            app.processEvents()

    settle()
    # As in a room: the value per home goes down a little, the construction costs up.
    first, last = view.sliders[0], view.sliders[-1]
    first.slider.setValue(first.knob.document_position - 8)
    last.slider.setValue(last.knob.document_position + 12)
    first.slider.setFocus()
    if args.chart == "stakeholders":
        view.switch_chart()
    settle()
    view.charts[view.chart_kind].draw_now()
    settle()
    args.out.mkdir(parents=True, exist_ok=True)
    name = "workshop" if args.chart == "yearly" else "workshop-stakeholders"
    target = args.out / f"{name}{args.suffix}.png"
    view.grab().save(str(target))
    print(target, view.width(), view.height())
    if args.after_b:  # the baseline frozen: the confirmation floats over the view
        view.freeze_baseline()
        settle()
        after = args.out / f"{name}-after-b{args.suffix}.png"
        view.grab().save(str(after))
        print(after)
    if args.after_v:  # saved as a variant: the view shows it, the confirmation floats
        from PySide6.QtWidgets import QInputDialog

        agreed = "Afgesproken in de zaal" if args.lang == "nl" else "Agreed in the room"
        QInputDialog.getText = lambda *_a, **_k: (agreed, True)  # type: ignore[method-assign]
        view.save_variant()
        settle()
        view.charts[view.chart_kind].draw_now()
        settle()
        after = args.out / f"{name}-after-v{args.suffix}.png"
        view.grab().save(str(after))
        print(after)
    window.controller.undo_stack.setClean()
    window.controller.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
