from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.admin import Admin
    from ..models.canvas_object import CanvasObject
    from ..models.configure_request_variant_1_input_values import ConfigureRequestVariant1InputValues
    from ..models.context import Context


T = TypeVar("T", bound="ConfigureRequestVariant1")


@_attrs_define
class ConfigureRequestVariant1:
    """
    Attributes:
        workspace_id (str): The workspace ID of the teammate. Attribute is app_id for V1.2 and below.
        workspace_region (str): The Intercom hosted region that this app is located in.
        component_id (str): The id of the component clicked by the teammate to trigger the request.
        admin (Admin): Admins are teammate accounts that have access to a workspace.
        context (Context): The context object provides additional details on where the app has been added (or is
            currently being used), what page the app is being used on, and information on the Messenger settings. This is in
            order for you give a fully customised experience based on the customers use case.

            If the `location` is `conversation` then you will also be given a `conversation_id`. If you need to use details
            about the conversation, then you have to use the `conversation_id` to [make a call to our Conversations API and
            retrieve the conversation object](https://developers.intercom.com/intercom-api-reference/reference#get-a-single-
            conversation).
        current_canvas (CanvasObject): You have to respond to the majority of requests with a canvas object. This will
            tell us what UI to show for your app.

            A canvas can either be static (meaning we send you the next request only when an action takes place) or live
            (meaning we send you the next request when someone views the app).

            - A static canvas needs a ContentObject which will contain the components to show.
            - A live canvas needs a `content_url` which we we will make the Live Canvas requests to when the app is viewed.
            This is only possible for apps viewed or used in the Messenger.
        input_values (ConfigureRequestVariant1InputValues): A list of key/value pairs of data, inputted by the teammate
            on the current canvas.
    """

    workspace_id: str
    workspace_region: str
    component_id: str
    admin: Admin
    context: Context
    current_canvas: CanvasObject
    input_values: ConfigureRequestVariant1InputValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        workspace_id = self.workspace_id

        workspace_region = self.workspace_region

        component_id = self.component_id

        admin = self.admin.to_dict()

        context = self.context.to_dict()

        current_canvas = self.current_canvas.to_dict()

        input_values = self.input_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "workspace_region": workspace_region,
                "component_id": component_id,
                "admin": admin,
                "context": context,
                "current_canvas": current_canvas,
                "input_values": input_values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        workspace_region = d.pop("workspace_region")

        component_id = d.pop("component_id")

        admin = Admin.from_dict(d.pop("admin"))

        context = Context.from_dict(d.pop("context"))

        current_canvas = CanvasObject.from_dict(d.pop("current_canvas"))

        input_values = ConfigureRequestVariant1InputValues.from_dict(d.pop("input_values"))

        configure_request_variant_1 = cls(
            workspace_id=workspace_id,
            workspace_region=workspace_region,
            component_id=component_id,
            admin=admin,
            context=context,
            current_canvas=current_canvas,
            input_values=input_values,
        )

        configure_request_variant_1.additional_properties = d
        return configure_request_variant_1

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
    global _lazy_loaded, Admin, CanvasObject, ConfigureRequestVariant1InputValues, Context
    from ..models.admin import Admin
    from ..models.canvas_object import CanvasObject
    from ..models.configure_request_variant_1_input_values import ConfigureRequestVariant1InputValues
    from ..models.context import Context

    _lazy_loaded = True
