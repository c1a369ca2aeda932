from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.ticket_type_attribute_input_options_type_0 import TicketTypeAttributeInputOptionsType0


T = TypeVar("T", bound="TicketTypeAttribute")


@_attrs_define
class TicketTypeAttribute:
    """Ticket type attribute, used to define each data field to be captured in a ticket.

    Attributes:
        type_ (None | str): String representing the object's type. Always has the value `ticket_type_attribute`.
            Example: ticket_type_attribute.
        id (None | str): The id representing the ticket type attribute. Example: 1.
        workspace_id (None | str): The id of the workspace that the ticket type attribute belongs to. Example: ecahpwf5.
        name (None | str): The name of the ticket type attribute Example: Title.
        description (None | str): The description of the ticket type attribute Example: Bug title..
        data_type (None | str): The type of the data attribute (allowed values: "string list integer decimal boolean
            datetime files") Example: string.
        input_options (None | TicketTypeAttributeInputOptionsType0): Input options for the attribute Example: multiline:
            true.
        order (int | None): The order of the attribute against other attributes Example: 1.
        required_to_create (bool | None): Whether the attribute is required or not for teammates. Default: False.
            Example: False.
        required_to_create_for_contacts (bool | None): Whether the attribute is required or not for contacts. Default:
            False. Example: False.
        visible_on_create (bool | None): Whether the attribute is visible or not to teammates. Default: True. Example:
            False.
        visible_to_contacts (bool | None): Whether the attribute is visible or not to contacts. Default: True. Example:
            False.
        default (bool | None): Whether the attribute is built in or not. Example: True.
        ticket_type_id (int | None): The id of the ticket type that the attribute belongs to. Example: 42.
        archived (bool | None): Whether the ticket type attribute is archived or not. Example: False.
        created_at (int | None): The date and time the ticket type attribute was created.
        updated_at (int | None): The date and time the ticket type attribute was last updated.
    """

    type_: None | str = None
    id: None | str = None
    workspace_id: None | str = None
    name: None | str = None
    description: None | str = None
    data_type: None | str = None
    input_options: None | TicketTypeAttributeInputOptionsType0 = None
    order: int | None = None
    required_to_create: bool | None = None
    required_to_create_for_contacts: bool | None = None
    visible_on_create: bool | None = None
    visible_to_contacts: bool | None = None
    default: bool | None = None
    ticket_type_id: int | None = None
    archived: bool | None = None
    created_at: int | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        else:
            data_type = self.data_type

        input_options: dict[str, Any] | None | Unset
        if isinstance(self.input_options, Unset):
            input_options = UNSET
        elif isinstance(self.input_options, TicketTypeAttributeInputOptionsType0):
            input_options = self.input_options.to_dict()
        else:
            input_options = self.input_options

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        required_to_create: bool | None | Unset
        if isinstance(self.required_to_create, Unset):
            required_to_create = UNSET
        else:
            required_to_create = self.required_to_create

        required_to_create_for_contacts: bool | None | Unset
        if isinstance(self.required_to_create_for_contacts, Unset):
            required_to_create_for_contacts = UNSET
        else:
            required_to_create_for_contacts = self.required_to_create_for_contacts

        visible_on_create: bool | None | Unset
        if isinstance(self.visible_on_create, Unset):
            visible_on_create = UNSET
        else:
            visible_on_create = self.visible_on_create

        visible_to_contacts: bool | None | Unset
        if isinstance(self.visible_to_contacts, Unset):
            visible_to_contacts = UNSET
        else:
            visible_to_contacts = self.visible_to_contacts

        default: bool | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        ticket_type_id: int | None | Unset
        if isinstance(self.ticket_type_id, Unset):
            ticket_type_id = UNSET
        else:
            ticket_type_id = self.ticket_type_id

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if workspace_id is not UNSET and (workspace_id is not None or "workspace_id" in self._received):
            field_dict["workspace_id"] = workspace_id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if description is not UNSET and (description is not None or "description" in self._received):
            field_dict["description"] = description
        if data_type is not UNSET and (data_type is not None or "data_type" in self._received):
            field_dict["data_type"] = data_type
        if input_options is not UNSET and (input_options is not None or "input_options" in self._received):
            field_dict["input_options"] = input_options
        if order is not UNSET and (order is not None or "order" in self._received):
            field_dict["order"] = order
        if required_to_create is not UNSET and (
            required_to_create is not None or "required_to_create" in self._received
        ):
            field_dict["required_to_create"] = required_to_create
        if required_to_create_for_contacts is not UNSET and (
            required_to_create_for_contacts is not None or "required_to_create_for_contacts" in self._received
        ):
            field_dict["required_to_create_for_contacts"] = required_to_create_for_contacts
        if visible_on_create is not UNSET and (visible_on_create is not None or "visible_on_create" in self._received):
            field_dict["visible_on_create"] = visible_on_create
        if visible_to_contacts is not UNSET and (
            visible_to_contacts is not None or "visible_to_contacts" in self._received
        ):
            field_dict["visible_to_contacts"] = visible_to_contacts
        if default is not UNSET and (default is not None or "default" in self._received):
            field_dict["default"] = default
        if ticket_type_id is not UNSET and (ticket_type_id is not None or "ticket_type_id" in self._received):
            field_dict["ticket_type_id"] = ticket_type_id
        if archived is not UNSET and (archived is not None or "archived" in self._received):
            field_dict["archived"] = archived
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not TicketTypeAttribute:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.workspace_id = src_dict.get("workspace_id")

        self.name = src_dict.get("name")

        self.description = src_dict.get("description")

        self.data_type = src_dict.get("data_type")

        input_options = src_dict.get("input_options")
        if isinstance(input_options, dict):
            try:
                input_options_type_0 = TicketTypeAttributeInputOptionsType0.from_dict(input_options)

                input_options = input_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.input_options = input_options

        self.order = src_dict.get("order")

        self.required_to_create = src_dict.get("required_to_create")

        self.required_to_create_for_contacts = src_dict.get("required_to_create_for_contacts")

        self.visible_on_create = src_dict.get("visible_on_create")

        self.visible_to_contacts = src_dict.get("visible_to_contacts")

        self.default = src_dict.get("default")

        self.ticket_type_id = src_dict.get("ticket_type_id")

        self.archived = src_dict.get("archived")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

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
        "workspace_id",
        "name",
        "description",
        "data_type",
        "input_options",
        "order",
        "required_to_create",
        "required_to_create_for_contacts",
        "visible_on_create",
        "visible_to_contacts",
        "default",
        "ticket_type_id",
        "archived",
        "created_at",
        "updated_at",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, TicketTypeAttributeInputOptionsType0
    from ..models.ticket_type_attribute_input_options_type_0 import TicketTypeAttributeInputOptionsType0

    _lazy_loaded = True
