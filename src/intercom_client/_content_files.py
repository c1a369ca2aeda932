"""A folder of Markdown, HTML and text files, read as :class:`~intercom_client.ai_content.ContentPage`.

This is what ``intercom ai-content sync DIR`` sends (docs/ai-content.md, "Files"):

* files ending in ``.md``/``.markdown`` (rendered to HTML with markdown-it-py, CommonMark plus
  tables and strikethrough, raw HTML kept), ``.html``/``.htm`` (sent as written) and ``.txt``
  (escaped, one ``<p>`` per paragraph); other files, and hidden files and folders (a name starting
  with ``.``), are ignored;
* the external id is the path relative to DIR, with ``/`` separators, Unicode-normalised (NFC, so
  the same name typed on macOS and Linux is the same page);
* the page URL is the source URL joined with that path;
* the title is the first heading (Markdown, HTML: ``<title>`` first), or the first line (text);
* a YAML front matter block (``---`` lines around it, at the very top of any of these files) may set
  ``title``, ``url``, ``external_id``, ``locale``, ``ai_agent_availability`` and
  ``ai_copilot_availability``; other keys (``date``, ``tags``... of static site generators) are
  ignored.

A file that cannot be read (not UTF-8, bad front matter) becomes a page with a ``problem``: the
sync reports it and skips it before any write, and never deletes its page from Intercom.

Needs the ``cli`` extra (markdown-it-py, PyYAML), imported when a file needs them.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Mapping
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ._sync_plan import ContentPage

__all__ = ["FRONT_MATTER_KEYS", "MARKDOWN_SUFFIXES", "SUFFIXES", "page_from_text", "read_folder"]

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
TEXT_SUFFIXES = frozenset({".txt"})
SUFFIXES = MARKDOWN_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES

#: Front matter keys that shape the page, and the type each must have.
FRONT_MATTER_KEYS: Mapping[str, type] = {
    "title": str,
    "url": str,
    "external_id": str,
    "locale": str,
    "ai_agent_availability": bool,
    "ai_copilot_availability": bool,
}

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def read_folder(root: Path, source_url: str) -> list[ContentPage]:
    """Every page file under ``root`` (sorted by path), each read with :func:`page_from_text`."""
    pages: list[ContentPage] = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.relative_to(root)
        if path.suffix.lower() not in SUFFIXES or any(part.startswith(".") for part in relative.parts):
            continue
        external_id = unicodedata.normalize("NFC", relative.as_posix())
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            pages.append(
                ContentPage.invalid(
                    external_id, f"not UTF-8 (byte {exc.start}: {exc.reason})", origin=relative.as_posix()
                )
            )
            continue
        pages.append(page_from_text(text, external_id, source_url, origin=relative.as_posix()))
    return pages


def page_from_text(text: str, external_id: str, source_url: str, *, origin: str | None = None) -> ContentPage:
    """One page from a file's text; the kind is read from ``external_id``'s suffix."""
    text = text.removeprefix("\ufeff")  # a UTF-8 byte order mark is not content
    try:
        meta, body = _split_front_matter(text)
    except ValueError as exc:
        return ContentPage.invalid(external_id, str(exc), origin=origin)
    suffix = Path(external_id).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        page_html, title = _markdown(body)
        where = "no heading and no 'title:' in front matter"
    elif suffix in HTML_SUFFIXES:
        page_html, title = body, _html_title(body)
        where = "no <title>, no heading and no 'title:' in front matter"
    else:
        page_html, title = _text(body)
        where = "the file is blank"
    if not str(meta.get("title", title)).strip():
        return ContentPage.invalid(external_id, f"empty title ({where})", origin=origin)
    fields: dict[str, Any] = {
        "external_id": external_id,
        "title": title,
        "html": page_html,
        "url": source_url.rstrip("/") + "/" + quote(external_id),
        "origin": origin,
    }
    fields.update(meta)
    return ContentPage(**fields)


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    import yaml

    try:
        data = yaml.safe_load(match.group(1) or "")
    except yaml.YAMLError as exc:
        raise ValueError(f"front matter is not valid YAML: {' '.join(str(exc).split())}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ValueError("front matter must be a mapping of keys to values")
    meta: dict[str, Any] = {}
    for key, kind in FRONT_MATTER_KEYS.items():
        if key not in data:
            continue
        value = data[key]
        if not isinstance(value, kind):
            raise ValueError(f"front matter {key!r} must be a {kind.__name__}, got {value!r}")
        meta[key] = value
    return meta, text[match.end() :]


def _markdown(body: str) -> tuple[str, str]:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    tokens = parser.parse(body)
    title = ""
    for level in ("h1", None):  # the first top-level heading, else the first heading of any level
        for i, token in enumerate(tokens):
            if token.type == "heading_open" and (level is None or token.tag == level):
                inline = tokens[i + 1]
                title = "".join(
                    child.content for child in inline.children or () if child.type in ("text", "code_inline")
                )
                break
        if title:
            break
    return parser.renderer.render(tokens, parser.options, {}), title.strip()


class _TitleFinder(HTMLParser):
    """``<title>`` text, else the first ``<h1>``...``<h6>`` text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.heading: list[str] = []
        self._in: str | None = None
        self._heading_done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and not self.title:
            self._in = "title"
        elif re.fullmatch(r"h[1-6]", tag) and not self._heading_done and self._in is None:
            self._in = "heading"

    def handle_endtag(self, tag: str) -> None:
        if self._in == "title" and tag == "title":
            self._in = None
        elif self._in == "heading" and re.fullmatch(r"h[1-6]", tag):
            self._in = None
            self._heading_done = True

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title.append(data)
        elif self._in == "heading":
            self.heading.append(data)


def _html_title(body: str) -> str:
    finder = _TitleFinder()
    finder.feed(body)
    finder.close()
    for parts in (finder.title, finder.heading):
        text = " ".join("".join(parts).split())
        if text:
            return text
    return ""


def _text(body: str) -> tuple[str, str]:
    lines = body.splitlines()
    title = next((line.strip() for line in lines if line.strip()), "")
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body.replace("\r\n", "\n")) if p.strip()]
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs), title
