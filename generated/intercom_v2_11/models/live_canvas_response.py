from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.content_object import ContentObject


T = TypeVar("T", bound="LiveCanvasResponse")


@_attrs_define
class LiveCanvasResponse:
    """The response object returned when responding to a Live Canvas request. This contains the components you want to
    show.

        Attributes:
            content (ContentObject): The content object is where you specify the UI of your app. You provide us with a set
                of `components` in a components array that we then render.

                The content object should usually be returned within the [canvas
                object](https://developers.intercom.com/docs/references/canvas-kit/responseobjects/canvas). If you're responding
                to a Live Canvas request however, then you should only respond with the content object.
    """

    content: ContentObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        content = ContentObject.from_dict(d.pop("content"))

        live_canvas_response = cls(
            content=content,
        )

        live_canvas_response.additional_properties = d
        return live_canvas_response

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
    global _lazy_loaded, ContentObject
    from ..models.content_object import ContentObject

    _lazy_loaded = True
