from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fin_agent_attachment_type import FinAgentAttachmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FinAgentAttachment")


@_attrs_define
class FinAgentAttachment:
    """An attachment object representing a file or URL attachment included with a message.
    Attachments can be used to provide additional context to Fin.
    Maximum of 10 attachments per request.

        Attributes:
            type_ (FinAgentAttachmentType): The type of attachment. Example: url.
            url (str | Unset): The URL of the attachment. Required when type is 'url'. Must be publicly accessible. Example:
                https://example.com/document.pdf.
            name (str | Unset): The name of the file. Required when type is 'file'. Example: screenshot.png.
            content_type (str | Unset): The MIME type of the file. Required when type is 'file'. Example: image/png.
            data (str | Unset): Base64-encoded file data. Required when type is 'file'. Example:
                iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk....
    """

    type_: FinAgentAttachmentType
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    content_type: str | Unset = UNSET
    data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        url = self.url

        name = self.name

        content_type = self.content_type

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = FinAgentAttachmentType(d.pop("type"))

        url = d.pop("url", UNSET)

        name = d.pop("name", UNSET)

        content_type = d.pop("content_type", UNSET)

        data = d.pop("data", UNSET)

        fin_agent_attachment = cls(
            type_=type_,
            url=url,
            name=name,
            content_type=content_type,
            data=data,
        )

        fin_agent_attachment.additional_properties = d
        return fin_agent_attachment

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
