"""The Qt binding itself: signals must not corrupt the interpreter's reference counts.

PySide6 6.12.0 returned ``True`` from ``SignalInstance.emit()`` without
owning a reference to it. On Python 3.11 (where ``True`` is not immortal)
every emit dropped one reference, and after a few thousand edits the
interpreter aborted with "deallocating True or False". pyproject.toml
excludes that release; this test catches the next one like it.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal


class Emitter(QObject):
    changed = Signal(object)
    plain = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.received = 0
        self.changed.connect(self._take)
        self.plain.connect(self._take_plain)

    def _take(self, _value: object) -> None:
        self.received += 1

    def _take_plain(self) -> None:
        self.received += 1


def test_emitting_signals_keeps_reference_counts(qapp: QCoreApplication) -> None:
    emitter = Emitter()
    counts = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for i in range(2000):
        emitter.changed.emit(i)
        emitter.plain.emit()
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert emitter.received == 4000
    # Other code may take a few references meanwhile; a leak would be thousands.
    assert all(abs(b - a) < 100 for a, b in zip(counts, after, strict=True)), (counts, after)


def test_a_signal_from_a_worker_thread_arrives_intact(qapp: QCoreApplication) -> None:
    emitter = Emitter()
    values: list[object] = []
    emitter.changed.connect(values.append)
    payload = {"rows": list(range(100))}
    thread = threading.Thread(target=lambda: [emitter.changed.emit(payload) for _ in range(200)])
    thread.start()
    thread.join()
    QCoreApplication.sendPostedEvents(emitter)
    QCoreApplication.processEvents()
    assert len(values) == 200 and all(v is payload for v in values)
