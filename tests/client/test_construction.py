"""Construction: token, version, region and base URL rules; laziness; repr; with_options; headers."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx
import pytest

from intercom_client import AsyncIntercom, Intercom, IntercomConfigError
from intercom_client._config import supported_versions
from intercom_sandbox.server import SandboxHandle

from .conftest import Log, make_client

TOKEN = "tok_construction_secret_123"


@pytest.fixture(autouse=True)
def _no_env_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INTERCOM_ACCESS_TOKEN", raising=False)
    monkeypatch.delenv("INTERCOM_TOKEN", raising=False)


@pytest.mark.parametrize("cls", [Intercom, AsyncIntercom])
def test_missing_token_fails_at_construction(cls: type) -> None:
    with pytest.raises(IntercomConfigError, match="INTERCOM_ACCESS_TOKEN"):
        cls()
    with pytest.raises(ValueError, match="no Intercom access token"):  # also a ValueError
        cls(token="   ")


def test_token_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERCOM_TOKEN", "from-fallback-var")
    assert Intercom()._config.token == "from-fallback-var"
    monkeypatch.setenv("INTERCOM_ACCESS_TOKEN", "from-primary-var")
    assert Intercom()._config.token == "from-primary-var"  # INTERCOM_ACCESS_TOKEN wins
    assert Intercom(token="explicit")._config.token == "explicit"


def test_supported_versions_are_discovered_from_generated_packages() -> None:
    versions = supported_versions()
    assert versions[0] == "2.7" and versions[-1] == "Preview"
    assert {"2.14", "2.16"} <= set(versions)


@pytest.mark.parametrize("version", ["2.3", "3.0", "latest", "2.14.1"])
def test_unknown_version_lists_supported_ones(version: str) -> None:
    with pytest.raises(IntercomConfigError) as info:
        Intercom(token=TOKEN, version=version)
    message = str(info.value)
    assert repr(version) in message
    assert "2.7" in message and "2.16" in message and "Preview" in message


@pytest.mark.parametrize(
    ("given", "expected"),
    [("0", "Preview"), ("Unstable", "Preview"), ("preview", "Preview"), ("2.7", "2.7"), (2.14, "2.14")],
)
def test_version_aliases(given: object, expected: str) -> None:
    client = Intercom(token=TOKEN, version=given)  # type: ignore[arg-type]
    assert client.version == expected
    assert client._http.headers["Intercom-Version"] == expected


@pytest.mark.parametrize(
    ("region", "url"),
    [
        ("us", "https://api.intercom.io"),
        ("eu", "https://api.eu.intercom.io"),
        ("au", "https://api.au.intercom.io"),
        ("EU", "https://api.eu.intercom.io"),
    ],
)
def test_regions(region: str, url: str) -> None:
    client = Intercom(token=TOKEN, region=region)
    assert client.base_url == url
    assert str(client._http.base_url).rstrip("/") == url


def test_unknown_region() -> None:
    with pytest.raises(IntercomConfigError, match="unknown region 'jp'"):
        Intercom(token=TOKEN, region="jp")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080",
        "http://127.5.6.7",
        "http://localhost:9",
        "http://[::1]:80",
        "https://example.com/",
    ],
)
def test_allowed_base_urls(url: str) -> None:
    assert Intercom(token=TOKEN, base_url=url).base_url == url.rstrip("/")


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("http://api.intercom.io", "https://"),
        ("http://10.0.0.1", "https://"),
        ("http://localhost.evil.com", "https://"),
        ("ftp://api.intercom.io", "absolute http(s) URL"),
        ("api.intercom.io", "absolute http(s) URL"),
        ("https://user:pw@api.intercom.io", "credentials"),
    ],
)
def test_refused_base_urls(url: str, fragment: str) -> None:
    with pytest.raises(IntercomConfigError, match=fragment.replace("(", r"\(").replace(")", r"\)")):
        Intercom(token=TOKEN, base_url=url)


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"max_retries": -1}, "max_retries"),
        ({"timeout": 0}, "timeout"),
        ({"max_retries": True}, "max_retries"),
    ],
)
def test_bad_limits(kwargs: dict[str, object], fragment: str) -> None:
    with pytest.raises(IntercomConfigError, match=fragment):
        Intercom(token=TOKEN, **kwargs)  # type: ignore[arg-type]


def test_repr_and_config_never_show_the_token() -> None:
    client = Intercom(token=TOKEN)
    for text in (
        repr(client),
        str(client),
        repr(client._config),
        repr(client._http.headers),
        repr(client.generated),
    ):
        assert TOKEN not in text
    assert client._http.headers["Authorization"] == f"Bearer {TOKEN}"


def test_construction_is_lazy() -> None:
    """Building a client imports no generated package; first use of ``.api`` imports only its own version."""
    code = (
        "import sys, json\n"
        "from intercom_client import Intercom\n"
        "c = Intercom(token='x')\n"
        "gen = ('intercom_v', 'intercom_preview')\n"
        "before = sorted(m for m in sys.modules if m.startswith(gen))\n"
        "c.api\n"
        "after = sorted({m.split('.')[0] for m in sys.modules if m.startswith('intercom_v')})\n"
        "print(json.dumps({'before': before, 'after': after}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["before"] == []
    assert result["after"] == ["intercom_v2_14"]


def test_importtime_has_no_generated_modules() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-c",
            "import intercom_client; intercom_client.Intercom(token='x')",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "intercom_client" in out.stderr
    assert "intercom_v2" not in out.stderr and "intercom_preview" not in out.stderr


def test_exports_hook_does_not_break_construction() -> None:
    client = Intercom(token=TOKEN)
    assert "exports" not in vars(client)  # nothing imported or built until first access


def test_default_headers_on_the_wire(sandbox: SandboxHandle) -> None:
    """Authorization, Intercom-Version, Accept and User-Agent reach the server on every request."""
    wire = Log()
    client, http = make_client(sandbox, wire, [], version="2.9")
    with http, client:
        client._http.get("/me")
        list(client.contacts.list(per_page=150))
    assert len(wire) == 3
    for exchange in wire.exchanges:
        assert exchange.headers["authorization"] == f"Bearer {sandbox.token}"
        assert exchange.headers["intercom-version"] == "2.9"
        assert exchange.headers["accept"] == "application/json"
        assert exchange.headers["user-agent"].startswith("intercom-openapi-client/")


def test_with_options_shares_pool_and_state(sandbox: SandboxHandle) -> None:
    wire = Log()
    client, http = make_client(sandbox, wire, [])
    with http, client:
        copy = client.with_options(timeout=5.0, max_retries=0, version="2.10")
        assert copy._inner_transport is client._inner_transport  # same connection pool
        assert copy._rate_limits is client._rate_limits
        assert (copy.timeout, copy.max_retries, copy.version) == (5.0, 0, "2.10")
        assert (client.timeout, client.max_retries, client.version) == (30.0, 2, "2.14")
        copy._http.get("/me")
        assert wire.exchanges[-1].headers["intercom-version"] == "2.10"
        assert client.rate_limit is not None  # seen through the shared tracker
        copy.close()  # closing the copy keeps the shared pool usable
        assert client._http.get("/me").status_code == 200
        with pytest.raises(IntercomConfigError):
            client.with_options(max_retries=-3)


@pytest.mark.anyio
async def test_async_client_sends_the_same_headers() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"type": "admin"})

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with http, AsyncIntercom(token=TOKEN, version="Preview", region="eu", http_client=http) as client:
        assert repr(client) == "AsyncIntercom(version='Preview', base_url='https://api.eu.intercom.io')"
        await client._http.get("/me")
    (request,) = seen
    assert str(request.url) == "https://api.eu.intercom.io/me"
    assert request.headers["Intercom-Version"] == "Preview"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.headers["Accept"] == "application/json"
