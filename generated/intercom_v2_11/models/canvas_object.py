from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.canvas_object_stored_data import CanvasObjectStoredData
    from ..models.content_object import ContentObject


T = TypeVar("T", bound="CanvasObject")


@_attrs_define
class CanvasObject:
    """You have to respond to the majority of requests with a canvas object. This will tell us what UI to show for your
    app.

    A canvas can either be static (meaning we send you the next request only when an action takes place) or live
    (meaning we send you the next request when someone views the app).

    - A static canvas needs a ContentObject which will contain the components to show.
    - A live canvas needs a `content_url` which we we will make the Live Canvas requests to when the app is viewed. This
    is only possible for apps viewed or used in the Messenger.

        Attributes:
            content (ContentObject): The content object is where you specify the UI of your app. You provide us with a set
                of `components` in a components array that we then render.

                The content object should usually be returned within the [canvas
                object](https://developers.intercom.com/docs/references/canvas-kit/responseobjects/canvas). If you're responding
                to a Live Canvas request however, then you should only respond with the content object.
            content_url (str | Unset): The URL which we make Live Canvas requests to. You must respond to these with a
                content object. Max size is 64KB.
            stored_data (CanvasObjectStoredData | Unset): Optional Stored Data that you want to be returned in the next sent
                request. Max Size is 64KB.
    """

    content: ContentObject
    content_url: str | Unset = UNSET
    stored_data: CanvasObjectStoredData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content = self.content.to_dict()

        content_url = self.content_url

        stored_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stored_data, Unset):
            stored_data = self.stored_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if content_url is not UNSET:
            field_dict["content_url"] = content_url
        if stored_data is not UNSET:
            field_dict["stored_data"] = stored_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        content = ContentObject.from_dict(d.pop("content"))

        content_url = d.pop("content_url", UNSET)

        _stored_data = d.pop("stored_data", UNSET)
        stored_data: CanvasObjectStoredData | Unset
        if isinstance(_stored_data, Unset):
            stored_data = UNSET
        else:
            stored_data = CanvasObjectStoredData.from_dict(_stored_data)

        canvas_object = cls(
            content=content,
            content_url=content_url,
            stored_data=stored_data,
        )

        canvas_object.additional_properties = d
        return canvas_object

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
    global _lazy_loaded, CanvasObjectStoredData, ContentObject
    from ..models.canvas_object_stored_data import CanvasObjectStoredData
    from ..models.content_object import ContentObject

    _lazy_loaded = True
