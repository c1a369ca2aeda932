from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.context_location import ContextLocation
from ..types import UNSET, Unset

T = TypeVar("T", bound="Context")


@_attrs_define
class Context:
    """The context object provides additional details on where the app has been added (or is currently being used), what
    page the app is being used on, and information on the Messenger settings. This is in order for you give a fully
    customised experience based on the customers use case.

    If the `location` is `conversation` then you will also be given a `conversation_id`. If you need to use details
    about the conversation, then you have to use the `conversation_id` to [make a call to our Conversations API and
    retrieve the conversation object](https://developers.intercom.com/intercom-api-reference/reference#get-a-single-
    conversation).

        Attributes:
            conversation_id (int | Unset): The id of the conversation where the app is added or being used. Example: 1295.
            location (ContextLocation | Unset): Where the app is added or the action took place. Can be either
                'conversation', 'home', 'message', or 'operator'. Example: conversation.
            locale (str | Unset): The default end-user language of the Messenger. Use to localise Messenger App content.
                Example: en.
            messenger_action_colour (str | Unset): The messengers action colour. Use in Sheets and Icons to make a Messenger
                App experience feel part of the host Messenger. Example: #0057ff.
            messenger_background_colour (str | Unset): The messengers background colour. Use in Sheets and Icons to make a
                Messenger App experience feel part of the host Messenger. Example: #ffffff.
            referrer (str | Unset): The current page URL where the app is being used. Example: https://example.com/page.
    """

    conversation_id: int | Unset = UNSET
    location: ContextLocation | Unset = UNSET
    locale: str | Unset = UNSET
    messenger_action_colour: str | Unset = UNSET
    messenger_background_colour: str | Unset = UNSET
    referrer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        location: str | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.value

        locale = self.locale

        messenger_action_colour = self.messenger_action_colour

        messenger_background_colour = self.messenger_background_colour

        referrer = self.referrer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if location is not UNSET:
            field_dict["location"] = location
        if locale is not UNSET:
            field_dict["locale"] = locale
        if messenger_action_colour is not UNSET:
            field_dict["messenger_action_colour"] = messenger_action_colour
        if messenger_background_colour is not UNSET:
            field_dict["messenger_background_colour"] = messenger_background_colour
        if referrer is not UNSET:
            field_dict["referrer"] = referrer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id", UNSET)

        _location = d.pop("location", UNSET)
        location: ContextLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = ContextLocation(_location)

        locale = d.pop("locale", UNSET)

        messenger_action_colour = d.pop("messenger_action_colour", UNSET)

        messenger_background_colour = d.pop("messenger_background_colour", UNSET)

        referrer = d.pop("referrer", UNSET)

        context = cls(
            conversation_id=conversation_id,
            location=location,
            locale=locale,
            messenger_action_colour=messenger_action_colour,
            messenger_background_colour=messenger_background_colour,
            referrer=referrer,
        )

        context.additional_properties = d
        return context

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
