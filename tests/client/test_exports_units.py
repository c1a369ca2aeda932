"""Pure pieces of the export code: date windows, job states, incremental gzip/CSV decoding."""

from __future__ import annotations

import csv
import gzip
import io
import random
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from intercom_client import DownloadError, ExportCanceledError, ExportFailedError, IncompleteDownloadError
from intercom_client._dates import ExportWindowError, export_window, to_unix
from intercom_client._gzipcsv import CsvRowDecoder, GunzipStream, RecordCounter
from intercom_client._polling import JobInfo, outcome


def test_date_rules() -> None:
    assert to_unix(datetime(2024, 1, 1)) == 1_704_067_200  # naive = UTC
    assert to_unix(datetime(2024, 1, 1, 1, tzinfo=timezone(timedelta(hours=1)))) == 1_704_067_200
    assert to_unix(date(2024, 1, 1)) == 1_704_067_200
    assert to_unix(date(2024, 1, 1), end_of_day=True) == 1_704_067_200 + 86_399
    assert to_unix(1_704_067_200.9) == 1_704_067_200
    assert export_window(date(2018, 6, 1), date(2018, 6, 30)) == (1_527_811_200, 1_530_403_199)
    with pytest.raises(ExportWindowError):
        export_window(date(2024, 1, 1), date(2024, 3, 31))  # 90 days + 23:59:59
    assert export_window(date(2024, 1, 1), date(2024, 3, 30))[1] == int(
        datetime(2024, 3, 30, 23, 59, 59, tzinfo=UTC).timestamp()
    )
    with pytest.raises(ExportWindowError):
        to_unix(float("nan"))


def test_job_states() -> None:
    assert outcome(JobInfo.from_json({"job_identifier": "a", "status": "completed"})) is not None
    assert outcome(JobInfo.from_json({"job_identfier": "a", "status": "complete"})).job_id == "a"  # type: ignore[union-attr]
    assert outcome(JobInfo.from_json({"job_identifier": "a", "status": "no_data"})) is not None
    assert outcome(JobInfo.from_json({"job_identifier": "a", "status": "queued_somehow"})) is None
    with pytest.raises(ExportFailedError):
        outcome(JobInfo.from_json({"job_identifier": "a", "status": "failed"}))
    with pytest.raises(ExportCanceledError):
        outcome(JobInfo.from_json({"job_identifier": "a", "status": "canceled"}))
    info = JobInfo.from_json(
        {"job_identifier": "a", "status": "pending", "download_url": "", "download_expires_at": ""}
    )
    assert info.download_url is None and info.download_expires_at is None and info.is_active


def _sample() -> tuple[bytes, str]:
    rows = [["a", "b", "c"]] + [
        [f"x{i}", 'q"uo\nte\x0c,' if i % 7 == 0 else str(i), "é"] for i in range(5000)
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return gzip.compress(buf.getvalue().encode()) + gzip.compress(b""), buf.getvalue()


@pytest.mark.parametrize("seed", range(5))
def test_rows_across_arbitrary_chunk_boundaries(seed: int) -> None:
    data, text = _sample()
    rng = random.Random(seed)
    decoder, counter, gunzip = CsvRowDecoder(max_piece=1000), RecordCounter(), GunzipStream(max_piece=777)
    rows = []
    i = 0
    while i < len(data):
        n = rng.randint(1, 3000)
        chunk = data[i : i + n]
        i += n
        rows += list(decoder.feed(chunk))
        for piece in gunzip.feed(chunk):
            counter.feed(piece)
    rows += decoder.finish()
    gunzip.finish()
    assert rows == list(csv.DictReader(io.StringIO(text, newline="")))
    assert counter.data_rows == 5000 and gunzip.members == 2


def test_truncated_corrupt_and_empty_streams() -> None:
    data, _ = _sample()
    g = GunzipStream()
    list(g.feed(data[:-30]))
    with pytest.raises(IncompleteDownloadError):
        g.finish()
    with pytest.raises(IncompleteDownloadError):
        GunzipStream().finish()
    bad = bytearray(gzip.compress(b"hello world" * 100))
    bad[-6] ^= 0xFF  # CRC/size trailer damaged
    with pytest.raises(DownloadError):
        g2 = GunzipStream()
        list(g2.feed(bytes(bad)))
        g2.finish()
