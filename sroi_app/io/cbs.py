"""Local figures from CBS: "Kerncijfers wijken en buurten" for a gemeente, wijk or buurt.

Two ways in, one result (``RegionFigures``):

- online, with the ``cbsodata`` package (``fetch_region``): one row of the
  table, filtered on the region code. ``cbsodata.get_data`` returns the
  table's column keys with CBS's numbered suffixes (``AantalInwoners_5``,
  ``k_65JaarOfOuder_12``...; the numbers differ between years) and turns the
  region dimension into its title, so the code is read from ``Codering_3``;
- offline, from the CSV a user downloads from StatLine (``read_statline_csv``):
  either the "onbewerkte dataset" (the same keys as the API) or the published
  table (column titles such as "Aantal inwoners" or "Bevolking/Leeftijds-
  groepen/65 jaar of ouder (aantal)"). Semicolon or comma separated; "." (and
  an empty cell) is CBS's sign for a figure that is not known.

Columns are recognised by their key without the suffix, or by their title,
so the tables of other years read the same. Each figure keeps where it came
from (table, title, region code and name), and ``source_text`` says so in a
derivation's source.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

Lang = Literal["nl", "en"]

#: The most recent "Kerncijfers wijken en buurten" tables by year (CBS StatLine ids).
KERNCIJFERS_TABLES: dict[int, str] = {
    2025: "86165NED",
    2024: "85984NED",
    2023: "85618NED",
    2022: "85318NED",
    2021: "85039NED",
    2020: "84799NED",
}
DEFAULT_TABLE = KERNCIJFERS_TABLES[max(KERNCIJFERS_TABLES)]

#: The figures read, by the column key without CBS's numbered suffix ...
_KEYS: dict[str, str] = {
    "Codering": "code",
    "WijkenEnBuurten": "name",
    "Gemeentenaam": "municipality",
    "SoortRegio": "kind",
    "AantalInwoners": "inhabitants",
    "k_0Tot15Jaar": "age_0_15",
    "k_15Tot25Jaar": "age_15_25",
    "k_25Tot45Jaar": "age_25_45",
    "k_45Tot65Jaar": "age_45_65",
    "k_65JaarOfOuder": "age_65_plus",
    "HuishoudensTotaal": "households",
    "Eenpersoonshuishoudens": "single_person_households",
}
#: ... and by the column title of a published table (lower case, the last part of a
#: "Theme/Subtheme/Title (unit)" header).
_TITLES: dict[str, str] = {
    "codering": "code",
    "regiocode": "code",
    "wijken en buurten": "name",
    "regio's": "name",
    "gemeentenaam": "municipality",
    "soort regio": "kind",
    "aantal inwoners": "inhabitants",
    "0 tot 15 jaar": "age_0_15",
    "15 tot 25 jaar": "age_15_25",
    "25 tot 45 jaar": "age_25_45",
    "45 tot 65 jaar": "age_45_65",
    "65 jaar of ouder": "age_65_plus",
    "huishoudens totaal": "households",
    "eenpersoonshuishoudens": "single_person_households",
}
_COUNTS = (
    "inhabitants",
    "age_0_15",
    "age_15_25",
    "age_25_45",
    "age_45_65",
    "age_65_plus",
    "households",
    "single_person_households",
)
_CODE = re.compile(r"^(NL\d{2}|GM\d{4}|WK\d{6}|BU\d{8})$")


class CbsError(ValueError):
    """The figures could not be had: offline, no such region, a file that is not a CBS table."""


@dataclass(frozen=True)
class RegionFigures:
    """Population figures of one region from one CBS table."""

    table_id: str
    table_title: str
    year: int | None
    code: str
    name: str
    municipality: str
    kind: str
    inhabitants: int | None
    age_0_15: int | None = None
    age_15_25: int | None = None
    age_25_45: int | None = None
    age_45_65: int | None = None
    age_65_plus: int | None = None
    households: int | None = None
    single_person_households: int | None = None
    origin: str = "cbsodata"  # or the CSV file's name
    #: Figures the table gave as percentages, turned into counts here.
    from_percentages: tuple[str, ...] = ()

    def label(self) -> str:
        """The region as a person names it: "Centrum (wijk, Amsterdam) WK036300"."""
        parts = [p for p in (self.kind.lower(), self.municipality) if p and p != self.name]
        where = f" ({', '.join(parts)})" if parts else ""
        return f"{self.name}{where} {self.code}".strip()

    def source_text(self, lang: Lang = "nl") -> str:
        """Where the figures come from, for a derivation's source."""
        title = self.table_title or "Kerncijfers wijken en buurten"
        year = f" {self.year}" if self.year and str(self.year) not in title else ""
        if lang == "nl":
            via = "" if self.origin == "cbsodata" else f", geïmporteerd uit {self.origin}"
            shares = " (aandelen in procenten omgerekend naar aantallen)" * bool(
                self.from_percentages
            )
            return (
                f"CBS StatLine, tabel {self.table_id} ({title}{year}),"
                f" regio {self.label()}{via}{shares}"
            )
        via = "" if self.origin == "cbsodata" else f", imported from {self.origin}"
        shares = " (percentages turned into counts)" * bool(self.from_percentages)
        where = f"region {self.label()}{via}{shares}"
        return f"CBS StatLine, table {self.table_id} ({title}{year}), {where}"


def _field_of_key(key: str) -> str | None:
    return _KEYS.get(re.sub(r"_\d+$", "", key.strip()))


def _field_of_title(title: str) -> str | None:
    text = title.strip().strip('"').lower()
    text = re.sub(r"\s*\([^)]*\)\s*$", "", text)  # "(aantal)"
    return _TITLES.get(text.split("/")[-1].strip())


def _unit_of_title(title: str) -> str:
    match = re.search(r"\(([^)]*)\)\s*$", title.strip().strip('"'))
    return match.group(1).strip() if match else ""


#: Figures that a table may give as a percentage, and what they are a percentage of.
_SHARE_OF = {
    "age_0_15": "inhabitants",
    "age_15_25": "inhabitants",
    "age_25_45": "inhabitants",
    "age_45_65": "inhabitants",
    "age_65_plus": "inhabitants",
    "single_person_households": "households",
}


def _count(value: Any) -> int | None:
    """A CBS count: an int, a float, or text ("1 234", "1.234", "." for unknown)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return round(value) if math.isfinite(value) else None
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if text in ("", ".", "-", "x", "?"):
        return None
    text = text.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", text) else text
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return None
    return round(number) if math.isfinite(number) else None


def _figures(
    fields: Mapping[str, Any],
    table_id: str,
    table_title: str,
    year: int | None,
    origin: str,
    percent: frozenset[str] = frozenset(),
) -> RegionFigures:
    """``percent``: the fields the table gives as a percentage (of inhabitants or of
    households); they become counts, rounded to whole people or households."""
    code = str(fields.get("code") or "").strip().upper()
    name = str(fields.get("name") or "").strip()
    name = re.sub(rf"\s*\({re.escape(code)}\)$", "", name) if code else name  # "Oude Kern (BU...)"
    counts: dict[str, int | None] = {c: _count(fields.get(c)) for c in _COUNTS}
    shares = {c: _share(fields.get(c)) for c in percent if c in _SHARE_OF}
    for field, share in shares.items():
        base = counts[_SHARE_OF[field]]
        counts[field] = None if share is None or base is None else round(share / 100 * base)
    return RegionFigures(
        table_id=table_id,
        table_title=table_title,
        year=year,
        code=code,
        name="" if name.upper() == code else name,
        municipality=str(fields.get("municipality") or "").strip(),
        kind=str(fields.get("kind") or "").strip(),
        origin=origin,
        from_percentages=tuple(sorted(shares)),
        **counts,
    )


def _share(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value) if math.isfinite(value) else None
    text = str(value or "").strip().replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def figures_from_row(
    row: Mapping[str, Any],
    table_id: str,
    table_title: str = "",
    year: int | None = None,
    origin: str = "cbsodata",
    units: Mapping[str, str] | None = None,
) -> RegionFigures:
    """One row of a Kerncijfers table (keys as ``cbsodata.get_data`` gives them).

    ``units`` maps a column key to its unit (``DataProperties``); a figure in
    "%" is a share of the inhabitants (or households) and is turned into a count.
    """
    fields: dict[str, Any] = {}
    percent: set[str] = set()
    for key, value in row.items():
        field = _field_of_key(str(key))
        if field is not None:
            fields[field] = value
            if units and "%" in units.get(str(key), ""):
                percent.add(field)
    return _figures(fields, table_id, table_title, year, origin, frozenset(percent))


def _year_of(title: str, table_id: str) -> int | None:
    match = re.search(r"(19|20)\d{2}", title)
    if match:
        return int(match.group(0))
    return next((y for y, t in KERNCIJFERS_TABLES.items() if t == table_id), None)


def _check_code(code: str) -> str:
    code = code.strip().upper()
    if not _CODE.match(code):
        raise CbsError(
            f"'{code}' is not a CBS region code (GM0363 for a gemeente, WK036300 for a wijk,"
            " BU03630000 for a buurt)"
        )
    return code


Client = Callable[..., list[dict[str, Any]]]


def _cbsodata() -> Any:
    try:
        import cbsodata  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - a dependency of the app
        raise CbsError("the cbsodata package is not installed") from exc
    return cbsodata


def fetch_region(
    code: str,
    table_id: str = DEFAULT_TABLE,
    *,
    get_data: Client | None = None,
    get_meta: Callable[..., list[dict[str, Any]]] | None = None,
) -> RegionFigures:
    """The figures of region ``code`` from table ``table_id`` on CBS's open-data service.

    ``get_data`` and ``get_meta`` default to ``cbsodata``'s; tests pass their
    own (no network in tests). ``CbsError`` says what went wrong in words: no
    connection, no such table, no such region.
    """
    code = _check_code(code)
    if get_data is None or get_meta is None:
        module = _cbsodata()
        get_data = get_data or module.get_data
        get_meta = get_meta or module.get_meta
    try:
        info = get_meta(table_id, "TableInfos")
        properties = get_meta(table_id, "DataProperties")
        rows = get_data(table_id, filters=f"startswith(WijkenEnBuurten,'{code}')")
    except CbsError:
        raise
    except OSError as exc:  # requests' connection errors are OSErrors
        raise CbsError(
            f"CBS table {table_id} could not be read: there is no connection with CBS"
            " (opendata.cbs.nl); without a connection, import the table as a CSV from StatLine"
        ) from exc
    except Exception as exc:  # HTTP 404 for an unknown table, a changed service: in words
        raise CbsError(
            f"CBS table {table_id} could not be read ({type(exc).__name__}: {exc});"
            " without a connection, import the table as a CSV from StatLine"
        ) from exc
    title = str(info[0].get("Title", "")) if info else ""
    units = {str(p.get("Key", "")): str(p.get("Unit") or "") for p in properties or ()}
    for row in rows:
        figures = figures_from_row(row, table_id, title, _year_of(title, table_id), units=units)
        if figures.code == code:
            return figures
    raise CbsError(f"table {table_id} has no region {code}")


def _sniff(text: str) -> str:
    """ ";" (StatLine's default) unless the first lines have more commas outside quotes."""
    head = [re.sub(r'"[^"]*"', "", line) for line in text.splitlines()[:10]]
    return (
        ";"
        if max((h.count(";") for h in head), default=0)
        >= max((h.count(",") for h in head), default=0)
        else ","
    )


def read_statline_csv(path: Path | str, table_id: str = "") -> list[RegionFigures]:
    """Every region in a StatLine CSV download of a Kerncijfers table.

    The header is the first line that names the region code column (a
    published table has a few title lines above it). ``table_id`` names the
    table when the file does not (a file name such as ``85984NED_...csv``
    is used when it is not given).
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CbsError(f"{path.name} cannot be read ({exc.strerror})") from exc
    text = raw.decode("utf-8-sig", errors="replace")
    if not table_id:
        match = re.search(r"\d{5}NED", path.name, re.IGNORECASE)
        table_id = match.group(0).upper() if match else ""
    rows = list(csv.reader(io.StringIO(text), delimiter=_sniff(text)))
    title = ""
    for n, header in enumerate(rows):
        by_key = [_field_of_key(h) for h in header]
        by_title = [_field_of_title(h) for h in header]
        fields = by_key if "code" in by_key else by_title if "code" in by_title else None
        percent = frozenset(
            f for f, h in zip(by_title, header, strict=True) if f and _unit_of_title(h) == "%"
        )
        if fields is None:
            if len([c for c in header if c.strip()]) == 1 and not title:
                title = header[0].strip().strip('"')  # a published table's title line
            continue
        if "inhabitants" not in fields:
            break
        found = []
        for row in rows[n + 1 :]:
            values = {f: row[i] for i, f in enumerate(fields) if f is not None and i < len(row)}
            if _CODE.match(str(values.get("code", "")).strip().upper()):
                values["code"] = str(values["code"]).strip().upper()
                year = _year_of(title or path.name, table_id)
                found.append(_figures(values, table_id, title, year, path.name, percent))
        if found:
            return found
        break
    raise CbsError(
        f"{path.name} is not a CBS table of regions with their inhabitants"
        " (Kerncijfers wijken en buurten): no column with region codes and inhabitants"
    )


def find_region(figures: Iterable[RegionFigures], code: str) -> RegionFigures:
    """The region with this code among ``figures``; ``CbsError`` when it is not there."""
    code = _check_code(code)
    for item in figures:
        if item.code == code:
            return item
    raise CbsError(f"the table has no region {code}")
