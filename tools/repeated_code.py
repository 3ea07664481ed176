"""Run ``duplicates`` over the package and fail on a repeated block nobody has judged.

    python tools/repeated_code.py

``duplicates`` (on PATH) lists the pairs of places in ``sroi_app`` that share
six or more lines. Rows it marks ``boilerplate`` are thin shapes; every
other row must be a pair of files listed in the table under "Repeated code"
in docs/architecture.md (data tables and declarations judged to stay).
A row of any other pair is new repeated code: give it one home, or judge it
there. Prints the tool's summary line and exits 1 when a row is unjudged.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
ROW = re.compile(r"^D\d+ (\S+?):\d+-\d+ ~ (\S+?):\d+-\d+")


def judged_pairs(doc: str) -> set[frozenset[str]]:
    """The file pairs of the "Repeated code" table (``itself``: a pair within one file)."""
    section = doc.split("## Repeated code", 1)[1].split("\n## ", 1)[0]
    pairs = set()
    for line in section.splitlines():
        found = re.match(r"^\| `([^`]+)` ~ (?:`([^`]+)`|itself) \|", line)
        if found:
            first, second = found.group(1), found.group(2) or found.group(1)
            pairs.add(frozenset({first, second}))
    return pairs


def unjudged(output: str, pairs: set[frozenset[str]]) -> list[str]:
    """The rows of ``duplicates`` that are not boilerplate and not a judged pair."""
    rows = []
    for line in output.splitlines():
        found = ROW.match(line)
        pair = frozenset(found.groups()) if found else None
        if pair is not None and "boilerplate" not in line and pair not in pairs:
            rows.append(line)
    return rows


def main() -> int:
    tool = shutil.which("duplicates")
    if tool is None:
        print("needs the duplicates tool on PATH", file=sys.stderr)
        return 2
    done = subprocess.run(
        [tool, "--most", "200", "--seconds", "120"],
        cwd=ROOT / "sroi_app",
        capture_output=True,
        text=True,
        check=True,
    )
    print(done.stdout.splitlines()[0])
    rows = unjudged(done.stdout, judged_pairs(DOC.read_text(encoding="utf-8")))
    for row in rows:
        print("not judged:", row)
    if any(line.startswith(("incomplete:", "(+")) for line in done.stdout.splitlines()):
        print("the listing is cut short: raise --most or --seconds", file=sys.stderr)
        return 1
    return 1 if rows else 0


if __name__ == "__main__":
    sys.exit(main())
