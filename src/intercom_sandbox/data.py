"""Deterministic seeded data set.

Everything is derived from ``(seed, clock start, sizes)``: the same inputs give the same ids, names and
timestamps, so tests can hard-code expectations and two sandboxes agree with each other.

Small collections (contacts, companies, conversations, articles, notes, tags, tickets) are built
eagerly as spec-shaped dicts. Messages can number in the millions (``--messages 1000000``) for export
benchmarks, so they are never materialised: :class:`MessageSet` computes message ``i`` on demand from
a hash of ``(seed, i)`` and lays creation times out monotonically, which turns "messages created in
``[a, b]``" into an index range found with arithmetic instead of a scan.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .config import SandboxConfig

DAY = 86_400
_MASK = (1 << 64) - 1

FIRST_NAMES = [
    "Ada",
    "Brian",
    "Ciara",
    "Dara",
    "Eoin",
    "Fiona",
    "Grace",
    "Hugh",
    "Isla",
    "Jamie",
    "Kate",
    "Liam",
    "Maeve",
    "Niall",
    "Orla",
    "Padraig",
    "Roisin",
    "Sean",
    "Tara",
    "Una",
]
LAST_NAMES = [
    "Byrne",
    "Collins",
    "Doyle",
    "Kelly",
    "Lee",
    "Murphy",
    "Nolan",
    "O'Brien",
    "Ryan",
    "Walsh",
]
COMPANY_WORDS = [
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Stark",
    "Wayne",
    "Tyrell",
    "Soylent",
    "Vandelay",
]
INDUSTRIES = ["software", "manufacturing", "retail", "finance", "health", "education"]
COUNTRIES = [
    ("Ireland", "Dublin", "Dublin", "IE", "EU"),
    ("United States", "California", "San Francisco", "US", "NA"),
    ("Germany", "Berlin", "Berlin", "DE", "EU"),
    ("Australia", "New South Wales", "Sydney", "AU", "OC"),
]
WORDS = [
    "hello",
    "invoice",
    "refund",
    "login",
    "export",
    "billing",
    "thanks",
    "question",
    "upgrade",
    "bug",
    "api",
    "help",
]
CONTENT_TYPES = ["email", "post", "chat", "custom_bot", "survey", "tour", "series", "banner"]

#: Columns of the content data export CSV, in order (documented in docs/sandbox.md).
EXPORT_COLUMNS = [
    "message_id",
    "conversation_id",
    "content_type",
    "content_id",
    "content_title",
    "user_id",
    "user_external_id",
    "user_email",
    "created_at",
    "received_at",
    "opened_at",
    "clicked_at",
    "replied_at",
    "completed_at",
    "dismissed_at",
    "unsubscribed_at",
    "hard_bounced_at",
]


def mix64(x: int) -> int:
    """SplitMix64 finaliser: a cheap, well-spread hash used to derive per-message fields."""
    x = (x + 0x9E3779B97F4A7C15) & _MASK
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK
    return x ^ (x >> 31)


def object_id(rng: random.Random, created_at: int) -> str:
    """A 24-hex id shaped like Intercom's (Mongo ObjectId: timestamp prefix, random tail)."""
    return f"{created_at & 0xFFFFFFFF:08x}{rng.getrandbits(64):016x}"


@dataclass
class MessageSet:
    """The seeded messages, computed on demand.

    Message ``i`` belongs to conversation ``c`` when ``i`` lies in the contiguous block
    ``[c*N//C, (c+1)*N//C)``, and is created at ``window_start + i*window//N``: creation times never
    decrease with ``i``, so both "the parts of a conversation" and "the messages in a time range" are
    index ranges.
    """

    seed: int
    count: int
    conversations: int
    window_start: int
    window: int
    #: Per contact: "id,external_id,email" (pre-joined: the export writes them as-is).
    contact_csv: list[str]
    #: Contact index for each conversation.
    conversation_contact: list[int]
    conversation_ids: list[str]
    message_id_base: int = 400_000_000

    def created_at(self, i: int) -> int:
        return self.window_start + (i * self.window) // self.count

    def first_at_or_after(self, ts: int) -> int:
        """Smallest index whose created_at >= ts (``count`` if none)."""
        if self.count == 0:
            return 0
        lo = -((-(ts - self.window_start) * self.count) // self.window)
        return min(max(lo, 0), self.count)

    def range_inclusive(self, after: int, before: int) -> range:
        """Indices of messages with ``after <= created_at <= before`` (the seeds: ranges are inclusive)."""
        if self.count == 0 or before < after:
            return range(0)
        return range(self.first_at_or_after(after), self.first_at_or_after(before + 1))

    def block(self, conversation: int) -> range:
        """Message indices of a conversation (empty when there are more conversations than messages)."""
        if self.conversations == 0:
            return range(0)
        n, c = self.count, self.conversations
        return range(conversation * n // c, (conversation + 1) * n // c)

    def conversation_of(self, i: int) -> int:
        """Inverse of :meth:`block`: the largest ``c`` with ``c*N//C <= i``."""
        return -((-(i + 1) * self.conversations) // self.count) - 1

    def message_id(self, i: int) -> str:
        return str(self.message_id_base + i)

    def part(self, i: int, contact: dict[str, Any] | None, admin: dict[str, Any]) -> dict[str, Any]:
        """Message ``i`` as a ``conversation_part`` (the body the conversation endpoints show)."""
        h = mix64(self.seed * 1_000_003 + i)
        created = self.created_at(i)
        first = i == self.block(self.conversation_of(i)).start
        from_user = first or bool(h & 1)
        if from_user and contact is not None:
            author = {"type": "user", "id": contact["id"], "name": contact["name"], "email": contact["email"]}
        else:
            author = {"type": "admin", "id": admin["id"], "name": admin["name"], "email": admin["email"]}
        words = " ".join(WORDS[(h >> (8 + 4 * k)) % len(WORDS)] for k in range(5))
        return {
            "type": "conversation_part",
            "id": self.message_id(i),
            "part_type": "comment",
            "body": f"<p>{words}</p>",
            "created_at": created,
            "updated_at": created,
            "notified_at": created,
            "assigned_to": None,
            "author": author,
            "attachments": [],
            "external_id": None,
            "redacted": False,
            "email_message_metadata": None,
            "state": "open",
            "tags": [],
            "event_details": None,
            "app_package_code": None,
        }

    def csv_rows(self, rows: range, batch: int = 4096) -> Iterator[str]:
        """CSV lines (no header) for the given indices, ``batch`` lines per yielded string.

        This is the hot path of large exports: one hash per row, precomputed contact and content
        strings, integers formatted directly.
        """
        contents = [
            f"{CONTENT_TYPES[k % len(CONTENT_TYPES)]},{1000 + k},{CONTENT_TYPES[k % len(CONTENT_TYPES)]} {k}"
            for k in range(64)
        ]
        seed_base = self.seed * 1_000_003
        base_id = self.message_id_base
        n, c = self.count, self.conversations
        conv_ids = self.conversation_ids
        contact_csv = self.contact_csv or [",,"]
        conv_contact = self.conversation_contact
        ws, w = self.window_start, self.window
        out: list[str] = []
        append = out.append
        conv = self.conversation_of(rows.start) if rows and c else 0
        next_block = (conv + 1) * n // c if c else n + 1
        for i in rows:
            while c and i >= next_block:
                conv += 1
                next_block = (conv + 1) * n // c
            x = (seed_base + i + 0x9E3779B97F4A7C15) & _MASK
            x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
            x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK
            h = x ^ (x >> 31)
            created = ws + (i * w) // n
            received = created + (h & 63)
            opened = f"{received + ((h >> 8) & 0xFFFF)}" if h & 0x100000 else ""
            clicked = f"{received + ((h >> 21) & 0xFFFF)}" if opened and h & 0x200000000 else ""
            replied = f"{received + ((h >> 34) & 0xFFFF)}" if h & 0x4000000000000 else ""
            completed = f"{received + 90}" if h & 0x8000000000000 else ""
            dismissed = f"{received + 30}" if h & 0x10000000000000 == 0 and h & 0x20000000000000 else ""
            unsub = f"{received + 600}" if (h >> 54) & 31 == 0 else ""
            bounced = f"{received + 5}" if (h >> 59) == 0 else ""
            contact = contact_csv[conv_contact[conv]] if c else contact_csv[0]
            append(
                f"{base_id + i},{conv_ids[conv] if c else ''},{contents[(h >> 40) & 63]},{contact},"
                f"{created},{received},{opened},{clicked},{replied},{completed},{dismissed},{unsub},{bounced}\n"
            )
            if len(out) >= batch:
                yield "".join(out)
                out.clear()
        if out:
            yield "".join(out)


@dataclass
class Dataset:
    """All seeded objects of one workspace, as canonical (quirk-free) spec-shaped dicts."""

    now: int
    workspace_id: str
    admins: list[dict[str, Any]]
    tags: list[dict[str, Any]]
    companies: list[dict[str, Any]]
    contacts: list[dict[str, Any]]
    notes: list[dict[str, Any]]
    articles: list[dict[str, Any]]
    conversations: list[dict[str, Any]]
    tickets: list[dict[str, Any]]
    messages: MessageSet
    #: contact id -> tag ids / company ids / note ids (inline lists and sub-resources).
    contact_tags: dict[str, list[str]] = field(default_factory=dict)
    contact_companies: dict[str, list[str]] = field(default_factory=dict)
    contact_notes: dict[str, list[str]] = field(default_factory=dict)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def build_dataset(config: SandboxConfig, now: int) -> Dataset:
    """Generate the workspace for ``config.seed`` with timestamps relative to ``now``."""
    rng = random.Random(config.seed)
    workspace_id = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))

    admins: list[dict[str, Any]] = [
        {
            "type": "admin",
            "id": str(991_267_500 + k),
            "name": f"{FIRST_NAMES[k % len(FIRST_NAMES)]} Admin{k}",
            "email": f"admin{k}@example.test",
            "away_mode_enabled": False,
            "away_mode_reassign": False,
        }
        for k in range(6)
    ]
    tags = [{"type": "tag", "id": str(100 + k), "name": f"Tag {k}"} for k in range(max(config.tags, 0))]

    companies: list[dict[str, Any]] = []
    for k in range(config.companies):
        created = now - rng.randint(100, 900) * DAY + rng.randint(0, DAY - 1)
        company_tags = rng.sample(tags, k=min(len(tags), rng.randint(0, 2)))
        companies.append(
            {
                "type": "company",
                "company_id": f"remote_company_{k}",
                "id": object_id(rng, created),
                "app_id": workspace_id,
                "name": f"{rng.choice(COMPANY_WORDS)} {k}",
                "remote_created_at": created - DAY,
                "created_at": created,
                "updated_at": created + rng.randint(0, 50) * DAY,
                "last_request_at": now - rng.randint(0, 30) * DAY,
                "size": rng.choice([5, 20, 100, 500, 2000]),
                "website": f"https://company{k}.example.test",
                "industry": rng.choice(INDUSTRIES),
                "monthly_spend": rng.randint(0, 5000),
                "session_count": rng.randint(0, 500),
                "user_count": 0,
                "tags": {"type": "tag.list", "tags": [dict(t) for t in company_tags]},
                "segments": {"type": "segment.list", "segments": []},
                "plan": {
                    "type": "plan",
                    "id": str(200 + k % 3),
                    "name": ["free", "pro", "enterprise"][k % 3],
                },
                "custom_attributes": {"tier": ["bronze", "silver", "gold"][k % 3]},
            }
        )

    contacts: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    contact_tags: dict[str, list[str]] = {}
    contact_companies: dict[str, list[str]] = {}
    contact_notes: dict[str, list[str]] = {}
    note_id = 1
    for k in range(config.contacts):
        created = now - rng.randint(95, 720) * DAY + rng.randint(0, DAY - 1)
        name = _name(rng)
        email = f"{name.split()[0].lower()}.{k}@example.test"
        country, region, city, cc, cont = rng.choice(COUNTRIES)
        cid = object_id(rng, created)
        last_seen = now - rng.randint(0, 60) * DAY
        contact: dict[str, Any] = {
            "type": "contact",
            "id": cid,
            "external_id": f"ext-{k}" if k % 4 else None,
            "workspace_id": workspace_id,
            "role": "user" if k % 5 else "lead",
            "email": email,
            "email_domain": "example.test",
            "phone": f"+35387{k:07d}" if k % 3 == 0 else None,
            "formatted_phone": f"+35387{k:07d}" if k % 3 == 0 else None,
            "name": name,
            "owner_id": int(admins[k % len(admins)]["id"]) if k % 2 else None,
            "has_hard_bounced": k % 17 == 0,
            "marked_email_as_spam": False,
            "unsubscribed_from_emails": k % 11 == 0,
            "created_at": created,
            "updated_at": max(created, last_seen),
            "signed_up_at": created if k % 5 else None,
            "last_seen_at": last_seen,
            "last_replied_at": last_seen - 3600 if k % 2 else None,
            "last_contacted_at": last_seen - 7200 if k % 3 else None,
            "last_email_opened_at": None,
            "last_email_clicked_at": None,
            "language_override": None,
            "browser": rng.choice(["chrome", "firefox", "safari"]),
            "browser_version": f"{rng.randint(90, 130)}.0",
            "browser_language": "en-US",
            "os": rng.choice(["Mac OS X", "Windows 10", "Linux"]),
            "android_app_name": None,
            "android_app_version": None,
            "android_device": None,
            "android_os_version": None,
            "android_sdk_version": None,
            "android_last_seen_at": None,
            "ios_app_name": None,
            "ios_app_version": None,
            "ios_device": None,
            "ios_os_version": None,
            "ios_sdk_version": None,
            "ios_last_seen_at": None,
            "custom_attributes": {"plan": ["free", "pro", "enterprise"][k % 3], "seats": k % 40},
            "avatar": {"type": "avatar", "image_url": None},
            "location": {
                "type": "location",
                "country": country,
                "region": region,
                "city": city,
                "country_code": cc,
                "continent_code": cont,
            },
            "social_profiles": {"type": "list", "data": []},
            "utm_campaign": None,
            "utm_content": None,
            "utm_medium": None,
            "utm_source": None,
            "utm_term": None,
            "referrer": None,
        }
        contacts.append(contact)
        # Some contacts get more than 10 tags/notes so the inline lists show has_more.
        n_tags = rng.choice([0, 1, 2, 3, len(tags)]) if tags else 0
        contact_tags[cid] = [t["id"] for t in rng.sample(tags, k=min(n_tags, len(tags)))]
        n_companies = min(len(companies), rng.choice([0, 1, 1, 2, 3]))
        chosen = rng.sample(range(len(companies)), k=n_companies) if companies else []
        contact_companies[cid] = [companies[c]["id"] for c in chosen]
        for c in chosen:
            companies[c]["user_count"] += 1
        ids = []
        for _ in range(rng.choice([0, 0, 1, 2, 3, 12])):
            note_created = rng.randint(created, now - 1)
            author = admins[rng.randrange(len(admins))]
            notes.append(
                {
                    "type": "note",
                    "id": str(note_id),
                    "created_at": note_created,
                    "contact": {"type": "contact", "id": cid},
                    "author": dict(author),
                    "body": f"<p>Note {note_id} about {name}.</p>",
                }
            )
            ids.append(str(note_id))
            note_id += 1
        # Newest first, as the API lists them.
        contact_notes[cid] = sorted(ids, key=lambda i: -notes[int(i) - 1]["created_at"])

    articles: list[dict[str, Any]] = []
    for k in range(config.articles):
        created = now - rng.randint(1, 400) * DAY
        title = f"How to {rng.choice(WORDS)} {rng.choice(WORDS)} ({k})"
        parent = 140 + k % 5
        articles.append(
            {
                "id": str(30 + k),
                "type": "article",
                "workspace_id": workspace_id,
                "parent_id": parent,
                "parent_type": "collection",
                "parent_ids": [parent],
                "title": title,
                "description": f"About {title.lower()}",
                "body": f"<p>{title}</p>",
                "author_id": int(admins[k % len(admins)]["id"]),
                "state": "published" if k % 4 else "draft",
                "created_at": created,
                "updated_at": created + rng.randint(0, 10) * DAY,
                "url": f"https://help.example.test/en/articles/{30 + k}",
                "default_locale": "en",
                "translated_content": {"type": "article_translated_content"},
                "tags": {"type": "tag.list", "tags": []},
                "statistics": {
                    "type": "article_statistics",
                    "views": rng.randint(0, 1000),
                    "conversions": rng.randint(0, 50),
                    "reactions": rng.randint(0, 100),
                    "happy_reaction_percentage": 60.0,
                    "neutral_reaction_percentage": 30.0,
                    "sad_reaction_percentage": 10.0,
                },
            }
        )

    n_conv = config.conversations
    conversation_contact = [rng.randrange(len(contacts)) if contacts else 0 for _ in range(n_conv)]
    conversation_ids = [str(1000 + k) for k in range(n_conv)]
    window = max(config.message_days, 1) * DAY
    contact_csv = [f"{c['id']},{c['external_id'] or ''},{c['email']}" for c in contacts]
    messages = MessageSet(
        seed=config.seed,
        count=config.messages,
        conversations=n_conv,
        window_start=now - window,
        window=window,
        contact_csv=contact_csv,
        conversation_contact=conversation_contact,
        conversation_ids=conversation_ids,
    )
    conversations: list[dict[str, Any]] = []
    for k in range(n_conv):
        block = messages.block(k) if messages.count else range(0)
        if block:
            created, updated = messages.created_at(block.start), messages.created_at(block.stop - 1)
        else:
            created = now - rng.randint(91, 200) * DAY
            updated = created
        conv_contact: dict[str, Any] | None = contacts[conversation_contact[k]] if contacts else None
        admin = admins[k % len(admins)]
        state = ["open", "closed", "snoozed"][k % 3]
        conv_tags = rng.sample(tags, k=min(len(tags), rng.randint(0, 2)))
        conversations.append(
            {
                "type": "conversation",
                "id": conversation_ids[k],
                "title": None,
                "created_at": created,
                "updated_at": updated,
                "waiting_since": updated if state == "open" else None,
                "snoozed_until": now + DAY if state == "snoozed" else None,
                "open": state != "closed",
                "state": state,
                "read": bool(k % 2),
                "priority": "priority" if k % 7 == 0 else "not_priority",
                "admin_assignee_id": int(admin["id"]),
                "team_assignee_id": 5_017_691 if k % 2 else None,
                "tags": {
                    "type": "tag.list",
                    "tags": [
                        {**t, "applied_at": created, "applied_by": {"type": "admin", "id": admin["id"]}}
                        for t in conv_tags
                    ],
                },
                "conversation_rating": None,
                "source": {
                    "type": "conversation",
                    "id": messages.message_id(block.start) if block else str(300_000_000 + k),
                    "delivered_as": "customer_initiated",
                    "subject": "",
                    "body": messages.part(block.start, conv_contact, admin)["body"]
                    if block
                    else "<p>hello</p>",
                    "author": (
                        {
                            "type": "user",
                            "id": conv_contact["id"],
                            "name": conv_contact["name"],
                            "email": conv_contact["email"],
                        }
                        if conv_contact
                        else {
                            "type": "admin",
                            "id": admin["id"],
                            "name": admin["name"],
                            "email": admin["email"],
                        }
                    ),
                    "attachments": [],
                    "url": None,
                    "redacted": False,
                },
                "contacts": {
                    "type": "contact.list",
                    "contacts": (
                        [
                            {
                                "type": "contact",
                                "id": conv_contact["id"],
                                "external_id": conv_contact["external_id"],
                            }
                        ]
                        if conv_contact
                        else []
                    ),
                },
                # The real API sends ``teammates.admins`` where every description says
                # ``teammates.teammates`` (python-intercom's Fern definition ``ConversationTeammates``).
                "teammates": {"type": "admin.list", "admins": [{"type": "admin", "id": admin["id"]}]},
                "custom_attributes": {},
                "topics": {},
                "first_contact_reply": None,
                "sla_applied": None,
                "statistics": None,
                "linked_objects": {"type": "list", "data": [], "total_count": 0, "has_more": False},
                "ai_agent_participated": False,
                "ai_agent": None,
            }
        )

    tickets: list[dict[str, Any]] = []
    for k in range(config.tickets):
        created = now - rng.randint(0, 120) * DAY - rng.randint(0, DAY - 1)
        ticket_contact: dict[str, Any] | None = contacts[rng.randrange(len(contacts))] if contacts else None
        category = ["Customer", "Back-office", "Tracker"][k % 3]
        tickets.append(
            {
                "type": "ticket",
                "id": str(600 + k),
                "ticket_id": str(1 + k),
                "category": category,
                "ticket_attributes": {"_default_title_": f"Ticket {k}", "_default_description_": None},
                "ticket_state": {
                    "type": "ticket_state",
                    "id": str(8500 + k % 3),
                    "category": ["submitted", "in_progress", "resolved"][k % 3],
                    "internal_label": ["Submitted", "In progress", "Resolved"][k % 3],
                    "external_label": ["Submitted", "In progress", "Resolved"][k % 3],
                },
                "ticket_type": {"type": "ticket_type", "id": "100", "name": "Bug", "category": category},
                "contacts": {
                    "type": "contact.list",
                    "contacts": (
                        [
                            {
                                "type": "contact",
                                "id": ticket_contact["id"],
                                "external_id": ticket_contact["external_id"],
                            }
                        ]
                        if ticket_contact
                        else []
                    ),
                },
                # Tickets send assignee ids as strings (PR #459), unlike conversations.
                "admin_assignee_id": admins[k % len(admins)]["id"],
                "team_assignee_id": "0",
                "created_at": created,
                "updated_at": created + 3600,
                "open": k % 3 != 2,
                "snoozed_until": None,
                "linked_objects": {"type": "list", "data": [], "total_count": 0, "has_more": False},
                "ticket_parts": {"type": "ticket_part.list", "ticket_parts": [], "total_count": 0},
                "is_shared": False,
            }
        )

    return Dataset(
        now=now,
        workspace_id=workspace_id,
        admins=admins,
        tags=tags,
        companies=companies,
        contacts=contacts,
        notes=notes,
        articles=articles,
        conversations=conversations,
        tickets=tickets,
        messages=messages,
        contact_tags=contact_tags,
        contact_companies=contact_companies,
        contact_notes=contact_notes,
    )
