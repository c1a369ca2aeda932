"""The typed resources: every operation of every version is a method, named the same everywhere.

Request building is checked here with ``httpx.MockTransport`` (what goes on the wire for a method
call); ``test_resources_sandbox.py`` calls methods over real HTTP against the sandbox.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import intercom_client as ic
from intercom_client import AsyncIntercom, Intercom
from intercom_client._config import supported_versions
from intercom_codegen.resources import METHOD_OVERRIDES, blank_path, method_name

VERSIONS = supported_versions()


def _package(version: str) -> str:
    return "intercom_preview" if version == "Preview" else "intercom_v" + version.replace(".", "_")


def _resources(version: str) -> Any:
    return importlib.import_module(_package(version) + ".resources._table")


def _method(version: str, dotted: str, *, sync: bool = True) -> Callable[..., Any]:
    resource, method = dotted.split(".")
    module = importlib.import_module(f"{_package(version)}.resources.{resource}{'' if sync else '_async'}")
    cls_name = "".join(part.capitalize() for part in resource.split("_"))
    cls = getattr(module, cls_name if sync else "Async" + cls_name)
    function: Callable[..., Any] = getattr(cls, method)
    return function


def test_there_are_eleven_versions() -> None:
    assert len(VERSIONS) == 11 and VERSIONS[-1] == "Preview"


@pytest.mark.parametrize("version", VERSIONS)
def test_resources_cover_every_operation(version: str) -> None:
    package = importlib.import_module(_package(version))
    operations = importlib.import_module(package.__name__ + ".api").OPERATIONS
    assert package.RESOURCES is _resources(version).RESOURCES
    assert importlib.import_module(package.__name__ + ".resources").RESOURCES is package.RESOURCES
    assert set(package.RESOURCES) == set(operations)
    assert len(set(package.RESOURCES.values())) == len(operations), "two operations share a method"
    for key, dotted in package.RESOURCES.items():
        for sync in (True, False):
            method = _method(version, dotted, sync=sync)
            assert method.__doc__ and key in method.__doc__, (version, key, dotted)
        assert dotted.split(".")[0] in _resources(version).CLASSES


def test_same_operation_same_method_and_parameters_in_every_version() -> None:
    """An operation found in several versions has one ``resource.method`` and one set of path names."""
    seen: dict[str, tuple[str, list[str], str]] = {}
    for version in VERSIONS:
        for key, dotted in _resources(version).RESOURCES.items():
            method, path = key.split(" ", 1)
            blank = f"{method} {blank_path(path)}"
            signature = inspect.signature(_method(version, dotted))
            positional = [
                p.name
                for p in signature.parameters.values()
                # the body follows its schema, which may change between versions (2.9's ticket reply
                # is one model with a ``body`` field, 2.10's a union): path parameters may not change
                if p.kind is p.POSITIONAL_OR_KEYWORD
                and p.name not in ("self", "body", "request_body", "query")
            ]
            if blank in seen:
                first_dotted, first_params, first_version = seen[blank]
                assert (dotted, positional) == (first_dotted, first_params), (
                    f"{blank}: {first_version} has {first_dotted}{first_params}, {version} {dotted}{positional}"
                )
            else:
                seen[blank] = (dotted, positional, version)
    assert len(seen) > 250


def test_contact_id_is_one_name_although_the_wire_name_changes() -> None:
    wire_names = set()
    for version in VERSIONS:
        api = importlib.import_module(_package(version) + ".api")
        key = next(k for k in api.OPERATIONS if re.fullmatch(r"GET /contacts/\{\w+\}", k))
        wire_names.add(key)
        get = _method(version, "contacts.get")
        assert list(inspect.signature(get).parameters)[:2] == ["self", "contact_id"], version
    assert wire_names == {"GET /contacts/{id}", "GET /contacts/{contact_id}"}


@pytest.mark.parametrize(
    ("operation_id", "resource", "expected"),
    [
        ("show_contact", "contacts", "get"),
        ("list_companies_for_a_contact", "contacts", "list_companies"),
        ("attach_tag_to_contact", "tags", "attach_to_contact"),
        ("retrieve_help_center", "help_center", "get"),
        ("list_all_collections", "help_center", "list_collections"),
        ("lis_data_attributes", "data_attributes", "list"),
        ("create_conversation_attribute_option", "conversations_attributes", "create_option"),
    ],
)
def test_the_naming_rule(operation_id: str, resource: str, expected: str) -> None:
    assert method_name(operation_id, resource) == expected


def test_every_override_is_used_somewhere() -> None:
    used = {
        f"{key.split(' ', 1)[0]} {blank_path(key.split(' ', 1)[1])}"
        for version in VERSIONS
        for key in _resources(version).RESOURCES
    }
    assert set(METHOD_OVERRIDES) <= used


#: Facade attributes that extend the resource of the same name (every one of its methods stays reachable
#: through them, tests/client/test_ai_content.py): ``client.ai_content`` adds ``sync``.
EXTENDED_RESOURCES = {"ai_content"}


def test_the_facade_keeps_its_own_attributes_apart_from_resources() -> None:
    """A resource named like a facade attribute would be hidden; none is (extensions aside)."""
    facade = {name for name in dir(Intercom) if not name.startswith("_")} - EXTENDED_RESOURCES
    for version in VERSIONS:
        names = set(_resources(version).CLASSES)
        assert not names & facade, version


def test_an_extended_resource_still_offers_every_generated_method() -> None:
    client = _client(Recorder(), version="2.14")
    for name in EXTENDED_RESOURCES:
        cls_name, _ = _resources("2.14").CLASSES[name]
        generated = importlib.import_module(f"intercom_v2_14.resources.{name}")
        for method in (m for m in vars(getattr(generated, cls_name)) if not m.startswith("_")):
            assert callable(getattr(getattr(client, name), method)), (name, method)


# --- request building, on a mock transport ---------------------------------------------------------------

Handler = Callable[[httpx.Request], httpx.Response]


def _client(handler: Handler, version: str = "2.14") -> Intercom:
    return Intercom(
        token="t",
        version=version,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        max_retries=0,
    )


class Recorder:
    def __init__(self, body: dict[str, Any] | None = None, status: int = 200) -> None:
        self.requests: list[httpx.Request] = []
        self.body = body if body is not None else {"type": "contact", "id": "c1", "email": "a@b.c"}
        self.status = status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body, headers={"X-Request-Id": "req-1"})

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@pytest.mark.parametrize("version", ["2.10", "2.14", "Preview"])
def test_get_sends_the_path_and_the_clients_version(version: str) -> None:
    wire = Recorder()
    contact = _client(wire, version).contacts.get("abc/1")
    assert wire.last.method == "GET" and wire.last.url.raw_path == b"/contacts/abc%2F1"
    assert wire.last.headers["Intercom-Version"] == version
    assert contact.id == "c1" and type(contact).__module__.startswith(_package(version) + ".models")


def test_create_from_keywords_a_model_or_a_dict() -> None:
    from intercom_v2_14.models import CreateContactRequest

    wire = Recorder()
    client = _client(wire)
    client.contacts.create(email="a@b.c", role="user")
    client.contacts.create(CreateContactRequest(email="a@b.c", role="user"))
    client.contacts.create({"email": "a@b.c", "role": "user"})
    bodies = [json.loads(r.content) for r in wire.requests]
    assert bodies == [{"email": "a@b.c", "role": "user"}] * 3
    assert {r.method for r in wire.requests} == {"POST"}


def test_body_and_keywords_together_is_refused_before_sending() -> None:
    from intercom_v2_14.models import CreateContactRequest

    wire = Recorder()
    with pytest.raises(TypeError, match="either the whole body"):
        _client(wire).contacts.create(CreateContactRequest(email="a@b.c"), role="user")
    assert wire.requests == []


def test_a_model_of_another_version_is_refused_never_sent_with_a_wrong_header() -> None:
    from intercom_v2_16.models import CreateContactRequest

    wire = Recorder()
    with pytest.raises(TypeError, match=r"intercom_v2_16.*intercom_v2_14"):
        _client(wire).contacts.create(CreateContactRequest(email="a@b.c"))  # type: ignore[arg-type]
    assert wire.requests == []


def test_update_and_attach_build_their_requests() -> None:
    wire = Recorder({"type": "company", "id": "co1", "name": "Acme"})
    client = _client(wire)
    client.contacts.update("c1", name="Ada", custom_attributes=None)
    assert (wire.last.method, wire.last.url.path) == ("PUT", "/contacts/c1")
    assert json.loads(wire.last.content) == {"name": "Ada", "custom_attributes": None}
    company = client.companies.attach_contact("c1", id="co1")
    assert (wire.last.method, wire.last.url.path) == ("POST", "/contacts/c1/companies")
    assert json.loads(wire.last.content) == {"id": "co1"}
    assert company.name == "Acme"


def test_per_call_options_reach_the_wire() -> None:
    wire = Recorder()
    _client(wire).contacts.create(
        email="a@b.c",
        extra_headers={"X-Trace": "t1"},
        extra_query={"dry_run": "1"},
        extra_body={"signed_up_at": 5},
        timeout=3.5,
    )
    request = wire.last
    assert request.headers["X-Trace"] == "t1"
    assert request.url.params["dry_run"] == "1"
    assert json.loads(request.content) == {"email": "a@b.c", "signed_up_at": 5}
    assert request.extensions["timeout"] == {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5}


def test_list_methods_return_typed_paginators_with_options_on_every_page() -> None:
    pages = [
        {"type": "list", "data": [{"id": "c1"}], "pages": {"next": {"starting_after": "x"}}},
        {"type": "list", "data": [{"id": "c2"}], "pages": {}},
    ]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=pages[len(seen) - 1])

    paginator = _client(handler).contacts.list(per_page=1, extra_headers={"X-Trace": "t"}, timeout=2.0)
    assert isinstance(paginator, ic.SyncPaginator)
    items = list(paginator)
    assert [c.id for c in items] == ["c1", "c2"] and type(items[0]).__name__ == "Contact"
    assert [r.url.params.get("starting_after") for r in seen] == [None, "x"]
    assert all(r.headers["X-Trace"] == "t" and r.url.params["per_page"] == "1" for r in seen)
    assert all(r.extensions["timeout"]["read"] == 2.0 for r in seen)


def test_search_takes_a_dict_query_and_keeps_per_page() -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        nxt = {"next": {"starting_after": "cur"}} if len(seen) == 1 else {}
        return httpx.Response(200, json={"type": "list", "data": [{"id": f"c{len(seen)}"}], "pages": nxt})

    query = {"field": "role", "operator": "=", "value": "user"}
    ids = [c.id for c in _client(handler).contacts.search(query, per_page=5)]
    assert ids == ["c1", "c2"]
    assert seen[0] == {"query": query, "pagination": {"per_page": 5}}
    assert seen[1] == {"query": query, "pagination": {"per_page": 5, "starting_after": "cur"}}
    with pytest.raises(ValueError, match="per_page"):
        _client(handler).contacts.search(query, per_page=500)


def test_with_raw_response_gives_status_headers_request_id_and_the_model() -> None:
    wire = Recorder()
    raw = _client(wire).contacts.with_raw_response.get("c1")
    assert isinstance(raw, ic.APIResponse)
    assert (raw.status_code, raw.request_id, raw.headers["x-request-id"]) == (200, "req-1", "req-1")
    assert raw.parse().id == "c1"
    with pytest.raises(TypeError, match="paginator"):
        _client(wire).contacts.with_raw_response.list()


def test_errors_are_the_facade_errors_never_an_error_model() -> None:
    wire = Recorder({"type": "error.list", "errors": [{"code": "not_found", "message": "x"}]}, status=404)
    with pytest.raises(ic.NotFoundError) as info:
        _client(wire).contacts.get("missing")
    assert info.value.codes == ["not_found"] and info.value.request_id == "req-1"


def test_unknown_resource_names_the_version() -> None:
    with pytest.raises(AttributeError, match=r"2\.7 has no resource 'brands'"):
        _client(Recorder(), "2.7").brands  # type: ignore[attr-defined]  # noqa: B018


def test_generated_client_repr_hides_the_token() -> None:
    from intercom_v2_14 import AuthenticatedClient

    assert "s3cret" not in repr(AuthenticatedClient(base_url="https://api.intercom.io", token="s3cret"))


@pytest.mark.anyio
async def test_async_methods_await_and_paginate() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/contacts":
            return httpx.Response(200, json={"type": "list", "data": [{"id": "c1"}], "pages": {}})
        return httpx.Response(200, json={"type": "contact", "id": "c1"})

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncIntercom(token="t", version="2.16", http_client=http) as client:
        contact = await client.contacts.get("c1", extra_headers={"X-A": "1"})
        assert contact.id == "c1" and seen[-1].headers["X-A"] == "1"
        assert [c.id async for c in client.contacts.list()] == ["c1"]
        raw = await client.contacts.with_raw_response.get("c1")
        assert raw.status_code == 200
    assert seen[0].headers["Intercom-Version"] == "2.16"


def test_every_version_has_its_typed_client_classes() -> None:
    """The per-version types of _versions.py and the overloads of _client.py list every version."""
    from pathlib import Path

    from intercom_client import _client, _versions
    from intercom_client._config import DEFAULT_VERSION

    versions_source = Path(_versions.__file__).read_text()
    client_source = Path(_client.__file__).read_text()
    for version in VERSIONS:
        suffix = version.replace(".", "_")
        assert f"class Intercom_{suffix}(Intercom, SyncResources_{suffix})" in versions_source
        assert f"class AsyncIntercom_{suffix}(AsyncIntercom, AsyncResources_{suffix})" in versions_source
        assert client_source.count(f'Literal["{version}"]') == 2, version
    assert client_source.count(f'version: Literal["{DEFAULT_VERSION}"] = "{DEFAULT_VERSION}"') == 2


def test_the_bridge_streams_a_generated_download_unread() -> None:
    """What downloads use: the generated endpoint's request, its body left to the caller."""
    from intercom_v2_14.api.data_export import download_data_export

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, content=b"\x1f\x8b...", headers={"Content-Type": "application/octet-stream"}
        )

    client = _client(handler)
    bridge = client._resource_client()
    with bridge.stream(download_data_export._get_kwargs("job1")) as response:
        assert response.read() == b"\x1f\x8b..."
    assert seen[0].url.path == "/download/content/data/job1"
    assert seen[0].headers["Accept"] == "application/octet-stream"
    # send: the same request, read, with the client's credentials and version header.
    assert bridge.send(download_data_export._get_kwargs("job2")).content == b"\x1f\x8b..."
    assert seen[1].url.path == "/download/content/data/job2"
    assert seen[1].headers["Authorization"].startswith("Bearer ") and seen[1].headers["Intercom-Version"]
    # stream_foreign: another host, through the same transport, with none of our headers.
    with bridge.stream_foreign(
        "https://files.example.com/f.gz?sig=1", accept="application/octet-stream"
    ) as r:
        assert r.read() == b"\x1f\x8b..."
    foreign = seen[2]
    assert str(foreign.url) == "https://files.example.com/f.gz?sig=1"
    assert "Authorization" not in foreign.headers and "Intercom-Version" not in foreign.headers
    assert foreign.headers["Accept"] == "application/octet-stream"


def test_a_body_field_called_body_is_a_keyword_and_the_whole_body_is_request_body() -> None:
    from intercom_v2_14.models import CreateNoteBody

    wire = Recorder({"type": "note", "id": "n1", "body": "<p>Hi</p>"})
    client = _client(wire)
    note = client.notes.create("c1", body="Hi", admin_id="a1")
    assert json.loads(wire.last.content) == {"body": "Hi", "admin_id": "a1"} and note.id == "n1"
    client.notes.create("c1", request_body=CreateNoteBody(body="Hi"))
    assert json.loads(wire.last.content) == {"body": "Hi"}
    assert wire.last.url.path == "/contacts/c1/notes"
