"""Every documented operation is served: none answers a route miss or 405, and every hand-written
endpoint is an operation of some described version."""

from __future__ import annotations

import re

import pytest

from intercom_codegen.spec import load_overlaid
from intercom_sandbox import coverage, registry, versions
from intercom_sandbox.server import SandboxHandle

METHODS = ("get", "post", "put", "delete", "patch")


def _operations(version: str) -> list[tuple[str, str]]:
    doc = load_overlaid(versions.spec_version(version))
    return [(m.upper(), p) for p, item in doc["paths"].items() for m in METHODS if m in item]


@pytest.mark.parametrize("version", ["2.14", "2.16", "Preview"])
def test_every_documented_operation_is_routed(sandbox: SandboxHandle, version: str) -> None:
    """Placeholder ids and an empty body: a missing object or a refused body is fine, a missing route
    or a 405 is not, and nothing answers 5xx."""
    operations = _operations(version)
    assert len(operations) > 100
    failures = []
    with sandbox.client() as api:
        api.headers["Intercom-Version"] = version
        for method, template in operations:
            path = re.sub(r"\{[^}]+\}", "123", template)
            response = api.request(method, path, json={} if method in ("POST", "PUT", "PATCH") else None)
            if (
                response.status_code in (405, 501)
                or response.status_code >= 500
                or response.headers.get("x-sandbox-route") == "miss"
            ):
                failures.append((method, template, response.status_code, response.text[:200]))
    assert failures == []


def test_hand_written_endpoints_are_documented_operations() -> None:
    documented: dict[tuple[str, str], list[str]] = {}
    for version in (*versions.DESCRIBED, "0"):
        doc = load_overlaid(version)
        for path, item in doc["paths"].items():
            for method in METHODS:
                if method in item:
                    documented.setdefault((method.upper(), registry.shape(path)), []).append(version)
    undocumented = [key for key in registry.endpoints() if key not in documented]
    assert undocumented == []
    assert len(registry.endpoints()) >= 40


def test_wrong_method_on_a_documented_path_is_405_with_allow(sandbox: SandboxHandle) -> None:
    with sandbox.client() as api:
        response = api.patch("/contacts")
    assert response.status_code == 405
    assert set(response.headers["allow"].split(", ")) == {"GET", "POST"}
    assert response.json()["type"] == "error.list"


def test_unknown_path_is_a_route_miss(sandbox: SandboxHandle) -> None:
    with sandbox.client() as api:
        response = api.get("/no/such/route")
    assert response.status_code == 404
    assert response.headers["x-sandbox-route"] == "miss"
    assert response.json()["errors"][0]["code"] == "not_found"


def test_a_literal_path_is_not_read_as_an_id(sandbox: SandboxHandle) -> None:
    """GET /articles/search is its own operation (2.14+), not the article with id "search"."""
    with sandbox.client() as api:
        response = api.get("/articles/search", params={"phrase": "x"})
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("version", ["2.14", "2.15", "2.16", "Preview"])
def test_nothing_is_501_from_2_14(version: str) -> None:
    served = coverage.how_served(version)
    assert len(served) == len(_operations(version))
    assert [label for label, how in served.items() if how == "501"] == []
    assert sum(how == "hand-written" for how in served.values()) >= 60
