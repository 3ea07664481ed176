"""The system libraries Qt's X11 platform plugin needs on Linux, checked before Qt starts.

Without one of them Qt aborts with a long message that ends in "This
application failed to start because no Qt platform plugin could be
initialized" and a core dump. Checking first lets the command line say in one
line which package to install. The check loads each library the way Qt's
plugin would (``dlopen`` by its soname), so it finds exactly what Qt finds.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

#: soname -> (Debian/Ubuntu package, Fedora package), the libraries of Qt 6's
#: xcb plugin that a desktop installation does not always carry.
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will start its X11 (xcb) plugin in this environment."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":", 1)[0].split(";", 1)[0] == "xcb"
    return environ.get("XDG_SESSION_TYPE", "") != "wayland" or not environ.get("WAYLAND_DISPLAY")


def missing_libraries(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The sonames of ``XCB_LIBRARIES`` that cannot be loaded."""
    return [soname for soname in XCB_LIBRARIES if not loads(soname)]


def missing_library_message(
    environ: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    loads: Callable[[str], bool] = _loads,
) -> str | None:
    """One line naming the packages to install, or ``None`` when Qt can start."""
    if not uses_xcb(os.environ if environ is None else environ, platform):
        return None
    missing = missing_libraries(loads)
    if not missing:
        return None
    debian = " ".join(dict.fromkeys(XCB_LIBRARIES[s][0] for s in missing))
    fedora = " ".join(dict.fromkeys(XCB_LIBRARIES[s][1] for s in missing))
    return (
        f"the desktop app needs system libraries that are missing ({', '.join(missing)}):"
        f" install them with 'sudo apt install {debian}' (Debian, Ubuntu)"
        f" or 'sudo dnf install {fedora}' (Fedora)"
    )
