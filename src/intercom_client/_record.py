"""Value semantics (repr, ==, hash, frozen) for the facade's small internal records, without ``@dataclass``.

The records created on the cold-start path (configuration, retry policy, page requests...) used to be
dataclasses; ``@dataclass`` generates and compiles four or five methods per class at import, about a
millisecond each class, which was a visible share of ``import intercom_client``. Here the methods are
written once and read the field names from ``_fields``. Public records (``RateLimit``, ``ErrorDetail``,
``Page``) stay dataclasses: callers may use ``dataclasses.fields``/``replace`` on them.
"""

from __future__ import annotations

from typing import Any, ClassVar, Self

__all__ = ["FrozenRecord", "Record"]


class Record:
    """Fields are ``_fields`` of the subclass (in order); ``__init__`` is the subclass's own."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable, like a plain dataclass

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` applied (``dataclasses.replace``)."""
        values = {name: getattr(self, name) for name in self._fields}
        values.update(changes)
        return type(self)(**values)


class FrozenRecord(Record):
    """A :class:`Record` that cannot be changed after ``__init__`` (which sets fields with ``_set``)."""

    __slots__ = ()

    def _set(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of {type(self).__qualname__}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of {type(self).__qualname__}")

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(self._values())
