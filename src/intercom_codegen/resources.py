"""Typed resources for the facade: one method per operation, written into ``<package>/resources/``.

Runs after openapi-python-client, on what it wrote: each endpoint module's ``_get_kwargs`` (path, query
and body parameters with their annotations) and ``_parse_response`` (the type of each 2xx answer), and
the models' fields (a page model has ``pages`` and a list of items; a body model's fields become
keyword arguments). So a resource method always matches the endpoint it calls, whatever the models
look like after a regeneration.

Naming, one rule for every version (docs/facade.md "Resources"):

* resource = the operation's tag (``contacts``), except the tags listed in :data:`TAG_RESOURCES`;
* method = the operationId in snake case, minus the resource's own noun (``show_contact`` ->
  ``show``), minus filler words (``a``, ``all``...; ``for``/``to``/``from``... at the end), with the
  verbs ``show``/``retrieve``/``find`` read as ``get``: ``show_contact`` -> ``contacts.get``,
  ``list_companies_for_a_contact`` -> ``contacts.list_companies``, ``attach_tag_to_contact`` ->
  ``tags.attach_to_contact``;
* :data:`METHOD_OVERRIDES` (keyed by "METHOD /path" with parameter names blanked, so one entry
  covers every version), then an ``x-intercom-method: resource.method`` extension on the operation
  (set by an overlay), win over the rule;
* a path parameter is named for its collection (``{id}`` after ``/contacts`` is ``contact_id``), so
  the same method takes the same keyword in every version although the wire name differs.

A collision (two operations of one version with the same ``resource.method``) fails the build.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from intercom_codegen.paths import TEMPLATES_DIR

__all__ = ["METHOD_OVERRIDES", "TAG_RESOURCES", "ResourceError", "method_name", "write_resources"]

#: Tags whose operations belong to another resource (Preview splits conversations into three tags;
#: every other version keeps them under ``conversations``, and the method must not move).
TAG_RESOURCES: dict[str, str] = {
    "conversation_parts": "conversations",
    "conversation_participants": "conversations",
}

#: "METHOD /path" (parameter names blanked to ``{}``) -> method name, where the rule reads badly or
#: collides. Keyed by path so that one entry holds in every version, whatever the operationId.
METHOD_OVERRIDES: dict[str, str] = {
    # GET /companies finds one company by name or company_id; /companies/{id} is the plain get.
    "GET /companies": "find",
    "GET /companies/{}": "get",
    "POST /companies/list": "list",
    "GET /companies/scroll": "scroll",
    "GET /companies/{}/notes": "list_for_company",
    "POST /companies/{}/notes": "create_for_company",
    "GET /contacts/{}/notes": "list",
    "POST /contacts/{}/notes": "create",
    "POST /events/summaries": "create_summaries",
    # 2.15 names it get_..._by_external_id, later versions list_...: the same operation.
    "GET /custom_object_instances/{}": "get_by_external_id",
    "GET /messages/status": "get_status",
    "GET /messages/whatsapp/status": "get_whatsapp_status",
    "GET /jobs/status/{}": "get_status",
    "GET /contacts/{}/banners": "list_for_contact",
    "POST /contacts/{}/banners/{}/dismiss": "dismiss_for_contact",
    "DELETE /contacts/{}/subscriptions/{}": "detach_from_contact",
    "POST /phone_call_redirects": "create",
}

#: (path with parameter names blanked, position) -> name, where the collection segment does not name
#: the parameter (``/jobs/status/{id}``) or where newer versions renamed it (2.14 calls 2.12's
#: ``/ai/external_pages/{id}`` ``{page_id}``: the newer name is kept for every version).
PARAM_OVERRIDES: dict[tuple[str, int], str] = {
    ("/jobs/status/{}", 0): "job_id",
    ("/ai/content_import_sources/{}", 0): "source_id",
    ("/ai/external_pages/{}", 0): "page_id",
    ("/custom_object_instances/{}/{}", 1): "custom_object_instance_id",
}

_FILLERS = {"a", "an", "the", "all"}
_TRAILING = {"for", "to", "from", "by", "of", "with", "over"}
_VERBS = {"show": "get", "retrieve": "get", "find": "get", "lis": "list"}
#: Names a generated method must not take: the per-call options every method has.
_RESERVED = {"self", "extra_headers", "extra_query", "extra_body", "timeout", "max_items", "raw", "restart"}


class ResourceError(Exception):
    """The operations of a version cannot be turned into resources (a name collision)."""


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "us", "ss")):
        return word[:-2] if word.endswith("sses") else word
    if word.endswith("s"):
        return word[:-1]
    return word


def _noun_forms(resource: str) -> list[list[str]]:
    words = resource.split("_")
    forms = {tuple(words), tuple(_singular(w) for w in words)}
    forms.add((*words[:-1], _singular(words[-1])))
    forms.add((*(_singular(w) for w in words[:-1]), words[-1]))
    return sorted((list(f) for f in forms), key=lambda f: (-len(f), f))


def method_name(operation_id: str, resource: str) -> str:
    """The rule of the module docstring, without the override table."""
    words = operation_id.split("_")
    for form in _noun_forms(resource):
        n = len(form)
        for i in range(len(words) - n + 1):
            if words[i : i + n] == form and (i > 0 or len(words) > n):
                words = words[:i] + words[i + n :]
                break
    words = [w for w in words if w not in _FILLERS]
    while len(words) > 1 and words[-1] in _TRAILING:
        words.pop()
    if words:
        words[0] = _VERBS.get(words[0], words[0])
    return "_".join(words) or "call"


def blank_path(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def canonical_params(path: str, wire_names: list[str]) -> dict[str, str]:
    """Wire python name -> the name the resource method takes (see the module docstring)."""
    segments = path.strip("/").split("/")
    result: dict[str, str] = {}
    index = 0
    for position, segment in enumerate(segments):
        m = re.fullmatch(r"\{([^}]+)\}", segment)
        if not m:
            continue
        wire = _snake(m.group(1))
        override = PARAM_OVERRIDES.get((blank_path(path), index))
        previous = segments[position - 1] if position else ""
        if override:
            name = override
        elif wire == "id" and previous and not previous.startswith("{"):
            name = _singular(previous) + "_id"
        else:
            name = wire
        result[wire] = name
        index += 1
    return {w: result.get(w, w) for w in wire_names}


# --- reading the generator's output ------------------------------------------------------------------


@dataclass
class Param:
    name: str  # the method's parameter name
    wire: str  # _get_kwargs' parameter name
    annotation: str
    default: str | None = None  # source text; None = required


@dataclass
class BodyField:
    name: str
    annotation: str
    required: bool


@dataclass
class Operation:
    key: str  # "METHOD /path"
    module: str  # "contacts.show_contact"
    resource: str
    method: str
    summary: str
    path_params: list[Param]
    query_params: list[Param]
    body: str | None  # the body annotation without "| Unset"
    body_model: str | None  # the model class when the body is exactly one model
    body_required: bool = False
    body_param: str = "body"  # the method's name for the whole body (the model or a dict)
    body_fields: list[BodyField] = field(default_factory=list)
    search_query: str = ""  # the annotation of a search body's ``query``
    returns: str = "None"
    page_item: str | None = None  # item annotation when the 2xx answer is a page
    search: bool = False  # body {query, pagination}: takes a query and per_page
    scroll: bool = False
    names: set[str] = field(default_factory=set)  # model/enum names used in annotations


_NAME = re.compile(r"\b([A-Z][A-Za-z0-9_]*)\b")
_BUILTIN_TYPES = {"Any", "Unset", "UNSET", "File", "None", "Mapping", "True", "False"}


class _Models:
    """Model class name -> (field list) from ``models/*.py``, parsed on demand."""

    def __init__(self, models_dir: Path) -> None:
        self.dir = models_dir
        self.files: dict[str, Path] = {}
        for path in sorted(models_dir.glob("*.py")):
            for m in re.finditer(r"^class (\w+)\b", path.read_text(encoding="utf-8"), re.M):
                self.files[m.group(1)] = path
        self._cache: dict[str, list[BodyField] | None] = {}

    def fields(self, name: str) -> list[BodyField] | None:
        """The attrs fields of model ``name`` (``None`` when it is not an attrs model)."""
        if name in self._cache:
            return self._cache[name]
        path = self.files.get(name)
        found: list[BodyField] | None = None
        if path is not None:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in tree.body:
                if isinstance(node, ast.ClassDef) and node.name == name:
                    is_attrs = any("define" in ast.unparse(d) for d in node.decorator_list)
                    if not is_attrs:
                        break
                    found = []
                    for stmt in node.body:
                        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                            if stmt.target.id == "additional_properties":
                                continue
                            found.append(
                                BodyField(stmt.target.id, ast.unparse(stmt.annotation), stmt.value is None)
                            )
        self._cache[name] = found
        return found


def _split_union(annotation: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in annotation:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    parts.append(current.strip())
    return [p for p in parts if p]


def _docstring_summary(module: ast.Module, func: ast.FunctionDef) -> str:
    """The operation's summary: the endpoint module's docstring, else ``sync_detailed``'s."""
    doc = ast.get_docstring(module) or ast.get_docstring(func) or ""
    first = doc.strip().splitlines()[0].strip() if doc.strip() else ""
    return first.replace('"""', "'")


def _returns(parse: ast.FunctionDef) -> str:
    """The 2xx answer's type, from the generated ``_parse_response`` branches."""
    declared = [m for m in _split_union(ast.unparse(parse.returns)) if m not in ("None", "Error")]
    found: list[str] = []
    for stmt in parse.body:
        if not (isinstance(stmt, ast.If) and isinstance(stmt.test, ast.Compare)):
            continue
        comparator = stmt.test.comparators[0]
        if not (isinstance(comparator, ast.Constant) and isinstance(comparator.value, int)):
            continue
        if not 200 <= comparator.value < 300:
            continue
        kind = None
        for inner in stmt.body:
            if isinstance(inner, ast.FunctionDef) and inner.returns is not None:
                kind = ast.unparse(inner.returns)
                break
            if isinstance(inner, ast.Assign):
                value = inner.value
                text = ast.unparse(value)
                if isinstance(value, ast.Call) and text.endswith(".from_dict(response.json())"):
                    kind = text.split(".from_dict", 1)[0]
                elif text.startswith("cast(Any, None)"):
                    kind = "None"
                elif text == "response.text":
                    kind = "str"
                elif text.startswith("File("):
                    kind = "File"
                elif text == "[]":
                    kind = next((m for m in declared if m.startswith("list[")), "Any")
                elif text == "response.json()":
                    kind = "Any"
                if kind is not None:
                    break
        found.append(kind or "Any")
    members: list[str] = []
    for kind in found:
        for member in _split_union(kind):
            if member not in members and member != "Error":
                members.append(member)
    if len(members) > 1 and "None" in members:
        members.remove("None")
        members.append("None")
    return " | ".join(members) or "None"


def _page_item(models: _Models, returns: str) -> str | None:
    """The item annotation when ``returns`` is one page model (a ``pages`` field and a list)."""
    fields = models.fields(returns) if _NAME.fullmatch(returns) else None
    if not fields:
        return None
    names = {f.name for f in fields}
    if "pages" not in names and "scroll_param" not in names:
        return None
    for f in fields:
        m = re.search(r"list\[([A-Za-z_][A-Za-z0-9_]*(?: \| [A-Za-z_][A-Za-z0-9_]*)*)\]", f.annotation)
        if m:
            return m.group(1)
    return None


def _read_operations_table(api_init: Path) -> dict[str, str]:
    tree = ast.parse(api_init.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "OPERATIONS":
            value = ast.literal_eval(node.value)  # type: ignore[arg-type]
            return dict(value)
    raise ResourceError(f"{api_init} has no OPERATIONS table")


def collect(package_dir: Path, doc: Mapping[str, Any]) -> list[Operation]:
    """Every operation of the package, named and typed (see the module docstring)."""
    models = _Models(package_dir / "models")
    table = _read_operations_table(package_dir / "api" / "__init__.py")
    operations: list[Operation] = []
    for key, dotted in table.items():
        method, path = key.split(" ", 1)
        tag, module_name = dotted.split(".")
        source = (package_dir / "api" / tag / f"{module_name}.py").read_text(encoding="utf-8")
        tree = ast.parse(source)
        funcs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
        get_kwargs, parse, sync = funcs["_get_kwargs"], funcs["_parse_response"], funcs["sync_detailed"]
        resource = TAG_RESOURCES.get(tag, tag)
        spec_op = (doc.get("paths", {}).get(path) or {}).get(method.lower()) or {}
        explicit = spec_op.get("x-intercom-method")
        if explicit:
            resource, name = str(explicit).split(".", 1)
        else:
            name = METHOD_OVERRIDES.get(f"{method} {blank_path(path)}") or method_name(module_name, resource)
        wire_positional = [a.arg for a in get_kwargs.args.args]
        names = canonical_params(path, wire_positional)
        path_params = [
            Param(names[a.arg], a.arg, ast.unparse(a.annotation) if a.annotation else "str")
            for a in get_kwargs.args.args
        ]
        query: list[Param] = []
        body = body_model = None
        body_required = False
        defaults = dict(
            zip(
                [a.arg for a in get_kwargs.args.kwonlyargs],
                [ast.unparse(d) if d is not None else None for d in get_kwargs.args.kw_defaults],
                strict=True,
            )
        )
        for a in get_kwargs.args.kwonlyargs:
            annotation = ast.unparse(a.annotation) if a.annotation else "Any"
            if a.arg == "intercom_version":
                continue  # the client sends its own version
            if a.arg == "body":
                body_required = defaults[a.arg] is None
                members = [m for m in _split_union(annotation) if m != "Unset"]
                body = " | ".join(members)
                if len(members) == 1 and models.fields(members[0]) is not None:
                    body_model = members[0]
                continue
            default = defaults[a.arg]
            if (
                default is not None
                and "Unset" in annotation
                and not set(_NAME.findall(default)) - _BUILTIN_TYPES
            ):
                # A literal default (``per_page=20``) is the server's own: send nothing unless asked.
                default = "UNSET"
            query.append(Param(a.arg, a.arg, annotation, default))
        returns = _returns(parse)
        op = Operation(
            key=key,
            module=dotted,
            resource=resource,
            method=name,
            summary=_docstring_summary(tree, sync),
            path_params=path_params,
            query_params=query,
            body=body,
            body_model=body_model,
            body_required=body_required,
            returns=returns,
        )
        op.page_item = _page_item(models, returns)
        op.scroll = op.page_item is not None and any(p.wire == "scroll_param" for p in query)
        if op.scroll:
            op.query_params = [p for p in query if p.wire != "scroll_param"]
        if body_model is not None:
            fields = models.fields(body_model) or []
            field_names = {f.name for f in fields}
            if op.page_item is not None and {"query", "pagination"} <= field_names:
                op.search = True
                op.search_query = (
                    next(f.annotation for f in fields if f.name == "query") + " | Mapping[str, Any]"
                )
            if "body" in field_names:  # an article's, message's or note's own ``body`` field
                op.body_param = "request_body"
            taken = {p.name for p in op.path_params} | {p.name for p in op.query_params} | _RESERVED
            taken |= {op.body_param, "query", "per_page"} if op.search else {op.body_param}
            if not op.search and not field_names & taken and all(f.name.isidentifier() for f in fields):
                op.body_fields = fields
        clash = {p.name for p in op.query_params} & ({p.name for p in op.path_params} | _RESERVED)
        if clash:
            raise ResourceError(f"{key}: query parameters {sorted(clash)} clash with method parameters")
        op.names = _names_used(op)
        operations.append(op)
    _check_collisions(operations)
    return operations


def _names_used(op: Operation) -> set[str]:
    texts = [p.annotation for p in op.path_params + op.query_params]
    texts += [f.annotation for f in op.body_fields]
    texts += [op.body or "", op.returns, op.page_item or "", op.search_query]
    found: set[str] = set()
    for text in texts:
        found.update(_NAME.findall(text))
    return found - _BUILTIN_TYPES


def _check_collisions(operations: Iterable[Operation]) -> None:
    seen: dict[tuple[str, str], str] = {}
    for op in operations:
        where = (op.resource, op.method)
        if where in seen:
            raise ResourceError(
                f"{op.key} and {seen[where]} are both {op.resource}.{op.method}: "
                "add one of them to METHOD_OVERRIDES (src/intercom_codegen/resources.py)"
            )
        seen[where] = op.key


# --- writing ----------------------------------------------------------------------------------------


def class_name(resource: str) -> str:
    return "".join(part.capitalize() for part in resource.split("_"))


def _builtin_safe(annotation: str) -> str:
    """Inside a class with a method called ``list``, ``list[...]`` would name the method."""
    return re.sub(r"(?<![\w.])(list|dict|type)\[", r"builtins.\1[", annotation)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR / "resources"),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["safe_type"] = _builtin_safe
    env.filters["class_name"] = class_name
    return env


def write_resources(package_dir: Path, doc: Mapping[str, Any], version: str) -> list[Operation]:
    """Write ``resources/__init__.py`` and one module per resource into ``package_dir``."""
    operations = collect(package_dir, doc)
    by_resource: dict[str, list[Operation]] = {}
    for op in operations:
        by_resource.setdefault(op.resource, []).append(op)
    env = _environment()
    out = package_dir / "resources"
    out.mkdir(exist_ok=True)
    for resource, ops in sorted(by_resource.items()):
        ops = sorted(ops, key=lambda o: o.method)
        runtime = sorted(
            {n for o in ops for p in o.query_params for n in _NAME.findall(p.default or "")} - _BUILTIN_TYPES
        )
        names = sorted(set().union(*(o.names for o in ops)) - set(runtime))
        for is_async, suffix in ((False, ""), (True, "_async")):
            text = env.get_template("resource.py.jinja").render(
                resource=resource,
                operations=ops,
                names=names,
                runtime_names=runtime,
                version=version,
                is_async=is_async,
            )
            (out / f"{resource}{suffix}.py").write_text(text, encoding="utf-8")
    for template, target in (("resources_init.py.jinja", "__init__.py"), ("table.py.jinja", "_table.py")):
        text = env.get_template(template).render(
            resources=sorted(by_resource), operations=operations, version=version
        )
        (out / target).write_text(text, encoding="utf-8")
    _format(out)
    return operations


def _format(directory: Path) -> None:
    """The same formatting as the generator's post hooks (deterministic, config-independent)."""
    for args in (
        [
            "check",
            ".",
            "--isolated",
            "--no-cache",
            "--fix-only",
            "--extend-select=I",
            "--line-length=120",
            "-q",
        ],
        ["format", ".", "--isolated", "--no-cache", "--line-length=120", "--quiet"],
    ):
        subprocess.run([sys.executable, "-m", "ruff", *args], cwd=directory, check=True)
