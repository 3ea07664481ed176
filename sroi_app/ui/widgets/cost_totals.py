"""The Costs page's totals per payer: what each stakeholder pays in one alternative.

The numbers are the engine's: the alternative's own yearly costs per payer
(``AlternativeFlows.costs_by_stakeholder``, in the scenario's prices with the
optimism bias), summed over the horizon and discounted with the scenario's
discount factors. They follow the evaluation, which for a large scenario
arrives from a worker thread a little after the edit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from sroi_app.app.evaluation import Evaluation
from sroi_app.domain.formatting import format_money
from sroi_app.ui.i18n import current_lang, translate
from sroi_app.ui.models.result_models import RowsModel
from sroi_app.ui.widgets.tables import read_only_table


@dataclass(frozen=True)
class PayerTotal:
    """One payer's costs in one alternative; ``stakeholder_id`` is empty for the total."""

    stakeholder_id: str
    name: str
    nominal: float
    present_value: float


def payer_totals(evaluation: Evaluation, alternative: int) -> list[PayerTotal]:
    """Every payer with costs in the ``alternative``-th alternative, then the total."""
    scenario = evaluation.scenario
    if not 0 <= alternative < len(scenario.alternatives):
        return []
    alt = scenario.alternatives[alternative]
    flows = evaluation.result.flows.get(alt.id)
    if flows is None or not alt.costs:
        return []
    names = {s.id: s.name or s.id for s in scenario.stakeholders}
    factor = evaluation.result.discount_factor
    rows = []
    for sid, yearly in zip(
        evaluation.result.stakeholder_ids, flows.costs_by_stakeholder, strict=True
    ):
        if sid in flows.cost_payers:
            rows.append(
                PayerTotal(
                    sid, names.get(sid, sid), float(yearly.sum()), float(np.dot(factor, yearly))
                )
            )
    total = PayerTotal(
        "",
        translate("Costs", "Total"),
        sum(r.nominal for r in rows),
        sum(r.present_value for r in rows),
    )
    return [*rows, total]


class PayerTotalsModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def show(self, evaluation: Evaluation, alternative: int) -> None:
        rows = payer_totals(evaluation, alternative)
        if tuple(rows) != tuple(self.rows):
            self.set_rows(rows)

    def column_titles(self) -> list[str]:
        return [
            translate("Costs", "Payer"),
            translate("Costs", "Over the horizon"),
            translate("Costs", "Present value"),
        ]

    def cell(self, row: PayerTotal, column: int) -> str:
        if column == 0:
            return row.name
        return format_money(row.nominal if column == 1 else row.present_value, current_lang())

    def bold(self, row: PayerTotal) -> bool:
        return row.stakeholder_id == ""


def payer_totals_view(model: PayerTotalsModel) -> QTableView:
    view = read_only_table(model, stretch_last=False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setToolTip(
        translate(
            "Costs",
            "The alternative's own costs per payer, in the scenario's prices with the"
            " optimism bias: summed over the horizon, and discounted to the start year.",
        )
    )
    return view
