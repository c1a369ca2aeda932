"""4. Export download: a large gzipped CSV streamed to disk and through ``iter_rows()``, vs ``gunzip``.

What is measured, exactly:

* The export bytes are the sandbox's own content export (``intercom_sandbox.exports.gzip_stream`` over
  ``content_csv``: the message CSV, gzip level 1, as the sandbox serves it), generated once per size into
  benchmarks/.work/exports/ and reused. They are pre-generated because the sandbox produces them at
  ~20 MB/s, which would make its generator, not our download path, the thing being measured.
* They are served by benchmarks/_static_server.py, its own process, Intercom-shaped
  (``GET /export/content/data/<id>`` says ``completed``; ``GET /download/content/data/<id>`` sends the
  file with Content-Length via ``sendfile``), on 127.0.0.1.
* ours, to disk: ``Intercom(base_url=...).exports.get(id)``, then timed ``job.download("x.csv")``: HTTP
  stream, incremental gunzip with CRC/length check, CSV record count, temp file, ``fsync``, atomic rename.
* ours, rows: timed ``for row in job.iter_rows()`` (dict per row), counting rows.
* baselines on the same bytes, from the local file (no HTTP): ``gunzip -c x.csv.gz > x.csv`` (the
  reference of the target), the same plus ``fsync`` (ours syncs, gunzip does not), a Python ``zlib``
  loop (1 MiB reads, ``decompressobj``, write), and ``csv.DictReader(gzip.open(...))`` (the stdlib way
  to get row dicts).

Every variant runs in a fresh process that reports its own elapsed time and peak RSS: ``VmHWM`` from
``/proc/self/status`` where there is one (``ru_maxrss`` elsewhere), for gunzip the gunzip child's
``ru_maxrss``. Not ``ru_maxrss`` of the process itself on Linux: it keeps the high-water mark of the
memory the process had before ``exec``, i.e. of this benchmark's own process at ``fork`` (84 MB for
every Python variant, zlib loop included, in a full run where earlier benchmarks had grown the parent). Throughput is MB (10^6 bytes) of *decompressed CSV* per second.
Sizes: 100 MB and 500 MB of CSV (``--quick``: 20 and 100 MB). Variants are interleaved in rounds;
medians are reported.

Targets: ours to disk at least 0.7x gunzip's throughput; peak RSS not growing with the export's size
(less than 16 MB more at the large size than at the small one).

Usage: python -m benchmarks.export_download [--sizes 100,500] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
from pathlib import Path

from benchmarks._common import (
    PYTHON,
    ROOT,
    SUMMARY_HEADER,
    WORK,
    Result,
    Row,
    free_port,
    log,
    markdown_table,
    median,
    spread,
    wait_for_port,
)

TARGET_THROUGHPUT = 0.7
RSS_GROWTH_LIMIT_MB = 16
EXPORTS = WORK / "exports"
OUT = EXPORTS / "out"

WORKER = r"""
import json, os, resource, subprocess, sys, time
variant, src, out, url, job = sys.argv[1:6]

def peak_kb():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

rows = -1
nbytes = 0
if variant == "gunzip -c > file" or variant == "gunzip -c > file + fsync":
    t0 = time.perf_counter()
    with open(out, "wb") as fh:
        subprocess.run(["gunzip", "-c", src], stdout=fh, check=True)
        if variant.endswith("fsync"):
            fh.flush(); os.fsync(fh.fileno())
    elapsed = time.perf_counter() - t0
    nbytes = os.path.getsize(out)
    rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
elif variant == "python zlib loop > file":
    import zlib
    t0 = time.perf_counter()
    d = zlib.decompressobj(31)
    with open(src, "rb") as fin, open(out, "wb") as fout:
        while chunk := fin.read(1 << 20):
            data = d.decompress(chunk)
            nbytes += len(data)
            fout.write(data)
        fout.write(d.flush())
    elapsed = time.perf_counter() - t0
    rss_kb = peak_kb()
elif variant == "csv.DictReader(gzip.open())":
    import csv, gzip
    t0 = time.perf_counter()
    with gzip.open(src, "rt", encoding="utf-8", newline="") as fh:
        rows = sum(1 for _ in csv.DictReader(fh))
    elapsed = time.perf_counter() - t0
    rss_kb = peak_kb()
else:
    from intercom_client import Intercom
    with Intercom(token="bench-token", version="2.14", base_url=url) as client:
        export = client.exports.get(job)
        t0 = time.perf_counter()
        if variant == "ours: job.download(path)":
            result = export.download(out)
            nbytes, rows = result.bytes_written, result.rows
        elif variant == "ours: job.iter_rows()":
            rows = 0
            for row in export.iter_rows():
                rows += 1
        else:
            raise SystemExit(f"unknown variant {variant}")
        elapsed = time.perf_counter() - t0
    rss_kb = peak_kb()
print(json.dumps({"elapsed": elapsed, "bytes": nbytes, "rows": rows, "rss_mb": rss_kb / 1024}))
"""

DISK = ("gunzip -c > file", "gunzip -c > file + fsync", "python zlib loop > file", "ours: job.download(path)")
ROWS = ("csv.DictReader(gzip.open())", "ours: job.iter_rows()")


def build_export(mb: int) -> tuple[Path, dict[str, int]]:
    """``content-<mb>MB.csv.gz``: the sandbox's content export CSV of about ``mb`` MB, gzipped as it serves it."""
    path = EXPORTS / f"content{mb}mb.csv.gz"
    meta_path = path.with_suffix(".json")
    if path.is_file() and meta_path.is_file():
        return path, json.loads(meta_path.read_text())
    from intercom_sandbox.config import SandboxConfig
    from intercom_sandbox.data import build_dataset
    from intercom_sandbox.exports import content_csv, gzip_stream

    now = 1_760_000_000

    def dataset(messages: int):
        return build_dataset(SandboxConfig(seed=6, messages=messages, conversations=2000), now)

    sample = dataset(20_000)
    sample_bytes = sum(len(s) for s in content_csv(sample, sample.messages.window_start, now))
    messages = int(mb * 1_000_000 / (sample_bytes / 20_000))
    log(
        f"export download: generating a {mb} MB content export ({messages:,} messages) once, into {path.name}"
    )
    data = dataset(messages)
    EXPORTS.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    raw_bytes = 0

    def counted():
        nonlocal raw_bytes
        for piece in content_csv(data, data.messages.window_start, now):
            raw_bytes += len(piece.encode())
            yield piece

    with tmp.open("wb") as fh:
        for chunk in gzip_stream(counted()):
            fh.write(chunk)
    tmp.replace(path)
    meta = {"csv_bytes": raw_bytes, "gzip_bytes": path.stat().st_size, "rows": messages}
    meta_path.write_text(json.dumps(meta))
    return path, meta


def _run_variant(variant: str, src: Path, url: str, job: str) -> dict[str, float]:
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"{job}.csv"
    try:
        proc = subprocess.run(
            [PYTHON, "-c", WORKER, variant, str(src), str(out), url, job],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"{variant} failed:\n{proc.stderr[-3000:]}")
        return json.loads(proc.stdout)
    finally:
        for leftover in OUT.glob("*"):
            leftover.unlink()


def run(sizes: tuple[int, ...] = (100, 500), rounds: int = 3) -> Result:
    exports = {mb: build_export(mb) for mb in sizes}
    port = free_port()
    server = subprocess.Popen(
        [PYTHON, str(Path(__file__).with_name("_static_server.py")), str(EXPORTS), str(port)]
    )
    url = f"http://127.0.0.1:{port}"
    samples: dict[tuple[int, str], list[dict[str, float]]] = {}
    try:
        wait_for_port(port, server)
        for mb in sizes:
            src, meta = exports[mb]
            log(
                f"export download: {mb} MB CSV ({meta['gzip_bytes'] / 1e6:.1f} MB gzipped, {meta['rows']:,} rows), "
                f"{len(DISK) + len(ROWS)} variants x {rounds} rounds"
            )
            for _ in range(rounds):
                for variant in DISK + ROWS:
                    sample = _run_variant(variant, src, url, src.name.removesuffix(".csv.gz"))
                    if variant in DISK:
                        assert sample["bytes"] == meta["csv_bytes"], (variant, sample, meta)
                    if sample["rows"] >= 0:
                        assert sample["rows"] == meta["rows"], (variant, sample, meta)
                    samples.setdefault((mb, variant), []).append(sample)
    finally:
        server.terminate()
        server.wait(10)

    def mbps(mb: int, variant: str) -> float:
        return exports[mb][1]["csv_bytes"] / 1e6 / median([s["elapsed"] for s in samples[(mb, variant)]])

    def rss(mb: int, variant: str) -> float:
        return max(s["rss_mb"] for s in samples[(mb, variant)])

    result = Result("export download")
    small, large = min(sizes), max(sizes)
    for mb in sizes:
        ours, gz = mbps(mb, "ours: job.download(path)"), mbps(mb, "gunzip -c > file")
        result.rows.append(
            Row(
                f"4. export {mb} MB CSV to disk: throughput",
                f"{ours:.0f} MB/s",
                f"gunzip {gz:.0f} MB/s",
                f"{ours / gz:.2f}x gunzip",
                f">= {TARGET_THROUGHPUT}x gunzip",
                ours / gz >= TARGET_THROUGHPUT,
            )
        )
    for variant, label in (
        ("ours: job.download(path)", "download"),
        ("ours: job.iter_rows()", "iter_rows()"),
    ):
        growth = rss(large, variant) - rss(small, variant)
        result.rows.append(
            Row(
                f"4. export peak RSS, {label}, {small} MB vs {large} MB CSV",
                f"{rss(small, variant):.0f} MB / {rss(large, variant):.0f} MB",
                f"gunzip {rss(small, 'gunzip -c > file'):.0f} MB / {rss(large, 'gunzip -c > file'):.0f} MB",
                f"{growth:+.1f} MB",
                f"< +{RSS_GROWTH_LIMIT_MB} MB (flat)",
                growth < RSS_GROWTH_LIMIT_MB,
            )
        )
    rows_ours, rows_gz = mbps(large, "ours: job.iter_rows()"), mbps(large, "gunzip -c > file")
    rows_std = mbps(large, "csv.DictReader(gzip.open())")
    result.rows.append(
        Row(
            f"4. export {large} MB CSV through iter_rows()",
            f"{rows_ours:.0f} MB/s",
            f"csv.DictReader {rows_std:.0f} MB/s; gunzip {rows_gz:.0f} MB/s",
            f"{rows_ours / rows_std:.2f}x DictReader, {rows_ours / rows_gz:.2f}x gunzip",
            "-",
            None,
        )
    )
    table = []
    for mb in sizes:
        meta = exports[mb][1]
        for variant in DISK + ROWS:
            elapsed = [s["elapsed"] for s in samples[(mb, variant)]]
            table.append(
                [
                    f"{meta['csv_bytes'] / 1e6:.0f} MB",
                    variant,
                    f"{median(elapsed):.2f}",
                    spread(elapsed),
                    f"{mbps(mb, variant):.0f}",
                    f"{mbps(mb, variant) / mbps(mb, 'gunzip -c > file'):.2f}x",
                    f"{rss(mb, variant):.0f}",
                ]
            )
    result.details.append(
        "Export download (sandbox content-export CSV, gzip level 1; "
        + ", ".join(
            f"{exports[mb][1]['csv_bytes'] / 1e6:.0f} MB CSV = {exports[mb][1]['gzip_bytes'] / 1e6:.1f} MB gzip, "
            f"{exports[mb][1]['rows']:,} rows"
            for mb in sizes
        )
        + f"); median of {rounds} fresh processes per variant; MB/s of decompressed CSV; peak RSS = max "
        "VmHWM (ru_maxrss where there is none) over the runs:\n\n"
        + markdown_table(
            ("CSV", "variant", "s (median)", "min-max", "MB/s", "vs gunzip", "peak RSS MB"), table
        )
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="100,500", help="MB of CSV, comma-separated (default 100,500)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    result = run(tuple(int(s) for s in args.sizes.split(",")), args.rounds)
    print(markdown_table(SUMMARY_HEADER, [r.cells() for r in result.rows]))
    print()
    print("\n\n".join(result.details))


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
