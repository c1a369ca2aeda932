"""A generated operation found from a method and a concrete path, and its arguments built from strings.

Used where the caller speaks HTTP rather than Python (``intercom api GET /contacts/123``): the path is
matched against the version's ``api.OPERATIONS`` templates (``/contacts/{contact_id}``), and the
request is then built by that operation's generated ``_get_kwargs`` like every other request of the
facade, so the version header, the path quoting and the ``Accept`` of downloads are the generated
code's. Query values arrive as strings and are converted to what the signature declares (``int``,
``bool``, ``float``); a body is checked by the operation's request model.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any
from urllib.parse import unquote

__all__ = ["OperationCall", "OperationNotFound", "endpoint_by_shape", "find_operation"]


class OperationNotFound(LookupError):
    """No operation of the version has this method and path (the message lists close candidates)."""


@dataclass(frozen=True)
class OperationCall:
    """One operation and the values the caller gave for it.

    Attributes:
        key: ``"GET /contacts/{contact_id}"`` as in ``api.OPERATIONS``.
        module: the generated endpoint module.
        path_values: the concrete path segments for the template's variables, in order.
    """

    key: str
    module: ModuleType
    path_values: tuple[str, ...]

    def arguments(
        self, query: Mapping[str, str], body: object | None
    ) -> tuple[dict[str, Any], dict[str, str]]:
        """``(keyword arguments for _get_kwargs, query parameters to add as they are)``.

        Path variables and query parameters the signature declares become typed arguments; a query
        parameter it does not declare is sent unchanged (the descriptions miss some, e.g. pagination
        cursors of older versions). ``body`` goes through the request model (``from_dict``), so a body
        the spec forbids fails here, before any request.
        """
        signature = inspect.signature(self.module._get_kwargs, eval_str=True)
        positional = [
            p for p in signature.parameters.values() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        ]
        kwargs: dict[str, Any] = {p.name: v for p, v in zip(positional, self.path_values, strict=True)}
        extra: dict[str, str] = {}
        for name, value in query.items():
            parameter = signature.parameters.get(name)
            if parameter is None or parameter.kind is not inspect.Parameter.KEYWORD_ONLY or name == "body":
                extra[name] = value
            else:
                kwargs[name] = _convert(value, parameter.annotation, name)
        if "body" in signature.parameters:
            if body is not None:
                kwargs["body"] = _model_of(signature.parameters["body"].annotation).from_dict(body)
            elif signature.parameters["body"].default is inspect.Parameter.empty:
                raise ValueError(f"{self.key} needs a request body")
        elif body is not None:
            raise ValueError(f"{self.key} takes no request body")
        missing = [
            p.name
            for p in signature.parameters.values()
            if p.default is inspect.Parameter.empty and p.name not in kwargs and p.name != "body"
        ]
        if missing:
            raise ValueError(f"{self.key} needs the query parameter(s) {', '.join(missing)}")
        return kwargs, extra


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]*\})", template)
    regex = "".join("([^/]+)" if p.startswith("{") else re.escape(p) for p in parts if p)
    return re.compile(regex + "/?")


def _shape(operation: str) -> str:
    """``"GET /jobs/status/{}"`` for ``"GET /jobs/status/{job_id}"``: path variable names drift by version."""
    return re.sub(r"\{[^}]*\}", "{}", operation)


@functools.cache
def _modules_by_shape(package: str) -> dict[str, str]:
    """``api.OPERATIONS`` keyed by shape (the first operation of a shape wins), built once per package."""
    table: Mapping[str, str] = importlib.import_module(f"{package}.api").OPERATIONS
    index: dict[str, str] = {}
    for key, dotted in table.items():
        index.setdefault(_shape(key), dotted)
    return index


def endpoint_by_shape(package: str, operation: str) -> ModuleType | None:
    """The endpoint module of ``"METHOD /path/{any_name}"`` in ``package``, or None if it has none.

    For the flows that name operations across versions (exports, AI Content sync), whose path variable
    names differ between versions (``{id}`` / ``{job_id}``).
    """
    dotted = _modules_by_shape(package).get(_shape(operation))
    return None if dotted is None else importlib.import_module(f"{package}.api.{dotted}")


def find_operation(package: str, method: str, path: str) -> OperationCall:
    """The operation of ``package`` (e.g. ``intercom_v2_14``) serving ``METHOD path``.

    A literal segment beats a variable (``/export/reporting_data/get_datasets`` is not the status of a
    job called ``get_datasets``).
    """
    table: Mapping[str, str] = importlib.import_module(f"{package}.api").OPERATIONS
    method = method.upper()
    path = "/" + path.split("?", 1)[0].strip("/")
    matches: list[tuple[int, str, tuple[str, ...]]] = []
    for key in table:
        key_method, template = key.split(" ", 1)
        if key_method != method:
            continue
        found = _pattern(template).fullmatch(path)
        if found:
            matches.append((template.count("{"), key, tuple(unquote(v) for v in found.groups())))
    if not matches:
        same_path = sorted(k for k in table if _pattern(k.split(" ", 1)[1]).fullmatch(path))
        hint = f"; this path takes {', '.join(k.split(' ', 1)[0] for k in same_path)}" if same_path else ""
        raise OperationNotFound(f"no operation {method} {path} in {package}{hint}")
    _, key, values = min(matches)
    module = importlib.import_module(f"{package}.api.{table[key]}")
    return OperationCall(key, module, values)


def _members(annotation: Any) -> tuple[Any, ...]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return typing.get_args(annotation)
    return (annotation,)


def _model_of(annotation: Any) -> Any:
    for member in _members(annotation):
        if hasattr(member, "from_dict"):
            return member
    raise ValueError("this operation's body is not a JSON object model")


def _convert(value: str, annotation: Any, name: str) -> Any:
    """A query string as the type the signature declares (str when it declares several or none)."""
    members = _members(annotation)
    for kind in (bool, int, float):
        if kind in members:
            try:
                if kind is bool:
                    if value.lower() not in ("true", "false", "1", "0"):
                        raise ValueError(value)
                    return value.lower() in ("true", "1")
                return kind(value)
            except ValueError:
                raise ValueError(f"query parameter {name} must be {kind.__name__}, got {value!r}") from None
    for member in members:
        if isinstance(member, type) and issubclass(member, str) and member is not str:
            return member(value)  # a generated str enum
    return value
