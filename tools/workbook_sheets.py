"""PNGs of every sheet of a scenario's workbook, as LibreOffice prints them.

    python tools/workbook_sheets.py docs/screenshots/workbook \\
        --scenario scenarios/groene-ontmoetingsplek.sroi.json

Writes the workbook (Dutch), then per sheet a copy in which only that sheet
is visible, converts it to PDF with LibreOffice (which recalculates the
formulas) and the first page of each to ``<n>-<sheet>.png`` with pdftoppm,
so a person can look at every sheet as it is printed: headers, column
widths, wrapped text. Hidden sheets (the chart data, the scenario for the import) are left out.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from toolbox import tool_parser


def main(argv: list[str]) -> int:
    parser = tool_parser(__doc__)
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args(argv)

    from openpyxl import load_workbook

    from sroi_app.exports.excel import export_workbook
    from sroi_app.io.scenario_file import load_scenario

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftoppm = shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        print("needs LibreOffice (soffice) and poppler (pdftoppm)", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        book = work / "werkmap.xlsx"
        export_workbook(load_scenario(args.scenario), book, args.lang)
        names = [ws.title for ws in load_workbook(book).worksheets if ws.sheet_state == "visible"]
        for n, name in enumerate(names, start=1):
            wb = load_workbook(book)
            for ws in wb.worksheets:
                if ws.sheet_state != "veryHidden":
                    ws.sheet_state = "visible" if ws.title == name else "hidden"
                    if ws.title != name:
                        # LibreOffice prints a hidden sheet's print area: drop it.
                        ws.print_area = None
            wb.active = wb.sheetnames.index(name)
            slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            one = work / f"{n:02d}-{slug}.xlsx"
            wb.save(one)
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation=file://{work / 'profile'}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(work),
                    str(one),
                ],
                check=True,
                capture_output=True,
                timeout=240,
            )
            png = args.out / f"{n:02d}-{slug}"
            subprocess.run(
                [
                    pdftoppm,
                    "-r",
                    str(args.dpi),
                    "-png",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(one.with_suffix(".pdf")),
                    str(png),
                ],
                check=True,
                timeout=120,
            )
            print(png.with_suffix(".png"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
