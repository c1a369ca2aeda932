from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.ai_call_response_call_transcript_type_0_item import AiCallResponseCallTranscriptType0Item
    from ..models.ai_call_response_intent_type_0_item import AiCallResponseIntentType0Item


T = TypeVar("T", bound="AiCallResponse")


@_attrs_define
class AiCallResponse:
    """Response containing information about a Fin Voice call

    Attributes:
        id (int | None): The unique identifier for the external reference Example: 12345.
        app_id (int | None): The workspace identifier Example: 12345.
        user_phone_number (None | str): Phone number in E.164 format for the call Example: +1234567890.
        status (None | str): Status of the call. Can be "registered", "in-progress", or a resolution state Example:
            registered.
        intercom_call_id (None | str): The Intercom call identifier, if the call has been matched Example: 1234.
        external_call_id (None | str): The external call identifier from the call provider Example: call-123-abc.
        intercom_conversation_id (None | str): The Intercom conversation identifier, if a conversation has been created
            Example: 5678.
        call_transcript (list[AiCallResponseCallTranscriptType0Item] | None): Array of transcript entries for the call
            Example: [].
        call_summary (None | str): Summary of the call conversation, truncated to 256 characters. Empty string if no
            summary available. Example: Customer called about billing issue....
        intent (list[AiCallResponseIntentType0Item] | None): Array of intent classifications for the call Example: [].
    """

    id: int | None = None
    app_id: int | None = None
    user_phone_number: None | str = None
    status: None | str = None
    intercom_call_id: None | str = None
    external_call_id: None | str = None
    intercom_conversation_id: None | str = None
    call_transcript: list[AiCallResponseCallTranscriptType0Item] | None = None
    call_summary: None | str = None
    intent: list[AiCallResponseIntentType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        app_id: int | None | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        user_phone_number: None | str | Unset
        if isinstance(self.user_phone_number, Unset):
            user_phone_number = UNSET
        else:
            user_phone_number = self.user_phone_number

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        intercom_call_id: None | str | Unset
        if isinstance(self.intercom_call_id, Unset):
            intercom_call_id = UNSET
        else:
            intercom_call_id = self.intercom_call_id

        external_call_id: None | str | Unset
        if isinstance(self.external_call_id, Unset):
            external_call_id = UNSET
        else:
            external_call_id = self.external_call_id

        intercom_conversation_id: None | str | Unset
        if isinstance(self.intercom_conversation_id, Unset):
            intercom_conversation_id = UNSET
        else:
            intercom_conversation_id = self.intercom_conversation_id

        call_transcript: list[dict[str, Any]] | None | Unset
        if isinstance(self.call_transcript, Unset):
            call_transcript = UNSET
        elif isinstance(self.call_transcript, list):
            call_transcript = []
            for call_transcript_type_0_item_data in self.call_transcript:
                call_transcript_type_0_item = call_transcript_type_0_item_data.to_dict()
                call_transcript.append(call_transcript_type_0_item)

        else:
            call_transcript = self.call_transcript

        call_summary: None | str | Unset
        if isinstance(self.call_summary, Unset):
            call_summary = UNSET
        else:
            call_summary = self.call_summary

        intent: list[dict[str, Any]] | None | Unset
        if isinstance(self.intent, Unset):
            intent = UNSET
        elif isinstance(self.intent, list):
            intent = []
            for intent_type_0_item_data in self.intent:
                intent_type_0_item = intent_type_0_item_data.to_dict()
                intent.append(intent_type_0_item)

        else:
            intent = self.intent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if app_id is not UNSET and (app_id is not None or "app_id" in self._received):
            field_dict["app_id"] = app_id
        if user_phone_number is not UNSET and (user_phone_number is not None or "user_phone_number" in self._received):
            field_dict["user_phone_number"] = user_phone_number
        if status is not UNSET and (status is not None or "status" in self._received):
            field_dict["status"] = status
        if intercom_call_id is not UNSET and (intercom_call_id is not None or "intercom_call_id" in self._received):
            field_dict["intercom_call_id"] = intercom_call_id
        if external_call_id is not UNSET and (external_call_id is not None or "external_call_id" in self._received):
            field_dict["external_call_id"] = external_call_id
        if intercom_conversation_id is not UNSET and (
            intercom_conversation_id is not None or "intercom_conversation_id" in self._received
        ):
            field_dict["intercom_conversation_id"] = intercom_conversation_id
        if call_transcript is not UNSET and (call_transcript is not None or "call_transcript" in self._received):
            field_dict["call_transcript"] = call_transcript
        if call_summary is not UNSET and (call_summary is not None or "call_summary" in self._received):
            field_dict["call_summary"] = call_summary
        if intent is not UNSET and (intent is not None or "intent" in self._received):
            field_dict["intent"] = intent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not AiCallResponse:
            cls.__init__(self)
        self.id = src_dict.get("id")

        self.app_id = src_dict.get("app_id")

        self.user_phone_number = src_dict.get("user_phone_number")

        self.status = src_dict.get("status")

        self.intercom_call_id = src_dict.get("intercom_call_id")

        self.external_call_id = src_dict.get("external_call_id")

        self.intercom_conversation_id = src_dict.get("intercom_conversation_id")

        call_transcript = src_dict.get("call_transcript")
        if isinstance(call_transcript, list):
            try:
                call_transcript_type_0 = []
                _call_transcript_type_0 = call_transcript
                for call_transcript_type_0_item_data in _call_transcript_type_0:
                    call_transcript_type_0_item = AiCallResponseCallTranscriptType0Item.from_dict(
                        call_transcript_type_0_item_data
                    )

                    call_transcript_type_0.append(call_transcript_type_0_item)

                call_transcript = call_transcript_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.call_transcript = call_transcript

        self.call_summary = src_dict.get("call_summary")

        intent = src_dict.get("intent")
        if isinstance(intent, list):
            try:
                intent_type_0 = []
                _intent_type_0 = intent
                for intent_type_0_item_data in _intent_type_0:
                    intent_type_0_item = AiCallResponseIntentType0Item.from_dict(intent_type_0_item_data)

                    intent_type_0.append(intent_type_0_item)

                intent = intent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.intent = intent

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
        "id",
        "app_id",
        "user_phone_number",
        "status",
        "intercom_call_id",
        "external_call_id",
        "intercom_conversation_id",
        "call_transcript",
        "call_summary",
        "intent",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, AiCallResponseCallTranscriptType0Item, AiCallResponseIntentType0Item
    from ..models.ai_call_response_call_transcript_type_0_item import AiCallResponseCallTranscriptType0Item
    from ..models.ai_call_response_intent_type_0_item import AiCallResponseIntentType0Item

    _lazy_loaded = True
