"""The generated Python API of a package, and what changed in it: what a reviewer's build feels.

The spec changelog (`intercom_codegen.changelog`) says what the API description says; this module reads
the generated package itself (the `ast` of every module, nothing imported) and lists its public surface:

* classes (`models.contact.Contact`), with their enum members (`...ContactRole.USER = "user"`) and
  their attributes (the attrs fields a model is constructed with: annotation, required or not; for a
  class that writes its own `__init__`, required means an `__init__` parameter without a default);
* functions (`api.contacts.show_contact.sync`), with their parameters (name, kind, annotation,
  required or not) and return annotation.

Entries are keyed by module path inside the package, so two packages of different versions compare.
Breaking = code written against the old package stops importing or type-checking, or a call that worked
now fails: anything removed, a parameter or attribute that became required or changed its annotation, a
return annotation that changed, an enum member removed or its value changed.
"""

from __future__ import annotations

import ast
import json
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

__all__ = ["ApiChange", "ApiDiff", "Symbol", "diff", "diff_packages", "surface"]

Surface = dict[str, "Symbol"]


@dataclass(frozen=True)
class Symbol:
    """One public name: `kind` is class, enum, enum_member, attribute, function or parameter.

    `signature` is what is compared: an annotation, an enum value, `required`/`optional`, a return type.
    """

    kind: str
    name: str
    signature: str
    #: A positional parameter's index (a rename keeps it); -1 otherwise.
    position: int = -1


@dataclass(frozen=True)
class ApiChange:
    kind: str  # "<symbol kind>.added" | ".removed" | ".changed"
    breaking: bool
    name: str
    message: str
    old: str | None = None
    new: str | None = None


def _public(name: str) -> bool:
    return not name.startswith("_")


def _annotation(node: ast.expr | None) -> str:
    return "" if node is None else ast.unparse(node)


def _is_enum(node: ast.ClassDef) -> bool:
    return any(_annotation(base).endswith("Enum") for base in node.bases)


def _function(out: Surface, name: str, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    prefix = "async " if isinstance(node, ast.AsyncFunctionDef) else ""
    out[name] = Symbol("function", name, f"{prefix}-> {_annotation(node.returns)}")
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for index, (arg, default) in enumerate(zip(positional, defaults, strict=True)):
        if arg.arg in ("self", "cls"):
            continue
        required = "required" if default is None else "optional"
        out[f"{name}({arg.arg})"] = Symbol(
            "parameter", f"{name}({arg.arg})", f"positional {required}: {_annotation(arg.annotation)}", index
        )
    for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        required = "required" if kw_default is None else "optional"
        out[f"{name}({arg.arg})"] = Symbol(
            "parameter", f"{name}({arg.arg})", f"keyword {required}: {_annotation(arg.annotation)}"
        )


def _init_required(node: ast.ClassDef) -> set[str] | None:
    """The parameters a class's own ``__init__`` requires, or None when it has none (attrs writes it)."""
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            args = item.args
            positional = [*args.posonlyargs, *args.args]
            required = {a.arg for a in positional[: len(positional) - len(args.defaults)]}
            required |= {a.arg for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is None}
            return required - {"self"}
    return None


def _class(out: Surface, name: str, node: ast.ClassDef) -> None:
    enum = _is_enum(node)
    out[name] = Symbol("enum" if enum else "class", name, ", ".join(_annotation(b) for b in node.bases))
    # An attrs class is constructed with its annotated attributes (required = no default); a plain
    # class that writes its own __init__ (types.File, types.Response) is constructed with its parameters.
    init_required = _init_required(node)
    for item in node.body:
        if enum and isinstance(item, ast.Assign) and len(item.targets) == 1:
            target = item.targets[0]
            if isinstance(target, ast.Name) and _public(target.id):
                member = f"{name}.{target.id}"
                out[member] = Symbol("enum_member", member, _annotation(item.value))
        elif not enum and isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            if _public(item.target.id):
                attr = f"{name}.{item.target.id}"
                if init_required is None:
                    required = "required" if item.value is None else "optional"
                else:
                    required = "required" if item.target.id in init_required else "optional"
                out[attr] = Symbol("attribute", attr, f"{required}: {_annotation(item.annotation)}")
        elif isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and _public(item.name):
            _function(out, f"{name}.{item.name}", item)


_SURFACES: dict[tuple[str, tuple[tuple[str, int], ...]], Surface] = {}


def surface(package: Path) -> Surface:
    """The public surface of the generated package in directory `package` (generated/<package>).

    Kept per process while no module's size or mtime changes (`diff --all-pairs` reads each package twice).
    """
    files = sorted(package.rglob("*.py"))
    key = (str(package.resolve()), tuple((str(f), f.stat().st_mtime_ns + f.stat().st_size) for f in files))
    if key not in _SURFACES:
        _SURFACES.clear()  # one or two packages at a time: no unbounded growth
        _SURFACES[key] = _read_surface(package, files)
    return _SURFACES[key]


def _read_surface(package: Path, files: list[Path]) -> Surface:
    out: Surface = {}
    for path in files:
        parts = path.relative_to(package).with_suffix("").parts
        if any(not _public(p) for p in parts if p != "__init__"):
            continue
        module = ".".join(p for p in parts if p != "__init__")
        tree = ast.parse(path.read_bytes(), filename=str(path))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and _public(node.name):
                _class(out, f"{module}.{node.name}" if module else node.name, node)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _public(node.name):
                _function(out, f"{module}.{node.name}" if module else node.name, node)
    return out


def _breaking_change(symbol: Symbol, old: str, new: str) -> bool:
    """A changed signature breaks unless a parameter or attribute only became optional."""
    if symbol.kind in ("parameter", "attribute"):
        old_req, _, old_type = old.partition(": ")
        new_req, _, new_type = new.partition(": ")
        return old_type != new_type or (new_req.endswith("required") and not old_req.endswith("required"))
    return symbol.kind != "class"  # a model's base classes are not its callers' business


@dataclass
class ApiDiff:
    """The changes from one generated package to another, sorted by name."""

    old: str
    new: str
    changes: list[ApiChange]

    def summary(self) -> dict[str, Any]:
        kinds = Counter(c.kind for c in self.changes)
        return {
            "total": len(self.changes),
            "breaking": sum(c.breaking for c in self.changes),
            "by_kind": dict(sorted(kinds.items())),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "intercom-python-api-diff/1",
            "old": self.old,
            "new": self.new,
            "summary": self.summary(),
            "changes": [asdict(c) for c in self.changes],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    def to_markdown(self, level: int = 2) -> str:
        s = self.summary()
        heading = "#" * level
        out = [
            f"{heading} Python API: `{self.old}` → `{self.new}`",
            "",
            f"**{s['total']} changes to the generated package's public names, {s['breaking']} breaking** "
            "(read from the generated modules: classes, enum members, model attributes, functions, "
            "parameters, return annotations).",
            "",
        ]
        if not self.changes:
            return "\n".join([*out, "No changes.", ""])
        for title, chosen in (
            ("Breaking", [c for c in self.changes if c.breaking]),
            ("Other", [c for c in self.changes if not c.breaking]),
        ):
            if not chosen:
                continue
            out += [f"{heading}# {title} ({len(chosen)})", ""]
            fold = len(chosen) > 40
            if fold:
                out += [f"<details><summary>{len(chosen)} entries</summary>", ""]
            out += [f"- {c.message}" for c in chosen]
            if fold:
                out += ["", "</details>"]
            out.append("")
        return "\n".join(out).rstrip() + "\n"


def diff(old: Surface, new: Surface, old_label: str, new_label: str) -> ApiDiff:
    """Compare two surfaces. Members of a removed class or function are folded into its removal."""
    changes = []

    def parent_gone(name: str, gone: set[str]) -> bool:
        head = name.split("(")[0]
        while "." in head:
            head = head.rsplit(".", 1)[0]
            if head in gone:
                return True
        return "(" in name and name.split("(")[0] in gone

    added, removed = new.keys() - old.keys(), old.keys() - new.keys()
    # A positional parameter removed and another added at the same index of one function: a rename
    # (upstream renames path parameters: {id} -> {contact_id}). It breaks callers passing it by keyword.
    by_slot = {(n.split("(")[0], old[n].position): n for n in removed if old[n].position >= 0}
    for name in sorted(added):
        slot = (name.split("(")[0], new[name].position)
        if new[name].position >= 0 and slot in by_slot:
            gone = by_slot.pop(slot)
            added.discard(name)
            removed.discard(gone)
            old_arg, new_arg = gone.split("(")[1][:-1], name.split("(")[1][:-1]
            changes.append(
                ApiChange(
                    "parameter.renamed",
                    True,
                    name,
                    f"parameter `{gone}` renamed to `{new_arg}` (positional {slot[1]}; keyword callers break)"
                    + (
                        f"; {old[gone].signature} → {new[name].signature}"
                        if old[gone].signature != new[name].signature
                        else ""
                    ),
                    old=old_arg,
                    new=new_arg,
                )
            )
    for name in sorted(added):
        symbol = new[name]
        if parent_gone(name, added):
            continue
        breaking = symbol.kind in ("parameter", "attribute") and symbol.signature.split(":")[0].endswith(
            "required"
        )
        changes.append(
            ApiChange(
                f"{symbol.kind}.added",
                breaking,
                name,
                f"{symbol.kind} `{name}` added ({symbol.signature})",
                new=symbol.signature,
            )
        )
    for name in sorted(removed):
        symbol = old[name]
        if parent_gone(name, removed):
            continue
        changes.append(
            ApiChange(
                f"{symbol.kind}.removed",
                True,
                name,
                f"{symbol.kind} `{name}` removed (was {symbol.signature})",
                old=symbol.signature,
            )
        )
    for name in sorted(old.keys() & new.keys()):
        before, after = old[name], new[name]
        if before.signature != after.signature or before.kind != after.kind:
            changes.append(
                ApiChange(
                    f"{after.kind}.changed",
                    before.kind != after.kind or _breaking_change(after, before.signature, after.signature),
                    name,
                    f"{after.kind} `{name}`: {before.signature} → {after.signature}",
                    old=before.signature,
                    new=after.signature,
                )
            )
    changes.sort(key=lambda c: (c.name, c.kind))
    return ApiDiff(old_label, new_label, changes)


def diff_packages(old: Path, new: Path) -> ApiDiff:
    """The Python API diff between two generated package directories."""
    return diff(surface(old), surface(new), old.name, new.name)
