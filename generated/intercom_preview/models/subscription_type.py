from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_type_consent_type import SubscriptionTypeConsentType
from ..models.subscription_type_content_types_type_0_item import SubscriptionTypeContentTypesType0Item
from ..models.subscription_type_state import SubscriptionTypeState
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.translation import Translation


T = TypeVar("T", bound="SubscriptionType")


@_attrs_define
class SubscriptionType:
    """A subscription type lets customers easily opt out of non-essential communications without missing what's important
    to them.

        Attributes:
            type_ (None | str): The type of the object - subscription Example: subscription.
            id (None | str): The unique identifier representing the subscription type. Example: 123456.
            state (None | SubscriptionTypeState): The state of the subscription type. Example: live.
            default_translation (None | Translation):
            translations (list[Translation] | None): An array of translations objects with the localised version of the
                subscription type in each available locale within your translation settings.
            consent_type (None | SubscriptionTypeConsentType): Describes the type of consent. Example: opt_in.
            content_types (list[SubscriptionTypeContentTypesType0Item] | None): The message types that this subscription
                supports - can contain `email` or `sms_message`.
    """

    type_: None | str = None
    id: None | str = None
    state: None | SubscriptionTypeState = None
    default_translation: None | Translation = None
    translations: list[Translation] | None = None
    consent_type: None | SubscriptionTypeConsentType = None
    content_types: list[SubscriptionTypeContentTypesType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
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

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, SubscriptionTypeState):
            state = self.state.value
        else:
            state = self.state

        default_translation: dict[str, Any] | None | Unset
        if isinstance(self.default_translation, Unset):
            default_translation = UNSET
        elif isinstance(self.default_translation, Translation):
            default_translation = self.default_translation.to_dict()
        else:
            default_translation = self.default_translation

        translations: list[dict[str, Any]] | None | Unset
        if isinstance(self.translations, Unset):
            translations = UNSET
        elif isinstance(self.translations, list):
            translations = []
            for translations_type_0_item_data in self.translations:
                translations_type_0_item = translations_type_0_item_data.to_dict()
                translations.append(translations_type_0_item)

        else:
            translations = self.translations

        consent_type: None | str | Unset
        if isinstance(self.consent_type, Unset):
            consent_type = UNSET
        elif isinstance(self.consent_type, SubscriptionTypeConsentType):
            consent_type = self.consent_type.value
        else:
            consent_type = self.consent_type

        content_types: list[str] | None | Unset
        if isinstance(self.content_types, Unset):
            content_types = UNSET
        elif isinstance(self.content_types, list):
            content_types = []
            for content_types_type_0_item_data in self.content_types:
                content_types_type_0_item = content_types_type_0_item_data.value
                content_types.append(content_types_type_0_item)

        else:
            content_types = self.content_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if state is not UNSET and (state is not None or "state" in self._received):
            field_dict["state"] = state
        if default_translation is not UNSET and (
            default_translation is not None or "default_translation" in self._received
        ):
            field_dict["default_translation"] = default_translation
        if translations is not UNSET and (translations is not None or "translations" in self._received):
            field_dict["translations"] = translations
        if consent_type is not UNSET and (consent_type is not None or "consent_type" in self._received):
            field_dict["consent_type"] = consent_type
        if content_types is not UNSET and (content_types is not None or "content_types" in self._received):
            field_dict["content_types"] = content_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not SubscriptionType:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        state = src_dict.get("state")
        if isinstance(state, str):
            try:
                state_type_1 = SubscriptionTypeState(state)

                state = state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.state = state

        default_translation = src_dict.get("default_translation")
        if isinstance(default_translation, dict):
            try:
                default_translation_type_0 = Translation.from_dict(default_translation)

                default_translation = default_translation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.default_translation = default_translation

        translations = src_dict.get("translations")
        if isinstance(translations, list):
            try:
                translations_type_0 = []
                _translations_type_0 = translations
                for translations_type_0_item_data in _translations_type_0:
                    translations_type_0_item = Translation.from_dict(translations_type_0_item_data)

                    translations_type_0.append(translations_type_0_item)

                translations = translations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.translations = translations

        consent_type = src_dict.get("consent_type")
        if isinstance(consent_type, str):
            try:
                consent_type_type_1 = SubscriptionTypeConsentType(consent_type)

                consent_type = consent_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.consent_type = consent_type

        content_types = src_dict.get("content_types")
        if isinstance(content_types, list):
            try:
                content_types_type_0 = []
                _content_types_type_0 = content_types
                for content_types_type_0_item_data in _content_types_type_0:
                    content_types_type_0_item = SubscriptionTypeContentTypesType0Item(content_types_type_0_item_data)

                    content_types_type_0.append(content_types_type_0_item)

                content_types = content_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.content_types = content_types

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
        "state",
        "default_translation",
        "translations",
        "consent_type",
        "content_types",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, Translation
    from ..models.translation import Translation

    _lazy_loaded = True
