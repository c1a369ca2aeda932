from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.canvas_object import CanvasObject


T = TypeVar("T", bound="CurrentCanvas")


@_attrs_define
class CurrentCanvas:
    """The current canvas that was most recently showing before the request was sent. This object mirrors the same format
    as the Canvas Object.

        Attributes:
            current_canvas (CanvasObject): You have to respond to the majority of requests with a canvas object. This will
                tell us what UI to show for your app.

                A canvas can either be static (meaning we send you the next request only when an action takes place) or live
                (meaning we send you the next request when someone views the app).

                - A static canvas needs a ContentObject which will contain the components to show.
                - A live canvas needs a `content_url` which we we will make the Live Canvas requests to when the app is viewed.
                This is only possible for apps viewed or used in the Messenger.
    """

    current_canvas: CanvasObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        current_canvas = self.current_canvas.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_canvas": current_canvas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        current_canvas = CanvasObject.from_dict(d.pop("current_canvas"))

        current_canvas = cls(
            current_canvas=current_canvas,
        )

        current_canvas.additional_properties = d
        return current_canvas

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
    global _lazy_loaded, CanvasObject
    from ..models.canvas_object import CanvasObject

    _lazy_loaded = True
