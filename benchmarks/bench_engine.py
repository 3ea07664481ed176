"""Engine timings: recomputing every metric of a synthetic scenario."""

from __future__ import annotations

from benchmarks.synthetic import first_compute_ms, synthetic_data
from benchmarks.timing import median_ms
from sroi_app.calc import compute
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi


def recompute_ms() -> float:
    """3 alternatives x 50 effects x 20 costs over 100 years; goal < 5 ms."""
    scenario = scenario_from_data(synthetic_data(3, 50, 20, 100))
    cpi = default_cpi()
    return median_ms(lambda: compute(scenario, cpi))


def recompute_erratic_ms() -> float:
    """The same size with random flows whose signs change many times.

    Such flows can have several IRRs: the engine scans a grid of rates and,
    up to 300 years, adds the companion-matrix eigenvalues (``calc.irr``).
    """
    scenario = scenario_from_data(synthetic_data(3, 50, 20, 100, erratic=True))
    cpi = default_cpi()
    return median_ms(lambda: compute(scenario, cpi))


def recompute_erratic_1000y_ms() -> float:
    """Erratic flows over a 1,000-year horizon: the IRR without O(h^3) eigenvalues.

    Before, ``numpy.linalg.eigvals`` inside numpy-financial took 1.5-17 s here.
    """
    scenario = scenario_from_data(synthetic_data(3, 50, 20, 1000, erratic=True))
    cpi = default_cpi()
    return median_ms(lambda: compute(scenario, cpi), repeat=5)


def irr_erratic_1000y_ms() -> float:
    """The IRRs alone of the 1,000-year erratic scenario: every variant's net flow (median).

    Roots bracketed on a grid of rates with the turning points added, then refined:
    no eigenvalues (numpy-financial's took 1.5-17 s per compute here).
    """
    from sroi_app.calc.irr import irr_result

    scenario = scenario_from_data(synthetic_data(3, 50, 20, 1000, erratic=True))
    result = compute(scenario, default_cpi())
    nets = [r.benefits - r.costs for r in result.results]
    return median_ms(lambda: [irr_result(net) for net in nets], repeat=21)


def compute_10k_effects_ms() -> float:
    """2 alternatives x 5,000 effects x 50 costs over 30 years (10,000 effects in all),
    each compute on new item objects (``synthetic.first_compute_ms``).

    The who-pays-who-gains sums no longer go through a BLAS matrix product, whose
    threads fought over busy cores (820 ms median under load before, issue 17).
    """
    return first_compute_ms(scenario_from_data(synthetic_data(2, 5000, 50, 30)))


def compute_10k_effects_busy_ms() -> float:
    """The same while two other processes keep both cores busy (median of 11).

    What OpenBLAS threads did to it: 374 ms with the BLAS products against 232 ms
    with OPENBLAS_NUM_THREADS=1 on this machine; without BLAS the two are the same.
    """
    import subprocess
    import sys

    scenario = scenario_from_data(synthetic_data(2, 5000, 50, 30))
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        return first_compute_ms(scenario)
    finally:
        for process in busy:
            process.kill()
            process.wait()


BENCHMARKS = {
    "compute_10k_effects_ms": compute_10k_effects_ms,
    "compute_10k_effects_busy_ms": compute_10k_effects_busy_ms,
    "recompute_ms": recompute_ms,
    "recompute_erratic_ms": recompute_erratic_ms,
    "recompute_erratic_1000y_ms": recompute_erratic_1000y_ms,
    "irr_erratic_1000y_ms": irr_erratic_1000y_ms,
}
