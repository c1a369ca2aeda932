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
        type_ (None | str | Unset):  Example: upload.
        name (None | str | Unset): The name of the file Example: Screenshot.png.
        url (None | str | Unset): The url of the file. This is a temporary URL and will expire after 30 minutes.
            Example: https://intercom-attachments-1.com/.../Screenshot.png.
        content_type (None | str | Unset): The type of file Example: image/png.
        filesize (int | None | Unset): The size of the file in bytes Example: 11308309.
        width (int | None | Unset): The width of the file in pixels, if applicable Example: 3024.
        height (int | None | Unset): The height of the file in pixels, if applicable Example: 1964.
    """

    type_: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    filesize: int | None | Unset = UNSET
    width: int | None | Unset = UNSET
    height: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        filesize: int | None | Unset
        if isinstance(self.filesize, Unset):
            filesize = UNSET
        else:
            filesize = self.filesize

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
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
