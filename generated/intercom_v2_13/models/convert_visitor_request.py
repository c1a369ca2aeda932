from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convert_visitor_request_user import ConvertVisitorRequestUser
    from ..models.convert_visitor_request_visitor import ConvertVisitorRequestVisitor


T = TypeVar("T", bound="ConvertVisitorRequest")


@_attrs_define
class ConvertVisitorRequest:
    """You can merge a Visitor to a Contact of role type lead or user.

    Attributes:
        type_ (str): Represents the role of the Contact model. Accepts `lead` or `user`. Example: user.
        user (ConvertVisitorRequestUser): The unique identifiers retained after converting or merging.
        visitor (ConvertVisitorRequestVisitor): The unique identifiers to convert a single Visitor.
    """

    type_: str
    user: ConvertVisitorRequestUser
    visitor: ConvertVisitorRequestVisitor
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = self.type_

        user = self.user.to_dict()

        visitor = self.visitor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "user": user,
                "visitor": visitor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = d.pop("type")

        user = ConvertVisitorRequestUser.from_dict(d.pop("user"))

        visitor = ConvertVisitorRequestVisitor.from_dict(d.pop("visitor"))

        convert_visitor_request = cls(
            type_=type_,
            user=user,
            visitor=visitor,
        )

        convert_visitor_request.additional_properties = d
        return convert_visitor_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ConvertVisitorRequestUser, ConvertVisitorRequestVisitor
    from ..models.convert_visitor_request_user import ConvertVisitorRequestUser
    from ..models.convert_visitor_request_visitor import ConvertVisitorRequestVisitor

    _lazy_loaded = True
