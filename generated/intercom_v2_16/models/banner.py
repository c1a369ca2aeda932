from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.banner_action_type_0 import BannerActionType0
    from ..models.banner_client_targeting_type_0_item import BannerClientTargetingType0Item


T = TypeVar("T", bound="Banner")


@_attrs_define
class Banner:
    """A banner the contact currently matches, with the content and view identifier needed to display and dismiss it.

    Attributes:
        type_ (None | str): String representing the object's type. Always has the value `banner`. Example: banner.
        id (None | str): The id of the banner. Example: 486517.
        view_id (None | str): The id of the contact's view of this banner. Pass this to the dismiss endpoint to record a
            dismissal. Example: 645719311.
        title (None | str): The banner's title. `null` when the banner has no title. Example: Hi there.
        body (None | str): The banner's body content as HTML. Example: <p class="no-margin">Hi there!</p>.
        style (None | str): How the banner is displayed. Example: inline.
        position (None | str): Where the banner is positioned. Example: top.
        show_dismiss_button (bool | None): Whether the banner should display a dismiss control. Example: True.
        action (BannerActionType0 | None): The action a contact can take on the banner, or `null` when the banner has
            no action. The fields present depend on `type`:
            `url` (`label`, `target`), `reaction` (`reaction_set`),
            `email_collector`, or `product_tour` (`tour_id`, `tour_url`).
        client_targeting (list[BannerClientTargetingType0Item] | None): Reserved for future use. Always `null` in the
            current version — banners
            that depend on client-side targeting rules (such as page URL or time on
            page) are not returned by this endpoint.
        created_at (int | None): The time the contact's view of this banner was created. Example: 1780580493.
    """

    type_: None | str = None
    id: None | str = None
    view_id: None | str = None
    title: None | str = None
    body: None | str = None
    style: None | str = None
    position: None | str = None
    show_dismiss_button: bool | None = None
    action: BannerActionType0 | None = None
    client_targeting: list[BannerClientTargetingType0Item] | None = None
    created_at: int | None = None
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

        view_id: None | str | Unset
        if isinstance(self.view_id, Unset):
            view_id = UNSET
        else:
            view_id = self.view_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        style: None | str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        else:
            style = self.style

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        show_dismiss_button: bool | None | Unset
        if isinstance(self.show_dismiss_button, Unset):
            show_dismiss_button = UNSET
        else:
            show_dismiss_button = self.show_dismiss_button

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, BannerActionType0):
            action = self.action.to_dict()
        else:
            action = self.action

        client_targeting: list[dict[str, Any]] | None | Unset
        if isinstance(self.client_targeting, Unset):
            client_targeting = UNSET
        elif isinstance(self.client_targeting, list):
            client_targeting = []
            for client_targeting_type_0_item_data in self.client_targeting:
                client_targeting_type_0_item = client_targeting_type_0_item_data.to_dict()
                client_targeting.append(client_targeting_type_0_item)

        else:
            client_targeting = self.client_targeting

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if view_id is not UNSET and (view_id is not None or "view_id" in self._received):
            field_dict["view_id"] = view_id
        if title is not UNSET and (title is not None or "title" in self._received):
            field_dict["title"] = title
        if body is not UNSET and (body is not None or "body" in self._received):
            field_dict["body"] = body
        if style is not UNSET and (style is not None or "style" in self._received):
            field_dict["style"] = style
        if position is not UNSET and (position is not None or "position" in self._received):
            field_dict["position"] = position
        if show_dismiss_button is not UNSET and (
            show_dismiss_button is not None or "show_dismiss_button" in self._received
        ):
            field_dict["show_dismiss_button"] = show_dismiss_button
        if action is not UNSET and (action is not None or "action" in self._received):
            field_dict["action"] = action
        if client_targeting is not UNSET and (client_targeting is not None or "client_targeting" in self._received):
            field_dict["client_targeting"] = client_targeting
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not Banner:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.view_id = src_dict.get("view_id")

        self.title = src_dict.get("title")

        self.body = src_dict.get("body")

        self.style = src_dict.get("style")

        self.position = src_dict.get("position")

        self.show_dismiss_button = src_dict.get("show_dismiss_button")

        action = src_dict.get("action")
        if isinstance(action, dict):
            try:
                action_type_0 = BannerActionType0.from_dict(action)

                action = action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.action = action

        client_targeting = src_dict.get("client_targeting")
        if isinstance(client_targeting, list):
            try:
                client_targeting_type_0 = []
                _client_targeting_type_0 = client_targeting
                for client_targeting_type_0_item_data in _client_targeting_type_0:
                    client_targeting_type_0_item = BannerClientTargetingType0Item.from_dict(
                        client_targeting_type_0_item_data
                    )

                    client_targeting_type_0.append(client_targeting_type_0_item)

                client_targeting = client_targeting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.client_targeting = client_targeting

        self.created_at = src_dict.get("created_at")

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
        "view_id",
        "title",
        "body",
        "style",
        "position",
        "show_dismiss_button",
        "action",
        "client_targeting",
        "created_at",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, BannerActionType0, BannerClientTargetingType0Item
    from ..models.banner_action_type_0 import BannerActionType0
    from ..models.banner_client_targeting_type_0_item import BannerClientTargetingType0Item

    _lazy_loaded = True
