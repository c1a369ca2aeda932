from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.canvas_object import CanvasObject
    from ..models.contact import Contact
    from ..models.context import Context


T = TypeVar("T", bound="LiveCanvasRequest")


@_attrs_define
class LiveCanvasRequest:
    """Canvases are static by default and require a new request to come through in order to update them. Live canvases
    however will make requests every time the card is viewed without any interaction needed, meaning the canvas can be
    kept up-to-date with no action from the user.

    This works for every Messenger request that you can respond with a canvas object to. Instead of returning the
    content object within the canvas object, you should provide a `content_url` attribute instead with the value being
    the URL you want us to send a POST request to when someone views the app.

        Attributes:
            workspace_id (str): The workspace ID of the teammate. Attribute is `app_id` for V1.2 and below.
            workspace_region (str): The Intercom hosted region that this app is located in.
            canvas (CanvasObject): You have to respond to the majority of requests with a canvas object. This will tell us
                what UI to show for your app.

                A canvas can either be static (meaning we send you the next request only when an action takes place) or live
                (meaning we send you the next request when someone views the app).

                - A static canvas needs a ContentObject which will contain the components to show.
                - A live canvas needs a `content_url` which we we will make the Live Canvas requests to when the app is viewed.
                This is only possible for apps viewed or used in the Messenger.
            context (Context): The context object provides additional details on where the app has been added (or is
                currently being used), what page the app is being used on, and information on the Messenger settings. This is in
                order for you give a fully customised experience based on the customers use case.

                If the `location` is `conversation` then you will also be given a `conversation_id`. If you need to use details
                about the conversation, then you have to use the `conversation_id` to [make a call to our Conversations API and
                retrieve the conversation object](https://developers.intercom.com/intercom-api-reference/reference#get-a-single-
                conversation).
            contact (Contact): Contact are the objects that represent your leads and users in Intercom.
    """

    workspace_id: str
    workspace_region: str
    canvas: CanvasObject
    context: Context
    contact: Contact
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        workspace_id = self.workspace_id

        workspace_region = self.workspace_region

        canvas = self.canvas.to_dict()

        context = self.context.to_dict()

        contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "workspace_region": workspace_region,
                "canvas": canvas,
                "context": context,
                "contact": contact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        workspace_region = d.pop("workspace_region")

        canvas = CanvasObject.from_dict(d.pop("canvas"))

        context = Context.from_dict(d.pop("context"))

        contact = Contact.from_dict(d.pop("contact"))

        live_canvas_request = cls(
            workspace_id=workspace_id,
            workspace_region=workspace_region,
            canvas=canvas,
            context=context,
            contact=contact,
        )

        live_canvas_request.additional_properties = d
        return live_canvas_request

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
    global _lazy_loaded, CanvasObject, Contact, Context
    from ..models.canvas_object import CanvasObject
    from ..models.contact import Contact
    from ..models.context import Context

    _lazy_loaded = True
