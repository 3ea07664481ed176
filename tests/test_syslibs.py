"""A missing Qt system library on Linux gives one line naming the package, not Qt's abort."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sroi_app.cli import syslibs


def test_no_check_off_linux_or_off_xcb() -> None:
    nothing_loads = lambda soname: False  # noqa: E731
    assert syslibs.missing_library_message({}, "win32", nothing_loads) is None
    assert syslibs.missing_library_message({}, "darwin", nothing_loads) is None
    offscreen = {"QT_QPA_PLATFORM": "offscreen"}
    assert syslibs.missing_library_message(offscreen, "linux", nothing_loads) is None
    wayland = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert syslibs.missing_library_message(wayland, "linux", nothing_loads) is None


def test_names_the_missing_package_for_debian_and_fedora() -> None:
    def loads(soname: str) -> bool:
        return soname != "libxcb-cursor.so.0"

    message = syslibs.missing_library_message({"DISPLAY": ":0"}, "linux", loads)
    assert message is not None
    assert "\n" not in message
    assert "libxcb-cursor.so.0" in message
    assert "sudo apt install libxcb-cursor0'" in message
    assert "sudo dnf install xcb-util-cursor'" in message


def test_nothing_missing_says_nothing() -> None:
    assert (
        syslibs.missing_library_message({"QT_QPA_PLATFORM": "xcb"}, "linux", lambda s: True) is None
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux-only")
def test_gui_command_exits_2_with_one_line_when_a_library_is_missing(tmp_path: Path) -> None:
    # The real check, with the library's name changed to one that does not exist.
    code = (
        "import sys\n"
        "from sroi_app.cli import syslibs, main\n"
        "syslibs.XCB_LIBRARIES = {\n"
        "    'libxcb-cursor-missing.so.0': ('libxcb-cursor0', 'xcb-util-cursor'),\n"
        "}\n"
        "sys.exit(main(['gui']))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "libxcb-cursor0" in lines[0]


def test_the_real_libraries_load_on_this_machine_when_ci_installs_them() -> None:
    import os

    if os.environ.get("CI") != "true":
        pytest.skip("only CI promises the xcb libraries (.ci/run installs them)")
    assert syslibs.missing_libraries() == []
