"""JSON paths such as ``alternatives[1].effects[0].proxy.value`` on raw scenario data.

The same notation names a problem in a validation issue and the target of
an edit, so an error can be shown on the very field that was typed in.
Keys that are not identifiers are quoted: ``uncertainty["proxy.value"]``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from sroi_app.domain.errors import format_path

Part = str | int
_TOKEN = re.compile(r'\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]')


class PathError(ValueError):
    """The path is malformed or does not lead anywhere in the data."""


def parse_path(path: str) -> list[Part]:
    """``a[2].b["c.d"]`` -> ``["a", 2, "b", "c.d"]``."""
    parts: list[Part] = []
    pos = 0
    while pos < len(path):
        match = _TOKEN.match(path, pos)
        if match is None or (pos == 0 and path.startswith(".")):
            raise PathError(f"malformed path {path!r} at position {pos}")
        name, index, quoted = match.groups()
        if name is not None:
            parts.append(name)
        elif index is not None:
            parts.append(int(index))
        else:
            parts.append(quoted.replace('\\"', '"').replace("\\\\", "\\"))
        pos = match.end()
    return parts


def join_path(*parts: Part | str) -> str:
    """Join parts (or whole sub-paths) into one path string."""
    flat: list[Part] = []
    for part in parts:
        if isinstance(part, str) and ("." in part or "[" in part):
            flat.extend(parse_path(part))
        elif part != "":
            flat.append(part)
    return format_path(flat)


def _step(container: Any, part: Part, path: Sequence[Part]) -> Any:
    try:
        if isinstance(part, int):
            if not isinstance(container, list) or part >= len(container):
                raise PathError(f"no item {part} at {format_path(path)}")
            return container[part]
        if not isinstance(container, dict):
            raise PathError(f"{format_path(path)} is not an object")
        return container[part]
    except KeyError as exc:
        raise PathError(f"no field {part!r} at {format_path(path)}") from exc


def get_in(data: Any, path: str | Sequence[Part], default: Any = None) -> Any:
    """The value at ``path``, or ``default`` where the path leads nowhere."""
    parts = parse_path(path) if isinstance(path, str) else list(path)
    current = data
    for i, part in enumerate(parts):
        try:
            current = _step(current, part, parts[:i])
        except PathError:
            return default
    return current


def set_in(data: Any, path: str | Sequence[Part], value: Any) -> None:
    """Set the value at ``path`` in place; ``None`` removes an object's field.

    Missing objects on the way are created (setting ``proxy.price_year`` on an
    effect without one); list items must exist.
    """
    parts = parse_path(path) if isinstance(path, str) else list(path)
    if not parts:
        raise PathError("an empty path names the whole document")
    current = data
    for i, part in enumerate(parts[:-1]):
        if isinstance(part, str) and isinstance(current, dict) and part not in current:
            current[part] = [] if isinstance(parts[i + 1], int) else {}
        current = _step(current, part, parts[:i])
    last = parts[-1]
    if isinstance(last, int):
        if not isinstance(current, list) or not -len(current) <= last < len(current):
            raise PathError(f"no item {last} at {format_path(parts[:-1])}")
        current[last] = value
    elif isinstance(current, dict):
        if value is None:
            current.pop(last, None)
        else:
            current[last] = value
    else:
        raise PathError(f"{format_path(parts[:-1])} is not an object")


@lru_cache(maxsize=4096)
def _cached_parts(path: str) -> tuple[Part, ...]:
    # Views ask for thousands of cells per repaint on a large scenario; the same few
    # paths are parsed again and again.
    return tuple(parse_path(path)) if path else ()


def resolve(obj: Any, path: str) -> Any:
    """Follow a JSON path through a scenario's objects, or its JSON data, and lists.

    None where the path leads nowhere (an index past the end, a missing field):
    the one walk used by the views, the ranges, the workshop and the messages.
    """
    for part in _cached_parts(path):
        obj = step(obj, part)
        if obj is None:
            return None
    return obj


def step(obj: Any, part: Part) -> Any:
    """One step of ``resolve``: an item of a list, a key of a mapping, a field of an object."""
    if isinstance(part, int):
        return obj[part] if isinstance(obj, list | tuple) and 0 <= part < len(obj) else None
    if isinstance(obj, Mapping):
        return obj.get(part)
    return getattr(obj, part, None)
