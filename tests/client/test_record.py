"""The facade's internal records keep the value semantics they had as dataclasses."""

from __future__ import annotations

import pytest

from intercom_client._config import ClientConfig
from intercom_client._retry import RetryPolicy
from intercom_client.pagination import PageRequest


def test_frozen_record_equality_hash_repr_and_replace() -> None:
    a = PageRequest("GET", "/contacts", params={"per_page": 5})
    b = PageRequest("GET", "/contacts", params={"per_page": 5})
    assert a == b
    assert a != PageRequest("GET", "/companies", params={"per_page": 5})
    assert a.headers == {} and a.json is None and a.timeout is None
    assert (
        repr(a)
        == "PageRequest(method='GET', url='/contacts', params={'per_page': 5}, json=None, headers={}, timeout=None)"
    )
    moved = a.replace(url="/contacts/search", json={"query": {}})
    assert (moved.method, moved.url, moved.json) == ("GET", "/contacts/search", {"query": {}})
    assert a.url == "/contacts"  # the original is untouched
    with pytest.raises(AttributeError):
        a.url = "/elsewhere"
    with pytest.raises(AttributeError):
        del a.url


def test_frozen_record_is_hashable_when_its_values_are() -> None:
    config = ClientConfig("tok", "2.14", "https://api.intercom.io", 30.0, 2, False)
    same = ClientConfig("tok", "2.14", "https://api.intercom.io", 30.0, 2, False)
    assert hash(config) == hash(same)
    assert {config, same} == {config}
    assert "tok" not in repr(config)  # its own repr: the token never appears


def test_mutable_record_compares_by_value_and_is_unhashable() -> None:
    policy = RetryPolicy(max_retries=3)
    assert policy == policy.replace()
    assert policy.replace(max_retries=1).max_retries == 1
    policy.max_retries = 4  # tests patch jitter/clock on live clients
    assert policy.max_retries == 4
    assert policy != RetryPolicy(max_retries=3)
    with pytest.raises(TypeError):
        hash(policy)
