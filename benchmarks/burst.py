"""8. Burst: 50 concurrent requests against a sandbox limit of 10 requests per 1-second window.

The sandbox runs as a separate process (``python -m intercom_sandbox --rate-limit 10 --rate-window 1``,
real clock). One facade client is shared by 50 threads (``Intercom``) or 50 asyncio tasks
(``AsyncIntercom``); each sends ``GET /me`` once and must get a 200. The ideal is ``requests ÷ limit``
= 5 s (the windows are the server's, so a run may finish up to one window earlier when it starts late
in a window): a client that paces its tasks through one shared limiter finishes near it; one whose
tasks each run into 429s and back off alone takes several times longer, or fails.

Rows: ``throttle=True`` (every request takes a slot of the shared limiter) for threads and asyncio,
and the default client (only retries of a 429 are paced) for comparison. Each variant runs ``rounds``
times in a fresh client; a round starts at a window boundary + 0.1 s so rounds are comparable.

Every client keeps the default ``max_retries=2``: what a user gets without tuning.

Target: ``throttle=True`` within 1.2x the ideal 5 s. The details also give the ratio to the earliest
finish the server allows from the round's phase (a round starts 0.1 s into a window, so the fifth window opens 3.9 s later, i.e. the
last ten requests cannot start before 3.9 s).

Usage: python -m benchmarks.burst [--rounds N]
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import subprocess
import threading
import time
from collections.abc import Callable

from benchmarks._common import (
    PYTHON,
    ROOT,
    SUMMARY_HEADER,
    Result,
    Row,
    free_port,
    log,
    markdown_table,
    median,
    spread,
    wait_for_port,
)

TARGET = 1.2
REQUESTS = 50
LIMIT = 10
WINDOW = 1
TOKEN = "bench-token"
IDEAL = REQUESTS / LIMIT * WINDOW
#: The earliest the last requests can go from a round's phase (0.1 s into the first window).
EARLIEST = (math.ceil(REQUESTS / LIMIT) - 1) * WINDOW - 0.1


def _at_window_start() -> None:
    """Sleep until 0.1 s into the next window, so every round meets the limit from the same phase."""
    now = time.time()
    time.sleep(math.floor(now / WINDOW) * WINDOW + WINDOW + 0.1 - now)


def _threads(url: str, throttle: bool) -> tuple[float, int, int]:
    from intercom_client import Intercom

    statuses: list[int] = []
    retries: list[int] = []
    lock = threading.Lock()
    with Intercom(token=TOKEN, base_url=url, throttle=throttle) as client:

        def one() -> None:
            response = client._http.get("/me")
            with lock:
                statuses.append(response.status_code)
                retries.append(response.extensions.get("intercom_retries", 0))

        workers = [threading.Thread(target=one) for _ in range(REQUESTS)]
        _at_window_start()
        started = time.perf_counter()
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        elapsed = time.perf_counter() - started
    return elapsed, statuses.count(200), sum(retries)


def _tasks(url: str, throttle: bool) -> tuple[float, int, int]:
    from intercom_client import AsyncIntercom

    async def main() -> tuple[float, int, int]:
        async with AsyncIntercom(token=TOKEN, base_url=url, throttle=throttle) as client:
            await asyncio.to_thread(_at_window_start)
            started = time.perf_counter()
            responses = await asyncio.gather(*(client._http.get("/me") for _ in range(REQUESTS)))
            elapsed = time.perf_counter() - started
        ok = sum(r.status_code == 200 for r in responses)
        return elapsed, ok, sum(r.extensions.get("intercom_retries", 0) for r in responses)

    return asyncio.run(main())


VARIANTS: dict[str, Callable[[str], tuple[float, int, int]]] = {
    "threads, throttle=True": lambda url: _threads(url, True),
    "asyncio tasks, throttle=True": lambda url: _tasks(url, True),
    "threads, default": lambda url: _threads(url, False),
    "asyncio tasks, default": lambda url: _tasks(url, False),
}


def run(rounds: int = 3) -> Result:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [
        PYTHON, "-m", "intercom_sandbox", "--port", str(port), "--token", TOKEN,
        "--rate-limit", str(LIMIT), "--rate-window", str(WINDOW), "--no-validate",
    ]  # fmt: skip
    log(f"burst: sandbox {' '.join(cmd[2:])}")
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ
    )
    try:
        wait_for_port(port, proc)
        times: dict[str, list[float]] = {name: [] for name in VARIANTS}
        failed: dict[str, int] = dict.fromkeys(VARIANTS, 0)
        retried: dict[str, list[int]] = {name: [] for name in VARIANTS}
        for round_ in range(rounds):
            for name, variant in VARIANTS.items():
                elapsed, ok, retries = variant(url)
                times[name].append(elapsed)
                failed[name] += REQUESTS - ok
                retried[name].append(retries)
                log(
                    f"burst round {round_ + 1}: {name}: {elapsed:.2f} s, {ok}/{REQUESTS} ok, {retries} retries"
                )
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    result = Result("burst")
    for name in ("threads, throttle=True", "asyncio tasks, throttle=True"):
        ours = median(times[name])
        result.rows.append(
            Row(
                f"8. burst of {REQUESTS} at {LIMIT}/s, {name}",
                f"{ours:.2f} s",
                f"ideal {IDEAL:.1f} s",
                f"{ours / IDEAL:.2f}x ideal",
                f"<= {TARGET}x ideal",
                ours / IDEAL <= TARGET and failed[name] == 0,
            )
        )
    rows = [
        [name, f"{median(t):.2f} s", spread(t), f"{median(t) / IDEAL:.2f}x", f"{median(t) / EARLIEST:.2f}x",
         str(failed[name]),
         f"{median([float(r) for r in retried[name]]):.0f}"]
        for name, t in times.items()
    ]  # fmt: skip
    result.details.append(
        f"### 8. Burst ({REQUESTS} concurrent GET /me, limit {LIMIT} per {WINDOW} s window, {rounds} rounds)\n\n"
        + markdown_table(
            (
                "variant",
                "median",
                "spread",
                f"vs ideal {IDEAL:.0f} s",
                f"vs earliest {EARLIEST:.1f} s",
                "failed requests",
                "retries (median)",
            ),
            rows,
        )
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    result = run(rounds=args.rounds)
    print(markdown_table(SUMMARY_HEADER, [row.cells() for row in result.rows]))
    for detail in result.details:
        print()
        print(detail)


if __name__ == "__main__":
    main()
