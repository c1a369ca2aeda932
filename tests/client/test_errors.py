"""Error mapping: one status ladder, Intercom's error.list parsed, and the token never leaks."""

from __future__ import annotations

import logging
import socket
import traceback

import httpx
import pytest

import intercom_client as ic
from intercom_client import Intercom
from intercom_client._errors import error_from_response, parse_json_object, redact_headers
from intercom_sandbox.server import SandboxHandle

from .conftest import Log, make_client

TOKEN = "tok_NEVER_SHOW_ME_9f8e7d"


def _response(status: int, body: object = None, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request(
        "GET", "https://api.intercom.io/contacts/1?email=a@b.c", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    if body is None:
        return httpx.Response(status, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


def _error_list(code: str, message: str, field: str | None = None) -> dict[str, object]:
    err: dict[str, object] = {"code": code, "message": message}
    if field:
        err["field"] = field
    return {"type": "error.list", "request_id": "req-body-1", "errors": [err]}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, ic.BadRequestError),
        (401, ic.AuthenticationError),
        (403, ic.PermissionDeniedError),
        (404, ic.NotFoundError),
        (409, ic.ConflictError),
        (422, ic.UnprocessableEntityError),
        (429, ic.RateLimitError),
        (500, ic.InternalServerError),
        (503, ic.InternalServerError),
        (418, ic.APIStatusError),
        (302, ic.APIStatusError),
    ],
)
def test_status_ladder(status: int, cls: type[ic.APIStatusError]) -> None:
    err = error_from_response(_response(status, _error_list("some_code", "Some message", "email")))
    assert type(err) is cls
    assert err.status_code == status
    assert err.errors == [ic.ErrorDetail(code="some_code", message="Some message", field="email")]
    assert err.codes == ["some_code"]
    assert err.request_id == "req-body-1"  # from the body when there is no header
    assert err.body == _error_list("some_code", "Some message", "email")
    assert "some_code: Some message" in str(err)
    assert "email=a@b.c" not in str(err)  # query strings (PII) are not echoed
    assert err.request is not None and err.request.method == "GET"


def test_header_request_id_wins_and_rate_limit_fields() -> None:
    err = error_from_response(
        _response(
            429,
            _error_list("rate_limit_exceeded", "Rate Limit Exceeded"),
            {"X-Request-Id": "hdr-1", "Retry-After": "7", "X-RateLimit-Reset": "1700000000"},
        )
    )
    assert isinstance(err, ic.RateLimitError)
    assert err.request_id == "hdr-1"
    assert err.retry_after == 7.0
    assert err.reset_at == 1700000000.0
    assert err.headers["retry-after"] == "7"


def test_export_job_limit_is_recognised() -> None:
    body = _error_list("rate_limit_exceeded", "Exceeded rate limit of 1 pending message data export jobs")
    err = error_from_response(_response(429, body))
    assert isinstance(err, ic.ExportJobLimitError)
    assert isinstance(err, ic.RateLimitError) and isinstance(err, ic.ExportError)


@pytest.mark.parametrize("body", [None, "not json", {"message": "plain"}, [1, 2]])
def test_odd_error_bodies(body: object) -> None:
    request = httpx.Request("GET", "https://api.intercom.io/x")
    if isinstance(body, str):
        response = httpx.Response(502, text=body, request=request)
    elif body is None:
        response = httpx.Response(502, request=request)
    else:
        response = httpx.Response(502, json=body, request=request)
    err = error_from_response(response)
    assert isinstance(err, ic.InternalServerError)
    assert err.request_id is None
    if body == {"message": "plain"}:
        assert err.errors == [ic.ErrorDetail(code=None, message="plain")]
    else:
        assert err.errors == []


def test_company_list_page_limit_names_the_scroll() -> None:
    """POST /companies/list past 10,000 companies (PostHog pull 63033): a typed error pointing at scroll."""
    err = error_from_response(
        _response(400, _error_list("bad_request", "page limit reached, please use scroll API"))
    )
    assert type(err) is ic.PageLimitError and isinstance(err, ic.BadRequestError)
    assert "client.companies.scroll()" in str(err)
    other = error_from_response(_response(400, _error_list("parameter_invalid", "per_page too large")))
    assert type(other) is ic.BadRequestError


@pytest.mark.parametrize("kind", ["message", "reporting"])
def test_both_export_slot_refusals_are_the_job_limit_error(kind: str) -> None:
    message = f"Exceeded rate limit of 1 pending {kind} data export jobs"
    err = error_from_response(_response(429, _error_list("rate_limit_exceeded", message)))
    assert type(err) is ic.ExportJobLimitError and isinstance(err, ic.RateLimitError)
    plain = error_from_response(_response(429, _error_list("rate_limit_exceeded", "Rate Limit Exceeded")))
    assert type(plain) is ic.RateLimitError


def test_the_one_body_parser() -> None:
    assert parse_json_object(_response(200, {"ok": True})) == {"ok": True}
    for bad in (b"", b"[1]", b'{"cut'):
        with pytest.raises(ic.APIResponseParseError):
            parse_json_object(httpx.Response(200, content=bad, request=httpx.Request("GET", "https://x/y")))


def test_redact_headers() -> None:
    assert redact_headers({"Authorization": "Bearer x", "Accept": "a"}) == {
        "Authorization": "[redacted]",
        "Accept": "a",
    }


# --- over real HTTP -------------------------------------------------------------------------------------


def test_sandbox_errors_are_typed(client: Intercom) -> None:
    with pytest.raises(ic.NotFoundError) as info:
        client._http.get("/contacts/does-not-exist")
    err = info.value
    assert err.status_code == 404
    assert err.codes == ["not_found"]
    assert err.request_id and err.request_id == err.response.headers["x-request-id"]
    with pytest.raises(ic.BadRequestError) as bad:
        client._http.get("/contacts", params={"starting_after": "garbage"})
    assert bad.value.errors[0].code == "parameter_invalid"


def test_bad_token_is_authentication_error(sandbox: SandboxHandle) -> None:
    with Intercom(token="x", base_url=sandbox.url) as c:
        c._http.headers["Authorization"] = (
            "Basic Zm9vOmJhcg=="  # what a revoked/absent token looks like to the server
        )
        with pytest.raises(ic.AuthenticationError) as info:
            c._http.get("/me")
    assert info.value.codes == ["unauthorized"]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_token_never_appears_in_any_error(sandbox: SandboxHandle, caplog: pytest.LogCaptureFixture) -> None:
    """Trigger every exception class the facade raises and look for the token everywhere it could show."""
    caplog.set_level(logging.DEBUG)
    secret = "sandbox-token"  # the sandbox accepts any token; this one is what we must never print
    assert sandbox.token == secret
    errors: list[BaseException] = []
    wire = Log()
    client, http = make_client(sandbox, wire, [], max_retries=0)

    def capture(fn: object, *args: object, **kwargs: object) -> None:
        try:
            fn(*args, **kwargs)  # type: ignore[operator]
        except ic.IntercomError as exc:
            errors.append(exc)
        else:
            raise AssertionError(f"{fn} did not raise")

    with http, client:
        capture(client._http.get, "/contacts/nope")  # 404
        capture(client._http.get, "/contacts", params={"per_page": 500})  # 400
        sandbox.inject("/me", "500")
        capture(client._http.get, "/me")  # 500
        sandbox.inject("/me", "429_retry_after", retry_after=1)
        capture(client._http.get, "/me")  # 429
        sandbox.inject("/contacts", "empty_body", method="GET")
        capture(lambda: list(client.contacts.list()))  # parse error
    with Intercom(token=secret, base_url=f"http://127.0.0.1:{_closed_port()}", max_retries=0) as dead:
        capture(dead._http.get, "/me")  # connection error
    with Intercom(token=secret, base_url=sandbox.url, timeout=0.05, max_retries=0) as slow:
        sandbox.inject("/me", "slow", delay=0.3)
        capture(slow._http.get, "/me")  # timeout
    with Intercom(token=secret, base_url=sandbox.url) as other:
        other._http.headers["Authorization"] = "Basic Zm9vOmJhcg=="
        capture(other._http.get, "/me")  # 401
    kinds = {type(e).__name__ for e in errors}
    assert {
        "NotFoundError",
        "BadRequestError",
        "InternalServerError",
        "RateLimitError",
        "APIResponseParseError",
        "APIConnectionError",
        "APITimeoutError",
        "AuthenticationError",
    } <= kinds
    for exc in errors:
        rendered = [str(exc), repr(exc), "".join(traceback.format_exception(exc)), repr(vars(exc))]
        for text in rendered:
            assert secret not in text, f"token leaked by {type(exc).__name__}"
    assert secret not in caplog.text


def test_company_list_page_limit_over_http(sandbox: SandboxHandle) -> None:
    """The sandbox refuses POST /companies/list past 10,000 companies as the API does."""
    with (
        Intercom(token=sandbox.token, base_url=sandbox.url) as client,
        pytest.raises(ic.PageLimitError) as err,
    ):
        client._http.post("/companies/list", params={"per_page": 60, "page": 167})
    assert err.value.status_code == 400 and "client.companies.scroll()" in str(err.value)
