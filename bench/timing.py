"""Timing helpers shared by the benchmarks (each bench script imports this from its own folder)."""

from __future__ import annotations

import statistics
import time


def time_once(task) -> float:
    """Seconds one call of task() takes."""
    start = time.perf_counter()
    task()
    return time.perf_counter() - start


def median_seconds(task, repeat: int, *, warm_up: bool = True) -> float:
    """Median seconds of `repeat` calls; one untimed call first warms caches, as in a running app."""
    if warm_up:
        task()
    return statistics.median(time_once(task) for _ in range(repeat))


def percentile(samples: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of samples."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))]
