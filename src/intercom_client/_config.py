"""Construction-time configuration: token, version, region and base URL, validated once.

Everything here is cheap and import-free on purpose: building a client must not import a generated
package (hundreds of modules). Supported versions are discovered with ``importlib.util.find_spec``,
which locates a package without executing it.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import os
from functools import cache
from urllib.parse import urlsplit

from ._errors import IntercomConfigError
from ._record import FrozenRecord

__all__ = [
    "BASE_URL_ENV_VAR",
    "DEFAULT_VERSION",
    "REGIONS",
    "ClientConfig",
    "origin",
    "package_for_version",
    "resolve_base_url",
    "resolve_token",
    "supported_versions",
]

DEFAULT_VERSION = "2.14"

REGIONS: dict[str, str] = {
    "us": "https://api.intercom.io",
    "eu": "https://api.eu.intercom.io",
    "au": "https://api.au.intercom.io",
}

#: Environment variables consulted (in order) when no token is passed.
TOKEN_ENV_VARS = ("INTERCOM_ACCESS_TOKEN", "INTERCOM_TOKEN")
#: Environment variable consulted when no ``base_url`` is passed (a proxy, a sandbox); beats ``region``.
BASE_URL_ENV_VAR = "INTERCOM_BASE_URL"

#: Spellings Intercom accepts for its moving "preview" version; all map to the ``intercom_preview`` package.
_PREVIEW_ALIASES = {"0": "Preview", "preview": "Preview", "unstable": "Preview"}

#: Numbered versions we look for; the ones actually installed are filtered with find_spec.
_CANDIDATE_VERSIONS = tuple(f"2.{minor}" for minor in range(0, 40))


def _package_name(version: str) -> str:
    return "intercom_preview" if version == "Preview" else "intercom_v" + version.replace(".", "_")


@cache
def supported_versions() -> tuple[str, ...]:
    """Versions with an installed generated package, oldest first, ``"Preview"`` last."""
    found = [v for v in _CANDIDATE_VERSIONS if importlib.util.find_spec(_package_name(v)) is not None]
    if importlib.util.find_spec("intercom_preview") is not None:
        found.append("Preview")
    return tuple(found)


def normalise_version(version: str | float) -> str:
    """``"2.14"``, ``2.14`` (a float, sadly common), ``"0"``/``"preview"``/``"Unstable"`` → canonical form."""
    text = str(version).strip()
    alias = _PREVIEW_ALIASES.get(text.lower())
    if alias:
        return alias
    # Fast path: one find_spec for the requested version, not one per candidate (construction is on
    # the cold-start path); the full scan is only needed to list the alternatives in the error.
    if text in _CANDIDATE_VERSIONS and importlib.util.find_spec(_package_name(text)) is not None:
        return text
    supported = supported_versions()
    if text not in supported:
        raise IntercomConfigError(
            f"unsupported Intercom-Version {text!r}; supported: {', '.join(supported)} "
            "(and the aliases '0'/'Unstable' for Preview)"
        )
    return text


def package_for_version(version: str) -> str:
    """The generated package implementing ``version`` (already normalised)."""
    return _package_name(version)


def resolve_token(token: str | None) -> str:
    """The explicit token, else ``INTERCOM_ACCESS_TOKEN``, else ``INTERCOM_TOKEN``; never empty."""
    if token is None:
        for name in TOKEN_ENV_VARS:
            value = os.environ.get(name)
            if value and value.strip():
                token = value
                break
    if token is None or not token.strip():
        raise IntercomConfigError(
            "no Intercom access token: pass token=... or set INTERCOM_ACCESS_TOKEN (or INTERCOM_TOKEN)"
        )
    token = token.strip()
    if any(char.isspace() for char in token):  # what ``\s`` matches, without compiling a pattern
        # A token with whitespace inside would corrupt the Authorization header; don't echo it back.
        raise IntercomConfigError("the access token contains whitespace")
    return token


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_base_url(region: str, base_url: str | None) -> str:
    """``base_url`` if given, else ``$INTERCOM_BASE_URL``, else the region's API host.

    An explicit or environment URL must be HTTPS, or plain HTTP to a loopback host only.
    """
    if base_url is None:
        base_url = os.environ.get(BASE_URL_ENV_VAR, "").strip() or None
    if base_url is None:
        try:
            return REGIONS[region.lower()]
        except (KeyError, AttributeError):
            raise IntercomConfigError(
                f"unknown region {region!r}; choose one of {', '.join(REGIONS)} or pass base_url="
            ) from None
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise IntercomConfigError(f"base_url must be an absolute http(s) URL, got {base_url!r}")
    if parts.username or parts.password:
        raise IntercomConfigError("base_url must not embed credentials")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise IntercomConfigError(
            "base_url must use https:// (plain http is only allowed for loopback hosts: "
            f"127.0.0.0/8, localhost, ::1); got host {parts.hostname!r}"
        )
    return base_url.strip().rstrip("/")


def check_limits(*, timeout: object, max_retries: object) -> None:
    """Validate ``timeout`` (positive seconds or None) and ``max_retries`` (int >= 0)."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise IntercomConfigError("max_retries must be a non-negative integer")
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0
    ):
        raise IntercomConfigError("timeout must be a positive number of seconds (or None)")


class ClientConfig(FrozenRecord):
    """The validated settings of one facade client (shared by sync and async)."""

    __slots__ = _fields = ("token", "version", "base_url", "timeout", "max_retries", "throttle")
    token: str
    version: str
    base_url: str
    timeout: float | None
    max_retries: int
    throttle: bool

    def __init__(
        self, token: str, version: str, base_url: str, timeout: float | None, max_retries: int, throttle: bool
    ) -> None:
        self._set("token", token)
        self._set("version", version)
        self._set("base_url", base_url)
        self._set("timeout", timeout)
        self._set("max_retries", max_retries)
        self._set("throttle", throttle)

    @classmethod
    def build(
        cls,
        *,
        token: str | None,
        version: str | float,
        region: str,
        base_url: str | None,
        timeout: float | None,
        max_retries: int,
        throttle: bool,
    ) -> ClientConfig:
        check_limits(timeout=timeout, max_retries=max_retries)
        return cls(
            token=resolve_token(token),
            version=normalise_version(version),
            base_url=resolve_base_url(region, base_url),
            timeout=timeout,
            max_retries=max_retries,
            throttle=bool(throttle),
        )

    def __repr__(self) -> str:  # the token never appears in a repr
        return (
            f"ClientConfig(version={self.version!r}, base_url={self.base_url!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries!r}, throttle={self.throttle!r})"
        )


def origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port of ``url`` (lowercase, default ports filled in): where the token may go.

    The paginator follows a next-page URL only on the API's origin, and a download URL on it gets the
    API's credentials; anything else is another host.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or {"https": 443, "http": 80}.get(scheme)
    return scheme, (parts.hostname or "").lower(), port
