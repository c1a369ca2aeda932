"""2. Parsing: one 150-contact page (``GET /contacts``, per_page=150) from JSON bytes into typed models.

The page is built from the 2.14 spec's own contact example (the ``successful`` example of
``GET /contacts/{contact_id}``), repeated 150 times with distinct ``id``/``external_id``/``email``/
sub-list URLs, inside a ``ContactList`` with cursor ``pages`` (about 300 KB of JSON). Every variant starts
from the same ``bytes``:

* ``json.loads``: the limit (no typing at all).
* ours, generated model: ``json.loads`` + ``intercom_v2_14.models.ContactList.from_dict``.
* ours, facade page path: what ``client.contacts.list()`` does per page: ``json.loads`` + find the items
  (``raw_items``) + ``Contact.from_dict`` per item through the paginator's ``ItemSchema``.
* python-intercom 5.0.1: ``json.loads`` + ``construct_type(type_=ContactList, object_=...)``, the call its
  ``contacts.list`` makes on every page (``intercom/contacts/raw_client.py``).

Each variant runs in its own fresh process (python-intercom's only on its own ``sys.path``), timed with
``time.perf_counter`` per call, garbage collector on (as in an application); variants are interleaved in
rounds and the median ms per page is reported. Target: ours within 2x of ``json.loads``.

Usage: python -m benchmarks.parsing [--rounds N]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
from pathlib import Path

from benchmarks._common import (
    PYTHON,
    ROOT,
    SUMMARY_HEADER,
    WORK,
    Result,
    Row,
    ensure_sdk,
    fmt_ms,
    log,
    markdown_table,
    median,
    sdk_env,
    spread,
)

TARGET = 2.0
PAGE_SIZE = 150
PAGE_FILE = WORK / "parsing" / "contacts-page-150.json"

WORKER = r"""
import gc, json, sys, time
variant, path, calls = sys.argv[1], sys.argv[2], int(sys.argv[3])
raw = open(path, "rb").read()
if variant == "json.loads":
    def parse():
        return json.loads(raw)
elif variant == "ours: generated model":
    from intercom_v2_14.models import ContactList
    def parse():
        return ContactList.from_dict(json.loads(raw))
elif variant == "ours: facade page path":
    from intercom_client.pagination import ItemSchema, page_model_of, raw_items
    from intercom_v2_14.api.contacts import list_contacts
    schema = ItemSchema.for_page_model(page_model_of(list_contacts))
    assert schema.field_name == "data", schema
    def parse():
        body = json.loads(raw)
        return [schema.parse(item) for item in raw_items(body, schema.field_name)]
elif variant == "python-intercom 5.0.1":
    from intercom.core.unchecked_base_model import construct_type
    from intercom.types.contact_list import ContactList
    def parse():
        return construct_type(type_=ContactList, object_=json.loads(raw))
else:
    raise SystemExit(f"unknown variant {variant}")
result = parse()  # warm-up (first-call imports, caches)
times = []
for _ in range(calls):
    t0 = time.perf_counter()
    parse()
    times.append(time.perf_counter() - t0)
print(json.dumps(times))
"""

VARIANTS = ("json.loads", "ours: generated model", "ours: facade page path", "python-intercom 5.0.1")


def build_page() -> Path:
    """The 150-contact page, from the 2.14 spec's contact example (written once to .work)."""
    if PAGE_FILE.is_file():
        return PAGE_FILE
    from intercom_codegen import spec

    doc = spec.load_overlaid("2.14")
    content = doc["paths"]["/contacts/{contact_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    example = content["examples"]["successful"]["value"]
    contacts = []
    for i in range(PAGE_SIZE):
        contact = copy.deepcopy(example)
        cid = f"6762f0d0{i:016x}"
        contact.update(id=cid, external_id=str(1000 + i), email=f"user{i}@example.com", name=f"User {i}")
        for key in ("tags", "notes", "companies"):
            if isinstance(contact.get(key), dict) and "url" in contact[key]:
                contact[key]["url"] = f"/contacts/{cid}/{key}"
        contacts.append(contact)
    page = {
        "type": "list",
        "data": contacts,
        "total_count": 10_000,
        "pages": {
            "type": "pages",
            "next": {"per_page": PAGE_SIZE, "starting_after": "WzE3MzQ1Mzc0MjQwMDAsIjY3NjJmMGQwIiwyXQ=="},
            "page": 1,
            "per_page": PAGE_SIZE,
            "total_pages": 67,
        },
    }
    PAGE_FILE.parent.mkdir(parents=True, exist_ok=True)
    PAGE_FILE.write_text(json.dumps(page), encoding="utf-8")
    return PAGE_FILE


def _calls(variant: str, quick: bool) -> int:
    if variant == "python-intercom 5.0.1":
        return 2 if quick else 3
    return 10 if quick else 30


def run(rounds: int = 5, quick: bool = False) -> Result:
    ensure_sdk()
    page = build_page()
    log(
        f"parsing: {page.stat().st_size} bytes, {PAGE_SIZE} contacts; {len(VARIANTS)} variants x {rounds} rounds"
    )
    base = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    samples: dict[str, list[float]] = {v: [] for v in VARIANTS}
    for _ in range(rounds):
        for variant in VARIANTS:
            env = sdk_env() if variant.startswith("python-intercom") else base
            out = subprocess.run(
                [PYTHON, "-c", WORKER, variant, str(page), str(_calls(variant, quick))],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            samples[variant].extend(json.loads(out))
    med = {v: median(s) for v, s in samples.items()}
    floor = med["json.loads"]
    result = Result("parsing")
    for variant in ("ours: generated model", "ours: facade page path"):
        ratio = med[variant] / floor
        result.rows.append(
            Row(
                f"2. parse a 150-contact page, {variant.removeprefix('ours: ')}",
                fmt_ms(med[variant]),
                f"json.loads {fmt_ms(floor)}",
                f"{ratio:.1f}x json.loads",
                f"<= {TARGET:g}x json.loads",
                ratio <= TARGET,
            )
        )
    sdk = med["python-intercom 5.0.1"]
    ours = med["ours: generated model"]
    result.rows.append(
        Row(
            "2. parse a 150-contact page vs python-intercom",
            fmt_ms(ours),
            f"python-intercom {fmt_ms(sdk)}",
            f"{sdk / ours:.0f}x faster",
            "-",
            None,
        )
    )
    rows = [
        [
            v,
            f"{med[v] * 1000:.2f}",
            spread([s * 1000 for s in samples[v]]),
            str(len(samples[v])),
            f"{med[v] / floor:.1f}x",
        ]
        for v in VARIANTS
    ]
    result.details.append(
        f"Parsing one {PAGE_SIZE}-contact page ({page.stat().st_size:,} bytes of JSON), ms per page "
        "(median of all timed calls; fresh process per variant and round, interleaved):\n\n"
        + markdown_table(("variant", "ms/page (median)", "min-max", "calls", "vs json.loads"), rows)
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    result = run(args.rounds, args.quick)
    print(markdown_table(SUMMARY_HEADER, [r.cells() for r in result.rows]))
    print()
    print("\n\n".join(result.details))


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
