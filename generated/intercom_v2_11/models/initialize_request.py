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
    from ..models.initialize_request_card_creation_options import InitializeRequestCardCreationOptions


T = TypeVar("T", bound="InitializeRequest")


@_attrs_define
class InitializeRequest:
    """The request payload will have all the data needed for you to understand who is using your app, where they are using
    it, and how you should respond. There are different request payloads for Messenger capabilities and Inbox
    capabilities.

        Attributes:
            workspace_id (str): The workspace ID of the teammate. Attribute is `app_id` for V1.2 and below.
            workspace_region (str): The Intercom hosted region that this app is located in.
            admin (Admin): Admins are teammate accounts that have access to a workspace.
            card_creation_options (InitializeRequestCardCreationOptions): Key-value pairs which were given as results in
                response to the Configure request.
            context (Context): The context object provides additional details on where the app has been added (or is
                currently being used), what page the app is being used on, and information on the Messenger settings. This is in
                order for you give a fully customised experience based on the customers use case.

                If the `location` is `conversation` then you will also be given a `conversation_id`. If you need to use details
                about the conversation, then you have to use the `conversation_id` to [make a call to our Conversations API and
                retrieve the conversation object](https://developers.intercom.com/intercom-api-reference/reference#get-a-single-
                conversation).
            conversation (Conversation): Conversations are how you can communicate with users in Intercom. They are created
                when a contact replies to an outbound message, or when one admin directly sends a message to a single contact.
            contact (Contact): Contact are the objects that represent your leads and users in Intercom.
    """

    workspace_id: str
    workspace_region: str
    admin: Admin
    card_creation_options: InitializeRequestCardCreationOptions
    context: Context
    conversation: Conversation
    contact: Contact
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        workspace_id = self.workspace_id

        workspace_region = self.workspace_region

        admin = self.admin.to_dict()

        card_creation_options = self.card_creation_options.to_dict()

        context = self.context.to_dict()

        conversation = self.conversation.to_dict()

        contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "workspace_region": workspace_region,
                "admin": admin,
                "card_creation_options": card_creation_options,
                "context": context,
                "conversation": conversation,
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

        admin = Admin.from_dict(d.pop("admin"))

        card_creation_options = InitializeRequestCardCreationOptions.from_dict(d.pop("card_creation_options"))

        context = Context.from_dict(d.pop("context"))

        conversation = Conversation.from_dict(d.pop("conversation"))

        contact = Contact.from_dict(d.pop("contact"))

        initialize_request = cls(
            workspace_id=workspace_id,
            workspace_region=workspace_region,
            admin=admin,
            card_creation_options=card_creation_options,
            context=context,
            conversation=conversation,
            contact=contact,
        )

        initialize_request.additional_properties = d
        return initialize_request

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
    global _lazy_loaded, Admin, Contact, Context, Conversation, InitializeRequestCardCreationOptions
    from ..models.admin import Admin
    from ..models.contact import Contact
    from ..models.context import Context
    from ..models.conversation import Conversation
    from ..models.initialize_request_card_creation_options import InitializeRequestCardCreationOptions

    _lazy_loaded = True
