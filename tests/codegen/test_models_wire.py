"""Generated models tell the truth about the wire: unions by their discriminator, value-derived enum
names, exact round trips of free-form values, and object query parameters sent as their properties."""

from __future__ import annotations

import enum
import importlib
import re
from typing import Any

import httpx
import pytest

from intercom_codegen import checks, pin
from intercom_codegen.paths import GENERATED_DIR

from .conftest import PINS, VERSIONS, overlaid_spec


def test_every_member_of_every_response_union_parses_as_itself(version: pin.VersionPin) -> None:
    """A payload carrying each member's tag (on itself, or on the parent for event_details) parses as
    that member, wherever the union lives: a property, the items of one, or a response body."""
    count, failures = checks.check_unions(version.package, overlaid_spec(version.version))
    assert failures == []
    # 2.11 declares no union of components in its responses; the others do.
    assert count >= (0 if version.version == "2.11" else 2)


def test_an_unknown_tag_keeps_the_object_as_received() -> None:
    models = importlib.import_module("intercom_preview.models")
    part = models.ConversationPart.from_dict({"part_type": "brand_new_kind", "event_details": {"x": 1}})
    assert part.event_details == {"x": 1}
    assert part.to_dict()["event_details"] == {"x": 1}
    sla = models.ConversationPart.from_dict(
        {"part_type": "conversation_sla_paused", "event_details": {"sla_name": "a"}}
    )
    assert isinstance(sla.event_details, models.ConversationSlaPaused)


def test_no_enum_member_is_named_by_its_position(version: pin.VersionPin) -> None:
    assert checks.positional_enum_names(GENERATED_DIR / version.package) == []


def _enum_members(package: str) -> dict[tuple[str, str], str]:
    found = {}
    for path in sorted((GENERATED_DIR / package / "models").glob("*.py")):
        if path.stem == "__init__":
            continue
        module = importlib.import_module(f"{package}.models.{path.stem}")
        for name, value in vars(module).items():
            if (
                isinstance(value, type)
                and issubclass(value, enum.Enum)
                and value.__module__ == module.__name__
            ):
                found.update({(name, member.name): member.value for member in value})
    return found


def test_one_class_and_member_name_means_one_value_in_every_package() -> None:
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    clashes = []
    for version in VERSIONS:
        package = PINS.get(version).package
        for key, value in _enum_members(package).items():
            first = seen.setdefault(key, (package, value))
            if first[1] != value:
                clashes.append((key, first, (package, value)))
    assert len(seen) > 500
    assert clashes == []


def test_search_operators_have_word_names(version: pin.VersionPin) -> None:
    models = importlib.import_module(f"{version.package}.models")
    operator = models.SingleFilterSearchRequestOperator
    assert (operator.LTE, operator.GTE, operator.NE, operator.CONTAINS) == ("<=", ">=", "!=", "~")


def test_custom_attributes_round_trip_exactly(version: pin.VersionPin) -> None:
    """Date-looking custom attribute values are the customer's data: never parsed, re-emitted as sent."""
    models = importlib.import_module(f"{version.package}.models")
    values = {"a": "20240101", "b": "2024-W01", "c": "2024-01-01T00:00:00Z", "d": 1700000000, "e": "text"}
    contact = models.Contact.from_dict({"type": "contact", "custom_attributes": values})
    assert contact.to_dict()["custom_attributes"] == values


def test_get_events_sends_its_filter_form_exploded(version: pin.VersionPin) -> None:
    """`filter` is `style: form, explode: true`: `user_id=...`, not the repr of a dict."""
    module = checks.endpoint_module(version.package, "GET", "/events")
    models = importlib.import_module(f"{version.package}.models")
    (member,) = [
        name for name in dir(models) if name.endswith("UserIdQueryParameter") and "Intercom" not in name
    ]
    kwargs = module._get_kwargs(filter_=getattr(models, member).from_dict({"user_id": "u-1"}), type_="user")
    url = httpx.Request("GET", "https://api.intercom.io/events", params=kwargs["params"]).url
    assert url.params.get("user_id") == "u-1"
    assert "filter" not in url.params


def test_single_contact_responses_are_contacts(version: pin.VersionPin) -> None:
    """show/create/update/merge/find-by-external-id return a Contact subclass, extra fields typed."""
    contact_class = importlib.import_module(f"{version.package}.models").Contact
    checked = 0
    for method, path, status, _, value in checks.response_examples(overlaid_spec(version.version)):
        if status == 200 and (
            (path in ("/contacts", "/contacts/merge") and method == "POST")
            or (path in ("/contacts/{contact_id}", "/contacts/{id}") and method in ("GET", "PUT"))
        ):
            parsed = checks.parse_example(version.package, method, path, status, value)
            assert isinstance(parsed, contact_class), (method, path)
            checked += 1
    assert checked >= 3


def test_response_attributes_read_none_and_remember_what_was_received(version: pin.VersionPin) -> None:
    """Absent and null both read None (one narrowing, not two); `received_keys` tells them apart and
    to_dict() emits exactly the keys that came in."""
    models = importlib.import_module(f"{version.package}.models")
    contact = models.Contact.from_dict({"id": "1", "email": None})
    assert (contact.email, contact.name) == (None, None)
    assert set(contact.received_keys) == {"id", "email"}
    assert contact.to_dict() == {"id": "1", "email": None}
    contact.name = "Ada"
    assert contact.to_dict() == {"id": "1", "email": None, "name": "Ada"}
    assert set(models.Contact().received_keys) == set()


def test_a_request_missing_every_required_group_fails_before_sending(version: pin.VersionPin) -> None:
    """`create_contact_request` needs email, external_id or role (its anyOf of `required`)."""
    models = importlib.import_module(f"{version.package}.models")
    with pytest.raises(ValueError, match="email, or external_id, or role"):
        models.CreateContactRequest().to_dict()
    assert models.CreateContactRequest(email="a@example.com").to_dict() == {"email": "a@example.com"}


#: Single-object endpoints and the component class their 200 response is (or subclasses), by the
#: object's JSON `type`: (methods, path pattern, class name, type value).
SINGLE_OBJECT_ENDPOINTS = [
    ({"POST"}, r"/contacts(/merge)?", "Contact", "contact"),
    ({"GET", "PUT"}, r"/contacts/\{[^}]+\}", "Contact", "contact"),
    ({"POST"}, r"/companies", "Company", "company"),
    ({"GET", "PUT"}, r"/companies/\{[^}]+\}", "Company", "company"),
    ({"GET", "PUT"}, r"/conversations/\{[^}]+\}", "Conversation", "conversation"),
    ({"POST"}, r"/conversations/\{[^}]+\}/reply", "Conversation", "conversation"),
    ({"POST"}, r"/tickets", "Ticket", "ticket"),
    ({"GET", "PUT"}, r"/tickets/\{[^}]+\}", "Ticket", "ticket"),
    ({"POST"}, r"/articles", "Article", "article"),
    ({"GET", "PUT"}, r"/articles/\{[^}]+\}", "Article", "article"),
    ({"GET"}, r"/admins/\{[^}]+\}", "Admin", "admin"),
    ({"PUT"}, r"/admins/\{[^}]+\}/away", "Admin", "admin"),
]


def test_single_object_responses_are_their_component(version: pin.VersionPin) -> None:
    """The contact (company, conversation, ticket, article, admin) one endpoint returns is the same
    class as everywhere else, or a subclass of it: for each spec example and a minimal object."""
    models = importlib.import_module(f"{version.package}.models")
    doc = overlaid_spec(version.version)
    examples: dict[tuple[str, str], list[Any]] = {}
    for method, path, status, _, value in checks.response_examples(doc):
        if status == 200:
            examples.setdefault((method, path), []).append(value)
    checked: set[str] = set()
    for path, item in doc["paths"].items():
        for method in item:
            for methods, pattern, class_name, kind in SINGLE_OBJECT_ENDPOINTS:
                if method.upper() not in methods or not re.fullmatch(pattern, path):
                    continue
                for value in [{"type": kind, "id": "1"}, *examples.get((method.upper(), path), [])]:
                    parsed = checks.parse_example(version.package, method.upper(), path, 200, value)
                    assert isinstance(parsed, getattr(models, class_name)), (method, path, type(parsed))
                checked.add(class_name)
    # Every version has the contact, company, ticket (2.9+), article and admin create or show endpoints.
    assert {"Contact", "Company", "Article"} <= checked
