from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.admin import Admin
    from ..models.context import Context


T = TypeVar("T", bound="ConfigureRequestVariant0")


@_attrs_define
class ConfigureRequestVariant0:
    """
    Attributes:
        workspace_id (str): The workspace ID of the teammate. Attribute is app_id for V1.2 and below.
        admin (Admin): Admins are teammate accounts that have access to a workspace.
        context (Context): The context object provides additional details on where the app has been added (or is
            currently being used), what page the app is being used on, and information on the Messenger settings. This is in
            order for you give a fully customised experience based on the customers use case.

            If the `location` is `conversation` then you will also be given a `conversation_id`. If you need to use details
            about the conversation, then you have to use the `conversation_id` to [make a call to our Conversations API and
            retrieve the conversation object](https://developers.intercom.com/intercom-api-reference/reference#get-a-single-
            conversation).
    """

    workspace_id: str
    admin: Admin
    context: Context
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        workspace_id = self.workspace_id

        admin = self.admin.to_dict()

        context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "admin": admin,
                "context": context,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        admin = Admin.from_dict(d.pop("admin"))

        context = Context.from_dict(d.pop("context"))

        configure_request_variant_0 = cls(
            workspace_id=workspace_id,
            admin=admin,
            context=context,
        )

        configure_request_variant_0.additional_properties = d
        return configure_request_variant_0

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
    global _lazy_loaded, Admin, Context
    from ..models.admin import Admin
    from ..models.context import Context

    _lazy_loaded = True
