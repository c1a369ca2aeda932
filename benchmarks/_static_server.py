"""A tiny Intercom-shaped file server for the export download benchmark (run as its own process).

Serves pre-generated ``<dir>/<job>.csv.gz`` files the way the API serves a finished content export:

* ``GET /export/content/data/<job>``: ``{"job_identifier", "status": "completed", "download_url": "",
  "download_expires_at": now + 2 days}`` (the facade then downloads from the documented default path);
* ``GET /download/content/data/<job>``: the gzip bytes, ``application/octet-stream``, with
  Content-Length, written with ``socket.sendfile`` (zero-copy: the server costs next to no CPU, so the
  client's stream, gunzip and disk path is what gets measured).

HTTP/1.1 keep-alive, one thread per connection. Usage: python benchmarks/_static_server.py DIR PORT
"""

from __future__ import annotations

import json
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    root: Path

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path.startswith("/export/content/data/"):
            job = path.rsplit("/", 1)[1]
            if not (self.root / f"{job}.csv.gz").is_file():
                self._send(404, b'{"type":"error.list","errors":[{"code":"not_found","message":"no job"}]}')
                return
            body = {
                "job_identifier": job,
                "status": "completed",
                "download_url": "",
                "download_expires_at": str(int(time.time()) + 2 * 86_400),
            }
            self._send(200, json.dumps(body).encode())
            return
        if path.startswith("/download/content/data/"):
            file = self.root / f"{path.rsplit('/', 1)[1]}.csv.gz"
            if not file.is_file():
                self._send(404, b'{"type":"error.list","errors":[{"code":"not_found","message":"no file"}]}')
                return
            with file.open("rb") as fh:
                size = os.fstat(fh.fileno()).st_size
                self.send_response(200)
                self.send_header("Content-Type", "application/octet-stream")
                self.send_header("Content-Length", str(size))
                self.end_headers()
                self.wfile.flush()
                self.connection.sendfile(fh)
            return
        self._send(404, b'{"type":"error.list","errors":[{"code":"not_found","message":"unknown route"}]}')


def main() -> None:
    Handler.root = Path(sys.argv[1])
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2])), Handler)
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()
