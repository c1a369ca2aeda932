"""``Intercom-Version`` handling.

The published values are the spec's ``intercom_version`` enum (1.0 ... 2.16 and Preview). The seeds'
curl examples send ``Unstable``, the older name of Preview, so it is accepted as an alias. A version
without its own description in shared/intercom-openapi (1.0 ... 2.6) is validated against the oldest
one we have (2.7): that is the closest published contract.
"""

from __future__ import annotations

from .errors import ApiError

PUBLISHED: tuple[str, ...] = (
    "1.0",
    "1.1",
    "1.2",
    "1.3",
    "1.4",
    "2.0",
    "2.1",
    "2.2",
    "2.3",
    "2.4",
    "2.5",
    "2.6",
    "2.7",
    "2.8",
    "2.9",
    "2.10",
    "2.11",
    "2.12",
    "2.13",
    "2.14",
    "2.15",
    "2.16",
    "Preview",
)
ALIASES = {"Unstable": "Preview"}
#: Versions with a description under shared/intercom-openapi/descriptions/ (Preview is "0").
DESCRIBED = ("2.7", "2.8", "2.9", "2.10", "2.11", "2.12", "2.13", "2.14", "2.15", "2.16")


def normalise(header: str | None, default: str) -> str:
    """The effective version for a request, or a 400 ``intercom_version_invalid``."""
    if header is None or header.strip() == "":
        return default
    value = header.strip()
    value = ALIASES.get(value, value)
    if value not in PUBLISHED:
        raise ApiError(400, "intercom_version_invalid", f"The requested version could not be found: {header}")
    return value


def key(version: str) -> tuple[int, int]:
    """Sort key: Preview is newer than every numbered version."""
    if version == "Preview":
        return (99, 0)
    major, minor = version.split(".")
    return (int(major), int(minor))


def at_least(version: str, minimum: str) -> bool:
    return key(version) >= key(minimum)


def spec_version(version: str) -> str:
    """The description directory to validate against ("0" for Preview)."""
    if version == "Preview":
        return "0"
    if version in DESCRIBED:
        return version
    return DESCRIBED[0]
