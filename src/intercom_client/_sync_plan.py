"""What a content sync will do, decided without any I/O: checks, the source, the diff, the outcomes.

Fin's content library is fed through two objects of the AI Content API (Intercom-Version 2.12+): a
*Content Import Source* (one per place the pages come from, ``sync_behavior: api`` for pages written
through the API) and its *External Pages*, upserted by ``(source_id, external_id)`` with
``POST /ai/external_pages``. A sync makes Intercom's pages of one source match a set of
:class:`ContentPage`: this module holds every decision of it (which pages are refused before any
request, which source is "the" source of a URL, which pages are new, changed, unchanged or gone, and
what each write turned into), so the sync and async clients in :mod:`intercom_client.ai_content` only
run the requests.

Nothing here knows about HTTP: inputs are the pages the caller wants and the JSON items the listing
endpoints returned; outputs are a :class:`SyncPlan` and :class:`PageOutcome` values.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from ._errors import ContentSourceError, InvalidPageError

__all__ = [
    "COMPARED_FIELDS",
    "DEFAULT_MAX_HTML_BYTES",
    "OUTCOMES",
    "Action",
    "ContentPage",
    "ContentSourceError",
    "InvalidPageError",
    "OutcomeStatus",
    "PageOutcome",
    "SyncPlan",
    "SyncResult",
    "changed_fields",
    "check_pages",
    "check_source_url",
    "pick_source",
    "plan_sync",
]

#: The outcome of one page, in the order summaries print them.
OUTCOMES: tuple[str, ...] = ("created", "updated", "unchanged", "deleted", "failed")
OutcomeStatus = Literal["created", "updated", "unchanged", "deleted", "failed"]
#: The write a page needed (``None``: no write, because it was unchanged or refused before any request).
Action = Literal["create", "update", "delete"]

#: Fields of an External Page a sync compares with what Intercom returns (a field the caller leaves
#: ``None`` is not compared and not sent, so Intercom keeps its value).
COMPARED_FIELDS: tuple[str, ...] = (
    "title",
    "html",
    "url",
    "locale",
    "ai_agent_availability",
    "ai_copilot_availability",
)

#: Pages whose HTML is larger than this (UTF-8 bytes) are refused before any request. The API
#: descriptions (2.12 ... Preview) declare no ``maxLength`` for ``html``, and neither Intercom's API
#: reference nor its SDKs state a limit: this is our own bound, not Intercom's (docs/ai-content.md,
#: "Size"). 512 KiB keeps a page's whole JSON body, escaping included, inside the sandbox's 1,000,000-byte
#: request limit; pass ``max_html_bytes=None`` to send anything.
DEFAULT_MAX_HTML_BYTES = 512 * 1024

#: The only ``sync_behavior`` under which pages may be written through the API (the API description:
#: "If you intend to create or update External Pages via the API, this should be set to `api`";
#: it cannot be changed to or from ``api`` later).
API_SYNC_BEHAVIOR = "api"


@dataclass(frozen=True, slots=True)
class ContentPage:
    """One page as it should be in Fin's content library.

    Attributes:
        external_id: the page's identifier in its source (unique per source); the sync's key.
        title: the page title (must not be empty).
        html: the body, in HTML.
        url: where Fin links readers to; ``None`` leaves Intercom's value (and sends none on create,
            so Fin will not cite the page).
        locale: the page language; the API descriptions only allow ``"en"``.
        ai_agent_availability, ai_copilot_availability: whether Fin AI Agent / Copilot may answer from
            the page. ``True`` by default because Intercom's own default on create is ``false`` (a page
            nobody uses); ``None`` leaves Intercom's value alone.
        origin: where the page came from (a file path), shown in messages.
        problem: set when the page could not even be read (the CLI's "not UTF-8", bad front matter):
            it is reported as failed, sent nowhere, and its external id still counts as present, so
            ``delete_missing`` never deletes it.
    """

    external_id: str
    title: str
    html: str
    url: str | None = None
    locale: str = "en"
    ai_agent_availability: bool | None = True
    ai_copilot_availability: bool | None = True
    origin: str | None = None
    problem: str | None = None

    @classmethod
    def invalid(cls, external_id: str, problem: str, origin: str | None = None) -> ContentPage:
        """A page that could not be read or made sense of: reported, never sent, never deleted."""
        return cls(external_id=external_id, title="", html="", origin=origin, problem=problem)

    def wanted(self) -> dict[str, Any]:
        """The compared fields this page sets (``None`` means "leave Intercom's value")."""
        values = {name: getattr(self, name) for name in COMPARED_FIELDS}
        return {name: value for name, value in values.items() if value is not None}

    def request_body(self, source_id: int | str) -> dict[str, Any]:
        """The JSON body of ``POST /ai/external_pages`` (create, or update by external id)."""
        return {
            **self.wanted(),
            "source_id": int(source_id),
            "external_id": self.external_id,
        }


@dataclass(frozen=True, slots=True)
class PageOutcome:
    """What happened (or, in a dry run, what would happen) to one page.

    Attributes:
        external_id: the page's external id.
        status: ``"created"``, ``"updated"``, ``"unchanged"``, ``"deleted"`` or ``"failed"``.
        action: the write the page needed (``"create"``, ``"update"``, ``"delete"``), or ``None``
            (unchanged, or refused before any request).
        page_id: Intercom's id of the page when known.
        changed: for an update, the fields that differed.
        error: for ``"failed"``, the typed error: :class:`InvalidPageError` when refused before any
            request, else the facade's API error (``RateLimitError``, ``BadRequestError``...).
        origin: where the page came from (a file path), if the caller said.
        title: the page title, for listings.
    """

    external_id: str
    status: OutcomeStatus
    action: Action | None = None
    page_id: str | None = None
    changed: tuple[str, ...] = ()
    error: Exception | None = None
    origin: str | None = None
    title: str | None = None
    #: The page to send (create/update); not part of equality or repr.
    page: ContentPage | None = field(default=None, compare=False, repr=False)

    def finished(self, page_id: str | None = None) -> PageOutcome:
        """This planned write, done."""
        return dataclasses.replace(self, page_id=page_id or self.page_id)

    def failed(self, error: Exception) -> PageOutcome:
        """This planned write, failed with ``error`` (the other pages carry on)."""
        return dataclasses.replace(self, status="failed", error=error)

    def describe(self) -> str:
        """One line for people: ``guides/setup.md: update failed: BadRequestError: ...``."""
        where = self.origin or self.external_id
        if self.status != "failed":
            extra = f" ({', '.join(self.changed)})" if self.changed else ""
            return f"{where}: {self.status}{extra}"
        what = f"{self.action} failed" if self.action else "refused"
        kind = type(self.error).__name__ if self.error is not None else "error"
        return f"{where}: {what}: {kind}: {self.error}"


def _counts(outcomes: Iterable[PageOutcome]) -> dict[str, int]:
    tally: Counter[str] = Counter(outcome.status for outcome in outcomes)
    return {status: tally.get(status, 0) for status in OUTCOMES}


@dataclass(frozen=True, slots=True)
class SyncPlan:
    """Every page's planned outcome, before any write.

    Attributes:
        source_id: the Content Import Source's id, or ``None`` when it does not exist yet.
        outcomes: one per page given (refused ones as ``"failed"``), then one per page to delete.
    """

    source_id: str | None
    outcomes: tuple[PageOutcome, ...]

    @property
    def counts(self) -> dict[str, int]:
        return _counts(self.outcomes)

    @property
    def writes(self) -> tuple[PageOutcome, ...]:
        """The outcomes that need a request (create, update, delete), in plan order."""
        return tuple(o for o in self.outcomes if o.action is not None and o.status != "failed")


@dataclass(frozen=True, slots=True)
class SyncResult:
    """The result of :meth:`AIContent.sync <intercom_client.ai_content.AIContent.sync>`.

    Attributes:
        source: the Content Import Source (the generated model), or ``None`` when a dry run found none.
        source_created: the sync created the source (a dry run: would create it).
        outcomes: one per page, in plan order.
        dry_run: nothing was written; statuses say what a real run would do.
    """

    source: Any
    source_created: bool
    outcomes: tuple[PageOutcome, ...]
    dry_run: bool = False

    @property
    def counts(self) -> dict[str, int]:
        """``{"created": n, "updated": n, "unchanged": n, "deleted": n, "failed": n}``."""
        return _counts(self.outcomes)

    @property
    def failed(self) -> tuple[PageOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status == "failed")

    @property
    def ok(self) -> bool:
        """No page failed: the source now matches the pages given (or would, for a dry run)."""
        return not self.failed


# --- checks ---------------------------------------------------------------------------------------------


def _is_web_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def check_source_url(url: object) -> str:
    """The source URL, stripped; a ``ValueError`` (before any request) unless it is http(s) with a host."""
    if not isinstance(url, str) or not _is_web_url(url.strip()):
        raise ValueError(f"the source URL must be an http:// or https:// URL with a host, got {url!r}")
    return url.strip()


def _same_source_url(a: str, b: str) -> bool:
    """Same scheme and host (case-insensitive), same path up to a trailing slash, same query."""
    pa, pb = urlsplit(a.strip()), urlsplit(b.strip())
    return (pa.scheme.lower(), (pa.netloc or "").lower(), pa.path.rstrip("/"), pa.query) == (
        pb.scheme.lower(),
        (pb.netloc or "").lower(),
        pb.path.rstrip("/"),
        pb.query,
    )


def pick_source(items: Iterable[Mapping[str, Any]], url: str) -> Mapping[str, Any] | None:
    """The Content Import Source for ``url`` among the listed ones, or ``None`` (create one).

    Several sources may share a URL; one with ``sync_behavior: api`` wins. A URL whose only sources
    are crawled ones (``automatic``/``manual``) is a :class:`ContentSourceError`: the API refuses to
    change ``sync_behavior`` to ``api``, and a second source with the same URL would split the content.
    """
    matches = [
        item for item in items if isinstance(item.get("url"), str) and _same_source_url(item["url"], url)
    ]
    for item in matches:
        if item.get("sync_behavior") == API_SYNC_BEHAVIOR:
            return item
    if matches:
        behaviours = sorted({str(item.get("sync_behavior")) for item in matches})
        raise ContentSourceError(
            f"the content import source for {url} has sync_behavior {', '.join(behaviours)}; external "
            f"pages can only be written to a source with sync_behavior '{API_SYNC_BEHAVIOR}' (Intercom does "
            "not allow changing it to or from 'api'): use another source URL"
        )
    return None


def check_pages(
    pages: Iterable[ContentPage],
    *,
    max_html_bytes: int | None = DEFAULT_MAX_HTML_BYTES,
    locales: Collection[str] | None = None,
) -> tuple[list[ContentPage], list[PageOutcome], set[str]]:
    """Split ``pages`` into the ones to send and the ones refused, before any request.

    Returns ``(valid, refused, claimed)``: refused pages come back as ``"failed"`` outcomes carrying
    an :class:`InvalidPageError`; ``claimed`` holds every external id given, refused ones included, so
    ``delete_missing`` never deletes a page whose file is still there but could not be sent.

    Refused: a page that could not be read (``problem``), an empty external id, an external id given by
    more than one page (all of them: which one is meant is unknowable), an empty title, an empty body, a
    body over ``max_html_bytes`` UTF-8 bytes, a URL that is not http(s), a locale outside ``locales``
    (the version's allowed values).
    """
    pages = list(pages)
    by_id: dict[str, list[ContentPage]] = defaultdict(list)
    position = {id(page): number for number, page in enumerate(pages, 1)}
    for page in pages:
        by_id[page.external_id.strip() if isinstance(page.external_id, str) else ""].append(page)
    claimed = {key for key in by_id if key}
    valid: list[ContentPage] = []
    refused: list[PageOutcome] = []
    for page in pages:
        reason = _problem(page, by_id, position, max_html_bytes, locales)
        if reason is None:
            valid.append(page)
            continue
        error = InvalidPageError(reason, external_id=page.external_id, origin=page.origin)
        refused.append(
            PageOutcome(
                external_id=page.external_id,
                status="failed",
                error=error,
                origin=page.origin,
                title=page.title or None,
            )
        )
    return valid, refused, claimed


def _problem(
    page: ContentPage,
    by_id: Mapping[str, list[ContentPage]],
    position: Mapping[int, int],
    max_html_bytes: int | None,
    locales: Collection[str] | None,
) -> str | None:
    if page.problem:
        return page.problem
    key = page.external_id.strip() if isinstance(page.external_id, str) else ""
    if not key:
        return "empty external id"
    if key != page.external_id:
        return f"external id {page.external_id!r} has leading or trailing whitespace"
    same = by_id[key]
    if len(same) > 1:
        where = ", ".join(p.origin or f"page #{position[id(p)]}" for p in same)
        return f"external id {key!r} is given by {len(same)} pages ({where}); an external id must be unique"
    if not isinstance(page.title, str) or not page.title.strip():
        return "empty title"
    if not isinstance(page.html, str) or not page.html.strip():
        return "empty body"
    if max_html_bytes is not None:
        size = len(page.html.encode("utf-8"))
        if size > max_html_bytes:
            return (
                f"body is {size:,} bytes of HTML, over the {max_html_bytes:,}-byte limit "
                "(max_html_bytes; Intercom publishes no limit, see docs/ai-content.md)"
            )
    if page.url is not None and not _is_web_url(page.url):
        return f"URL {page.url!r} is not an http:// or https:// URL"
    if locales is not None and page.locale not in locales:
        return f"locale {page.locale!r} is not accepted by this Intercom-Version (allowed: {', '.join(sorted(locales))})"
    return None


# --- the diff -------------------------------------------------------------------------------------------


def changed_fields(page: ContentPage, existing: Mapping[str, Any]) -> tuple[str, ...]:
    """The compared fields where ``existing`` (as Intercom returned it) differs from ``page``.

    A field the page leaves ``None`` is not compared. A field Intercom did not return at all counts as
    different: writing it is safe, and leaving stale content because a listing omitted it is not.
    """
    return tuple(
        name for name, value in page.wanted().items() if name not in existing or existing[name] != value
    )


def _text_id(value: object) -> str | None:
    """An external id as text: the spec says string; a number from some server means the same page."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return str(value) or None


def _same_id(a: object, b: object) -> bool:
    """Source ids arrive as integers (the spec) or strings (some servers): compare their text."""
    return a is not None and b is not None and str(a) == str(b)


def plan_sync(
    pages: Iterable[ContentPage],
    existing: Iterable[Mapping[str, Any]],
    *,
    source_id: object,
    delete_missing: bool = False,
    max_html_bytes: int | None = DEFAULT_MAX_HTML_BYTES,
    locales: Collection[str] | None = None,
) -> SyncPlan:
    """Compare the pages wanted with the listed External Pages and decide every page's outcome.

    Args:
        pages: the pages the source should have.
        existing: items of ``GET /ai/external_pages`` (every page of the workspace: only those of
            ``source_id`` are considered).
        source_id: the source's id, or ``None`` when it does not exist yet (everything is created).
        delete_missing: plan deleting the source's pages whose external id is not among ``pages``.
            Pages without an external id (not written through the API) are never deleted.
    """
    valid, refused, claimed = check_pages(pages, max_html_bytes=max_html_bytes, locales=locales)
    mine: dict[str, Mapping[str, Any]] = {}
    for item in existing:
        if source_id is None or not _same_id(item.get("source_id"), source_id):
            continue
        external_id = _text_id(item.get("external_id"))
        if external_id and external_id not in mine:
            mine[external_id] = item
    outcomes: list[PageOutcome] = []
    for page in valid:
        current = mine.get(page.external_id)
        if current is None:
            outcomes.append(
                PageOutcome(
                    page.external_id, "created", "create", origin=page.origin, title=page.title, page=page
                )
            )
            continue
        page_id = None if current.get("id") is None else str(current.get("id"))
        diff = changed_fields(page, current)
        if diff:
            outcomes.append(
                PageOutcome(
                    page.external_id,
                    "updated",
                    "update",
                    page_id=page_id,
                    changed=diff,
                    origin=page.origin,
                    title=page.title,
                    page=page,
                )
            )
        else:
            outcomes.append(
                PageOutcome(
                    page.external_id, "unchanged", page_id=page_id, origin=page.origin, title=page.title
                )
            )
    outcomes.extend(refused)
    if delete_missing:
        for external_id, item in mine.items():
            if external_id in claimed or item.get("id") is None:
                continue
            title = item.get("title")
            outcomes.append(
                PageOutcome(
                    external_id,
                    "deleted",
                    "delete",
                    page_id=str(item["id"]),
                    title=title if isinstance(title, str) else None,
                )
            )
    return SyncPlan(source_id=None if source_id is None else str(source_id), outcomes=tuple(outcomes))
