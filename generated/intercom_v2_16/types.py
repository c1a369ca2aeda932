"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from types import MappingProxyType
from typing import IO, TYPE_CHECKING, BinaryIO, Generic, Literal, TypeVar


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


class File:
    """Contains information for file uploads"""

    __slots__ = ("file_name", "mime_type", "payload")
    payload: BinaryIO
    file_name: str | None
    mime_type: str | None

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type

    def __repr__(self) -> str:
        return f"File(payload={self.payload!r}, file_name={self.file_name!r}, mime_type={self.mime_type!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, File):
            return NotImplemented
        return self.to_tuple() == other.to_tuple()


T = TypeVar("T")


class Response(Generic[T]):
    """A response from an endpoint"""

    __slots__ = ("content", "headers", "parsed", "status_code")
    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None

    def __init__(
        self, status_code: HTTPStatus, content: bytes, headers: MutableMapping[str, str], parsed: T | None
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def __repr__(self) -> str:
        return (
            f"Response(status_code={self.status_code!r}, content={self.content!r}, "
            f"headers={self.headers!r}, parsed={self.parsed!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Response):
            return NotImplemented
        mine = (self.status_code, self.content, self.headers, self.parsed)
        return mine == (other.status_code, other.content, other.headers, other.parsed)


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
