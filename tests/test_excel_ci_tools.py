"""Under CI a missing LibreOffice or poppler fails the tests; elsewhere they skip with a reason."""

from __future__ import annotations

import shutil

import pytest

from tests import libreoffice, test_report


@pytest.mark.parametrize("ci", ["true", "1"])
def test_missing_tools_fail_under_ci(monkeypatch: pytest.MonkeyPatch, ci: str) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.fail.Exception, match="CI requires LibreOffice"):
        libreoffice.soffice()
    with pytest.raises(pytest.fail.Exception, match="CI requires pdftotext"):
        test_report.tool("pdftotext")


def test_missing_tools_skip_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="libreoffice-calc-nogui"):
        libreoffice.soffice()
    with pytest.raises(pytest.skip.Exception, match="poppler-utils"):
        test_report.tool("pdftoppm")
