"""Checks on every text and on the nesting of a scenario's raw data.

A file that opens must also save, export and recover. JSON can carry things
that cannot be written back as UTF-8 (an unpaired surrogate such as
``"\\ud800"``), invisible characters that break typesetting (U+FEFF, control
characters), texts so long that no report can set them, and unknown fields
nested so deep that writing them overflows the stack. Each is refused when
the data is read, with the path of the text, instead of failing later at
Save (docs/files-and-faults.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sroi_app.domain.errors import Issue, format_path

#: Longest name (of the scenario, a stakeholder, an alternative, an item), in characters.
MAX_NAME_CHARS = 1_000
#: Longest other text (descriptions, notes, sources, unknown fields), in characters.
MAX_TEXT_CHARS = 50_000
#: Deepest nesting of objects and lists; the format itself needs 6.
MAX_DEPTH = 32

_SURROGATE = re.compile("[\ud800-\udfff]")
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")


#: The refused characters, in the order they are looked for: (pattern, code, message).
_CHARACTERS = (
    (
        _SURROGATE,
        "text_unpaired_surrogate",
        "an invalid character ({code_point}, half of a pair)",
        "retype the text",
    ),
    (_INVISIBLE, "text_invisible_character", "an invisible character ({code_point})", "remove it"),
)


def _text(value: str, loc: list[str | int]) -> Iterator[Issue]:
    path = format_path(loc)
    for pattern, code, what, remedy in _CHARACTERS:
        if (bad := pattern.search(value)) is not None:
            params = {"position": bad.start() + 1, "code_point": f"U+{ord(bad.group()):04X}"}
            message = f"contains {what.format(**params)} at position {params['position']}; {remedy}"
            yield Issue(path, code, message, params)
            break
    limit = MAX_NAME_CHARS if loc and loc[-1] == "name" else MAX_TEXT_CHARS
    if len(value) > limit:
        yield Issue(
            path,
            "text_too_long",
            f"is {len(value):,} characters long; at most {limit:,}",
            {"length": len(value), "limit": limit},
        )


_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\ud800-\udfff]")


def _clean_at_a_glance(value: Any, depth: int = 0) -> bool:
    """True when ``value`` certainly has no problem (a plain recursive pass, no paths).

    Any text over ``MAX_NAME_CHARS`` counts as suspect, so a long note only
    costs the full walk that names paths; a 5 MB scenario takes about 0.08 s
    here instead of 0.5 s. The recursion stops at ``MAX_DEPTH``.
    """
    search = _BAD.search
    kind = type(value)
    if kind is str:
        return len(value) <= MAX_NAME_CHARS and search(value) is None
    if kind is dict:
        if depth >= MAX_DEPTH:
            return False
        for key, item in value.items():
            if type(key) is not str or len(key) > MAX_NAME_CHARS or search(key) is not None:
                return False
            if not _item_clean(item, depth, search):
                return False
        return True
    if kind is list:
        if depth >= MAX_DEPTH:
            return False
        return all(_item_clean(item, depth, search) for item in value)
    return True


def _item_clean(item: Any, depth: int, search: Any) -> bool:
    kind = type(item)
    if kind is str:
        return len(item) <= MAX_NAME_CHARS and search(item) is None
    if kind is dict or kind is list:
        return _clean_at_a_glance(item, depth + 1)
    return True


def text_issues(raw: Any, prefix: tuple[str | int, ...] = ()) -> list[Issue]:
    """Every text and nesting problem in ``raw`` (any JSON value), by path."""
    if _clean_at_a_glance(raw):
        return []
    issues: list[Issue] = []
    stack: list[tuple[Any, list[str | int]]] = [(raw, list(prefix))]
    while stack:
        value, loc = stack.pop()
        if isinstance(value, str):
            issues += _text(value, loc)
            continue
        if not isinstance(value, dict | list):
            continue
        if len(loc) - len(prefix) >= MAX_DEPTH:
            issues.append(
                Issue(
                    format_path(loc),
                    "too_deep",
                    f"is nested more than {MAX_DEPTH} levels deep",
                    {"limit": MAX_DEPTH},
                )
            )
            continue
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and (_SURROGATE.search(key) or len(key) > MAX_NAME_CHARS):
                    issues.append(
                        Issue(format_path(loc), "text_bad_key", "has a field name that is invalid")
                    )
                    continue
                stack.append((item, [*loc, key]))
        else:
            stack.extend((item, [*loc, i]) for i, item in enumerate(value))
    return issues
