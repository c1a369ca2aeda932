"""The search query language of POST /contacts/search, /conversations/search and /tickets/search.

A reasonable subset of Intercom's: a filter is ``{field, operator, value}``, a group is
``{operator: AND|OR, value: [filters or groups]}`` (groups nest). Fields are dotted paths into the
rendered object (``custom_attributes.plan``, ``source.author.id``), plus a few documented aliases such as
``contact_ids`` and ``tag_ids``. Comparisons coerce the filter value to the field's type, because the
API takes timestamps as strings (``"value": "1306054154"`` in the spec's own example).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .errors import ApiError
from .pagination import check_per_page, cursor_page

FIELD_OPERATORS = {"=", "!=", "IN", "NIN", "<", "<=", ">", ">=", "~", "!~", "^", "$"}
GROUP_OPERATORS = {"AND", "OR"}
#: The search operations' own description ("Nesting & Limitations"): "There's a limit of max 2 nested
#: filters" and "a limit of max 15 filters for each AND or OR group", e.g. (1 OR 2) AND (3 OR 4).
MAX_DEPTH = 2
MAX_GROUP_FILTERS = 15
#: Values of one IN/NIN filter: no documented limit; the sandbox's own bound, so that one request cannot
#: keep the server busy comparing every object with a huge list.
MAX_IN_VALUES = 1000

Aliases = Mapping[str, Callable[[dict[str, Any]], Any]]


def _invalid(message: str) -> ApiError:
    return ApiError(400, "invalid_field", message)


def lookup(obj: dict[str, Any], field: str, aliases: Aliases) -> Any:
    """Value of ``field`` in ``obj``: an alias, or a dotted path (missing -> None)."""
    if field in aliases:
        return aliases[field](obj)
    value: Any = obj
    for part in field.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _coerce(target: Any, value: Any) -> Any:
    """Bring a filter value to the type of the stored one (strings vs numbers vs booleans)."""
    if isinstance(target, bool):
        if isinstance(value, str):
            return value.lower() == "true"
        return bool(value)
    if isinstance(target, int | float) and isinstance(value, str):
        try:
            return float(value) if "." in value else int(value)
        except ValueError:
            return value
    if isinstance(target, str) and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


def _compare(actual: Any, operator: str, value: Any) -> bool:
    if isinstance(actual, list):
        # List-valued fields (tag_ids, contact_ids): "=" means "contains", "!=" "does not contain".
        if operator in ("=", "IN"):
            wanted = value if isinstance(value, list) else [value]
            return any(_compare(a, "=", w) for a in actual for w in wanted)
        if operator in ("!=", "NIN"):
            return not _compare(actual, "=" if operator == "!=" else "IN", value)
        return any(_compare(a, operator, value) for a in actual)
    if operator in ("IN", "NIN"):
        if not isinstance(value, list):
            raise _invalid(f"{operator} requires an array value")
        found = any(_compare(actual, "=", v) for v in value)
        return found if operator == "IN" else not found
    value = _coerce(actual, value)
    if operator == "=":
        return bool(actual == value)
    if operator == "!=":
        return bool(actual != value)
    if actual is None or value is None:
        return False
    if operator in ("<", "<=", ">", ">="):
        try:
            if operator == "<":
                return bool(actual < value)
            if operator == "<=":
                return bool(actual <= value)
            if operator == ">":
                return bool(actual > value)
            return bool(actual >= value)
        except TypeError:
            return False
    text, needle = str(actual).lower(), str(value).lower()
    if operator == "~":
        return needle in text
    if operator == "!~":
        return needle not in text
    if operator == "^":
        return text.startswith(needle)
    return text.endswith(needle)  # "$"


def check_limits(body: Any) -> None:
    """Refuse a search body past the documented limits before anything else reads it (validating 5,000
    filters against the schema alone would keep the server busy for seconds)."""
    query = body.get("query") if isinstance(body, dict) else None
    stack: list[tuple[Any, int]] = [(query, 0)]
    while stack:
        node, depth = stack.pop()
        if not isinstance(node, dict) or "field" in node or node.get("operator") not in GROUP_OPERATORS:
            continue
        members = node.get("value")
        if not isinstance(members, list):
            continue
        if len(members) > MAX_GROUP_FILTERS:
            raise _invalid(f"A search group may hold at most {MAX_GROUP_FILTERS} filters, got {len(members)}")
        if depth >= MAX_DEPTH:
            raise _invalid(f"Search queries may nest at most {MAX_DEPTH} levels of filters")
        stack.extend((member, depth + 1) for member in members)


def compile_query(
    query: Any, aliases: Aliases | None = None, depth: int = 0
) -> Callable[[dict[str, Any]], bool]:
    """A predicate for ``query``, or a 400 for a malformed one (checked before any object is read)."""
    aliases = aliases or {}
    if not isinstance(query, dict):
        raise _invalid("query must be an object")
    operator = query.get("operator")
    if operator in GROUP_OPERATORS and "field" not in query:
        if depth >= MAX_DEPTH:
            raise _invalid(f"Search queries may nest at most {MAX_DEPTH} levels of filters")
        members = query.get("value")
        if not isinstance(members, list) or not members:
            raise _invalid(f"{operator} requires a non-empty array of filters")
        if len(members) > MAX_GROUP_FILTERS:
            raise _invalid(f"A search group may hold at most {MAX_GROUP_FILTERS} filters, got {len(members)}")
        predicates = [compile_query(m, aliases, depth + 1) for m in members]
        if operator == "AND":
            return lambda obj: all(p(obj) for p in predicates)
        return lambda obj: any(p(obj) for p in predicates)
    field = query.get("field")
    if not isinstance(field, str) or not field:
        raise _invalid("field is required in a search filter")
    if operator not in FIELD_OPERATORS:
        raise _invalid(f"operator {operator!r} is not supported")
    if "value" not in query:
        raise _invalid("value is required in a search filter")
    value = query["value"]
    if isinstance(value, list) and len(value) > MAX_IN_VALUES:
        raise _invalid(f"A search filter may list at most {MAX_IN_VALUES} values")

    def predicate(obj: dict[str, Any]) -> bool:
        return _compare(lookup(obj, field, aliases), operator, value)

    return predicate


def search_page(
    data: dict[str, Any], items: Sequence[dict[str, Any]], aliases: Aliases, default_per_page: int
) -> tuple[list[dict[str, Any]], dict[str, Any], int]:
    """POST .../search: filter with the query language, then cursor-paginate via the body.

    ``pagination.page`` is accepted and ignored, as on the real API (Intercom-OpenAPI #98).
    """
    if "query" not in data:
        raise ApiError(400, "bad_request", "'query' is a required parameter", field="query")
    predicate = compile_query(data["query"], aliases)
    pagination = data.get("pagination") or {}
    if not isinstance(pagination, dict):
        raise ApiError(400, "parameter_invalid", "pagination must be an object", field="pagination")
    per_page = check_per_page(pagination.get("per_page"), default_per_page)
    starting_after = pagination.get("starting_after")
    matches = [item for item in items if predicate(item)]
    page = cursor_page(matches, per_page, starting_after if isinstance(starting_after, str) else None)
    return list(page.items), page.pages, page.total_count
