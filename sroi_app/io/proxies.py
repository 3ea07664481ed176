"""Reading the proxy library (``resources/proxies.json``) and searching it.

``default_library()`` reads the bundled file once per process. The search
and filter functions are what the app's library browser and the
``sroi-app proxies`` command call; they delegate to ``ProxyLibrary`` so the
rules live in one place.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.proxy_library import (
    CAPITALISED_TAG,
    IndexedProxy,
    LibraryProxy,
    ProxyLibrary,
    index_proxy,
)
from sroi_app.io.cpi import default_cpi
from sroi_app.io.resources import read_model_file, resource_path


def read_library(path: Path) -> ProxyLibrary:
    """Read and validate a proxy library file; ``ScenarioFileError`` names the problem."""
    return read_model_file(path, ProxyLibrary, "library")


@lru_cache(maxsize=1)
def default_library() -> ProxyLibrary:
    """The bundled library (read once per process)."""
    return read_library(resource_path("proxies.json"))


def search_proxies(
    text: str = "",
    *,
    domain: str | None = None,
    verification: str | None = None,
    beneficiary: str | None = None,
    min_grade: str | None = None,
    library: ProxyLibrary | None = None,
) -> list[LibraryProxy]:
    """Proxies matching every word of ``text`` and the given filters (library order)."""
    return (library or default_library()).search(
        text,
        domain=domain,
        verification=verification,
        beneficiary=beneficiary,
        min_grade=min_grade,
    )


def get_proxy(proxy_id: str, library: ProxyLibrary | None = None) -> LibraryProxy:
    """One proxy by id (``KeyError`` when unknown)."""
    return (library or default_library()).get(proxy_id)


def indexed(proxy_id: str, price_year: int, cpi: CpiTable | None = None) -> IndexedProxy:
    """A library value at its own price year and at ``price_year`` (both shown in the app)."""
    return index_proxy(get_proxy(proxy_id), price_year, cpi or default_cpi())


def capitalised_ids(library: ProxyLibrary | None = None) -> frozenset[str]:
    """Library ids of proxies tagged as one-off capitalised values (house prices and the like)."""
    entries = (library or default_library()).proxies
    return frozenset(p.id for p in entries if CAPITALISED_TAG in p.tags)
