from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deleted_collection_object_object import DeletedCollectionObjectObject
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeletedCollectionObject")


@_attrs_define
class DeletedCollectionObject:
    """Response returned when an object is deleted

    Attributes:
        id (None | str | Unset): The unique identifier for the collection which you provided in the URL. Example:
            6890762.
        object_ (DeletedCollectionObjectObject | None | Unset): The type of object which was deleted. - `collection`
            Example: collection.
        deleted (bool | None | Unset): Whether the collection was deleted successfully or not. Example: True.
    """

    id: None | str | Unset = UNSET
    object_: DeletedCollectionObjectObject | None | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        elif isinstance(self.object_, DeletedCollectionObjectObject):
            object_ = self.object_.value
        else:
            object_ = self.object_

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_object_(data: object) -> DeletedCollectionObjectObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_type_1 = DeletedCollectionObjectObject(data)

                return object_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeletedCollectionObjectObject | None | Unset, data)

        object_ = _parse_object_(d.pop("object", UNSET))

        deleted = d.pop("deleted", UNSET)

        deleted_collection_object = cls(
            id=id,
            object_=object_,
            deleted=deleted,
        )

        deleted_collection_object.additional_properties = d
        return deleted_collection_object

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
