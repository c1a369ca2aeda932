"""The pin: which upstream commit and which bytes each Intercom-Version is generated from.

`openapi/pin.toml` is the only committed trace of the upstream YAML. `materialise()` puts the files
in `openapi/<version>/api.intercom.io.yaml`, from a local checkout (by default
`../shared/intercom-openapi`) or from the upstream raw URL at the pinned commit, and refuses any
file whose sha256 is not the pinned one, so a build can never silently use other bytes.
"""

from __future__ import annotations

import hashlib
import os
import tomllib
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from intercom_codegen.paths import DEFAULT_LOCAL_SOURCE, OPENAPI_DIR, PIN_FILE

SPEC_FILENAME = "api.intercom.io.yaml"


class PinError(Exception):
    """The pin file is malformed, or a description does not match its pinned sha256."""


@dataclass(frozen=True)
class VersionPin:
    """One Intercom-Version as pinned: where its description lives upstream and what it hashes to."""

    version: str
    path: str
    sha256: str
    package: str
    header: str

    @property
    def local_path(self) -> Path:
        """Where the materialised description lives in this checkout."""
        return OPENAPI_DIR / self.version / SPEC_FILENAME


@dataclass(frozen=True)
class Pin:
    """The whole pin file: the upstream repository and commit, and every version."""

    repository: str
    commit: str
    raw_url: str
    versions: dict[str, VersionPin]

    def get(self, version: str) -> VersionPin:
        """The pin of `version`; accepts the header value too ("Preview" for "0")."""
        for pin in self.versions.values():
            if version in (pin.version, pin.header, pin.package):
                return pin
        supported = ", ".join(self.versions)
        raise PinError(f"unknown Intercom-Version {version!r}; pinned versions: {supported}")

    def url(self, pin: VersionPin) -> str:
        """The upstream raw URL of one description at the pinned commit."""
        return self.raw_url.format(commit=self.commit, path=pin.path)


def default_package(version: str) -> str:
    """`2.14` -> `intercom_v2_14`: the rule that names generated packages."""
    return "intercom_v" + version.replace(".", "_")


def load(path: Path = PIN_FILE) -> Pin:
    """Read and check the pin file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        upstream = data["upstream"]
        versions = {}
        for version, entry in data["versions"].items():
            versions[version] = VersionPin(
                version=version,
                path=entry.get("path", f"descriptions/{version}/{SPEC_FILENAME}"),
                sha256=entry.get("sha256", ""),
                package=entry.get("package", default_package(version)),
                header=entry.get("header", version),
            )
        return Pin(upstream["repository"], upstream["commit"], upstream["raw_url"], versions)
    except (KeyError, TypeError, tomllib.TOMLDecodeError) as exc:
        raise PinError(f"{path}: malformed pin file ({exc!r})") from exc


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def default_source() -> Path | None:
    """The local upstream checkout to copy from, if there is one."""
    env = os.environ.get("INTERCOM_OPENAPI_SOURCE")
    if env:
        return Path(env)
    return DEFAULT_LOCAL_SOURCE if DEFAULT_LOCAL_SOURCE.is_dir() else None


def read_source(pin: Pin, vpin: VersionPin, source: Path | None) -> tuple[bytes, str]:
    """The bytes of one description from `source` (a directory) or the upstream URL, and where from."""
    if source is not None:
        file = source / vpin.path
        if not file.is_file():
            raise PinError(f"{file}: not found (source directory {source})")
        return file.read_bytes(), str(file)
    url = pin.url(vpin)
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.read(), url
    except OSError as exc:  # URLError, timeouts, refused connections: no network is an expected state
        reason = getattr(exc, "reason", None) or exc
        raise PinError(f"cannot download {url} ({reason})") from exc


def verify(vpin: VersionPin, data: bytes, origin: str) -> None:
    """Refuse bytes that are not the pinned ones."""
    actual = sha256_of(data)
    if actual != vpin.sha256:
        raise PinError(
            f"sha256 mismatch for Intercom-Version {vpin.version} from {origin}:\n"
            f"  pinned   {vpin.sha256 or '(none)'}\n  received {actual}\n"
            "The source is not the pinned upstream commit. Point --source at the right checkout, or move "
            "the pin deliberately with `python -m intercom_codegen update`."
        )


def _display(path: Path) -> str:
    from intercom_codegen.paths import ROOT

    try:
        return str(path.resolve().relative_to(ROOT.resolve()))
    except ValueError:
        return str(path)


def _cannot_materialise(pin: Pin, vpin: VersionPin, on_disk: str | None, error: PinError) -> str:
    """Which file, which hashes, why the pinned bytes could not be had, and the three ways out."""
    if on_disk is None:
        state = f"{_display(vpin.local_path)} is missing"
    else:
        state = f"{_display(vpin.local_path)} is not the pinned description (stale or edited)"
    return (
        f"Intercom-Version {vpin.version}: {state}\n"
        f"  pinned   sha256 {vpin.sha256 or '(none)'}\n"
        f"  on disk  sha256 {on_disk or '(no file)'}\n"
        f"and the pinned bytes cannot be fetched: {error}\n"
        "To fix it, one of:\n"
        f"  - point INTERCOM_OPENAPI_SOURCE (or `python -m intercom_codegen fetch --source DIR`) at a checkout "
        f"of {pin.repository} at commit {pin.commit};\n"
        f"  - with network access, run `python -m intercom_codegen fetch {vpin.version}` (it replaces the file);\n"
        "  - if the new description is what you want, move the pin deliberately: "
        "`python -m intercom_codegen update --source DIR`."
    )


def materialise(
    versions: list[str] | None = None, source: Path | None = None, pin: Pin | None = None
) -> list[VersionPin]:
    """Make `openapi/<version>/api.intercom.io.yaml` exist with the pinned bytes.

    A file already in place with the right hash is left alone (no copy, no download).
    """
    pin = pin or load()
    source = source if source is not None else default_source()
    done = []
    for version in versions or list(pin.versions):
        vpin = pin.get(version)
        target = vpin.local_path
        on_disk = sha256_of(target.read_bytes()) if target.is_file() else None
        if on_disk == vpin.sha256:
            done.append(vpin)
            continue
        try:
            data, origin = read_source(pin, vpin, source)
        except PinError as exc:
            raise PinError(_cannot_materialise(pin, vpin, on_disk, exc)) from exc
        verify(vpin, data, origin)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")  # parallel workers may materialise at once
        tmp.write_bytes(data)
        tmp.replace(target)
        done.append(vpin)
    return done
