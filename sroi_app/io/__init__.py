"""Files in and out: scenario files, CPI table, resources, result exports."""

from __future__ import annotations
