"""Screenshots of every page of the app, for the documentation.

Run on a real (virtual) screen, for example:

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshots.py docs/screenshots

It opens the window on a scenario (the first example by default), shows each
page in turn and saves ``<page>.png``; the Results page is also saved with
each of its other tabs (``results-<tab>.png``), and a page with
``screenshot_tabs`` (the Sensitivity page) with each of those
(``<page>-<name>.png``), after its background computations have finished.
``--extras`` takes only the dialogs and details instead (library, template
picker, the Effects page with a quantity's derivation), for example on the
green meeting place:

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshots.py \
        docs/screenshots --extras --scenario scenarios/groene-ontmoetingsplek.sroi.json
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from toolbox import ROOT, open_app, tool_parser


def main(argv: list[str]) -> int:
    parser = tool_parser(__doc__)
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--suffix", default="", help="added to each file name, e.g. --suffix=-en")
    parser.add_argument("--pages", nargs="*", help="only these pages (default: all)")
    parser.add_argument(
        "--extras",
        action="store_true",
        help="only the dialogs and details: library.png, templates.png, templates-cbs.png,"
        " unit-costs.png, effects-derivation.png",
    )
    args = parser.parse_args(argv)
    app, window = open_app(args.scenario, args.lang)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(page: object = None) -> None:
        for _ in range(5):
            app.processEvents()
        busy = getattr(page, "busy", None)
        waited = 0.0
        while busy is not None and busy() and waited < 120:
            app.processEvents()
            time.sleep(0.05)
            waited += 0.05
        for _ in range(5):
            app.processEvents()

    if args.extras:
        for name in extras(window, settle, args.out, args.suffix):
            print(name)
        window.controller.close()
        return 0

    for key in window.page_keys:
        if args.pages and key not in args.pages:
            continue
        page = window.show_page(key)
        editor = getattr(page, "editor", None)
        if editor is not None and editor.model.rowCount():
            editor.select_row(0)
        settle(page)
        for index, name in getattr(page, "screenshot_tabs", ()):
            page.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
            settle(page)
            window.grab().save(str(args.out / f"{key}-{name}{args.suffix}.png"))
            print(args.out / f"{key}-{name}{args.suffix}.png")
        if getattr(page, "screenshot_tabs", ()):
            page.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
            settle(page)
        if key == "results" and not args.suffix:
            tabs = page.tabs  # type: ignore[attr-defined]
            # Tab 0 (the decision) is results.png.
            names = ["yearly", "stakeholders", "effects", "overview", "value-map", "cash-flows"]
            for index, name in enumerate(names, start=1):
                tabs.setCurrentIndex(index)
                settle(page)
                window.grab().save(str(args.out / f"results-{name}.png"))
                print(args.out / f"results-{name}.png")
            tabs.setCurrentIndex(0)
            settle(page)
        window.grab().save(str(args.out / f"{key}{args.suffix}.png"))
        print(args.out / f"{key}{args.suffix}.png")
    window.controller.close()
    return 0


def extras(window, settle, out: Path, suffix: str) -> list[Path]:  # type: ignore[no-untyped-def]
    """The Effects page with a derivation, the proxy library and the template picker."""
    from sroi_app.ui.library_browser import open_library
    from sroi_app.ui.template_picker import open_template_picker

    saved = []
    page = window.show_page("effects")
    page.editor.select_row(0)
    settle()
    saved.append(out / f"effects-derivation{suffix}.png")
    window.grab().save(str(saved[-1]))
    browser = open_library(window)
    browser.select_proxy("depression_care_cost")
    settle()
    saved.append(out / f"library{suffix}.png")
    browser.grab().save(str(saved[-1]))
    browser.reject()
    picker = open_template_picker(window)
    picker.choose("green_mental_health")
    settle()
    saved.append(out / f"templates{suffix}.png")
    picker.grab().save(str(saved[-1]))
    # Local CBS figures from a StatLine CSV (the test fixture: a made-up region).
    picker = open_template_picker(window)
    picker.choose("fall_prevention")
    picker.region.import_csv(str(ROOT / "tests" / "fixtures" / "cbs" / "85984NED_tabel.csv"))
    picker.region.code.setText("BU09990101")
    picker.region.load()
    settle()
    saved.append(out / f"templates-cbs{suffix}.png")
    picker.grab().save(str(saved[-1]))
    picker.reject()
    from sroi_app.ui.unit_cost_browser import open_unit_costs

    page = window.show_page("costs")
    page.editor.select_row(0)
    settle()
    costs = open_unit_costs(window)
    costs.search.setText("buurtverbinder")
    costs.quantity.setValue(0.5)
    settle()
    saved.append(out / f"unit-costs{suffix}.png")
    costs.grab().save(str(saved[-1]))
    costs.reject()
    settle()
    return saved


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
