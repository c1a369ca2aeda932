from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.results_response_results import ResultsResponseResults


T = TypeVar("T", bound="ResultsResponse")


@_attrs_define
class ResultsResponse:
    """The results object should be sent when you want to end configuration of the app and trigger the [Initialize
    request](https://developers.intercom.com/docs/canvas-kit/#initialize) to be sent. You provide the key-value pairs of
    data you want access to and we will send these in the Initialize request within a [card_creation_options
    object](https://developers.intercom.com/docs/references/canvas-kit/requestobjects/card-creation-options/#card-
    creation-options).

        Attributes:
            results (ResultsResponseResults): Key-value pairs of data you want access to in the Initialize request
    """

    results: ResultsResponseResults
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        results = ResultsResponseResults.from_dict(d.pop("results"))

        results_response = cls(
            results=results,
        )

        results_response.additional_properties = d
        return results_response

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
    global _lazy_loaded, ResultsResponseResults
    from ..models.results_response_results import ResultsResponseResults

    _lazy_loaded = True
