from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.macro_available_on_type_0_item import MacroAvailableOnType0Item
from ..models.macro_type import MacroType
from ..models.macro_visible_to import MacroVisibleTo
from ..types import NO_KEYS, UNSET, Unset, WireDateTime, new_instance

T = TypeVar("T", bound="Macro")


@_attrs_define
class Macro:
    """A macro is a pre-defined response template (saved reply) that can be used to quickly reply to conversations.

    Attributes:
        type_ (MacroType | None): String representing the object's type. Always has the value `macro`. Example: macro.
        id (None | str): The unique identifier for the macro. Example: 123.
        name (None | str): The name of the macro. Example: Order Status Update.
        body (None | str): The body of the macro in HTML format with placeholders transformed to XML-like format.
            Example: <p>Hi <attribute key="user.name" default="there"/>, your order is ready!</p>.
        body_text (None | str): The plain text version of the macro body with original Intercom placeholder format.
            Example: Hi {{user.name|fallback:"there"}}, your order is ready!.
        created_at (datetime.datetime | None): The time the macro was created in ISO 8601 format. Example:
            2025-07-17T11:18:08.000Z.
        updated_at (datetime.datetime | None): The time the macro was last updated in ISO 8601 format. Example:
            2025-07-17T15:30:24.000Z.
        visible_to (MacroVisibleTo | None): Who can view this macro. Example: everyone.
        visible_to_team_ids (list[str] | None): The team IDs that can view this macro when visible_to is set to
            specific_teams. Example: ['456', '789'].
        available_on (list[MacroAvailableOnType0Item] | None): Where the macro is available for use. Example: ['inbox',
            'messenger'].
    """

    type_: MacroType | None = None
    id: None | str = None
    name: None | str = None
    body: None | str = None
    body_text: None | str = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    visible_to: MacroVisibleTo | None = None
    visible_to_team_ids: list[str] | None = None
    available_on: list[MacroAvailableOnType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, MacroType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        body_text: None | str | Unset
        if isinstance(self.body_text, Unset):
            body_text = UNSET
        else:
            body_text = self.body_text

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        visible_to: None | str | Unset
        if isinstance(self.visible_to, Unset):
            visible_to = UNSET
        elif isinstance(self.visible_to, MacroVisibleTo):
            visible_to = self.visible_to.value
        else:
            visible_to = self.visible_to

        visible_to_team_ids: list[str] | None | Unset
        if isinstance(self.visible_to_team_ids, Unset):
            visible_to_team_ids = UNSET
        elif isinstance(self.visible_to_team_ids, list):
            visible_to_team_ids = self.visible_to_team_ids

        else:
            visible_to_team_ids = self.visible_to_team_ids

        available_on: list[str] | None | Unset
        if isinstance(self.available_on, Unset):
            available_on = UNSET
        elif isinstance(self.available_on, list):
            available_on = []
            for available_on_type_0_item_data in self.available_on:
                available_on_type_0_item = available_on_type_0_item_data.value
                available_on.append(available_on_type_0_item)

        else:
            available_on = self.available_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if body is not UNSET and (body is not None or "body" in self._received):
            field_dict["body"] = body
        if body_text is not UNSET and (body_text is not None or "body_text" in self._received):
            field_dict["body_text"] = body_text
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if visible_to is not UNSET and (visible_to is not None or "visible_to" in self._received):
            field_dict["visible_to"] = visible_to
        if visible_to_team_ids is not UNSET and (
            visible_to_team_ids is not None or "visible_to_team_ids" in self._received
        ):
            field_dict["visible_to_team_ids"] = visible_to_team_ids
        if available_on is not UNSET and (available_on is not None or "available_on" in self._received):
            field_dict["available_on"] = available_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not Macro:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = MacroType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.name = src_dict.get("name")

        self.body = src_dict.get("body")

        self.body_text = src_dict.get("body_text")

        created_at = src_dict.get("created_at")
        if isinstance(created_at, str):
            try:
                created_at_type_0 = WireDateTime.parse(created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.created_at = created_at

        updated_at = src_dict.get("updated_at")
        if isinstance(updated_at, str):
            try:
                updated_at_type_0 = WireDateTime.parse(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.updated_at = updated_at

        visible_to = src_dict.get("visible_to")
        if isinstance(visible_to, str):
            try:
                visible_to_type_1 = MacroVisibleTo(visible_to)

                visible_to = visible_to_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.visible_to = visible_to

        self.visible_to_team_ids = src_dict.get("visible_to_team_ids")

        available_on = src_dict.get("available_on")
        if isinstance(available_on, list):
            try:
                available_on_type_0 = []
                _available_on_type_0 = available_on
                for available_on_type_0_item_data in _available_on_type_0:
                    available_on_type_0_item = MacroAvailableOnType0Item(available_on_type_0_item_data)

                    available_on_type_0.append(available_on_type_0_item)

                available_on = available_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.available_on = available_on

        self._received = src_dict
        if _KNOWN_KEYS.issuperset(src_dict):
            self.additional_properties = {}
        else:
            d = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            self.additional_properties = d
        return self

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received.keys()

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


#: The properties this model declares: any other key of a received object is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "id",
        "name",
        "body",
        "body_text",
        "created_at",
        "updated_at",
        "visible_to",
        "visible_to_team_ids",
        "available_on",
    }
)
