"""The generated Python API diff: public names read from the generated modules' ast."""

from __future__ import annotations

from pathlib import Path

from intercom_codegen import python_api

OLD = {
    "models/__init__.py": "",
    "models/contact.py": """
from enum import Enum
import attrs

class ContactRole(str, Enum):
    USER = "user"
    LEAD = "lead"

@attrs.define
class Contact:
    id: str
    email: str | None = None
    _hidden: int = 0
""",
    "api/contacts/get_contact.py": """
def _get_kwargs(contact_id: str) -> dict: ...
def sync(contact_id: str, *, client: object, fields: str | None = None) -> int | None: ...
async def asyncio(contact_id: str, *, client: object) -> int | None: ...
""",
    "api/contacts/gone.py": "def sync(*, client: object) -> None: ...\n",
}


def _package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_surface_lists_public_classes_members_attributes_functions_and_parameters(tmp_path: Path) -> None:
    names = python_api.surface(_package(tmp_path / "pkg", OLD))
    assert names["models.contact.ContactRole.USER"].signature == "'user'"
    assert names["models.contact.Contact.id"].signature == "required: str"
    assert names["models.contact.Contact.email"].signature == "optional: str | None"
    assert names["api.contacts.get_contact.sync(fields)"].signature == "keyword optional: str | None"
    assert names["api.contacts.get_contact.asyncio"].signature == "async -> int | None"
    assert "api.contacts.get_contact._get_kwargs" not in names
    assert "models.contact.Contact._hidden" not in names


def test_diff_marks_what_breaks_code_using_the_package(tmp_path: Path) -> None:
    new = dict(OLD)
    new.pop("api/contacts/gone.py")
    new["models/contact.py"] = OLD["models/contact.py"].replace(
        '    LEAD = "lead"\n', '    VISITOR = "visitor"\n'
    )
    new["models/contact.py"] = new["models/contact.py"].replace(
        "email: str | None = None", "email: str\n    phone: str | None = None"
    )
    new["api/contacts/get_contact.py"] = OLD["api/contacts/get_contact.py"].replace(
        "fields: str | None = None) -> int | None", "fields: str | None = None, scope: str) -> str | None"
    )
    result = python_api.diff_packages(_package(tmp_path / "a", OLD), _package(tmp_path / "b", new))
    by_name = {c.name: c for c in result.changes}
    assert by_name["models.contact.ContactRole.LEAD"].breaking  # a member removed
    assert not by_name["models.contact.ContactRole.VISITOR"].breaking
    assert by_name["models.contact.Contact.email"].breaking  # became required
    assert not by_name["models.contact.Contact.phone"].breaking  # optional attribute added
    assert by_name["api.contacts.get_contact.sync(scope)"].breaking  # required keyword added
    assert by_name["api.contacts.get_contact.sync"].breaking  # return annotation changed
    assert by_name["api.contacts.gone.sync"].kind == "function.removed"
    # A removed function's parameters are folded into its removal.
    assert "api.contacts.gone.sync(client)" not in by_name
    assert result.summary()["breaking"] == sum(c.breaking for c in result.changes) == 5
    text = result.to_markdown()
    assert "### Breaking (5)" in text and "`api.contacts.gone.sync` removed" in text
    assert python_api.diff_packages(tmp_path / "a", tmp_path / "a").changes == []


def test_a_renamed_positional_parameter_is_one_entry(tmp_path: Path) -> None:
    new = dict(OLD)
    new["api/contacts/get_contact.py"] = OLD["api/contacts/get_contact.py"].replace(
        "contact_id: str", "id: str"
    )
    result = python_api.diff_packages(_package(tmp_path / "a", OLD), _package(tmp_path / "b", new))
    renamed = [c for c in result.changes if c.kind == "parameter.renamed"]
    assert [(c.name, c.old, c.new, c.breaking) for c in renamed] == [
        ("api.contacts.get_contact.asyncio(id)", "contact_id", "id", True),
        ("api.contacts.get_contact.sync(id)", "contact_id", "id", True),
    ]
    assert not [c for c in result.changes if c.kind in ("parameter.added", "parameter.removed")]


def test_a_class_with_its_own_init_is_read_from_its_parameters(tmp_path: Path) -> None:
    # types.File was an attrs class and is now a plain slotted class with the same constructor: the
    # diff must say nothing changed, not that its defaulted attributes became required.
    attrs_file = """
import attrs

@attrs.define
class File:
    payload: bytes
    file_name: str | None = None
"""
    plain_file = """
class File:
    __slots__ = ("payload", "file_name")
    payload: bytes
    file_name: str | None

    def __init__(self, payload: bytes, file_name: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
"""
    old = _package(tmp_path / "old", {"types.py": attrs_file})
    new = _package(tmp_path / "new", {"types.py": plain_file})
    names = python_api.surface(new)
    assert names["types.File.payload"].signature == "required: bytes"
    assert names["types.File.file_name"].signature == "optional: str | None"
    assert python_api.diff_packages(old, new).changes == []
    # A parameter that loses its default is still breaking.
    stricter = _package(
        tmp_path / "stricter",
        {"types.py": plain_file.replace("file_name: str | None = None)", "file_name: str | None)")},
    )
    by_name = {c.name: c for c in python_api.diff_packages(new, stricter).changes}
    assert by_name["types.File.file_name"].breaking
