from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.admin import Admin
    from ..models.contact import Contact
    from ..models.context import Context
    from ..models.conversation import Conversation
    from ..models.current_canvas import CurrentCanvas
    from ..models.submit_request_input_values import SubmitRequestInputValues


T = TypeVar("T", bound="SubmitRequest")


@_attrs_define
class SubmitRequest:
    """The Submit request is triggered when a component with a submit action is interacted with in Messenger Inbox.

    Attributes:
        workspace_id (str): The workspace ID of the teammate. Attribute is `app_id` for V1.2 and below.
        workspace_region (str): The Intercom hosted region that this app is located in.
        admin (Admin): Admins are teammate accounts that have access to a workspace.
        component_id (str): The id of the component clicked by the teammate to trigger the request.
        context (Context): The context object provides additional details on where the app has been added (or is
            currently being used), what page the app is being used on, and information on the Messenger settings. This is in
            order for you give a fully customised experience based on the customers use case.

            If the `location` is `conversation` then you will also be given a `conversation_id`. If you need to use details
            about the conversation, then you have to use the `conversation_id` to [make a call to our Conversations API and
            retrieve the conversation object](https://developers.intercom.com/intercom-api-reference/reference#get-a-single-
            conversation).
        conversation (Conversation): Conversations are how you can communicate with users in Intercom. They are created
            when a contact replies to an outbound message, or when one admin directly sends a message to a single contact.
        current_canvas (CurrentCanvas): The current canvas that was most recently showing before the request was sent.
            This object mirrors the same format as the Canvas Object.
        contact (Contact): Contact are the objects that represent your leads and users in Intercom.
        input_values (SubmitRequestInputValues): A list of key/value pairs of data, inputted by the teammate on the
            current canvas.
        user (Contact): Contact are the objects that represent your leads and users in Intercom.
    """

    workspace_id: str
    workspace_region: str
    admin: Admin
    component_id: str
    context: Context
    conversation: Conversation
    current_canvas: CurrentCanvas
    contact: Contact
    input_values: SubmitRequestInputValues
    user: Contact
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        workspace_id = self.workspace_id

        workspace_region = self.workspace_region

        admin = self.admin.to_dict()

        component_id = self.component_id

        context = self.context.to_dict()

        conversation = self.conversation.to_dict()

        current_canvas = self.current_canvas.to_dict()

        contact = self.contact.to_dict()

        input_values = self.input_values.to_dict()

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "workspace_region": workspace_region,
                "admin": admin,
                "component_id": component_id,
                "context": context,
                "conversation": conversation,
                "current_canvas": current_canvas,
                "contact": contact,
                "input_values": input_values,
                "user": user,
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

        admin = Admin.from_dict(d.pop("admin"))

        component_id = d.pop("component_id")

        context = Context.from_dict(d.pop("context"))

        conversation = Conversation.from_dict(d.pop("conversation"))

        current_canvas = CurrentCanvas.from_dict(d.pop("current_canvas"))

        contact = Contact.from_dict(d.pop("contact"))

        input_values = SubmitRequestInputValues.from_dict(d.pop("input_values"))

        user = Contact.from_dict(d.pop("user"))

        submit_request = cls(
            workspace_id=workspace_id,
            workspace_region=workspace_region,
            admin=admin,
            component_id=component_id,
            context=context,
            conversation=conversation,
            current_canvas=current_canvas,
            contact=contact,
            input_values=input_values,
            user=user,
        )

        submit_request.additional_properties = d
        return submit_request

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
    global _lazy_loaded, Admin, Contact, Context, Conversation, CurrentCanvas, SubmitRequestInputValues
    from ..models.admin import Admin
    from ..models.contact import Contact
    from ..models.context import Context
    from ..models.conversation import Conversation
    from ..models.current_canvas import CurrentCanvas
    from ..models.submit_request_input_values import SubmitRequestInputValues

    _lazy_loaded = True
