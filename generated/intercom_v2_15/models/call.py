from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="Call")


@_attrs_define
class Call:
    """Represents a phone call in Intercom

    Attributes:
        type_ (None | str): String representing the object's type. Always has the value `call`. Example: call.
        id (None | str): The id of the call. Example: 123.
        conversation_id (None | str): The id of the conversation associated with the call, if any. Example: 456.
        admin_id (None | str): The id of the admin associated with the call, if any. Example: 789.
        contact_id (None | str): The id of the contact associated with the call, if any. Example:
            6762f0dd1bb69f9f2193bb83.
        state (None | str): The current state of the call. Example: completed.
        initiated_at (int | None | str):
        answered_at (int | None | str):
        ended_at (int | None | str):
        created_at (int | None | str):
        updated_at (int | None | str):
        recording_url (None | str): API URL to download or redirect to the call recording if available. Example:
            https://api.intercom.io/calls/123/recording.
        transcription_url (None | str): API URL to download or redirect to the call transcript if available. Example:
            https://api.intercom.io/calls/123/transcript.
        call_type (None | str): The type of call. Example: phone.
        direction (None | str): The direction of the call. Example: outbound.
        ended_reason (None | str): The reason for the call end, if applicable. Example: completed.
        phone (None | str): The phone number involved in the call, in E.164 format. Example: +15551234567.
        fin_recording_url (None | str): API URL to the AI Agent (Fin) call recording if available.
        fin_transcription_url (None | str): API URL to the AI Agent (Fin) call transcript if available.
    """

    type_: None | str = None
    id: None | str = None
    conversation_id: None | str = None
    admin_id: None | str = None
    contact_id: None | str = None
    state: None | str = None
    initiated_at: int | None | str = None
    answered_at: int | None | str = None
    ended_at: int | None | str = None
    created_at: int | None | str = None
    updated_at: int | None | str = None
    recording_url: None | str = None
    transcription_url: None | str = None
    call_type: None | str = None
    direction: None | str = None
    ended_reason: None | str = None
    phone: None | str = None
    fin_recording_url: None | str = None
    fin_transcription_url: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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

        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        admin_id: None | str | Unset
        if isinstance(self.admin_id, Unset):
            admin_id = UNSET
        else:
            admin_id = self.admin_id

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        initiated_at: int | None | str | Unset
        if isinstance(self.initiated_at, Unset):
            initiated_at = UNSET
        else:
            initiated_at = self.initiated_at

        answered_at: int | None | str | Unset
        if isinstance(self.answered_at, Unset):
            answered_at = UNSET
        else:
            answered_at = self.answered_at

        ended_at: int | None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        else:
            ended_at = self.ended_at

        created_at: int | None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        recording_url: None | str | Unset
        if isinstance(self.recording_url, Unset):
            recording_url = UNSET
        else:
            recording_url = self.recording_url

        transcription_url: None | str | Unset
        if isinstance(self.transcription_url, Unset):
            transcription_url = UNSET
        else:
            transcription_url = self.transcription_url

        call_type: None | str | Unset
        if isinstance(self.call_type, Unset):
            call_type = UNSET
        else:
            call_type = self.call_type

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        else:
            direction = self.direction

        ended_reason: None | str | Unset
        if isinstance(self.ended_reason, Unset):
            ended_reason = UNSET
        else:
            ended_reason = self.ended_reason

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        fin_recording_url: None | str | Unset
        if isinstance(self.fin_recording_url, Unset):
            fin_recording_url = UNSET
        else:
            fin_recording_url = self.fin_recording_url

        fin_transcription_url: None | str | Unset
        if isinstance(self.fin_transcription_url, Unset):
            fin_transcription_url = UNSET
        else:
            fin_transcription_url = self.fin_transcription_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if conversation_id is not UNSET and (conversation_id is not None or "conversation_id" in self._received):
            field_dict["conversation_id"] = conversation_id
        if admin_id is not UNSET and (admin_id is not None or "admin_id" in self._received):
            field_dict["admin_id"] = admin_id
        if contact_id is not UNSET and (contact_id is not None or "contact_id" in self._received):
            field_dict["contact_id"] = contact_id
        if state is not UNSET and (state is not None or "state" in self._received):
            field_dict["state"] = state
        if initiated_at is not UNSET and (initiated_at is not None or "initiated_at" in self._received):
            field_dict["initiated_at"] = initiated_at
        if answered_at is not UNSET and (answered_at is not None or "answered_at" in self._received):
            field_dict["answered_at"] = answered_at
        if ended_at is not UNSET and (ended_at is not None or "ended_at" in self._received):
            field_dict["ended_at"] = ended_at
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if recording_url is not UNSET and (recording_url is not None or "recording_url" in self._received):
            field_dict["recording_url"] = recording_url
        if transcription_url is not UNSET and (transcription_url is not None or "transcription_url" in self._received):
            field_dict["transcription_url"] = transcription_url
        if call_type is not UNSET and (call_type is not None or "call_type" in self._received):
            field_dict["call_type"] = call_type
        if direction is not UNSET and (direction is not None or "direction" in self._received):
            field_dict["direction"] = direction
        if ended_reason is not UNSET and (ended_reason is not None or "ended_reason" in self._received):
            field_dict["ended_reason"] = ended_reason
        if phone is not UNSET and (phone is not None or "phone" in self._received):
            field_dict["phone"] = phone
        if fin_recording_url is not UNSET and (fin_recording_url is not None or "fin_recording_url" in self._received):
            field_dict["fin_recording_url"] = fin_recording_url
        if fin_transcription_url is not UNSET and (
            fin_transcription_url is not None or "fin_transcription_url" in self._received
        ):
            field_dict["fin_transcription_url"] = fin_transcription_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not Call:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.conversation_id = src_dict.get("conversation_id")

        self.admin_id = src_dict.get("admin_id")

        self.contact_id = src_dict.get("contact_id")

        self.state = src_dict.get("state")

        self.initiated_at = src_dict.get("initiated_at")

        self.answered_at = src_dict.get("answered_at")

        self.ended_at = src_dict.get("ended_at")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.recording_url = src_dict.get("recording_url")

        self.transcription_url = src_dict.get("transcription_url")

        self.call_type = src_dict.get("call_type")

        self.direction = src_dict.get("direction")

        self.ended_reason = src_dict.get("ended_reason")

        self.phone = src_dict.get("phone")

        self.fin_recording_url = src_dict.get("fin_recording_url")

        self.fin_transcription_url = src_dict.get("fin_transcription_url")

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
        "conversation_id",
        "admin_id",
        "contact_id",
        "state",
        "initiated_at",
        "answered_at",
        "ended_at",
        "created_at",
        "updated_at",
        "recording_url",
        "transcription_url",
        "call_type",
        "direction",
        "ended_reason",
        "phone",
        "fin_recording_url",
        "fin_transcription_url",
    }
)
