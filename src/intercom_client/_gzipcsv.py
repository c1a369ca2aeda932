"""Pure, incremental gzip and CSV decoding for export downloads (no I/O: fed chunk by chunk).

Both the sync and the async download loops feed the same objects, so the correctness rules live
once, here:

* :class:`GunzipStream` decompresses with ``zlib`` in gzip mode (``wbits=31``), which checks each
  member's CRC-32 and length trailer. A stream that ends before a trailer (a truncated body that HTTP
  still considered complete) is an :class:`~intercom_client.IncompleteDownloadError`, never a silently
  short file. Concatenated members are accepted (``gzip`` and ``zcat`` do the same). Output per call is
  bounded, so a highly compressible chunk cannot balloon memory.
* :class:`RecordCounter` counts CSV records on raw bytes (newlines outside double quotes), which is as
  fast as ``bytes.count`` on the common quote-free chunks.
* :class:`CsvRowDecoder` turns compressed chunks into row dicts. It only hands *complete* records to
  ``csv.reader`` (it tracks quote parity across chunk boundaries), so a quoted field containing a
  newline that straddles two network chunks is still one field.
"""

from __future__ import annotations

import codecs
import csv
import zlib
from collections.abc import Iterator

from ._errors import DownloadError, IncompleteDownloadError

__all__ = ["MAX_PIECE", "CsvRowDecoder", "GunzipStream", "RecordCounter"]

#: Largest decompressed piece produced per step (bounds peak memory on very compressible input).
MAX_PIECE = 4 << 20
#: Smaller pieces when parsing rows: a row dict costs ~10x its CSV text, so 256 KiB of text is a few MB.
ROW_PIECE = 256 << 10

_GZIP_WBITS = 31  # 16 + MAX_WBITS: gzip container, header and trailer checked


class GunzipStream:
    """Incremental gunzip that verifies every member's trailer.

    Attributes:
        compressed: bytes fed so far.
        decompressed: bytes produced so far.
        members: gzip members completed (1 for a normal file).
    """

    def __init__(self, *, max_piece: int = MAX_PIECE) -> None:
        self._d = zlib.decompressobj(_GZIP_WBITS)
        self._max = max_piece
        self._started = False
        self.compressed = 0
        self.decompressed = 0
        self.members = 0

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decompressed pieces for ``data`` (each at most ``max_piece`` bytes)."""
        if not data:
            return
        self.compressed += len(data)
        self._started = True
        while True:
            if self._d.eof:
                if not data.strip(b"\x00"):
                    return  # trailing NUL padding after a complete member is harmless
                self._d = zlib.decompressobj(_GZIP_WBITS)  # another member follows
            try:
                out = self._d.decompress(data, self._max)
            except zlib.error as exc:
                raise DownloadError(f"the export download is not valid gzip data: {exc}") from exc
            if out:
                self.decompressed += len(out)
                yield out
            if self._d.eof:
                self.members += 1
                data = self._d.unused_data
                if not data:
                    return
                continue
            data = self._d.unconsumed_tail
            if not data and len(out) < self._max:
                return

    def finish(self) -> None:
        """Check that the stream ended exactly at a gzip trailer; raise otherwise."""
        if not self._started:
            raise IncompleteDownloadError("the export download was empty (expected gzip data)")
        if not self._d.eof:
            raise IncompleteDownloadError(
                f"the export download ended before the end of its gzip stream "
                f"({self.compressed} bytes received): the connection was cut or the body truncated"
            )


class RecordCounter:
    """Counts CSV records (lines ending outside double quotes) in decompressed bytes."""

    __slots__ = ("_in_quotes", "_last", "newlines")

    def __init__(self) -> None:
        self._in_quotes = False
        self._last = b"\n"
        self.newlines = 0

    def feed(self, data: bytes) -> None:
        if not data:
            return
        self._last = data[-1:]
        if b'"' not in data:
            if not self._in_quotes:
                self.newlines += data.count(b"\n")
            return
        in_quotes = self._in_quotes
        for i, part in enumerate(data.split(b'"')):
            if i:
                in_quotes = not in_quotes
            if not in_quotes:
                self.newlines += part.count(b"\n")
        self._in_quotes = in_quotes

    @property
    def records(self) -> int:
        """Records seen, counting a final line without a newline."""
        return self.newlines + (0 if self._last == b"\n" else 1)

    @property
    def data_rows(self) -> int:
        """Records minus the header line."""
        return max(self.records - 1, 0)


class CsvRowDecoder:
    """Compressed chunks in, CSV rows out as ``dict`` keyed by the header (like ``csv.DictReader``).

    Missing trailing fields are ``None``; surplus fields go under the ``None`` key, as DictReader does.
    """

    def __init__(self, *, max_piece: int = ROW_PIECE) -> None:
        self._gz = GunzipStream(max_piece=max_piece)
        self._text = codecs.getincrementaldecoder("utf-8-sig")("strict")
        self._pending: list[str] = []
        self._in_quotes = False
        self.fieldnames: list[str] | None = None
        self.rows = 0

    @property
    def compressed(self) -> int:
        return self._gz.compressed

    def feed(self, data: bytes) -> Iterator[dict[str | None, str | list[str] | None]]:
        """Rows completed by ``data`` (possibly none), produced lazily one decompressed piece at a time."""
        for piece in self._gz.feed(data):
            try:
                text = self._text.decode(piece)
            except UnicodeDecodeError as exc:
                raise DownloadError(f"the export download is not UTF-8 CSV: {exc}") from exc
            out: list[dict[str | None, str | list[str] | None]] = []
            self._push(text, out)
            yield from out

    def finish(self) -> list[dict[str | None, str | list[str] | None]]:
        """Rows left at the end; raises if the gzip stream or the last CSV record is incomplete."""
        self._gz.finish()
        out: list[dict[str | None, str | list[str] | None]] = []
        tail = self._text.decode(b"", final=True)
        if tail:
            self._push(tail, out)
        rest = "".join(self._pending)
        self._pending.clear()
        if self._in_quotes:
            raise DownloadError("the export CSV ends inside a quoted field")
        if rest:
            self._parse(rest + "\n", out)
        return out

    # --- internals --------------------------------------------------------------------------------

    def _push(self, text: str, out: list[dict[str | None, str | list[str] | None]]) -> None:
        cut = self._last_record_end(text)
        if cut < 0:
            self._pending.append(text)
            return
        self._pending.append(text[: cut + 1])
        complete = "".join(self._pending)
        self._pending = [text[cut + 1 :]] if cut + 1 < len(text) else []
        self._parse(complete, out)

    def _last_record_end(self, text: str) -> int:
        """Index of the last newline outside quotes in ``text`` (updating quote parity), or -1."""
        if '"' not in text:
            return -1 if self._in_quotes else text.rfind("\n")
        cut = -1
        offset = 0
        in_quotes = self._in_quotes
        for i, part in enumerate(text.split('"')):
            if i:
                in_quotes = not in_quotes
                offset += 1
            if not in_quotes:
                k = part.rfind("\n")
                if k >= 0:
                    cut = offset + k
            offset += len(part)
        self._in_quotes = in_quotes
        return cut

    def _parse(self, complete: str, out: list[dict[str | None, str | list[str] | None]]) -> None:
        # Split on "\n" only (str.splitlines would also split on \x0c, \x1c... inside fields).
        lines = [line + "\n" for line in complete.split("\n")[:-1]]
        try:
            records = list(csv.reader(lines))
        except csv.Error as exc:
            raise DownloadError(f"the export CSV is malformed: {exc}") from exc
        header = self.fieldnames
        width = len(header) if header is not None else 0
        for record in records:
            if not record:
                continue  # blank line, as DictReader skips them
            if header is None:
                header = self.fieldnames = record
                width = len(header)
                continue
            row: dict[str | None, str | list[str] | None] = dict(zip(header, record, strict=False))
            if len(record) > width:
                row[None] = record[width:]
            elif len(record) < width:
                for key in header[len(record) :]:
                    row[key] = None
            out.append(row)
            self.rows += 1
