"""What the transport layer owes an SDK user: a caller's proxies and mounts, redirects without leaking
the token, logging with the token redacted, ``INTERCOM_BASE_URL`` and the retries count.

Proxies and redirect targets are real servers on 127.0.0.1 (a stdlib HTTP server in a thread), so the
bytes really travel through them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from intercom_client import Intercom
from intercom_client._logs import setup_logging
from intercom_client._transport import RETRIES_EXTENSION
from intercom_sandbox.server import SandboxHandle


@dataclass
class Seen:
    """Requests one helper server received: (method, target as sent, headers)."""

    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    seen: Seen
    redirect_to: str | None


class _Handler(BaseHTTPRequestHandler):
    """``/redirect`` → 302 to ``server.redirect_to``; absolute targets are proxied; anything else: ok."""

    server: _Server

    def log_message(self, *args: object) -> None:  # keep pytest output clean
        pass

    def do_GET(self) -> None:
        self.server.seen.requests.append(("GET", self.path, {k.lower(): v for k, v in self.headers.items()}))
        if self.path.startswith("http://"):  # a proxy request: forward it
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "proxy-connection")}
            with httpx.Client(trust_env=False) as forward:  # never through the proxy under test
                upstream = forward.get(self.path, headers=headers)
            body = upstream.content
            self.send_response(upstream.status_code)
            for key in ("content-type", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"):
                if key in upstream.headers:
                    self.send_header(key, upstream.headers[key])
        elif self.path.startswith("/redirect") and self.server.redirect_to:
            body = b""
            self.send_response(302)
            self.send_header("Location", self.server.redirect_to)
        else:
            body = b'{"type": "ok"}'
            self.send_response(200)
            self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def helper_server() -> Iterator[_Server]:
    """A second real HTTP server: a forwarding proxy, a redirect source or a redirect target."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.seen, server.redirect_to = Seen(), None
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _url(server: _Server, host: str = "127.0.0.1") -> str:
    return f"http://{host}:{server.server_address[1]}"


@pytest.fixture
def no_env_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "NO_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "no_proxy",
    ):
        monkeypatch.delenv(name, raising=False)


# --- proxies and mounts of a caller's http_client ------------------------------------------------------


def test_a_proxy_of_the_callers_client_is_used(
    sandbox: SandboxHandle, helper_server: _Server, no_env_proxy: None
) -> None:
    with (
        httpx.Client(proxy=_url(helper_server)) as http,
        Intercom(token=sandbox.token, base_url=sandbox.url, http_client=http) as client,
    ):
        assert client._http.get("/me").status_code == 200
    assert [target for _, target, _ in helper_server.seen.requests] == [f"{sandbox.url}/me"]


def test_mounts_of_the_callers_client_are_used_with_retries(
    sandbox: SandboxHandle, helper_server: _Server, no_env_proxy: None
) -> None:
    sandbox.inject("/me", "503", method="GET")
    mounts = {"all://": httpx.HTTPTransport(proxy=_url(helper_server))}
    with (
        httpx.Client(mounts=mounts) as http,
        Intercom(token=sandbox.token, base_url=sandbox.url, http_client=http) as client,
    ):
        client._sleep = lambda seconds: None  # type: ignore[method-assign]
        response = client._http.get("/me")
    assert response.status_code == 200 and response.extensions[RETRIES_EXTENSION] == 1
    assert len(helper_server.seen.requests) == 2  # both attempts went through the mounted proxy


@pytest.mark.parametrize("trust_env", [True, False])
def test_environment_proxies_follow_the_callers_trust_env(
    trust_env: bool,
    sandbox: SandboxHandle,
    helper_server: _Server,
    no_env_proxy: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTP_PROXY", _url(helper_server))
    monkeypatch.setenv("HTTPS_PROXY", _url(helper_server))
    with (
        httpx.Client(trust_env=trust_env) as http,
        Intercom(token=sandbox.token, base_url=sandbox.url, http_client=http) as client,
    ):
        assert client._http.get("/me").status_code == 200
    assert len(helper_server.seen.requests) == (1 if trust_env else 0)


# --- redirects ------------------------------------------------------------------------------------------


def test_redirects_are_followed_and_the_token_stays_on_the_api_origin(sandbox: SandboxHandle) -> None:
    api = _Server(("127.0.0.1", 0), _Handler)
    other = _Server(("127.0.0.1", 0), _Handler)
    for server in (api, other):
        server.seen, server.redirect_to = Seen(), None
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        # "localhost" is another origin than "127.0.0.1" (and another port): a different server.
        api.redirect_to = f"{_url(other, 'localhost')}/file"
        with Intercom(token=sandbox.token, base_url=_url(api)) as client:
            response = client._http.get("/redirect")
        assert response.status_code == 200 and str(response.url).startswith(_url(other, "localhost"))
        (_, _, api_headers), (_, _, other_headers) = api.seen.requests[0], other.seen.requests[0]
        assert api_headers["authorization"] == f"Bearer {sandbox.token}"
        assert "authorization" not in other_headers
    finally:
        for server in (api, other):
            server.shutdown()
            server.server_close()


# --- logging, base URL, retries count -------------------------------------------------------------------


def test_intercom_log_debug_logs_requests_and_retries_without_the_token(
    sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    logger = logging.getLogger("intercom_client")
    monkeypatch.setattr(logger, "level", logger.level)  # restored after the test
    monkeypatch.setenv("INTERCOM_LOG", "debug")
    setup_logging()
    sandbox.inject("/me", "503", method="GET")
    with (
        caplog.at_level(logging.DEBUG, logger="intercom_client"),
        Intercom(token=sandbox.token, base_url=sandbox.url) as client,
    ):
        client._sleep = lambda seconds: None  # type: ignore[method-assign]
        client._http.get("/me")
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert f"GET {sandbox.url}/me -> HTTP 503" in text
    assert "Retrying GET" in text and "after HTTP 503" in text
    assert f"GET {sandbox.url}/me -> HTTP 200" in text
    assert "[redacted]" in text  # the Authorization header is shown, as redacted
    assert sandbox.token not in text


def test_intercom_log_unset_leaves_logging_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("intercom_client")
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    monkeypatch.delenv("INTERCOM_LOG", raising=False)
    setup_logging()
    assert logger.level == logging.NOTSET


def test_intercom_base_url_from_the_environment(
    sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERCOM_BASE_URL", sandbox.url)
    with Intercom(token=sandbox.token) as client:
        assert client.base_url == sandbox.url
        assert client._http.get("/me").status_code == 200
    with Intercom(token=sandbox.token, base_url="https://api.eu.intercom.io") as explicit:
        assert explicit.base_url == "https://api.eu.intercom.io"  # an explicit base_url wins


def test_the_retries_count_is_on_the_response_and_on_errors(sandbox: SandboxHandle) -> None:
    from intercom_client import InternalServerError

    with Intercom(token=sandbox.token, base_url=sandbox.url) as client:
        client._sleep = lambda seconds: None  # type: ignore[method-assign]
        assert client._http.get("/me").extensions[RETRIES_EXTENSION] == 0
        sandbox.inject("/me", "500", method="GET", times=10)
        with pytest.raises(InternalServerError) as err:
            client._http.get("/me")
    assert err.value.response.extensions[RETRIES_EXTENSION] == client.max_retries


def test_with_raw_response_reports_the_retries_taken(sandbox: SandboxHandle) -> None:
    """The typed surface reads the count the transport leaves on the response (``intercom_retries``)."""
    with Intercom(token=sandbox.token, base_url=sandbox.url) as client:
        client._sleep = lambda seconds: None  # type: ignore[method-assign]
        assert client.admins.with_raw_response.identify().retries_taken == 0
        sandbox.inject("/me", "503", method="GET", times=2)
        raw = client.admins.with_raw_response.identify()
    assert raw.status_code == 200 and raw.retries_taken == 2
