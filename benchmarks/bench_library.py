"""Timings of the proxy library browser and the template picker (no Qt).

- ``proxy_search_ms``: one search over the whole library (what a keystroke in
  the library browser costs).
- ``template_insert_ms``: inserting the largest template (three effects) into
  the largest example scenario and validating the result (what "insert" in the
  template picker costs).
"""

from __future__ import annotations

from benchmarks.timing import median_ms
from sroi_app.app.templates import insert_template
from sroi_app.io.cpi import default_cpi
from sroi_app.io.proxies import default_library
from sroi_app.io.resources import scenarios_dir
from sroi_app.io.scenario_file import read_raw
from sroi_app.io.templates import default_templates

LARGEST = scenarios_dir() / "groene-ontmoetingsplek.sroi.json"


def proxy_search_ms() -> float:
    library = default_library()
    return median_ms(lambda: library.search("zorgkosten eenzaam", domain="health"))


def template_insert_ms() -> float:
    data = read_raw(LARGEST)
    template = default_templates().get("neighbourhood_connector")
    library, cpi = default_library(), default_cpi()
    return median_ms(lambda: insert_template(data, "plus", template, library, cpi=cpi), repeat=21)


BENCHMARKS = {"proxy_search_ms": proxy_search_ms, "template_insert_ms": template_insert_ms}
