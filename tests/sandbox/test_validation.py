"""Requests are validated against the same (overlaid) spec the client is generated from."""

from __future__ import annotations

import httpx

from intercom_sandbox.server import SandboxHandle
from intercom_sandbox.validation import SpecValidator


def test_spec_source_is_reported(api: httpx.Client, sandbox: SandboxHandle) -> None:
    api.get("/contacts")
    sources = sandbox.state()["spec_sources"]
    assert sources["2.14"] == "overlaid"


def test_body_type_errors_are_400(api: httpx.Client) -> None:
    response = api.post("/contacts", json={"email": 42})
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["code"] == "parameter_invalid"
    assert error["field"] == "email"


def test_unknown_body_parameter_refused_where_the_api_refuses_it(api: httpx.Client) -> None:
    response = api.post("/companies", json={"test": "invalid"})  # the spec's own 400 example
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == "bad 'test' parameter"


def test_query_parameter_limits_from_the_spec(api: httpx.Client) -> None:
    response = api.get("/conversations", params={"per_page": "lots"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "per_page"


def test_required_query_parameter(api: httpx.Client, sandbox: SandboxHandle) -> None:
    start, end = sandbox.state()["messages_window"]
    job = api.post(
        "/export/reporting_data/enqueue",
        json={"dataset_id": "ticket", "attribute_ids": ["ticket_id"], "start_time": start, "end_time": end},
    ).json()
    response = api.get(f"/export/reporting_data/{job['job_identifier']}")
    assert response.status_code == 400
    assert "required parameter" in response.json()["errors"][0]["message"]


def test_route_missing_from_the_version_is_refused(api: httpx.Client) -> None:
    response = api.post(
        "/tickets/search",
        json={"query": {"field": "open", "operator": "=", "value": True}},
        headers={"Intercom-Version": "2.7"},
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "intercom_version_invalid"


def test_valid_requests_pass_and_create(api: httpx.Client) -> None:
    created = api.post("/contacts", json={"email": "new.person@example.test", "name": "New Person"})
    assert created.status_code == 200
    contact = created.json()
    assert contact["email"] == "new.person@example.test"
    assert api.get(f"/contacts/{contact['id']}").json()["name"] == "New Person"
    duplicate = api.post("/contacts", json={"email": "new.person@example.test"})
    assert duplicate.status_code == 409
    company = api.post("/companies", json={"company_id": "acme-1", "name": "Acme"}).json()
    updated = api.post("/companies", json={"company_id": "acme-1", "name": "Acme Ltd"}).json()
    assert company["id"] == updated["id"] and updated["name"] == "Acme Ltd"
    assert api.get("/companies", params={"company_id": "acme-1"}).json()["data"][0]["name"] == "Acme Ltd"


def test_openapi_nullable_becomes_json_schema_null() -> None:
    from intercom_sandbox.validation import to_json_schema

    schema = to_json_schema({"type": "string", "nullable": True, "enum": ["a"], "example": "a"}, "urn:x")
    assert schema == {"type": ["string", "null"], "enum": ["a", None]}
    ref = to_json_schema({"$ref": "#/components/schemas/x", "nullable": True}, "urn:x")
    assert ref == {"anyOf": [{"$ref": "urn:x#/components/schemas/x"}, {"type": "null"}]}
    assert SpecValidator().match("2.14", "get", "/companies/scroll") == "/companies/scroll"
