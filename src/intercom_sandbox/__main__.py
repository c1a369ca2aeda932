"""``python -m intercom_sandbox``: serve the sandbox on a port until interrupted."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .config import QUIRKS, SandboxConfig, parse_quirks


def build_parser() -> argparse.ArgumentParser:
    defaults = SandboxConfig()
    parser = argparse.ArgumentParser(
        prog="python -m intercom_sandbox",
        description="A local, stateful Intercom REST API server for tests and demos.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    server = parser.add_argument_group("server")
    server.add_argument("--host", default="127.0.0.1", help="interface to bind")
    server.add_argument("--port", type=int, default=8000, help="port to bind (0 picks a free one)")
    server.add_argument("--token", default=None, help="the only bearer token accepted (default: any token)")
    server.add_argument(
        "--default-version",
        default=defaults.default_version,
        help="Intercom-Version assumed when the header is missing",
    )
    server.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    server.add_argument(
        "--no-validate", action="store_true", help="do not validate requests against the spec"
    )

    data = parser.add_argument_group("data")
    data.add_argument("--seed", type=int, default=defaults.seed, help="seed of the generated data set")
    for name in ("contacts", "companies", "conversations", "messages", "articles", "tickets", "tags"):
        data.add_argument(f"--{name}", type=int, default=getattr(defaults, name), help=f"number of {name}")
    data.add_argument(
        "--message-days",
        type=int,
        default=defaults.message_days,
        help="messages are spread over this many days before the clock start",
    )
    data.add_argument(
        "--clock-start",
        type=float,
        default=None,
        help="epoch seconds the sandbox clock starts at (default: now); fixes timestamps across runs",
    )
    data.add_argument(
        "--quirks",
        default="",
        help=f"real-world deviations to switch on: 'all' or a comma list of {', '.join(QUIRKS)}",
    )

    behaviour = parser.add_argument_group("behaviour")
    behaviour.add_argument(
        "--export-delay",
        type=float,
        default=defaults.export_delay,
        help="seconds (sandbox clock) an export job takes; in_progress after half",
    )
    behaviour.add_argument(
        "--rate-limit",
        type=int,
        default=defaults.rate_limit,
        help="requests allowed per window and token (0: unlimited)",
    )
    behaviour.add_argument(
        "--rate-window", type=int, default=defaults.rate_window, help="rate-limit window, seconds"
    )
    behaviour.add_argument(
        "--scroll-page-size",
        type=int,
        default=defaults.scroll_page_size,
        help="companies per GET /companies/scroll page",
    )
    return parser


def config_from_args(args: argparse.Namespace) -> SandboxConfig:
    return SandboxConfig(
        seed=args.seed,
        contacts=args.contacts,
        companies=args.companies,
        conversations=args.conversations,
        messages=args.messages,
        articles=args.articles,
        tickets=args.tickets,
        tags=args.tags,
        message_days=args.message_days,
        export_delay=args.export_delay,
        rate_limit=args.rate_limit,
        rate_window=args.rate_window,
        token=args.token,
        default_version=args.default_version,
        quirks=parse_quirks(args.quirks),
        clock_start=args.clock_start,
        validate=not args.no_validate,
        scroll_page_size=args.scroll_page_size,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = config_from_args(args)
    except ValueError as exc:
        parser.error(str(exc))
    try:
        import uvicorn
    except ImportError:  # pragma: no cover - depends on the install
        print("The sandbox needs its extra: pip install 'intercom-openapi-client[sandbox]'", file=sys.stderr)
        return 2
    from .app import create_app

    app = create_app(config)
    print(
        f"Intercom sandbox on http://{args.host}:{args.port} (seed {config.seed}, "
        f"{'token required' if config.token else 'any bearer token'}, control plane /_sandbox)",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, lifespan="off")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
