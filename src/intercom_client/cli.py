"""The ``intercom`` command line tool (``pip install 'intercom-openapi-client[cli]'``).

::

    intercom versions                                   supported versions and their operation counts
    intercom diff 2.14 2.15 [--format json]             API changelog between two versions
    intercom export content --since 2026-01-01 --until 2026-01-31 -o messages.csv
    intercom export reporting --dataset conversation --attributes conversation.id,... --since ... -o f.csv
    intercom export datasets                            reporting datasets and their attribute ids
    intercom sandbox --port 8000                        a local Intercom API server
    intercom api GET /contacts --query per_page=50 --paginate      any operation, JSON out
    intercom --version                                  this tool's version

Commands that talk to the API take ``--token`` (else ``INTERCOM_ACCESS_TOKEN``), ``--intercom-version``
(alias ``--version`` after the command name: the Intercom-Version header) and ``--region us|eu|au`` or
``--base-url`` (else ``INTERCOM_BASE_URL``). Exit codes: 0 done, 1 the API or the export failed, 2 bad
input (usage, dates, configuration), 130 interrupted (a running content export job is canceled
first). The token is never printed. Errors speak in flags and environment variables, not in the
facade's Python keywords (:func:`cli_terms`).

Typer (on click) parses; rich draws progress. Both, and everything behind a command (the facade, the
generated packages, the spec tooling), are imported only when needed, so ``--help`` stays fast.
"""

from __future__ import annotations

import json
import re
import sys
import time
from contextlib import contextmanager
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

try:
    import typer
except ImportError:  # pragma: no cover - depends on the install
    typer = None  # type: ignore[assignment]
else:
    from . import _cli_ai_content

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rich.console import Console

    from intercom_client import Intercom

__all__ = ["app", "cli_terms", "main"]

EXIT_API = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


#: The facade's keyword arguments and the flags that set them on the command line.
_FLAGS = {
    "token": "--token",
    "base_url": "--base-url",
    "region": "--region",
    "version": "--intercom-version",
    "app_id": "--app-id",
}
_KEYWORD = re.compile(r"\b(" + "|".join(_FLAGS) + r")=(\.\.\.|'([^']*)')?")


def cli_terms(message: str) -> str:
    """A facade message with its Python keywords (``pass token=...``) said as command-line flags."""

    def flag(match: re.Match[str]) -> str:
        value = match.group(3)
        return _FLAGS[match.group(1)] + (f" {value}" if value else "")

    return _KEYWORD.sub(flag, message.replace("create the client with ", "use "))


def _install_hint() -> NoReturn:
    print(
        "The intercom command needs its extra: pip install 'intercom-openapi-client[cli]'",
        file=sys.stderr,
    )
    raise SystemExit(EXIT_USAGE)


if typer is None:  # pragma: no cover - depends on the install

    def main() -> None:
        _install_hint()

else:

    class Region(StrEnum):
        us = "us"
        eu = "eu"
        au = "au"

    class Format(StrEnum):
        md = "md"
        json = "json"

    # --- shared options (Annotated aliases: one definition, on every API command) ----------------------

    TokenOpt = Annotated[
        str | None,
        typer.Option(
            "--token",
            help="Access token (default: the INTERCOM_ACCESS_TOKEN environment variable). Never printed.",
            show_default=False,
            rich_help_panel="API",
        ),
    ]
    VersionOpt = Annotated[
        str,
        typer.Option(
            "--intercom-version",
            "--version",
            help="Intercom-Version to use (2.7 ... 2.16, Preview).",
            rich_help_panel="API",
        ),
    ]
    RegionOpt = Annotated[
        Region | None,
        typer.Option(
            "--region", help="Data hosting region (default: us).", show_default=False, rich_help_panel="API"
        ),
    ]
    BaseUrlOpt = Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="API root instead of a region (e.g. a sandbox: http://127.0.0.1:8000).",
            show_default=False,
            rich_help_panel="API",
        ),
    ]
    SinceOpt = Annotated[
        str,
        typer.Option(
            "--since",
            help="Start, inclusive: YYYY-MM-DD, an ISO datetime (naive = UTC) or unix seconds.",
            show_default=False,
        ),
    ]
    UntilOpt = Annotated[
        str,
        typer.Option(
            "--until",
            help="End, inclusive (a date means the end of that day), same forms as --since.",
            show_default=False,
        ),
    ]
    OutputOpt = Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="File (or existing directory) to write; a .gz name keeps the gzip.",
            show_default=False,
        ),
    ]
    TimeoutOpt = Annotated[
        float, typer.Option("--timeout", help="Give up waiting for the job after this many seconds.")
    ]
    PollOpt = Annotated[
        float, typer.Option("--poll-interval", hidden=True, help="First poll interval, seconds.")
    ]
    QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")]

    DEFAULT_VERSION = "2.14"  # = intercom_client._config.DEFAULT_VERSION (not imported: keep --help fast)

    app = typer.Typer(
        name="intercom",
        help="Intercom REST API from the command line: versions, API changelogs, exports, a local sandbox.",
        no_args_is_help=True,
        add_completion=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        pretty_exceptions_enable=False,
    )
    export_app = typer.Typer(
        help="Run an export job to a file: create, wait (with progress), download.",
        no_args_is_help=True,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.add_typer(export_app, name="export")

    # --- output helpers -----------------------------------------------------------------------------

    def _stderr() -> Console:
        from rich.console import Console

        return Console(stderr=True, highlight=False)

    def _fail(message: str, code: int) -> NoReturn:
        _stderr().print(f"[bold red]error:[/] {_escape(message)}", soft_wrap=True)
        raise typer.Exit(code)

    def _escape(text: str) -> str:
        from rich.markup import escape

        return escape(text)

    @contextmanager
    def _errors() -> Iterator[None]:
        """Typed facade errors -> one red line and an exit code (never a traceback, never the token)."""
        from intercom_client import (
            APIConnectionError,
            APIStatusError,
            IntercomConfigError,
            IntercomError,
        )
        from intercom_client._dates import ExportWindowError

        try:
            yield
        except KeyboardInterrupt:
            _stderr().print("[yellow]interrupted[/] (a running content export job was canceled)")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except (IntercomConfigError, ExportWindowError) as exc:
            _fail(cli_terms(str(exc)), EXIT_USAGE)
        except APIStatusError as exc:
            detail = (
                f" (request id {exc.request_id})" if exc.request_id and exc.request_id not in str(exc) else ""
            )
            _fail(f"the API answered {exc.status_code}: {exc}{detail}", EXIT_API)
        except APIConnectionError as exc:
            _fail(f"cannot reach the API: {exc}", EXIT_API)
        except IntercomError as exc:
            _fail(f"{type(exc).__name__}: {cli_terms(str(exc))}", EXIT_API)
        except (FileNotFoundError, IsADirectoryError, PermissionError) as exc:
            _fail(str(exc), EXIT_USAGE)

    def parse_when(value: str, name: str) -> date | datetime | int:
        """YYYY-MM-DD -> date; an ISO datetime -> datetime; digits -> unix seconds."""
        text = value.strip()
        if text.isdigit():
            return int(text)
        try:
            if len(text) == 10:
                return date.fromisoformat(text)
            return datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise typer.BadParameter(
                f"{value!r} is not a date (YYYY-MM-DD), an ISO datetime or unix seconds", param_hint=name
            ) from None

    def _client(token: str | None, version: str, region: Region | None, base_url: str | None) -> Intercom:
        if region is not None and base_url is not None:
            raise typer.BadParameter(
                "give --region or --base-url, not both", param_hint="--region/--base-url"
            )
        from intercom_client import Intercom

        return Intercom(token=token, version=version, region=(region or Region.us).value, base_url=base_url)

    class _ProgressDisplay:
        """A rich progress line fed by the facade's ProgressEvent callbacks."""

        def __init__(self, kind: str, quiet: bool) -> None:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.kind = kind
            self.console = _stderr()
            # On a terminal: one live line. Elsewhere (CI logs, pipes): a plain line per stage or status
            # change, never one per downloaded chunk.
            self.live = self.console.is_terminal and not quiet
            self.plain = not self.console.is_terminal and not quiet
            self.last = ""
            self.started = time.monotonic()
            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=self.console,
                disable=not self.live,
                transient=True,
            )
            self.task = self.progress.add_task(f"{kind} export: creating the job", total=None)

        def __enter__(self) -> _ProgressDisplay:
            self.progress.__enter__()
            return self

        def __exit__(self, *exc: object) -> None:
            self.progress.__exit__(*exc)  # type: ignore[arg-type]

        def __call__(self, event: Any) -> None:
            if event.stage == "created":
                text = f"{self.kind} export {event.job_id}: created"
            elif event.stage == "waiting":
                text = f"{self.kind} export {event.job_id}: {event.status or 'waiting'}"
            elif event.stage == "downloading":
                size = _size(event.bytes_downloaded)
                total = f" of {_size(event.total_bytes)}" if event.total_bytes else ""
                text = f"{self.kind} export {event.job_id}: downloading {size}{total}"
            else:
                text = f"{self.kind} export {event.job_id}: done ({event.status})"
            self.progress.update(self.task, description=text)
            if self.plain and event.stage != "downloading" and text != self.last:
                self.console.print(
                    f"{text} [{time.monotonic() - self.started:.1f} s]", soft_wrap=True, markup=False
                )
                self.last = text

    def _size(n: int | None) -> str:
        value = float(n or 0)
        for unit in ("B", "KB", "MB", "GB"):
            if value < 1024 or unit == "GB":
                return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
            value /= 1024
        return f"{value:.1f} GB"  # pragma: no cover

    def _report(result: Any, started: float) -> None:
        what = "compressed CSV" if result.compressed else "CSV"
        typer.echo(
            f"wrote {result.rows} rows ({what}, {_size(result.bytes_written)}) to {result.path} "
            f"[job {result.job_id}, {result.status}, {time.monotonic() - started:.1f} s]"
        )

    # --- commands -----------------------------------------------------------------------------------

    def _about(value: bool) -> None:
        if value:
            from importlib.metadata import PackageNotFoundError, version

            try:
                typer.echo(f"intercom {version('intercom-openapi-client')}")
            except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
                typer.echo("intercom (not installed)")
            raise typer.Exit()

    @app.callback()
    def _root(
        show_version: Annotated[
            bool,
            typer.Option(
                "--version",
                "--about",
                callback=_about,
                is_eager=True,
                help="Show this tool's version and exit (after a command, --version is the Intercom-Version).",
            ),
        ] = False,
    ) -> None:
        """Intercom REST API from the command line."""

    @app.command()
    def versions(
        as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
    ) -> None:
        """Supported Intercom-Versions (installed generated packages) and their operation counts."""
        import importlib
        import json

        from intercom_client._config import (
            DEFAULT_VERSION as default,
        )
        from intercom_client._config import (
            package_for_version,
            supported_versions,
        )

        rows: list[dict[str, Any]] = []
        for version in supported_versions():
            package = package_for_version(version)
            operations = importlib.import_module(f"{package}.api").OPERATIONS
            rows.append(
                {
                    "version": version,
                    "package": package,
                    "operations": len(operations),
                    "default": version == default,
                }
            )
        if as_json:
            typer.echo(json.dumps(rows, indent=2))
            return
        from rich.console import Console
        from rich.table import Table

        table = Table("Intercom-Version", "package", "operations", title=None, box=None)
        for row in rows:
            mark = " (default)" if row["default"] else ""
            table.add_row(f"{row['version']}{mark}", row["package"], str(row["operations"]))
        Console().print(table)

    @app.command()
    def diff(
        a: Annotated[
            str, typer.Argument(help="Old spec: VERSION or VERSION@SOURCE (checkout dir, file, commit).")
        ],
        b: Annotated[str, typer.Argument(help="New spec, same forms.")],
        fmt: Annotated[
            Format, typer.Option("--format", help="Markdown (for a pull request) or JSON.")
        ] = Format.md,
        output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to a file.")] = None,
        summary: Annotated[bool, typer.Option("--summary", help="Only the counts.")] = False,
    ) -> None:
        """API changelog between two versions (2.14 2.15) or two pins of one (2.16 2.16@../Intercom-OpenAPI).

        Needs a checkout of this project (openapi/pin.toml, overlays/) and the codegen extra; the pinned
        descriptions are materialised from ../shared/intercom-openapi or the upstream URL.
        """
        try:
            from intercom_codegen import changelog, overlay, pin
        except ImportError as exc:
            _fail(
                f"diff needs the codegen extra (pip install 'intercom-openapi-client[codegen]'): {exc}",
                EXIT_USAGE,
            )
        try:
            with _stderr().status("loading and comparing the specs"):
                log = changelog.compare(a, b)
        except (changelog.ChangelogError, pin.PinError, overlay.OverlayError) as exc:
            _fail(str(exc), EXIT_USAGE)
        except OSError as exc:
            _fail(f"cannot read the specs ({exc}); diff runs in a checkout of this project", EXIT_USAGE)
        if summary:
            text = changelog.summary_table([log]) + "\n"
        else:
            text = log.to_json() if fmt is Format.json else log.to_markdown()
        if output is not None:
            output.write_text(text, encoding="utf-8")
            s = log.summary()
            typer.echo(f"wrote {output}: {s['total']} changes, {s['breaking']} breaking")
        else:
            sys.stdout.write(text)

    @export_app.command("content")
    def export_content(
        since: SinceOpt,
        until: UntilOpt,
        output: OutputOpt,
        timeout: TimeoutOpt = 3600.0,
        quiet: QuietOpt = False,
        token: TokenOpt = None,
        version: VersionOpt = DEFAULT_VERSION,
        region: RegionOpt = None,
        base_url: BaseUrlOpt = None,
        poll_interval: PollOpt = 1.0,
    ) -> None:
        """Content (message) data export to a CSV file: at most 90 days, one job per workspace at a time."""
        start, end = parse_when(since, "--since"), parse_when(until, "--until")
        started = time.monotonic()
        with _errors():
            client = _client(token, version, region, base_url)
            with client, _ProgressDisplay("content", quiet) as display:
                result = client.exports.content(
                    start,
                    end,
                    output,
                    poll_interval=poll_interval,
                    timeout=timeout,
                    progress=display,
                    keep_gzip=output.suffix == ".gz",
                )
            _report(result, started)

    @export_app.command("reporting")
    def export_reporting(
        dataset: Annotated[
            str,
            typer.Option(
                "--dataset", help="Dataset id (see `intercom export datasets`).", show_default=False
            ),
        ],
        attributes: Annotated[
            str, typer.Option("--attributes", help="Comma-separated attribute ids.", show_default=False)
        ],
        since: SinceOpt,
        until: UntilOpt,
        output: OutputOpt,
        app_id: Annotated[
            str | None,
            typer.Option("--app-id", help="Workspace id (default: from GET /me).", show_default=False),
        ] = None,
        timeout: TimeoutOpt = 3600.0,
        quiet: QuietOpt = False,
        token: TokenOpt = None,
        version: VersionOpt = DEFAULT_VERSION,
        region: RegionOpt = None,
        base_url: BaseUrlOpt = None,
        poll_interval: PollOpt = 1.0,
    ) -> None:
        """Reporting data export (Intercom-Version 2.14+ or Preview) to a CSV file."""
        attribute_ids = [a.strip() for a in attributes.split(",") if a.strip()]
        if not attribute_ids:
            raise typer.BadParameter("give at least one attribute id", param_hint="--attributes")
        start, end = parse_when(since, "--since"), parse_when(until, "--until")
        started = time.monotonic()
        with _errors():
            client = _client(token, version, region, base_url)
            with client, _ProgressDisplay("reporting", quiet) as display:
                result = client.exports.reporting(
                    dataset,
                    attribute_ids,
                    start,
                    end,
                    output,
                    app_id=app_id,
                    poll_interval=poll_interval,
                    timeout=timeout,
                    progress=display,
                    keep_gzip=output.suffix == ".gz",
                )
            _report(result, started)

    @export_app.command("datasets")
    def export_datasets(
        token: TokenOpt = None,
        version: VersionOpt = DEFAULT_VERSION,
        region: RegionOpt = None,
        base_url: BaseUrlOpt = None,
    ) -> None:
        """Reporting datasets and their attribute ids (for `export reporting`)."""
        with _errors():
            client = _client(token, version, region, base_url)
            with client:
                datasets = client.exports.datasets()
        for ds in datasets:
            typer.echo(f"{ds.id}: {ds.name or ''}")
            for attribute in ds.attributes:
                typer.echo(f"  {attribute.id}")

    @app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
    def sandbox(
        ctx: typer.Context,
        host: Annotated[str, typer.Option("--host", help="Interface to bind.")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="Port to bind (0 picks a free one).")] = 8000,
        seed: Annotated[
            int | None, typer.Option("--seed", help="Seed of the generated data set.", show_default=False)
        ] = None,
    ) -> None:
        """Start the local sandbox server (a stateful Intercom API) until Ctrl-C.

        Every other option of `python -m intercom_sandbox` passes through (--token, --export-delay,
        --contacts N, --rate-limit, --quirks all, --no-validate, ...). Needs the sandbox extra.
        """
        try:
            from intercom_sandbox.__main__ import main as sandbox_main
        except ImportError as exc:
            _fail(
                f"the sandbox needs its extra (pip install 'intercom-openapi-client[sandbox]'): {exc}",
                EXIT_USAGE,
            )
        argv = [
            "--host",
            host,
            "--port",
            str(port),
            *(["--seed", str(seed)] if seed is not None else []),
            *ctx.args,
        ]
        try:
            code = sandbox_main(argv)
        except KeyboardInterrupt:
            raise typer.Exit(EXIT_INTERRUPTED) from None
        raise typer.Exit(code or 0)

    @app.command("api")
    def api(
        method: Annotated[str, typer.Argument(help="HTTP method: GET, POST, PUT, PATCH or DELETE.")],
        path: Annotated[str, typer.Argument(help="Path as in Intercom's reference, e.g. /contacts/123.")],
        data: Annotated[
            str | None,
            typer.Option("--data", "-d", help="JSON request body, or @FILE to read it.", show_default=False),
        ] = None,
        query: Annotated[
            list[str] | None,
            typer.Option(
                "--query", help="Query parameter NAME=VALUE (repeat for several).", show_default=False
            ),
        ] = None,
        paginate: Annotated[
            bool, typer.Option("--paginate", help="Follow every page; print one JSON array of the items.")
        ] = False,
        max_items: Annotated[
            int | None,
            typer.Option(
                "--max-items", help="With --paginate: stop after this many items.", show_default=False
            ),
        ] = None,
        token: TokenOpt = None,
        version: VersionOpt = DEFAULT_VERSION,
        region: RegionOpt = None,
        base_url: BaseUrlOpt = None,
    ) -> None:
        """Call any operation of the Intercom-Version and print its JSON (auth, retries and paging included).

        The operation is found from METHOD and PATH in the version's operations, and the request is
        built by its generated code: the body is checked against the operation's request model before
        anything is sent. A download is written to standard output as bytes.
        """
        from intercom_client._config import package_for_version
        from intercom_client._operations import OperationNotFound, find_operation

        params: dict[str, str] = {}
        for item in query or []:
            name, sep, value = item.partition("=")
            if not sep or not name:
                raise typer.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--query")
            params[name] = value
        body: object | None = None
        if data is not None:
            text = Path(data[1:]).read_text(encoding="utf-8") if data.startswith("@") else data
            try:
                body = json.loads(text)
            except ValueError as exc:
                raise typer.BadParameter(f"not JSON: {exc}", param_hint="--data") from None
        with _errors():
            client = _client(token, version, region, base_url)
            with client:
                try:
                    call = find_operation(package_for_version(client.version), method, path)
                    kwargs, extra = call.arguments(params, body)
                except OperationNotFound as exc:
                    _fail(f"{exc} (Intercom-Version {client.version}; see `intercom versions`)", EXIT_USAGE)
                except (ValueError, KeyError, TypeError) as exc:
                    _fail(f"--data/--query do not fit {call.key}: {exc}", EXIT_USAGE)
                if paginate:
                    if extra:
                        _fail(
                            f"--paginate takes only the query parameters {call.key} declares; "
                            f"not: {', '.join(extra)}",
                            EXIT_USAGE,
                        )
                    items = list(client.paginate(call.module, raw=True, max_items=max_items, **kwargs))
                    typer.echo(json.dumps(items, indent=2, default=str))
                    return
                from intercom_client._resource import RequestOptions

                # The path every typed method takes (the client's bound interface): the same auth,
                # retries (a search counts as a read) and typed errors; the body is printed as received.
                raw = client._resource_client().with_raw_response()
                options = RequestOptions(extra_query=extra or None)
                response = raw.request(call.module, call.module._get_kwargs(**kwargs), options).http_response
        if "json" not in response.headers.get("content-type", "json"):
            sys.stdout.buffer.write(response.content)
            return
        from intercom_client._errors import parse_json_object

        with _errors():
            typer.echo(json.dumps(parse_json_object(response), indent=2) if response.content.strip() else "")

    _cli_ai_content.register(app)

    def main() -> None:
        """The ``intercom`` console script."""
        app(prog_name="intercom")


if __name__ == "__main__":
    main()
