from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fin_agent_user_attributes import FinAgentUserAttributes


T = TypeVar("T", bound="FinAgentUser")


@_attrs_define
class FinAgentUser:
    """A user object representing the user in a Fin Agent conversation.

    Attributes:
        id (str): The ID of the user. This value will be used to uniquely identify the user
            during a conversation with Fin. Maps to the user_id field on the Intercom User object.
             Example: 123456.
        name (str | Unset): The name of the user. Example: John Doe.
        email (str | Unset): The email of the user. Example: john.doe@example.com.
        attributes (FinAgentUserAttributes | Unset): A hash of attributes associated with the user.
            Attributes can be used by Fin to target content and responses.
            Limit to 10 attributes.
             Example: {'plan_type': 'Pro', 'subscription_status': 'active'}.
    """

    id: str
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    attributes: FinAgentUserAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = self.id

        name = self.name

        email = self.email

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: FinAgentUserAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = FinAgentUserAttributes.from_dict(_attributes)

        fin_agent_user = cls(
            id=id,
            name=name,
            email=email,
            attributes=attributes,
        )

        fin_agent_user.additional_properties = d
        return fin_agent_user

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
    global _lazy_loaded, FinAgentUserAttributes
    from ..models.fin_agent_user_attributes import FinAgentUserAttributes

    _lazy_loaded = True
