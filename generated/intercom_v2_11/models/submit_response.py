from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.canvas_object import CanvasObject
    from ..models.event import Event
    from ..models.submit_response_card_creation_options import SubmitResponseCardCreationOptions


T = TypeVar("T", bound="SubmitResponse")


@_attrs_define
class SubmitResponse:
    """The response object returned when submitting an app interaction. This will replace the previous canvas that was
    visible until the app was interacted with.

    You can optionally provide an event object with the attribute `type` given as `completed` to tell us if the app has
    completed its purpose. For example, an email collector app would be complete when the end-user submits their email
    address.

    Apps in conversation details can also optionally insert an app into the conversation reply:

    1. You respond with a card_creation_options object (https://developers.intercom.com/canvas-kit-
    reference/reference/card-creation-options)
    2. We send a request to the initialize URL for Messenger capabilities (https://developers.intercom.com/docs/build-
    an-integration/getting-started/build-an-app-for-your-messenger/request-flows) with the card_creation_options object
    present
    3. You respond with a canvas object with the components you want to insert into the conversation reply

        Attributes:
            canvas (CanvasObject): You have to respond to the majority of requests with a canvas object. This will tell us
                what UI to show for your app.

                A canvas can either be static (meaning we send you the next request only when an action takes place) or live
                (meaning we send you the next request when someone views the app).

                - A static canvas needs a ContentObject which will contain the components to show.
                - A live canvas needs a `content_url` which we we will make the Live Canvas requests to when the app is viewed.
                This is only possible for apps viewed or used in the Messenger.
            card_creation_options (SubmitResponseCardCreationOptions | Unset): Optional. Key-value pairs that will be sent
                in the initialize request to insert an app into the conversation reply.
            event (Event | Unset): The event object enables Intercom to know more about the actions that took place in your
                app. Currently, you can only tell us when an app's flow has been completed.
    """

    canvas: CanvasObject
    card_creation_options: SubmitResponseCardCreationOptions | Unset = UNSET
    event: Event | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        canvas = self.canvas.to_dict()

        card_creation_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_creation_options, Unset):
            card_creation_options = self.card_creation_options.to_dict()

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "canvas": canvas,
            }
        )
        if card_creation_options is not UNSET:
            field_dict["card_creation_options"] = card_creation_options
        if event is not UNSET:
            field_dict["event"] = event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        canvas = CanvasObject.from_dict(d.pop("canvas"))

        _card_creation_options = d.pop("card_creation_options", UNSET)
        card_creation_options: SubmitResponseCardCreationOptions | Unset
        if isinstance(_card_creation_options, Unset):
            card_creation_options = UNSET
        else:
            card_creation_options = SubmitResponseCardCreationOptions.from_dict(_card_creation_options)

        _event = d.pop("event", UNSET)
        event: Event | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = Event.from_dict(_event)

        submit_response = cls(
            canvas=canvas,
            card_creation_options=card_creation_options,
            event=event,
        )

        submit_response.additional_properties = d
        return submit_response

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
    global _lazy_loaded, CanvasObject, Event, SubmitResponseCardCreationOptions
    from ..models.canvas_object import CanvasObject
    from ..models.event import Event
    from ..models.submit_response_card_creation_options import SubmitResponseCardCreationOptions

    _lazy_loaded = True
