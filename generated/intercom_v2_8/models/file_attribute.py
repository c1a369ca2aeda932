from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileAttribute")


@_attrs_define
class FileAttribute:
    """The value describing a file upload set for a custom attribute

    Attributes:
        type_ (str | Unset):  Example: upload.
        name (str | Unset): The name of the file Example: Screenshot.png.
        url (str | Unset): The url of the file. This is a temporary URL and will expire after 30 minutes. Example:
            https://intercom-attachments-1.com/.../Screenshot.png.
        content_type (str | Unset): The type of file Example: image/png.
        filesize (int | Unset): The size of the file in bytes Example: 11308309.
        width (int | Unset): The width of the file in pixels, if applicable Example: 3024.
        height (int | Unset): The height of the file in pixels, if applicable Example: 1964.
    """

    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    content_type: str | Unset = UNSET
    filesize: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        url = self.url

        content_type = self.content_type

        filesize = self.filesize

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if filesize is not UNSET:
            field_dict["filesize"] = filesize
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        content_type = d.pop("content_type", UNSET)

        filesize = d.pop("filesize", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        file_attribute = cls(
            type_=type_,
            name=name,
            url=url,
            content_type=content_type,
            filesize=filesize,
            width=width,
            height=height,
        )

        file_attribute.additional_properties = d
        return file_attribute

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
