from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_attribute_data_type import DataAttributeDataType
from ..models.data_attribute_model import DataAttributeModel
from ..models.data_attribute_type import DataAttributeType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="DataAttribute")


@_attrs_define
class DataAttribute:
    """Data Attributes are metadata used to describe your contact, company and conversation models. These include standard
    and custom attributes. By using the data attributes endpoint, you can get the global list of attributes for your
    workspace, as well as create and archive custom attributes.

        Attributes:
            type_ (DataAttributeType | None): Value is `data_attribute`. Example: data_attribute.
            id (int | None): The unique identifier for the data attribute which is given by Intercom. Only available for
                custom attributes. Example: 12878.
            model (DataAttributeModel | None): Value is `contact` for user/lead attributes and `company` for company
                attributes. Example: contact.
            name (None | str): Name of the attribute. Example: paid_subscriber.
            full_name (None | str): Full name of the attribute. Should match the name unless it's a nested attribute. We can
                split full_name on `.` to access nested user object values. Example: custom_attributes.paid_subscriber.
            label (None | str): Readable name of the attribute (i.e. name you see in the UI) Example: Paid Subscriber.
            description (None | str): Readable description of the attribute. Example: Whether the user is a paid
                subscriber..
            data_type (DataAttributeDataType | None): The data type of the attribute. Example: boolean.
            options (list[str] | None): List of predefined options for attribute value. Example: ['true', 'false'].
            api_writable (bool | None): Can this attribute be updated through API Example: True.
            messenger_writable (bool | None): Can this attribute be updated by the Messenger Example: False.
            ui_writable (bool | None): Can this attribute be updated in the UI Example: True.
            custom (bool | None): Set to true if this is a CDA Example: True.
            archived (bool | None): Is this attribute archived. (Only applicable to CDAs) Example: False.
            created_at (int | None): The time the attribute was created as a UTC Unix timestamp Example: 1671028894.
            updated_at (int | None): The time the attribute was last updated as a UTC Unix timestamp Example: 1671028894.
            admin_id (None | str): Teammate who created the attribute. Only applicable to CDAs Example: 5712945.
    """

    type_: DataAttributeType | None = None
    id: int | None = None
    model: DataAttributeModel | None = None
    name: None | str = None
    full_name: None | str = None
    label: None | str = None
    description: None | str = None
    data_type: DataAttributeDataType | None = None
    options: list[str] | None = None
    api_writable: bool | None = None
    messenger_writable: bool | None = None
    ui_writable: bool | None = None
    custom: bool | None = None
    archived: bool | None = None
    created_at: int | None = None
    updated_at: int | None = None
    admin_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataAttributeType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, DataAttributeModel):
            model = self.model.value
        else:
            model = self.model

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        elif isinstance(self.data_type, DataAttributeDataType):
            data_type = self.data_type.value
        else:
            data_type = self.data_type

        options: list[str] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = self.options

        else:
            options = self.options

        api_writable: bool | None | Unset
        if isinstance(self.api_writable, Unset):
            api_writable = UNSET
        else:
            api_writable = self.api_writable

        messenger_writable: bool | None | Unset
        if isinstance(self.messenger_writable, Unset):
            messenger_writable = UNSET
        else:
            messenger_writable = self.messenger_writable

        ui_writable: bool | None | Unset
        if isinstance(self.ui_writable, Unset):
            ui_writable = UNSET
        else:
            ui_writable = self.ui_writable

        custom: bool | None | Unset
        if isinstance(self.custom, Unset):
            custom = UNSET
        else:
            custom = self.custom

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

        admin_id: None | str | Unset
        if isinstance(self.admin_id, Unset):
            admin_id = UNSET
        else:
            admin_id = self.admin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if model is not UNSET and (model is not None or "model" in self._received):
            field_dict["model"] = model
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if full_name is not UNSET and (full_name is not None or "full_name" in self._received):
            field_dict["full_name"] = full_name
        if label is not UNSET and (label is not None or "label" in self._received):
            field_dict["label"] = label
        if description is not UNSET and (description is not None or "description" in self._received):
            field_dict["description"] = description
        if data_type is not UNSET and (data_type is not None or "data_type" in self._received):
            field_dict["data_type"] = data_type
        if options is not UNSET and (options is not None or "options" in self._received):
            field_dict["options"] = options
        if api_writable is not UNSET and (api_writable is not None or "api_writable" in self._received):
            field_dict["api_writable"] = api_writable
        if messenger_writable is not UNSET and (
            messenger_writable is not None or "messenger_writable" in self._received
        ):
            field_dict["messenger_writable"] = messenger_writable
        if ui_writable is not UNSET and (ui_writable is not None or "ui_writable" in self._received):
            field_dict["ui_writable"] = ui_writable
        if custom is not UNSET and (custom is not None or "custom" in self._received):
            field_dict["custom"] = custom
        if archived is not UNSET and (archived is not None or "archived" in self._received):
            field_dict["archived"] = archived
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if admin_id is not UNSET and (admin_id is not None or "admin_id" in self._received):
            field_dict["admin_id"] = admin_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not DataAttribute:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = DataAttributeType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        model = src_dict.get("model")
        if isinstance(model, str):
            try:
                model_type_1 = DataAttributeModel(model)

                model = model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.model = model

        self.name = src_dict.get("name")

        self.full_name = src_dict.get("full_name")

        self.label = src_dict.get("label")

        self.description = src_dict.get("description")

        data_type = src_dict.get("data_type")
        if isinstance(data_type, str):
            try:
                data_type_type_1 = DataAttributeDataType(data_type)

                data_type = data_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.data_type = data_type

        self.options = src_dict.get("options")

        self.api_writable = src_dict.get("api_writable")

        self.messenger_writable = src_dict.get("messenger_writable")

        self.ui_writable = src_dict.get("ui_writable")

        self.custom = src_dict.get("custom")

        self.archived = src_dict.get("archived")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.admin_id = src_dict.get("admin_id")

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
        "model",
        "name",
        "full_name",
        "label",
        "description",
        "data_type",
        "options",
        "api_writable",
        "messenger_writable",
        "ui_writable",
        "custom",
        "archived",
        "created_at",
        "updated_at",
        "admin_id",
    }
)
