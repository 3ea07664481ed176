"""The Sensitivity page: which assumption matters most, and how sure is the result?

The page shows; ``app/sensitivity_service.py`` computes and keeps the
answers per version of the scenario (the tasks below run its ``compute_*``
functions off the UI thread).

Per variant, in tabs: the tornado beside a table of every range (editing a
range redraws the tornado at once: ``one_way(..., switching=False)`` takes
milliseconds), the switching values (their root search runs in the
background), the Monte Carlo simulation (histogram, cumulative curve,
P(NPV > 0), mean and percentiles; draws and seed chosen by the user, run in
a worker thread with a progress bar and a cancel button), and the NPV
against the discount rate and against the horizon.

A simulation belongs to the scenario it was started on: when the document
changes while it runs, the run is stopped and whatever it still delivers is
dropped; a finished result of an earlier version is marked as such (and run
again when "recalculate after every change" is on). Undoing back to that
version makes it current again, since undo restores the very same scenario.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app.sensitivity_service import (
    OneWay,
    SensitivityService,
    Versioned,
    compute_simulation,
    compute_switching,
    compute_tornado,
    selected,
    tornado_state,
)
from sroi_app.calc.uncertainty import AlternativeSensitivity, MonteCarloResult
from sroi_app.charts.results import new_figure
from sroi_app.charts.sensitivity import (
    DiscountRateChart,
    HorizonChart,
    TornadoChart,
    switching_value_rows,
)
from sroi_app.domain.formatting import format_number, format_percent
from sroi_app.domain.models import Scenario
from sroi_app.ui.i18n import current_lang, translate
from sroi_app.ui.jobs import BackgroundTask, Progress
from sroi_app.ui.models.analysis_models import SwitchingValuesModel
from sroi_app.ui.pages.common import AlternativeSelector, ShownPage, heading
from sroi_app.ui.pages.common import note as _note
from sroi_app.ui.pages.sensitivity_simulation import SimulationTab
from sroi_app.ui.registry import PageContext, PageSpec, register_page
from sroi_app.ui.widgets.chart import ChartView
from sroi_app.ui.widgets.ranges import RangesEditor, scenario_rows
from sroi_app.ui.widgets.split import splitter
from sroi_app.ui.widgets.tables import read_only_table

TORNADO, SWITCHING, MONTE_CARLO, RATE, HORIZON = range(5)
AUTO_DELAY_MS = 400


class SensitivityPage(ShownPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        lang = current_lang()
        self.controller = context.controller
        self.selector = AlternativeSelector(
            self.controller, variants_only=True, label=translate("Sensitivity", "Variant:")
        )
        self.selector.changed.connect(lambda _i: self._variant_changed())

        # -- tornado beside every range ---------------------------------------------------
        self.tornado_chart = TornadoChart(new_figure(7.0, 4.5), lang)
        self.tornado_view = ChartView(self.tornado_chart.figure, "tornado")
        self.ranges = RangesEditor(
            self.controller, scenario_rows, full_labels=True, defer_when_hidden=True
        )
        self.ranges.title.setText(
            translate("Sensitivity", "Every range (edit here or beside each value)")
        )
        self.tornado_note = _note()
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tornado_note)
        box.addWidget(self.tornado_view, 1)
        tornado = splitter(
            Qt.Orientation.Horizontal, left, self.ranges, stretch=(1, 1), sizes=(700, 700)
        )
        self.tornado: AlternativeSensitivity | None = None
        self.service = SensitivityService()
        # A large scenario's tornado (seconds of one-way runs) is computed off the UI
        # thread, like its results (controller.in_background).
        self.tornado_task = BackgroundTask(self)
        self.tornado_task.finished.connect(self._tornado_done)
        self._tornado_for: Scenario | None = None

        # -- switching values (in the background) -------------------------------------------
        self.switching_model = SwitchingValuesModel(self)
        self.switching_table = read_only_table(self.switching_model)
        self.switching_status = _note()
        self.switching_task = BackgroundTask(self)
        self.switching_task.finished.connect(self._switching_done)
        self.switching_task.failed.connect(self._switching_failed)
        self._switching_for: Scenario | None = None
        switching = QWidget()
        box = QVBoxLayout(switching)
        box.addWidget(
            _note(
                translate(
                    "Sensitivity",
                    "The value of one number, all others unchanged, at which the net present"
                    " value of the variant becomes zero: how far an assumption may be off before"
                    " the conclusion flips. Shaded: the switching value lies within the number's"
                    " own range.",
                )
            )
        )
        box.addWidget(self.switching_status)
        box.addWidget(self.switching_table, 1)

        # -- Monte Carlo ----------------------------------------------------------------------
        simulation = SimulationTab(lang)
        self.draws, self.seed, self.auto = simulation.draws, simulation.seed, simulation.auto
        self.run_button, self.cancel_button = simulation.run_button, simulation.cancel_button
        self.run_button.clicked.connect(self.run_simulation)
        self.cancel_button.clicked.connect(self.cancel_simulation)
        self.progress, self.simulation_status = simulation.progress, simulation.simulation_status
        self.prob_tile, self.summary_model = simulation.prob_tile, simulation.summary_model
        self.summary_table = simulation.summary_table
        self.histogram, self.cumulative = simulation.histogram, simulation.cumulative
        self.histogram_view, self.cumulative_view = (
            simulation.histogram_view,
            simulation.cumulative_view,
        )
        self.simulation_task = BackgroundTask(self)
        self.simulation_task.progressed.connect(self._simulation_progress)
        self.simulation_task.finished.connect(self._simulation_done)
        self.simulation_task.cancelled.connect(self._simulation_cancelled)
        self.simulation_task.failed.connect(self._simulation_failed)
        self._simulating_for: Scenario | None = None
        self._simulation_note = ""
        self._auto_timer = QTimer(self)
        self._auto_timer.setSingleShot(True)
        self._auto_timer.setInterval(AUTO_DELAY_MS)
        self._auto_timer.timeout.connect(self._auto_run)

        # -- discount rate and horizon ----------------------------------------------------------
        self.rate_chart = DiscountRateChart(new_figure(), lang)
        self.rate_view = ChartView(self.rate_chart.figure, "ncw-discontovoet")
        self.horizon_chart = HorizonChart(new_figure(), lang)
        self.horizon_view = ChartView(self.horizon_chart.figure, "ncw-tijdshorizon")
        for view in (
            self.tornado_view,
            self.histogram_view,
            self.cumulative_view,
            self.rate_view,
            self.horizon_view,
        ):
            view.price_year = self._price_year

        self.tabs = QTabWidget()
        self.tabs.addTab(tornado, translate("Sensitivity", "Tornado"))
        self.tabs.addTab(switching, translate("Sensitivity", "Switching values"))
        self.tabs.addTab(simulation, translate("Sensitivity", "Monte Carlo"))
        self.tabs.addTab(self.rate_view, translate("Sensitivity", "Discount rate"))
        self.tabs.addTab(self.horizon_view, translate("Sensitivity", "Time horizon"))
        self.tabs.currentChanged.connect(lambda _i: self._update_tab())
        self._updaters: list[Callable[[], None]] = [
            self._update_tornado,
            self._update_switching,
            self._update_simulation,
            self._update_rate,
            self._update_horizon,
        ]
        self._fresh: set[int] = set()

        self.empty = _note(
            translate(
                "Sensitivity",
                "There is no variant to compare with the nulalternatief yet. Add one on the"
                " Alternatives page, with its costs and effects.",
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(
                translate("Sensitivity", "Sensitivity"),
                translate(
                    "Sensitivity",
                    "Which assumption matters most, and how sure is the result? Give uncertain"
                    " numbers a range (low and high) beside the value on the Costs, Effects and"
                    " Project pages, or in the table beside the tornado.",
                ),
            )
        )
        layout.addWidget(self.selector)
        layout.addWidget(self.stack, 1)
        self._stale = True
        self._show_simulation_status()
        self.controller.scenarioChanged.connect(self._scenario_changed)
        self.refresh()

    # -- following the document -----------------------------------------------------------------

    def _scenario_changed(self, _old: Scenario, new: Scenario) -> None:
        stopped = ""
        if self.simulation_task.is_running() and self._simulating_for is not new:
            self._simulating_for = None
            self.simulation_task.cancel()  # its result would belong to an earlier version
            stopped = translate("Sensitivity", "The scenario changed: the simulation was stopped.")
        if self.switching_task.is_running() and self._switching_for is not new:
            self.switching_task.cancel()
            self._switching_for = None
        self._show_simulation_status(stopped)
        if self.auto.isChecked() and not self._simulation_current():
            self._auto_timer.start()
        self.refresh()

    def _price_year(self) -> int:
        return self.controller.scenario.settings.effective_price_year

    def refresh(self) -> None:
        """Bring the visible tab up to date, or mark the page stale while it is hidden."""
        self._fresh.clear()
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        has_variant = self.selector.current_id is not None
        self.stack.setCurrentIndex(0 if has_variant else 1)
        if has_variant:
            self._update_tab()

    def _variant_changed(self) -> None:
        self.refresh()

    def _update_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index in self._fresh or not self.isVisible() or self.selector.current_id is None:
            return
        self._fresh.add(index)
        self._updaters[index]()

    # -- tornado ------------------------------------------------------------------------------

    @property
    def simulation(self) -> MonteCarloResult | None:
        """The last finished simulation (perhaps of an earlier version)."""
        kept = self.service.simulation
        return kept.value if kept is not None else None

    @property
    def simulation_scenario(self) -> Scenario | None:
        kept = self.service.simulation
        return kept.scenario if kept is not None else None

    @property
    def _one_way(self) -> tuple[Scenario, OneWay] | None:
        kept = self.service.tornado
        return (kept.scenario, kept.value) if kept is not None else None

    def one_way(self) -> OneWay:
        """The tornado of every variant for the current scenario (kept per version).

        For a large scenario it is started in the background and the previous
        version's tornado (or none) is returned until it is done.
        """
        scenario = self.controller.scenario
        found = self.service.tornado_of(scenario)
        if found is not None:
            return found
        cpi = self.controller.document.cpi
        if self.controller.in_background(scenario):
            if self._tornado_for is not scenario:
                self._tornado_for = scenario
                self.tornado_task.start(lambda _progress: compute_tornado(scenario, cpi))
            return self.service.latest_tornado()
        return self.service.tornado_now(scenario, cpi, self.controller.evaluation().result)

    def _selected(self, results: OneWay) -> AlternativeSensitivity | None:
        return selected(results, self.selector.current_id)

    def _update_tornado(self) -> None:
        self.ranges.model.within = self.selector.current_id
        found = self.one_way()
        if self.service.tornado_of(self.controller.scenario) is None:
            # A large scenario's tornado is still being computed: keep the one on
            # screen until _tornado_done brings the new one (one redraw, not two).
            return
        sensitivity = self._selected(found)
        self.tornado = sensitivity
        if sensitivity is None:
            return
        scenario = self.controller.scenario
        state = tornado_state(scenario, sensitivity)
        if state == "no_ranges":
            self.tornado_note.setText(
                translate(
                    "Sensitivity",
                    "No number has a range yet. Tick 'Range' beside a value on the Costs,"
                    " Effects or Project page to see which assumption moves the result most.",
                )
            )
        elif state == "no_effect":
            self.tornado_note.setText(
                translate("Sensitivity", "None of the ranges can move this variant's result.")
            )
        else:
            self.tornado_note.setText("")
        self.tornado_note.setVisible(bool(self.tornado_note.text()))
        before = self.tornado_chart._labels
        self.tornado_chart.update(sensitivity, scenario)
        self.tornado_view.redraw(quick=self.tornado_chart._labels == before)

    # -- switching values ------------------------------------------------------------------

    def _update_switching(self) -> None:
        scenario = self.controller.scenario
        if self.service.switching_of(scenario) is not None:
            self._show_switching()
            return
        if self.switching_task.is_running() and self._switching_for is scenario:
            return
        cpi = self.controller.document.cpi
        result = self.controller.evaluation().result
        self._switching_for = scenario

        self.switching_status.setText(translate("Sensitivity", "Computing the switching values…"))
        self.switching_task.start(lambda _progress: compute_switching(scenario, cpi, result))

    def _tornado_done(self, found: Versioned[OneWay]) -> None:
        self._tornado_for = None
        if not self.service.keep_tornado(found, self.controller.scenario):
            return  # computed for an earlier version; the current one has been asked for
        if self.isVisible():
            self._update_tornado()

    def _switching_done(self, found: Versioned[OneWay]) -> None:
        self._switching_for = None
        if not self.service.keep_switching(found, self.controller.scenario):
            return  # computed for an earlier version
        self._show_switching()

    def _switching_failed(self, message: str) -> None:
        self._switching_for = None
        self.switching_status.setText(
            translate(
                "Sensitivity", "The switching values could not be computed: {message}"
            ).format(message=message)
        )

    def _show_switching(self) -> None:
        found = self.service.switching_of(self.controller.scenario)
        assert found is not None
        sensitivity = self._selected(found)
        if sensitivity is None:
            self.switching_model.set_rows(())
            return
        rows = switching_value_rows(sensitivity, self.controller.scenario, current_lang())
        self.switching_model.set_rows(rows)
        self.switching_status.setText(
            "" if rows else translate("Sensitivity", "No range can move this variant's result.")
        )
        self.switching_status.setVisible(bool(self.switching_status.text()))

    # -- Monte Carlo ----------------------------------------------------------------------------

    def _simulation_current(self) -> bool:
        return self.service.simulation_current(self.controller.scenario)

    def run_simulation(self) -> None:
        """Start a simulation of the current scenario with the chosen draws and seed."""
        self._auto_timer.stop()
        scenario = self.controller.scenario
        cpi = self.controller.document.cpi
        draws, seed = self.draws.value(), self.seed.value()
        self._simulating_for = scenario

        def simulate(progress: Progress) -> Versioned[MonteCarloResult]:
            return compute_simulation(scenario, cpi, draws, seed, progress)

        self.progress.setRange(0, draws)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.simulation_task.start(simulate)
        self._show_simulation_status("")

    def cancel_simulation(self) -> None:
        self._simulating_for = None
        self.simulation_task.cancel()

    def _auto_run(self) -> None:
        if (
            self.auto.isChecked()
            and self.isVisible()
            and self.tabs.currentIndex() == MONTE_CARLO
            and self.selector.current_id is not None
            and not self._simulation_current()
            and not self.simulation_task.is_running()
        ):
            self.run_simulation()

    def _simulation_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        lang = current_lang()
        self.simulation_status.setText(
            translate("Sensitivity", "Simulating… {done} of {total} draws").format(
                done=format_number(done, 0, lang), total=format_number(total, 0, lang)
            )
        )

    def _simulation_ended(self) -> None:
        self.progress.setVisible(False)
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _simulation_done(self, found: Versioned[MonteCarloResult]) -> None:
        self._simulation_ended()
        self._simulating_for = None
        if not self.service.keep_simulation(found, self.controller.scenario):
            self._show_simulation_status()  # computed for an earlier version: dropped
            return
        self._simulation_note = ""
        self._show_simulation()

    def _simulation_cancelled(self) -> None:
        self._simulation_ended()
        self._show_simulation_status(translate("Sensitivity", "The simulation was stopped."))

    def _simulation_failed(self, message: str) -> None:
        self._simulation_ended()
        self._show_simulation_status(
            translate("Sensitivity", "The simulation failed: {message}").format(message=message)
        )

    def _show_simulation_status(self, note: str | None = None) -> None:
        """The run's state; ``note`` (why a run stopped) stays until the next run."""
        if note is not None:
            self._simulation_note = note
        lang = current_lang()
        if self.simulation_task.is_running():
            text = translate("Sensitivity", "Simulating…")
        elif self.simulation is None and self._simulation_note:
            text = ""
        elif self.simulation is None:
            text = translate(
                "Sensitivity", "Not simulated yet: choose the draws and the seed, then run."
            )
        else:
            text = translate("Sensitivity", "{draws} draws, seed {seed}.").format(
                draws=format_number(self.simulation.draws, 0, lang), seed=self.simulation.seed
            )
            if not self._simulation_current():
                text += " " + translate(
                    "Sensitivity",
                    "This result belongs to an earlier version of the scenario: run again.",
                )
        self.simulation_status.setText(f"{self._simulation_note} {text}".strip())

    def _update_simulation(self) -> None:
        if self.simulation is not None:
            self._show_simulation()
        else:
            self._show_simulation_status()
        if self.auto.isChecked() and not self._simulation_current():
            self._auto_timer.start()

    def _show_simulation(self) -> None:
        self._show_simulation_status()
        result = self.simulation
        alt_id = self.selector.current_id
        if result is None or alt_id is None:
            return
        try:
            simulated = result.result(alt_id)
        except KeyError:  # a variant added since: not in this (earlier) result
            self.summary_model.show(None)
            self.prob_tile.set_value(None, "\u2013")
            return
        lang = current_lang()
        probability = simulated.prob_npv_positive
        tone = "good" if probability >= 0.5 else "bad"
        self.prob_tile.set_value(probability, format_percent(probability, lang, 1), tone)
        self.summary_model.show(simulated)
        name = next(
            (a.name or a.id for a in self.controller.scenario.alternatives if a.id == alt_id),
            alt_id,
        )
        self.histogram.update(simulated, name, result.seed)
        self.cumulative.update(simulated, name)
        self.histogram_view.redraw()
        self.cumulative_view.redraw()

    # -- curves ---------------------------------------------------------------------------------

    def _update_rate(self) -> None:
        scenario, cpi = self.controller.scenario, self.controller.document.cpi
        curve = self.service.rate_curve(scenario, cpi, self.controller.evaluation().result)
        self.rate_chart.update(curve)
        self.rate_view.redraw()

    def _update_horizon(self) -> None:
        curve = self.service.horizon_curve(self.controller.scenario, self.controller.document.cpi)
        self.horizon_chart.update(curve)
        self.horizon_view.redraw()

    # -- screenshots ----------------------------------------------------------------------------

    #: The other tabs for the documentation's screenshots: (tab, file-name suffix).
    screenshot_tabs = (
        (SWITCHING, "switching"),
        (MONTE_CARLO, "montecarlo"),
        (RATE, "rate"),
        (HORIZON, "horizon"),
    )

    def busy(self) -> bool:
        """Whether a computation is still on its way (screenshots and tests wait for it)."""
        return (
            self.simulation_task.is_running()
            or self.switching_task.is_running()
            or self._auto_timer.isActive()
        )


def create(context: PageContext) -> QWidget:
    return SensitivityPage(context)


register_page(
    PageSpec(
        "sensitivity",
        lambda: translate("Pages", "Sensitivity"),
        create,
        80,
        lambda: translate("Pages", "Tornado, switching values, Monte Carlo simulation"),
    )
)
