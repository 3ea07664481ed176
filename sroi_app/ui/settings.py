"""One typed wrapper around ``QSettings`` with defaults.

The settings live in an INI file in the per-user config folder
(``sroi_app.app.userdirs``, which honours ``SROI_APP_USER_DIR``), the same on
every platform, so tests and portable installs keep them in their own
folder. PySide6 hands lists back as a string when there is one element and
as ``None`` when empty: every read states its type.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from sroi_app.app.userdirs import APP_AUTHOR, APP_NAME, user_config_dir
from sroi_app.domain.formatting import LANGS, Lang

ORGANISATION = APP_AUTHOR
APPLICATION = APP_NAME
MAX_RECENT = 8


def set_application_names() -> None:
    """Organisation and application names, before any QSettings is made."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)


class AppSettings:
    """The app's preferences; each property has a type and a default."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            folder = user_config_dir()
            folder.mkdir(parents=True, exist_ok=True)
            qsettings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self.qsettings = qsettings

    def _str(self, key: str, default: str) -> str:
        value = self.qsettings.value(key, default, type=str)
        return value if isinstance(value, str) else default

    def _int(self, key: str, default: int) -> int:
        value = self.qsettings.value(key, default, type=int)
        return value if isinstance(value, int) else default

    @property
    def language(self) -> Lang:
        value = self._str("ui/language", "nl")
        return next((lang for lang in LANGS if lang == value), "nl")

    @language.setter
    def language(self, value: Lang) -> None:
        self.qsettings.setValue("ui/language", value)

    @property
    def recent_files(self) -> list[str]:
        value = self.qsettings.value("files/recent", [], type=list)
        return [str(v) for v in value if v] if isinstance(value, list) else []

    @recent_files.setter
    def recent_files(self, value: list[str]) -> None:
        self.qsettings.setValue("files/recent", list(value)[:MAX_RECENT])

    def add_recent_file(self, path: str) -> None:
        self.recent_files = [path] + [p for p in self.recent_files if p != path]

    @property
    def last_directory(self) -> str:
        return self._str("files/last_directory", "")

    @last_directory.setter
    def last_directory(self, value: str) -> None:
        self.qsettings.setValue("files/last_directory", value)

    @property
    def window_geometry(self) -> QByteArray:
        value = self.qsettings.value("window/geometry", QByteArray(), type=QByteArray)
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", value)

    @property
    def recovery_interval_s(self) -> int:
        """At most one recovery copy per this many seconds after a change."""
        return max(0, self._int("recovery/interval_s", 60))

    @recovery_interval_s.setter
    def recovery_interval_s(self, value: int) -> None:
        self.qsettings.setValue("recovery/interval_s", int(value))

    def sync(self) -> None:
        self.qsettings.sync()
