from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="PartAttachment")


@_attrs_define
class PartAttachment:
    """The file attached to a part

    Attributes:
        type_ (None | str): The type of attachment Example: upload.
        name (None | str): The name of the attachment Example: example.png.
        url (None | str): The URL of the attachment Example: https://picsum.photos/200/300.
        content_type (None | str): The content type of the attachment Example: image/png.
        filesize (int | None): The size of the attachment Example: 100.
        width (int | None): The width of the attachment Example: 100.
        height (int | None): The height of the attachment Example: 100.
    """

    type_: None | str = None
    name: None | str = None
    url: None | str = None
    content_type: None | str = None
    filesize: int | None = None
    width: int | None = None
    height: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

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
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if url is not UNSET and (url is not None or "url" in self._received):
            field_dict["url"] = url
        if content_type is not UNSET and (content_type is not None or "content_type" in self._received):
            field_dict["content_type"] = content_type
        if filesize is not UNSET and (filesize is not None or "filesize" in self._received):
            field_dict["filesize"] = filesize
        if width is not UNSET and (width is not None or "width" in self._received):
            field_dict["width"] = width
        if height is not UNSET and (height is not None or "height" in self._received):
            field_dict["height"] = height

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not PartAttachment:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.name = src_dict.get("name")

        self.url = src_dict.get("url")

        self.content_type = src_dict.get("content_type")

        self.filesize = src_dict.get("filesize")

        self.width = src_dict.get("width")

        self.height = src_dict.get("height")

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
        "name",
        "url",
        "content_type",
        "filesize",
        "width",
        "height",
    }
)
