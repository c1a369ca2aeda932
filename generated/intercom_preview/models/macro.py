from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.macro_available_on_type_0_item import MacroAvailableOnType0Item
from ..models.macro_type import MacroType
from ..models.macro_visible_to import MacroVisibleTo
from ..types import UNSET, Unset, WireDateTime

T = TypeVar("T", bound="Macro")


@_attrs_define
class Macro:
    """A macro is a pre-defined response template (saved reply) that can be used to quickly reply to conversations.

    Attributes:
        type_ (MacroType | None | Unset): String representing the object's type. Always has the value `macro`. Example:
            macro.
        id (None | str | Unset): The unique identifier for the macro. Example: 123.
        name (None | str | Unset): The name of the macro. Example: Order Status Update.
        body (None | str | Unset): The body of the macro in HTML format with placeholders transformed to XML-like
            format. Example: <p>Hi <attribute key="user.name" default="there"/>, your order is ready!</p>.
        body_text (None | str | Unset): The plain text version of the macro body with original Intercom placeholder
            format. Example: Hi {{user.name|fallback:"there"}}, your order is ready!.
        created_at (datetime.datetime | None | Unset): The time the macro was created in ISO 8601 format. Example:
            2025-07-17T11:18:08.000Z.
        updated_at (datetime.datetime | None | Unset): The time the macro was last updated in ISO 8601 format. Example:
            2025-07-17T15:30:24.000Z.
        visible_to (MacroVisibleTo | None | Unset): Who can view this macro. Example: everyone.
        visible_to_team_ids (list[str] | None | Unset): The team IDs that can view this macro when visible_to is set to
            specific_teams. Example: ['456', '789'].
        available_on (list[MacroAvailableOnType0Item] | None | Unset): Where the macro is available for use. Example:
            ['inbox', 'messenger'].
    """

    type_: MacroType | None | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    body_text: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    visible_to: MacroVisibleTo | None | Unset = UNSET
    visible_to_team_ids: list[str] | None | Unset = UNSET
    available_on: list[MacroAvailableOnType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if body is not UNSET:
            field_dict["body"] = body
        if body_text is not UNSET:
            field_dict["body_text"] = body_text
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if visible_to is not UNSET:
            field_dict["visible_to"] = visible_to
        if visible_to_team_ids is not UNSET:
            field_dict["visible_to_team_ids"] = visible_to_team_ids
        if available_on is not UNSET:
            field_dict["available_on"] = available_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> MacroType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = MacroType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MacroType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        body = d.pop("body", UNSET)

        body_text = d.pop("body_text", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = WireDateTime.parse(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = WireDateTime.parse(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_visible_to(data: object) -> MacroVisibleTo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visible_to_type_1 = MacroVisibleTo(data)

                return visible_to_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MacroVisibleTo | None | Unset, data)

        visible_to = _parse_visible_to(d.pop("visible_to", UNSET))

        def _parse_visible_to_team_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                visible_to_team_ids_type_0 = cast(list[str], data)

                return visible_to_team_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        visible_to_team_ids = _parse_visible_to_team_ids(d.pop("visible_to_team_ids", UNSET))

        def _parse_available_on(data: object) -> list[MacroAvailableOnType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                available_on_type_0 = []
                _available_on_type_0 = data
                for available_on_type_0_item_data in _available_on_type_0:
                    available_on_type_0_item = MacroAvailableOnType0Item(available_on_type_0_item_data)

                    available_on_type_0.append(available_on_type_0_item)

                return available_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MacroAvailableOnType0Item] | None | Unset, data)

        available_on = _parse_available_on(d.pop("available_on", UNSET))

        macro = cls(
            type_=type_,
            id=id,
            name=name,
            body=body,
            body_text=body_text,
            created_at=created_at,
            updated_at=updated_at,
            visible_to=visible_to,
            visible_to_team_ids=visible_to_team_ids,
            available_on=available_on,
        )

        macro.additional_properties = d
        return macro

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
