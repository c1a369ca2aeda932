from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.banner_action_type_0_reaction_set_type_0_item import BannerActionType0ReactionSetType0Item


T = TypeVar("T", bound="BannerActionType0")


@_attrs_define
class BannerActionType0:
    """The action a contact can take on the banner, or `null` when the banner has
    no action. The fields present depend on `type`:
    `url` (`label`, `target`), `reaction` (`reaction_set`),
    `email_collector`, or `product_tour` (`tour_id`, `tour_url`).

        Attributes:
            type_ (None | str): The kind of action. One of `url`, `reaction`, `email_collector`, or `product_tour`. Example:
                url.
            label (None | str): For `url` actions, the label shown on the action link or button. Example: Learn more.
            target (None | str): For `url` actions, the URL the contact is sent to. Example:
                https://www.intercom.com/pricing.
            reaction_set (list[BannerActionType0ReactionSetType0Item] | None): For `reaction` actions, the reactions a
                contact can choose from.
            tour_id (None | str): For `product_tour` actions, the id of the product tour to launch. Example: 12345.
            tour_url (None | str): For `product_tour` actions, the URL that launches the product tour. Example:
                https://app.intercom.com/tours/12345.
    """

    type_: None | str = None
    label: None | str = None
    target: None | str = None
    reaction_set: list[BannerActionType0ReactionSetType0Item] | None = None
    tour_id: None | str = None
    tour_url: None | str = None
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

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        reaction_set: list[dict[str, Any]] | None | Unset
        if isinstance(self.reaction_set, Unset):
            reaction_set = UNSET
        elif isinstance(self.reaction_set, list):
            reaction_set = []
            for reaction_set_type_0_item_data in self.reaction_set:
                reaction_set_type_0_item = reaction_set_type_0_item_data.to_dict()
                reaction_set.append(reaction_set_type_0_item)

        else:
            reaction_set = self.reaction_set

        tour_id: None | str | Unset
        if isinstance(self.tour_id, Unset):
            tour_id = UNSET
        else:
            tour_id = self.tour_id

        tour_url: None | str | Unset
        if isinstance(self.tour_url, Unset):
            tour_url = UNSET
        else:
            tour_url = self.tour_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if label is not UNSET and (label is not None or "label" in self._received):
            field_dict["label"] = label
        if target is not UNSET and (target is not None or "target" in self._received):
            field_dict["target"] = target
        if reaction_set is not UNSET and (reaction_set is not None or "reaction_set" in self._received):
            field_dict["reaction_set"] = reaction_set
        if tour_id is not UNSET and (tour_id is not None or "tour_id" in self._received):
            field_dict["tour_id"] = tour_id
        if tour_url is not UNSET and (tour_url is not None or "tour_url" in self._received):
            field_dict["tour_url"] = tour_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not BannerActionType0:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.label = src_dict.get("label")

        self.target = src_dict.get("target")

        reaction_set = src_dict.get("reaction_set")
        if isinstance(reaction_set, list):
            try:
                reaction_set_type_0 = []
                _reaction_set_type_0 = reaction_set
                for reaction_set_type_0_item_data in _reaction_set_type_0:
                    reaction_set_type_0_item = BannerActionType0ReactionSetType0Item.from_dict(
                        reaction_set_type_0_item_data
                    )

                    reaction_set_type_0.append(reaction_set_type_0_item)

                reaction_set = reaction_set_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.reaction_set = reaction_set

        self.tour_id = src_dict.get("tour_id")

        self.tour_url = src_dict.get("tour_url")

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
        "label",
        "target",
        "reaction_set",
        "tour_id",
        "tour_url",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, BannerActionType0ReactionSetType0Item
    from ..models.banner_action_type_0_reaction_set_type_0_item import BannerActionType0ReactionSetType0Item

    _lazy_loaded = True
