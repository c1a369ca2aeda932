"""A user's script, type-checked: the version chosen once gives that version's types.

``mypy --strict`` and pyright run on a script as a user would write it; the revealed types are read
from their output, and the deliberate mistakes in it must be reported (and nothing else).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(300)

SCRIPT = """\
from intercom_client import AsyncIntercom, Intercom, SyncPaginator
from intercom_v2_14.models import Contact
from intercom_v2_16.models import Contact as Contact216
from intercom_v2_16.models import CreateContactRequest as Request216

client = Intercom(token="t", version="2.14")
contact = client.contacts.get("c1")
reveal_type(contact)
listed = client.contacts.list(per_page=50)
reveal_type(listed)
for item in listed:
    reveal_type(item)
    item_as_contact: Contact = item
company = client.companies.attach_contact("c1", id="co1")
reveal_type(company)
reveal_type(client.contacts.search({"field": "role", "operator": "=", "value": "user"}))
created = client.contacts.create(email="a@b.c", role="user")
assignable: Contact = client.contacts.get("c1")
newer = Intercom(token="t", version="2.16")
reveal_type(newer.contacts.get("c1"))
default = Intercom(token="t")
reveal_type(default.contacts)
raw_pages: SyncPaginator[dict[str, object]] = client.contacts.list(raw=True)
reveal_type(client.ai_content.sync("https://docs.example.com", []))
reveal_type(client.ai_content.get_external_page("p1"))
reveal_type(client.exports)
client.contacts.get(contactid="c1")  # MISTAKE misspelt keyword
client.contacts.create(Request216(email="a@b.c"))  # MISTAKE model of another version
wrong: Contact216 = client.contacts.get("c1")  # MISTAKE 2.14 answer is not a 2.16 Contact
client.contact.get("c1")  # MISTAKE misspelt resource
client.ai_content.list_external_pagez()  # MISTAKE misspelt AI Content operation


async def main() -> None:
    async with AsyncIntercom(token="t", version="Preview") as aclient:
        reveal_type(await aclient.contacts.get("c1"))
        async for found in aclient.contacts.search({"field": "role", "operator": "=", "value": "user"}):
            reveal_type(found)
"""

REVEALED = [
    "intercom_v2_14.models.show_contact_response_200.ShowContactResponse200",
    "intercom_client.pagination.SyncPaginator[intercom_v2_14.models.contact.Contact]",
    "intercom_v2_14.models.contact.Contact",
    "intercom_v2_14.models.company.Company",
    "intercom_client.pagination.SyncPaginator[intercom_v2_14.models.contact.Contact]",
    "intercom_v2_16.models.show_contact_response_200.ShowContactResponse200",
    "intercom_v2_14.resources.contacts.Contacts",
    "intercom_client._sync_plan.SyncResult",
    "intercom_v2_14.models.external_page.ExternalPage",
    "intercom_client.exports.Exports",
    "intercom_preview.models.show_contact_response_200.ShowContactResponse200",
    "intercom_preview.models.contact.Contact",
]


def _mypy(script: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", str(script)],
        cwd=script.parent,
        capture_output=True,
        text=True,
    )
    return result.stdout


def _mistake_lines() -> set[int]:
    return {n for n, line in enumerate(SCRIPT.splitlines(), 1) if "# MISTAKE" in line}


def _write(tmp_path: Path) -> Path:
    script = tmp_path / "user_script.py"
    script.write_text(SCRIPT)
    return script


def test_mypy_strict_reveals_the_versions_types(tmp_path: Path) -> None:
    out = _mypy(_write(tmp_path))
    revealed = re.findall(r'note: Revealed type is "([^"]+)"', out)
    assert revealed == REVEALED, out
    error_lines = {int(m) for m in re.findall(r"user_script\.py:(\d+): error", out)}
    assert error_lines == _mistake_lines(), out
    assert 'Unexpected keyword argument "contactid"' in out
    assert 'has no attribute "contact"' in out
    assert 'has no attribute "list_external_pagez"' in out


@pytest.mark.skipif(
    shutil.which("pyright", path=str(Path(sys.executable).parent)) is None, reason="dev extra"
)
def test_pyright_reveals_the_same_types(tmp_path: Path) -> None:
    script = _write(tmp_path)
    (tmp_path / "pyrightconfig.json").write_text(
        '{"pythonVersion": "3.11", "typeCheckingMode": "strict", "reportMissingModuleSource": false}'
    )
    pyright = str(Path(sys.executable).parent / "pyright")
    result = subprocess.run(
        [pyright, "--pythonpath", sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True
    )
    out = result.stdout
    revealed = re.findall(r'Type of ".*" is "([^"]+)"$', out, re.M)
    # pyright prints unqualified names: compare without the module paths.
    assert revealed == [re.sub(r"\w+\.", "", r) for r in REVEALED], out
    error_lines = {int(m) for m in re.findall(r"user_script\.py:(\d+):\d+ - error", out)}
    assert error_lines == _mistake_lines(), out
