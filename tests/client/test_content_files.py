"""Reading a folder of Markdown, HTML and text files as pages (what `intercom ai-content sync` sends)."""

from __future__ import annotations

from pathlib import Path

from intercom_client._content_files import page_from_text, read_folder

SOURCE = "https://docs.example.com/help/"


def test_markdown_is_rendered_and_titled_by_its_first_heading() -> None:
    text = "Intro line\n\n## Sub\n\n# The *real* title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~\n"
    page = page_from_text(text, "guides/setup.md", SOURCE)
    assert page.title == "The real title"  # the first top-level heading, inline markup dropped
    assert "<table>" in page.html and "<s>old</s>" in page.html and "<h2>Sub</h2>" in page.html
    assert page.url == "https://docs.example.com/help/guides/setup.md"
    assert page.external_id == "guides/setup.md"


def test_markdown_without_h1_uses_the_first_heading() -> None:
    assert page_from_text("### Only this\n\ntext", "a.md", SOURCE).title == "Only this"


def test_a_file_without_a_title_is_refused_with_where_to_put_one() -> None:
    assert page_from_text("just text", "a.md", SOURCE).problem == (
        "empty title (no heading and no 'title:' in front matter)"
    )
    assert page_from_text("<p>no title</p>", "c.html", SOURCE).problem == (
        "empty title (no <title>, no heading and no 'title:' in front matter)"
    )
    assert page_from_text(" \n\n", "d.txt", SOURCE).problem == "empty title (the file is blank)"
    assert page_from_text("---\ntitle: ''\n---\n# Heading\n", "e.md", SOURCE).problem is not None


def test_front_matter_overrides_title_url_and_flags() -> None:
    text = (
        "---\ntitle: From front matter\nurl: https://elsewhere.example.com/x\n"
        "ai_copilot_availability: false\ndate: 2026-01-01\ntags: [a, b]\n---\n# Heading\n"
    )
    page = page_from_text(text, "a.md", SOURCE)
    assert page.title == "From front matter"
    assert page.url == "https://elsewhere.example.com/x"
    assert page.ai_copilot_availability is False and page.ai_agent_availability is True
    assert "---" not in page.html and "<h1>Heading</h1>" in page.html


def test_bad_front_matter_makes_an_invalid_page() -> None:
    assert "not valid YAML" in (page_from_text("---\ntitle: [unclosed\n---\n", "a.md", SOURCE).problem or "")
    assert "must be a bool" in (
        page_from_text("---\nai_agent_availability: maybe\n---\n# T\n", "a.md", SOURCE).problem or ""
    )
    assert "mapping" in (page_from_text("---\n- a list\n---\n", "a.md", SOURCE).problem or "")


def test_html_title_from_title_tag_then_first_heading() -> None:
    doc = "<html><head><title> Setup &amp; install </title></head><body><h1>Other</h1></body></html>"
    page = page_from_text(doc, "a.html", SOURCE)
    assert page.title == "Setup & install" and page.html == doc
    assert page_from_text("<div><h2>Second <b>level</b></h2><h1>x</h1></div>", "b.htm", SOURCE).title == (
        "Second level"
    )


def test_text_is_escaped_paragraphs_titled_by_first_line() -> None:
    page = page_from_text("\nRelease <notes>\n\nLine one\nline two\n\n\nEnd & more\n", "a.txt", SOURCE)
    assert page.title == "Release <notes>"
    assert page.html == "<p>Release &lt;notes&gt;</p><p>Line one\nline two</p><p>End &amp; more</p>"


def test_read_folder_walks_sorted_skips_hidden_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "guides").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "guides" / "b.md").write_text("# B\n", encoding="utf-8")
    (tmp_path / "a.html").write_text("<h1>A</h1>", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Notes\n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.md").write_text("# H\n", encoding="utf-8")
    (tmp_path / ".git" / "x.md").write_text("# X\n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9\n".encode("latin-1"))
    (tmp_path / "bom.md").write_bytes("\ufeff# With BOM\n".encode())
    pages = read_folder(tmp_path, "https://docs.example.com")
    assert [p.external_id for p in pages] == ["a.html", "bom.md", "guides/b.md", "latin1.txt", "notes.txt"]
    by_id = {p.external_id: p for p in pages}
    assert by_id["latin1.txt"].problem is not None and by_id["latin1.txt"].problem.startswith("not UTF-8")
    assert by_id["bom.md"].title == "With BOM"
    assert by_id["guides/b.md"].url == "https://docs.example.com/guides/b.md"


def test_external_ids_are_unicode_normalised(tmp_path: Path) -> None:
    """The same name typed as NFD (macOS) and NFC (Linux) is the same page: two such files collide."""
    (tmp_path / "cafe\u0301.md").write_text("# One\n", encoding="utf-8")
    (tmp_path / "caf\u00e9.md").write_text("# Two\n", encoding="utf-8")
    pages = read_folder(tmp_path, "https://docs.example.com")
    assert [p.external_id for p in pages] == ["caf\u00e9.md", "caf\u00e9.md"]
    assert pages[0].url == "https://docs.example.com/caf%C3%A9.md"
