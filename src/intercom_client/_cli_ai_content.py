"""``intercom ai-content sync DIR --source-url URL``: a folder of pages into Fin's content library.

::

    intercom ai-content sync docs/ --source-url https://docs.example.com [--delete-missing] [--dry-run] [--json]

Reads the folder (``intercom_client._content_files``: Markdown, HTML, text; external id = path
relative to DIR), then runs ``client.ai_content.sync``. A progress bar on a terminal, the pages that
failed on stderr, a summary line on stdout; with ``--json`` the last stdout line is
``{"created": n, "updated": n, "unchanged": n, "deleted": n, "failed": n}``.

Exit codes: 0 every page converged (or would, for ``--dry-run``), 1 some pages failed at the API
(listed), 2 bad input: the source URL, the folder, or pages refused before any write (not UTF-8,
duplicate external id, empty title, too large...; the other pages are still synced).

Registered on the ``intercom`` app by ``cli.py``; shares its options and error handling.
"""

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from ._sync_plan import PageOutcome, SyncResult

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add the ``ai-content`` command group to the ``intercom`` app.

    Annotations here are real objects, not strings (no ``from __future__ import annotations``):
    typer reads the command's annotations, and the shared option types are local names.

    Called by ``cli.py`` once its shared options exist; the import of them happens here (not at
    module import) so that importing this module first does not make a cycle with ``cli``.
    """
    from .cli import (
        DEFAULT_VERSION,
        EXIT_API,
        EXIT_INTERRUPTED,
        EXIT_USAGE,
        BaseUrlOpt,
        QuietOpt,
        RegionOpt,
        TokenOpt,
        VersionOpt,
        _client,
        _errors,
        _fail,
        _stderr,
    )

    ai_content_app = typer.Typer(
        help="Fin's content library (AI Content API, Intercom-Version 2.12+): sync a folder of pages.",
        no_args_is_help=True,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.add_typer(ai_content_app, name="ai-content")

    class _SyncProgress:
        """A rich progress bar on a terminal (stderr), nothing elsewhere; fed one outcome per page."""

        def __init__(self, total: int, quiet: bool) -> None:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            console = _stderr()
            self.progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
                disable=quiet or not console.is_terminal,
                transient=True,
            )
            self.task = self.progress.add_task("syncing pages", total=total)
            self.total = total
            self.done = 0

        def __enter__(self) -> "_SyncProgress":
            self.progress.__enter__()
            return self

        def __exit__(self, *exc: object) -> None:
            self.progress.__exit__(*exc)  # type: ignore[arg-type]

        def __call__(self, outcome: "PageOutcome") -> None:
            self.done += 1
            self.total = max(self.total, self.done)  # deletions are not known up front
            self.progress.update(self.task, completed=self.done, total=self.total)

    def _summary(result: "SyncResult", directory: Path, url: str, seconds: float) -> str:
        counts = result.counts
        source = getattr(result.source, "id", None)
        where = f"source {source} ({url})" if source is not None else f"a new source ({url})"
        if result.dry_run:
            created = "; the source would be created" if result.source_created else ""
            return (
                f"dry run, nothing written: {directory} -> {where}: would create {counts['created']}, "
                f"update {counts['updated']}, delete {counts['deleted']}; {counts['unchanged']} unchanged, "
                f"{counts['failed']} failed{created} [{seconds:.1f} s]"
            )
        created = "; source created" if result.source_created else ""
        return (
            f"synced {directory} -> {where}: {counts['created']} created, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged, {counts['deleted']} deleted, {counts['failed']} failed"
            f"{created} [{seconds:.1f} s]"
        )

    @ai_content_app.command("sync")
    def sync(
        directory: Annotated[
            Path,
            typer.Argument(help="Folder of .md/.markdown, .html/.htm and .txt files.", show_default=False),
        ],
        source_url: Annotated[
            str,
            typer.Option(
                "--source-url",
                help="URL of the Content Import Source (found or created); page URLs are joined to it.",
                show_default=False,
            ),
        ],
        delete_missing: Annotated[
            bool,
            typer.Option("--delete-missing", help="Delete the source's pages that have no file any more."),
        ] = False,
        dry_run: Annotated[bool, typer.Option("--dry-run", help="Only say what would change.")] = False,
        as_json: Annotated[
            bool, typer.Option("--json", help="End stdout with a JSON line of the counts.")
        ] = False,
        concurrency: Annotated[
            int, typer.Option("--concurrency", help="Writes in flight at once.", min=1)
        ] = 8,
        max_html_bytes: Annotated[
            int,
            typer.Option(
                "--max-html-bytes",
                help="Refuse pages whose HTML is larger (Intercom publishes no limit; 0 = no limit).",
                min=0,
            ),
        ] = 512 * 1024,  # = _sync_plan.DEFAULT_MAX_HTML_BYTES (not imported: keeps --help fast)
        quiet: QuietOpt = False,
        token: TokenOpt = None,
        version: VersionOpt = DEFAULT_VERSION,
        region: RegionOpt = None,
        base_url: BaseUrlOpt = None,
    ) -> None:
        """Make the source's External Pages match the files of DIR: create new, update changed, and with
        --delete-missing delete the pages whose files are gone. Unchanged pages cost no request."""
        from ._content_files import SUFFIXES, read_folder
        from ._sync_plan import InvalidPageError, check_source_url

        try:
            url = check_source_url(source_url)
        except ValueError as exc:
            _fail(str(exc), EXIT_USAGE)
        if not directory.is_dir():
            _fail(f"{directory} is not a folder", EXIT_USAGE)
        pages = read_folder(directory, url)
        if not pages:
            # An empty folder with --delete-missing would empty the source: refuse rather than guess.
            _fail(f"no {', '.join(sorted(SUFFIXES))} files under {directory}: nothing to sync", EXIT_USAGE)
        started = time.monotonic()
        result: Any = None
        with _errors():
            client = _client(token, version, region, base_url)
            with client, _SyncProgress(len(pages), quiet) as progress:
                try:
                    result = client.ai_content.sync(
                        url,
                        pages,
                        delete_missing=delete_missing,
                        dry_run=dry_run,
                        concurrency=concurrency,
                        max_html_bytes=max_html_bytes or None,
                        progress=progress,
                    )
                except KeyboardInterrupt:
                    _stderr().print(
                        "[yellow]interrupted[/]: pages already written stay; run the sync again to converge"
                    )
                    raise typer.Exit(EXIT_INTERRUPTED) from None
        console = _stderr()
        for outcome in result.failed:
            console.print(f"[red]failed:[/] {_escape(outcome.describe())}", soft_wrap=True)
        typer.echo(_summary(result, directory, url, time.monotonic() - started))
        if as_json:
            typer.echo(json.dumps(result.counts))
        if any(isinstance(o.error, InvalidPageError) for o in result.failed):
            raise typer.Exit(EXIT_USAGE)
        if result.failed:
            raise typer.Exit(EXIT_API)

    def _escape(text: str) -> str:
        from rich.markup import escape

        return escape(text)
