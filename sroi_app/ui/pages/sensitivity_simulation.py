"""The Monte Carlo tab of the Sensitivity page: its controls, summary and charts.

Built here so that the page module stays one readable size; the page keeps
the behaviour (running, cancelling, showing) and reads these widgets as its
own attributes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sroi_app.calc.montecarlo import DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS
from sroi_app.charts.results import new_figure
from sroi_app.charts.sensitivity import CumulativeChart, HistogramChart
from sroi_app.domain.formatting import Lang
from sroi_app.ui.i18n import translate
from sroi_app.ui.models.analysis_models import SimulationSummaryModel
from sroi_app.ui.pages.common import note as _note
from sroi_app.ui.widgets.chart import ChartView
from sroi_app.ui.widgets.kpi import KpiTile
from sroi_app.ui.widgets.split import splitter
from sroi_app.ui.widgets.tables import read_only_table


class SimulationTab(QWidget):
    """Draws, seed, run and cancel, the probability tile, the summary and both charts."""

    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.draws = QSpinBox()
        self.draws.setRange(1, MAX_DRAWS)
        self.draws.setSingleStep(1000)
        self.draws.setGroupSeparatorShown(True)
        self.draws.setValue(DEFAULT_DRAWS)
        self.draws.setToolTip(
            translate("Sensitivity", "More draws: steadier numbers, longer runs.")
        )
        self.seed = QSpinBox()
        self.seed.setRange(0, 2_147_483_647)
        self.seed.setValue(DEFAULT_SEED)
        self.seed.setToolTip(
            translate("Sensitivity", "The same seed and number of draws give the same numbers.")
        )
        self.run_button = QPushButton(translate("Sensitivity", "Run simulation"))
        self.cancel_button = QPushButton(translate("Sensitivity", "Cancel"))
        self.cancel_button.setEnabled(False)
        self.auto = QCheckBox(translate("Sensitivity", "Recalculate after every change"))
        self.auto.setChecked(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(260)
        self.simulation_status = _note()
        controls = QHBoxLayout()
        controls.addWidget(QLabel(translate("Sensitivity", "Draws:")))
        controls.addWidget(self.draws)
        controls.addWidget(QLabel(translate("Sensitivity", "Seed:")))
        controls.addWidget(self.seed)
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        controls.addWidget(self.progress)
        controls.addWidget(self.auto)
        controls.addStretch(1)
        self.prob_tile = KpiTile(
            "prob_npv_positive", translate("Sensitivity", "Probability NPV > 0")
        )
        self.summary_model = SimulationSummaryModel(self)
        self.summary_table = read_only_table(self.summary_model)
        self.summary_table.setMaximumHeight(90)
        self.summary_table.horizontalHeader().setStretchLastSection(False)
        self.histogram = HistogramChart(new_figure(), lang)
        self.cumulative = CumulativeChart(new_figure(), lang)
        self.histogram_view = ChartView(self.histogram.figure, "monte-carlo-histogram")
        self.cumulative_view = ChartView(self.cumulative.figure, "monte-carlo-cumulatief")
        charts = splitter(Qt.Orientation.Horizontal, self.histogram_view, self.cumulative_view)
        top = QHBoxLayout()
        top.addWidget(self.prob_tile)
        top.addWidget(self.summary_table, 1)
        box = QVBoxLayout(self)
        box.addLayout(controls)
        box.addWidget(self.simulation_status)
        box.addLayout(top)
        box.addWidget(charts, 1)
