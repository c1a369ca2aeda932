"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from types import MappingProxyType
from typing import IO, TYPE_CHECKING, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


if TYPE_CHECKING:

    def new_instance(cls: type[T]) -> T:
        """An instance of `cls` whose __init__ has not run."""

else:
    #: How a response model's from_dict makes its instance before setting every attribute itself:
    #: `object.__new__` bound once (a module global instead of `object.__new__` looked up per call).
    new_instance = object.__new__


#: What a response model built in code (not read from a response) has received: nothing.
NO_KEYS: Mapping[str, object] = MappingProxyType({})


_fromisoformat = datetime.datetime.fromisoformat


class WireDateTime(datetime.datetime):
    """A `date-time` string from a response: a datetime that remembers the text it was read from.

    `isoformat()` (what `to_dict()` calls) gives that text back, so `from_dict(x).to_dict() == x`
    holds to the byte (`...Z` stays `...Z`, `.000` stays `.000`). A value made by arithmetic or
    `replace()` has no text and is formatted as usual.
    """

    _text: str | None = None

    @classmethod
    def parse(cls, text: str) -> "WireDateTime":
        # `cls.fromisoformat(text)` builds a subclass through a Python-level constructor call with
        # eight arguments; parsing as a plain datetime and rebuilding from its pickle state (bytes and
        # tzinfo, copied as they are) gives the same value in about two thirds of the time.
        value = cls(*_fromisoformat(text).__reduce__()[1])
        value._text = text
        return value

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        if self._text is not None and sep == "T" and timespec == "auto":
            return self._text
        return super().isoformat(sep, timespec)


__all__ = ["NO_KEYS", "UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "WireDateTime", "new_instance"]
