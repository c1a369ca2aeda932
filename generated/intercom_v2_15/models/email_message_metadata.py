from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.email_address_header import EmailAddressHeader


T = TypeVar("T", bound="EmailMessageMetadata")


@_attrs_define
class EmailMessageMetadata:
    """Contains metadata if the message was sent as an email

    Attributes:
        subject (None | str): The subject of the email Example: Question about my order.
        email_address_headers (list[EmailAddressHeader] | None): A list of an email address headers.
        message_id (None | str): The unique identifier for the email message as specified in the Message-ID header
            Example: <CADKw7xrXzqSn8v3mP8K8Q8yZ6K8Q8yZ6@mail.gmail.com>.
    """

    subject: None | str = None
    email_address_headers: list[EmailAddressHeader] | None = None
    message_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        email_address_headers: list[dict[str, Any]] | None | Unset
        if isinstance(self.email_address_headers, Unset):
            email_address_headers = UNSET
        elif isinstance(self.email_address_headers, list):
            email_address_headers = []
            for email_address_headers_type_0_item_data in self.email_address_headers:
                email_address_headers_type_0_item = email_address_headers_type_0_item_data.to_dict()
                email_address_headers.append(email_address_headers_type_0_item)

        else:
            email_address_headers = self.email_address_headers

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET and (subject is not None or "subject" in self._received):
            field_dict["subject"] = subject
        if email_address_headers is not UNSET and (
            email_address_headers is not None or "email_address_headers" in self._received
        ):
            field_dict["email_address_headers"] = email_address_headers
        if message_id is not UNSET and (message_id is not None or "message_id" in self._received):
            field_dict["message_id"] = message_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not EmailMessageMetadata:
            cls.__init__(self)
        self.subject = src_dict.get("subject")

        email_address_headers = src_dict.get("email_address_headers")
        if isinstance(email_address_headers, list):
            try:
                email_address_headers_type_0 = []
                _email_address_headers_type_0 = email_address_headers
                for email_address_headers_type_0_item_data in _email_address_headers_type_0:
                    email_address_headers_type_0_item = EmailAddressHeader.from_dict(
                        email_address_headers_type_0_item_data
                    )

                    email_address_headers_type_0.append(email_address_headers_type_0_item)

                email_address_headers = email_address_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.email_address_headers = email_address_headers

        self.message_id = src_dict.get("message_id")

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
        "subject",
        "email_address_headers",
        "message_id",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, EmailAddressHeader
    from ..models.email_address_header import EmailAddressHeader

    _lazy_loaded = True
