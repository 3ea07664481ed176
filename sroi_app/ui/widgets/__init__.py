"""Reusable widgets: charts, KPI tiles, bound form fields, list editors."""

from __future__ import annotations
