"""Recovery copies: the open document written aside so a crash loses little work.

Each running program writes one file ``recovery/<pid>-<n>.json`` in the user
data folder holding the scenario, the file it belongs to and the time. A
clean save or close removes it; at the next start, files whose program is
no longer running are offered back. Writing happens on a worker thread so
the window never waits for the disk; the scenario is immutable, so handing
it to the thread is safe. How often to write is the caller's choice (the
app: at most once a minute after a change).
"""

from __future__ import annotations

import contextlib
import datetime
import itertools
import json
import logging
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sroi_app.app.userdirs import user_data_dir
from sroi_app.domain.errors import ScenarioError
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_to_data
from sroi_app.io.atomic import atomic_write_bytes
from sroi_app.io.scenario_file import scenario_from_raw

_counter = itertools.count(1)
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecoveryCopy:
    """A recovery file left by an earlier session."""

    path: Path
    scenario: Scenario
    source: Path | None
    saved_at: datetime.datetime


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's live process, or a platform without signals
    return True


class RecoveryStore:
    """Writes, lists and removes recovery copies in one folder."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else user_data_dir() / "recovery"
        self.path = self.folder / f"{os.getpid()}-{next(_counter)}.json"
        self._executor: ThreadPoolExecutor | None = None
        self._pending: Future[None] | None = None

    # -- writing -----------------------------------------------------------------------------

    def write(self, scenario: Scenario, source: Path | None) -> Path:
        """Write the recovery copy now (atomic: a crash mid-write keeps the last copy)."""
        payload: dict[str, Any] = {
            # Absolute: the next start may run from another working folder.
            "recovery_of": str(Path(source).absolute()) if source is not None else None,
            "saved_at": datetime.datetime.now(datetime.UTC).isoformat(),
            "pid": os.getpid(),
            "scenario": scenario_to_data(scenario),
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.path, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        return self.path

    def write_in_background(self, scenario: Scenario, source: Path | None) -> Future[None]:
        """Queue a write on the worker thread; the latest queued copy wins."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recovery")

        def job() -> None:
            try:
                self.write(scenario, source)
            except Exception:  # a lost recovery copy must never take the app down
                logger.exception("writing the recovery copy %s failed", self.path)

        self._pending = self._executor.submit(job)
        return self._pending

    def flush(self, timeout: float | None = 10.0) -> None:
        """Wait for a queued write (before exiting, and in tests)."""
        if self._pending is not None:
            self._pending.result(timeout)

    def discard(self) -> None:
        """Remove this session's copy (after a clean save or close)."""
        self.flush()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def close(self) -> None:
        self.flush()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    # -- finding copies of earlier sessions --------------------------------------------------

    def orphans(self) -> list[RecoveryCopy]:
        """Readable copies left by programs that are no longer running, newest first."""
        copies = []
        for path in sorted(self.folder.glob("*.json")):
            if path == self.path:
                continue
            try:
                payload = json.loads(path.read_text(encoding="utf-8"))
                pid = int(payload.get("pid", 0))
                if pid and _pid_alive(pid):
                    continue
                scenario = scenario_from_raw(payload["scenario"])
                saved_at = datetime.datetime.fromisoformat(payload["saved_at"])
            except (OSError, ValueError, KeyError, TypeError, ScenarioError):
                continue  # a damaged copy is of no use; leave it for inspection
            source = payload.get("recovery_of")
            copies.append(RecoveryCopy(path, scenario, Path(source) if source else None, saved_at))
        return sorted(copies, key=lambda c: c.saved_at, reverse=True)

    @staticmethod
    def remove(copy: RecoveryCopy) -> None:
        with contextlib.suppress(FileNotFoundError):
            copy.path.unlink()
