"""Time LibreOffice's ``calculateAll()`` on a workbook through its Python UNO bridge.

Run with a Python that can ``import uno`` (Debian's python3-uno: the system
``/usr/bin/python3``), not the project's: ``python3 lo_calculate.py BOOK.xlsx
PROFILE_DIR``. Starts a private headless soffice, loads the workbook hidden,
times ``calculateAll()`` three times and prints one JSON line:
``{"load_s": ..., "calculate_all_s": [...]}``.
"""

import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def main(book: str, profile: str) -> None:
    pipe = f"sroi_bench_{os.getpid()}"
    soffice = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation={Path(profile).resolve().as_uri()}",
            "--headless",
            "--invisible",
            "--norestore",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        context = None
        for _ in range(240):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:  # not listening yet
                time.sleep(0.5)
        if context is None:
            raise RuntimeError("soffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        hidden = PropertyValue()
        hidden.Name, hidden.Value = "Hidden", True
        started = time.perf_counter()
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(str(Path(book).resolve())), "_blank", 0, (hidden,)
        )
        load = time.perf_counter() - started
        times = []
        for _ in range(3):
            started = time.perf_counter()
            document.calculateAll()
            times.append(time.perf_counter() - started)
        document.close(True)
        with contextlib.suppress(Exception):  # the bridge goes away with the process
            desktop.terminate()
        print(json.dumps({"load_s": load, "calculate_all_s": times}))
    finally:
        try:
            soffice.wait(timeout=30)
        except subprocess.TimeoutExpired:
            soffice.kill()
            soffice.wait()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
