from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_attribute_data_type import DataAttributeDataType
from ..models.data_attribute_model import DataAttributeModel
from ..models.data_attribute_type import DataAttributeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataAttribute")


@_attrs_define
class DataAttribute:
    """Data Attributes are metadata used to describe your contact and company models. These include standard and custom
    attributes. By using the data attributes endpoint, you can get the global list of attributes for your workspace, as
    well as create and archive custom attributes.

        Attributes:
            type_ (DataAttributeType | None | Unset): Value is `data_attribute`. Example: data_attribute.
            id (int | None | Unset): The unique identifier for the data attribute which is given by Intercom. Only available
                for custom attributes. Example: 12878.
            model (DataAttributeModel | None | Unset): Value is `contact` for user/lead attributes and `company` for company
                attributes. Example: contact.
            name (None | str | Unset): Name of the attribute. Example: paid_subscriber.
            full_name (None | str | Unset): Full name of the attribute. Should match the name unless it's a nested
                attribute. We can split full_name on `.` to access nested user object values. Example:
                custom_attributes.paid_subscriber.
            label (None | str | Unset): Readable name of the attribute (i.e. name you see in the UI) Example: Paid
                Subscriber.
            description (None | str | Unset): Readable description of the attribute. Example: Whether the user is a paid
                subscriber..
            data_type (DataAttributeDataType | None | Unset): The data type of the attribute. Example: boolean.
            options (list[str] | None | Unset): List of predefined options for attribute value. Example: ['true', 'false'].
            api_writable (bool | None | Unset): Can this attribute be updated through API Example: True.
            messenger_writable (bool | None | Unset): Can this attribute be updated by the Messenger Example: False.
            ui_writable (bool | None | Unset): Can this attribute be updated in the UI Example: True.
            custom (bool | None | Unset): Set to true if this is a CDA Example: True.
            archived (bool | None | Unset): Is this attribute archived. (Only applicable to CDAs) Example: False.
            created_at (int | None | Unset): The time the attribute was created as a UTC Unix timestamp Example: 1671028894.
            updated_at (int | None | Unset): The time the attribute was last updated as a UTC Unix timestamp Example:
                1671028894.
            admin_id (None | str | Unset): Teammate who created the attribute. Only applicable to CDAs Example: 5712945.
    """

    type_: DataAttributeType | None | Unset = UNSET
    id: int | None | Unset = UNSET
    model: DataAttributeModel | None | Unset = UNSET
    name: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    data_type: DataAttributeDataType | None | Unset = UNSET
    options: list[str] | None | Unset = UNSET
    api_writable: bool | None | Unset = UNSET
    messenger_writable: bool | None | Unset = UNSET
    ui_writable: bool | None | Unset = UNSET
    custom: bool | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    admin_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if options is not UNSET:
            field_dict["options"] = options
        if api_writable is not UNSET:
            field_dict["api_writable"] = api_writable
        if messenger_writable is not UNSET:
            field_dict["messenger_writable"] = messenger_writable
        if ui_writable is not UNSET:
            field_dict["ui_writable"] = ui_writable
        if custom is not UNSET:
            field_dict["custom"] = custom
        if archived is not UNSET:
            field_dict["archived"] = archived
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if admin_id is not UNSET:
            field_dict["admin_id"] = admin_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> DataAttributeType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = DataAttributeType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataAttributeType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        id = d.pop("id", UNSET)

        def _parse_model(data: object) -> DataAttributeModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_1 = DataAttributeModel(data)

                return model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataAttributeModel | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        name = d.pop("name", UNSET)

        full_name = d.pop("full_name", UNSET)

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        def _parse_data_type(data: object) -> DataAttributeDataType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_type_type_1 = DataAttributeDataType(data)

                return data_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataAttributeDataType | None | Unset, data)

        data_type = _parse_data_type(d.pop("data_type", UNSET))

        def _parse_options(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = cast(list[str], data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        api_writable = d.pop("api_writable", UNSET)

        messenger_writable = d.pop("messenger_writable", UNSET)

        ui_writable = d.pop("ui_writable", UNSET)

        custom = d.pop("custom", UNSET)

        archived = d.pop("archived", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        admin_id = d.pop("admin_id", UNSET)

        data_attribute = cls(
            type_=type_,
            id=id,
            model=model,
            name=name,
            full_name=full_name,
            label=label,
            description=description,
            data_type=data_type,
            options=options,
            api_writable=api_writable,
            messenger_writable=messenger_writable,
            ui_writable=ui_writable,
            custom=custom,
            archived=archived,
            created_at=created_at,
            updated_at=updated_at,
            admin_id=admin_id,
        )

        data_attribute.additional_properties = d
        return data_attribute

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
