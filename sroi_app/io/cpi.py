"""Reading the CPI table (``resources/cpi.csv``, columns ``year,index``)."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from sroi_app.domain.cpi import CpiTable
from sroi_app.io.resources import resource_path


def read_cpi(path: Path) -> CpiTable:
    """Read a ``year,index`` CSV; lines starting with ``#`` are comments."""
    values: dict[int, float] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = (line for line in handle if line.strip() and not line.lstrip().startswith("#"))
        for row in csv.DictReader(rows):
            values[int(row["year"])] = float(row["index"])
    source = path.with_name(path.stem + ".source.md")
    return CpiTable(values, source.read_text(encoding="utf-8") if source.exists() else "")


@lru_cache(maxsize=1)
def default_cpi() -> CpiTable:
    """The bundled CBS table (read once per process)."""
    return read_cpi(resource_path("cpi.csv"))
