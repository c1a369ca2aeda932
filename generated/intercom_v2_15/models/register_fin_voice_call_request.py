from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.register_fin_voice_call_request_source import RegisterFinVoiceCallRequestSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.register_fin_voice_call_request_data_type_0 import RegisterFinVoiceCallRequestDataType0


T = TypeVar("T", bound="RegisterFinVoiceCallRequest")


@_attrs_define
class RegisterFinVoiceCallRequest:
    """Register a Fin Voice call with Intercom

    Attributes:
        phone_number (str): Phone number in E.164 format for the call Example: +1234567890.
        call_id (str): External call identifier from the call provider Example: call-123-abc.
        source (RegisterFinVoiceCallRequestSource | Unset): Source of the call. Can be "five9", "zoom_phone", or
            defaults to "aws_connect" Example: aws_connect.
        data (None | RegisterFinVoiceCallRequestDataType0 | Unset): Additional metadata about the call Example: {'key':
            'value'}.
    """

    phone_number: str
    call_id: str
    source: RegisterFinVoiceCallRequestSource | Unset = UNSET
    data: None | RegisterFinVoiceCallRequestDataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        phone_number = self.phone_number

        call_id = self.call_id

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, RegisterFinVoiceCallRequestDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "call_id": call_id,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        call_id = d.pop("call_id")

        _source = d.pop("source", UNSET)
        source: RegisterFinVoiceCallRequestSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = RegisterFinVoiceCallRequestSource(_source)

        data = d.pop("data", UNSET)
        if isinstance(data, dict):
            try:
                data_type_0 = RegisterFinVoiceCallRequestDataType0.from_dict(data)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        register_fin_voice_call_request = cls(
            phone_number=phone_number,
            call_id=call_id,
            source=source,
            data=data,
        )

        register_fin_voice_call_request.additional_properties = d
        return register_fin_voice_call_request

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
    global _lazy_loaded, RegisterFinVoiceCallRequestDataType0
    from ..models.register_fin_voice_call_request_data_type_0 import RegisterFinVoiceCallRequestDataType0

    _lazy_loaded = True
