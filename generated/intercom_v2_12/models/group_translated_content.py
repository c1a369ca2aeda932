from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_translated_content_type import GroupTranslatedContentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_content import GroupContent


T = TypeVar("T", bound="GroupTranslatedContent")


@_attrs_define
class GroupTranslatedContent:
    """The Translated Content of an Group. The keys are the locale codes and the values are the translated content of the
    Group.

        Attributes:
            type_ (GroupTranslatedContentType | None): The type of object - group_translated_content. Example:
                group_translated_content.
            ar (GroupContent | None): The content of the group in Arabic
            bg (GroupContent | None): The content of the group in Bulgarian
            bs (GroupContent | None): The content of the group in Bosnian
            ca (GroupContent | None): The content of the group in Catalan
            cs (GroupContent | None): The content of the group in Czech
            da (GroupContent | None): The content of the group in Danish
            de (GroupContent | None): The content of the group in German
            el (GroupContent | None): The content of the group in Greek
            en (GroupContent | None): The content of the group in English
            es (GroupContent | None): The content of the group in Spanish
            et (GroupContent | None): The content of the group in Estonian
            fi (GroupContent | None): The content of the group in Finnish
            fr (GroupContent | None): The content of the group in French
            he (GroupContent | None): The content of the group in Hebrew
            hr (GroupContent | None): The content of the group in Croatian
            hu (GroupContent | None): The content of the group in Hungarian
            id (GroupContent | None): The content of the group in Indonesian
            it (GroupContent | None): The content of the group in Italian
            ja (GroupContent | None): The content of the group in Japanese
            ko (GroupContent | None): The content of the group in Korean
            lt (GroupContent | None): The content of the group in Lithuanian
            lv (GroupContent | None): The content of the group in Latvian
            mn (GroupContent | None): The content of the group in Mongolian
            nb (GroupContent | None): The content of the group in Norwegian
            nl (GroupContent | None): The content of the group in Dutch
            pl (GroupContent | None): The content of the group in Polish
            pt (GroupContent | None): The content of the group in Portuguese (Portugal)
            ro (GroupContent | None): The content of the group in Romanian
            ru (GroupContent | None): The content of the group in Russian
            sl (GroupContent | None): The content of the group in Slovenian
            sr (GroupContent | None): The content of the group in Serbian
            sv (GroupContent | None): The content of the group in Swedish
            tr (GroupContent | None): The content of the group in Turkish
            vi (GroupContent | None): The content of the group in Vietnamese
            pt_br (GroupContent | None): The content of the group in Portuguese (Brazil)
            zh_cn (GroupContent | None): The content of the group in Chinese (China)
            zh_tw (GroupContent | None): The content of the group in Chinese (Taiwan)
    """

    type_: GroupTranslatedContentType | None = None
    ar: GroupContent | None = None
    bg: GroupContent | None = None
    bs: GroupContent | None = None
    ca: GroupContent | None = None
    cs: GroupContent | None = None
    da: GroupContent | None = None
    de: GroupContent | None = None
    el: GroupContent | None = None
    en: GroupContent | None = None
    es: GroupContent | None = None
    et: GroupContent | None = None
    fi: GroupContent | None = None
    fr: GroupContent | None = None
    he: GroupContent | None = None
    hr: GroupContent | None = None
    hu: GroupContent | None = None
    id: GroupContent | None = None
    it: GroupContent | None = None
    ja: GroupContent | None = None
    ko: GroupContent | None = None
    lt: GroupContent | None = None
    lv: GroupContent | None = None
    mn: GroupContent | None = None
    nb: GroupContent | None = None
    nl: GroupContent | None = None
    pl: GroupContent | None = None
    pt: GroupContent | None = None
    ro: GroupContent | None = None
    ru: GroupContent | None = None
    sl: GroupContent | None = None
    sr: GroupContent | None = None
    sv: GroupContent | None = None
    tr: GroupContent | None = None
    vi: GroupContent | None = None
    pt_br: GroupContent | None = None
    zh_cn: GroupContent | None = None
    zh_tw: GroupContent | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, GroupTranslatedContentType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        ar: dict[str, Any] | None | Unset
        if isinstance(self.ar, Unset):
            ar = UNSET
        elif isinstance(self.ar, GroupContent):
            ar = self.ar.to_dict()
        else:
            ar = self.ar

        bg: dict[str, Any] | None | Unset
        if isinstance(self.bg, Unset):
            bg = UNSET
        elif isinstance(self.bg, GroupContent):
            bg = self.bg.to_dict()
        else:
            bg = self.bg

        bs: dict[str, Any] | None | Unset
        if isinstance(self.bs, Unset):
            bs = UNSET
        elif isinstance(self.bs, GroupContent):
            bs = self.bs.to_dict()
        else:
            bs = self.bs

        ca: dict[str, Any] | None | Unset
        if isinstance(self.ca, Unset):
            ca = UNSET
        elif isinstance(self.ca, GroupContent):
            ca = self.ca.to_dict()
        else:
            ca = self.ca

        cs: dict[str, Any] | None | Unset
        if isinstance(self.cs, Unset):
            cs = UNSET
        elif isinstance(self.cs, GroupContent):
            cs = self.cs.to_dict()
        else:
            cs = self.cs

        da: dict[str, Any] | None | Unset
        if isinstance(self.da, Unset):
            da = UNSET
        elif isinstance(self.da, GroupContent):
            da = self.da.to_dict()
        else:
            da = self.da

        de: dict[str, Any] | None | Unset
        if isinstance(self.de, Unset):
            de = UNSET
        elif isinstance(self.de, GroupContent):
            de = self.de.to_dict()
        else:
            de = self.de

        el: dict[str, Any] | None | Unset
        if isinstance(self.el, Unset):
            el = UNSET
        elif isinstance(self.el, GroupContent):
            el = self.el.to_dict()
        else:
            el = self.el

        en: dict[str, Any] | None | Unset
        if isinstance(self.en, Unset):
            en = UNSET
        elif isinstance(self.en, GroupContent):
            en = self.en.to_dict()
        else:
            en = self.en

        es: dict[str, Any] | None | Unset
        if isinstance(self.es, Unset):
            es = UNSET
        elif isinstance(self.es, GroupContent):
            es = self.es.to_dict()
        else:
            es = self.es

        et: dict[str, Any] | None | Unset
        if isinstance(self.et, Unset):
            et = UNSET
        elif isinstance(self.et, GroupContent):
            et = self.et.to_dict()
        else:
            et = self.et

        fi: dict[str, Any] | None | Unset
        if isinstance(self.fi, Unset):
            fi = UNSET
        elif isinstance(self.fi, GroupContent):
            fi = self.fi.to_dict()
        else:
            fi = self.fi

        fr: dict[str, Any] | None | Unset
        if isinstance(self.fr, Unset):
            fr = UNSET
        elif isinstance(self.fr, GroupContent):
            fr = self.fr.to_dict()
        else:
            fr = self.fr

        he: dict[str, Any] | None | Unset
        if isinstance(self.he, Unset):
            he = UNSET
        elif isinstance(self.he, GroupContent):
            he = self.he.to_dict()
        else:
            he = self.he

        hr: dict[str, Any] | None | Unset
        if isinstance(self.hr, Unset):
            hr = UNSET
        elif isinstance(self.hr, GroupContent):
            hr = self.hr.to_dict()
        else:
            hr = self.hr

        hu: dict[str, Any] | None | Unset
        if isinstance(self.hu, Unset):
            hu = UNSET
        elif isinstance(self.hu, GroupContent):
            hu = self.hu.to_dict()
        else:
            hu = self.hu

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, GroupContent):
            id = self.id.to_dict()
        else:
            id = self.id

        it: dict[str, Any] | None | Unset
        if isinstance(self.it, Unset):
            it = UNSET
        elif isinstance(self.it, GroupContent):
            it = self.it.to_dict()
        else:
            it = self.it

        ja: dict[str, Any] | None | Unset
        if isinstance(self.ja, Unset):
            ja = UNSET
        elif isinstance(self.ja, GroupContent):
            ja = self.ja.to_dict()
        else:
            ja = self.ja

        ko: dict[str, Any] | None | Unset
        if isinstance(self.ko, Unset):
            ko = UNSET
        elif isinstance(self.ko, GroupContent):
            ko = self.ko.to_dict()
        else:
            ko = self.ko

        lt: dict[str, Any] | None | Unset
        if isinstance(self.lt, Unset):
            lt = UNSET
        elif isinstance(self.lt, GroupContent):
            lt = self.lt.to_dict()
        else:
            lt = self.lt

        lv: dict[str, Any] | None | Unset
        if isinstance(self.lv, Unset):
            lv = UNSET
        elif isinstance(self.lv, GroupContent):
            lv = self.lv.to_dict()
        else:
            lv = self.lv

        mn: dict[str, Any] | None | Unset
        if isinstance(self.mn, Unset):
            mn = UNSET
        elif isinstance(self.mn, GroupContent):
            mn = self.mn.to_dict()
        else:
            mn = self.mn

        nb: dict[str, Any] | None | Unset
        if isinstance(self.nb, Unset):
            nb = UNSET
        elif isinstance(self.nb, GroupContent):
            nb = self.nb.to_dict()
        else:
            nb = self.nb

        nl: dict[str, Any] | None | Unset
        if isinstance(self.nl, Unset):
            nl = UNSET
        elif isinstance(self.nl, GroupContent):
            nl = self.nl.to_dict()
        else:
            nl = self.nl

        pl: dict[str, Any] | None | Unset
        if isinstance(self.pl, Unset):
            pl = UNSET
        elif isinstance(self.pl, GroupContent):
            pl = self.pl.to_dict()
        else:
            pl = self.pl

        pt: dict[str, Any] | None | Unset
        if isinstance(self.pt, Unset):
            pt = UNSET
        elif isinstance(self.pt, GroupContent):
            pt = self.pt.to_dict()
        else:
            pt = self.pt

        ro: dict[str, Any] | None | Unset
        if isinstance(self.ro, Unset):
            ro = UNSET
        elif isinstance(self.ro, GroupContent):
            ro = self.ro.to_dict()
        else:
            ro = self.ro

        ru: dict[str, Any] | None | Unset
        if isinstance(self.ru, Unset):
            ru = UNSET
        elif isinstance(self.ru, GroupContent):
            ru = self.ru.to_dict()
        else:
            ru = self.ru

        sl: dict[str, Any] | None | Unset
        if isinstance(self.sl, Unset):
            sl = UNSET
        elif isinstance(self.sl, GroupContent):
            sl = self.sl.to_dict()
        else:
            sl = self.sl

        sr: dict[str, Any] | None | Unset
        if isinstance(self.sr, Unset):
            sr = UNSET
        elif isinstance(self.sr, GroupContent):
            sr = self.sr.to_dict()
        else:
            sr = self.sr

        sv: dict[str, Any] | None | Unset
        if isinstance(self.sv, Unset):
            sv = UNSET
        elif isinstance(self.sv, GroupContent):
            sv = self.sv.to_dict()
        else:
            sv = self.sv

        tr: dict[str, Any] | None | Unset
        if isinstance(self.tr, Unset):
            tr = UNSET
        elif isinstance(self.tr, GroupContent):
            tr = self.tr.to_dict()
        else:
            tr = self.tr

        vi: dict[str, Any] | None | Unset
        if isinstance(self.vi, Unset):
            vi = UNSET
        elif isinstance(self.vi, GroupContent):
            vi = self.vi.to_dict()
        else:
            vi = self.vi

        pt_br: dict[str, Any] | None | Unset
        if isinstance(self.pt_br, Unset):
            pt_br = UNSET
        elif isinstance(self.pt_br, GroupContent):
            pt_br = self.pt_br.to_dict()
        else:
            pt_br = self.pt_br

        zh_cn: dict[str, Any] | None | Unset
        if isinstance(self.zh_cn, Unset):
            zh_cn = UNSET
        elif isinstance(self.zh_cn, GroupContent):
            zh_cn = self.zh_cn.to_dict()
        else:
            zh_cn = self.zh_cn

        zh_tw: dict[str, Any] | None | Unset
        if isinstance(self.zh_tw, Unset):
            zh_tw = UNSET
        elif isinstance(self.zh_tw, GroupContent):
            zh_tw = self.zh_tw.to_dict()
        else:
            zh_tw = self.zh_tw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if ar is not UNSET and (ar is not None or "ar" in self._received):
            field_dict["ar"] = ar
        if bg is not UNSET and (bg is not None or "bg" in self._received):
            field_dict["bg"] = bg
        if bs is not UNSET and (bs is not None or "bs" in self._received):
            field_dict["bs"] = bs
        if ca is not UNSET and (ca is not None or "ca" in self._received):
            field_dict["ca"] = ca
        if cs is not UNSET and (cs is not None or "cs" in self._received):
            field_dict["cs"] = cs
        if da is not UNSET and (da is not None or "da" in self._received):
            field_dict["da"] = da
        if de is not UNSET and (de is not None or "de" in self._received):
            field_dict["de"] = de
        if el is not UNSET and (el is not None or "el" in self._received):
            field_dict["el"] = el
        if en is not UNSET and (en is not None or "en" in self._received):
            field_dict["en"] = en
        if es is not UNSET and (es is not None or "es" in self._received):
            field_dict["es"] = es
        if et is not UNSET and (et is not None or "et" in self._received):
            field_dict["et"] = et
        if fi is not UNSET and (fi is not None or "fi" in self._received):
            field_dict["fi"] = fi
        if fr is not UNSET and (fr is not None or "fr" in self._received):
            field_dict["fr"] = fr
        if he is not UNSET and (he is not None or "he" in self._received):
            field_dict["he"] = he
        if hr is not UNSET and (hr is not None or "hr" in self._received):
            field_dict["hr"] = hr
        if hu is not UNSET and (hu is not None or "hu" in self._received):
            field_dict["hu"] = hu
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if it is not UNSET and (it is not None or "it" in self._received):
            field_dict["it"] = it
        if ja is not UNSET and (ja is not None or "ja" in self._received):
            field_dict["ja"] = ja
        if ko is not UNSET and (ko is not None or "ko" in self._received):
            field_dict["ko"] = ko
        if lt is not UNSET and (lt is not None or "lt" in self._received):
            field_dict["lt"] = lt
        if lv is not UNSET and (lv is not None or "lv" in self._received):
            field_dict["lv"] = lv
        if mn is not UNSET and (mn is not None or "mn" in self._received):
            field_dict["mn"] = mn
        if nb is not UNSET and (nb is not None or "nb" in self._received):
            field_dict["nb"] = nb
        if nl is not UNSET and (nl is not None or "nl" in self._received):
            field_dict["nl"] = nl
        if pl is not UNSET and (pl is not None or "pl" in self._received):
            field_dict["pl"] = pl
        if pt is not UNSET and (pt is not None or "pt" in self._received):
            field_dict["pt"] = pt
        if ro is not UNSET and (ro is not None or "ro" in self._received):
            field_dict["ro"] = ro
        if ru is not UNSET and (ru is not None or "ru" in self._received):
            field_dict["ru"] = ru
        if sl is not UNSET and (sl is not None or "sl" in self._received):
            field_dict["sl"] = sl
        if sr is not UNSET and (sr is not None or "sr" in self._received):
            field_dict["sr"] = sr
        if sv is not UNSET and (sv is not None or "sv" in self._received):
            field_dict["sv"] = sv
        if tr is not UNSET and (tr is not None or "tr" in self._received):
            field_dict["tr"] = tr
        if vi is not UNSET and (vi is not None or "vi" in self._received):
            field_dict["vi"] = vi
        if pt_br is not UNSET and (pt_br is not None or "pt-BR" in self._received):
            field_dict["pt-BR"] = pt_br
        if zh_cn is not UNSET and (zh_cn is not None or "zh-CN" in self._received):
            field_dict["zh-CN"] = zh_cn
        if zh_tw is not UNSET and (zh_tw is not None or "zh-TW" in self._received):
            field_dict["zh-TW"] = zh_tw

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_type_(data: object) -> GroupTranslatedContentType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = GroupTranslatedContentType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupTranslatedContentType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", None))

        def _parse_ar(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ar_type_0 = GroupContent.from_dict(data)

                return ar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        ar = _parse_ar(d.pop("ar", None))

        def _parse_bg(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bg_type_0 = GroupContent.from_dict(data)

                return bg_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        bg = _parse_bg(d.pop("bg", None))

        def _parse_bs(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bs_type_0 = GroupContent.from_dict(data)

                return bs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        bs = _parse_bs(d.pop("bs", None))

        def _parse_ca(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ca_type_0 = GroupContent.from_dict(data)

                return ca_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        ca = _parse_ca(d.pop("ca", None))

        def _parse_cs(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cs_type_0 = GroupContent.from_dict(data)

                return cs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        cs = _parse_cs(d.pop("cs", None))

        def _parse_da(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                da_type_0 = GroupContent.from_dict(data)

                return da_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        da = _parse_da(d.pop("da", None))

        def _parse_de(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                de_type_0 = GroupContent.from_dict(data)

                return de_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        de = _parse_de(d.pop("de", None))

        def _parse_el(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                el_type_0 = GroupContent.from_dict(data)

                return el_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        el = _parse_el(d.pop("el", None))

        def _parse_en(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                en_type_0 = GroupContent.from_dict(data)

                return en_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        en = _parse_en(d.pop("en", None))

        def _parse_es(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                es_type_0 = GroupContent.from_dict(data)

                return es_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        es = _parse_es(d.pop("es", None))

        def _parse_et(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                et_type_0 = GroupContent.from_dict(data)

                return et_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        et = _parse_et(d.pop("et", None))

        def _parse_fi(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fi_type_0 = GroupContent.from_dict(data)

                return fi_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        fi = _parse_fi(d.pop("fi", None))

        def _parse_fr(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fr_type_0 = GroupContent.from_dict(data)

                return fr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        fr = _parse_fr(d.pop("fr", None))

        def _parse_he(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                he_type_0 = GroupContent.from_dict(data)

                return he_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        he = _parse_he(d.pop("he", None))

        def _parse_hr(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hr_type_0 = GroupContent.from_dict(data)

                return hr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        hr = _parse_hr(d.pop("hr", None))

        def _parse_hu(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hu_type_0 = GroupContent.from_dict(data)

                return hu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        hu = _parse_hu(d.pop("hu", None))

        def _parse_id(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_0 = GroupContent.from_dict(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        id = _parse_id(d.pop("id", None))

        def _parse_it(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                it_type_0 = GroupContent.from_dict(data)

                return it_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        it = _parse_it(d.pop("it", None))

        def _parse_ja(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ja_type_0 = GroupContent.from_dict(data)

                return ja_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        ja = _parse_ja(d.pop("ja", None))

        def _parse_ko(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ko_type_0 = GroupContent.from_dict(data)

                return ko_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        ko = _parse_ko(d.pop("ko", None))

        def _parse_lt(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lt_type_0 = GroupContent.from_dict(data)

                return lt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        lt = _parse_lt(d.pop("lt", None))

        def _parse_lv(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lv_type_0 = GroupContent.from_dict(data)

                return lv_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        lv = _parse_lv(d.pop("lv", None))

        def _parse_mn(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mn_type_0 = GroupContent.from_dict(data)

                return mn_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        mn = _parse_mn(d.pop("mn", None))

        def _parse_nb(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nb_type_0 = GroupContent.from_dict(data)

                return nb_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        nb = _parse_nb(d.pop("nb", None))

        def _parse_nl(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nl_type_0 = GroupContent.from_dict(data)

                return nl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        nl = _parse_nl(d.pop("nl", None))

        def _parse_pl(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pl_type_0 = GroupContent.from_dict(data)

                return pl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        pl = _parse_pl(d.pop("pl", None))

        def _parse_pt(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pt_type_0 = GroupContent.from_dict(data)

                return pt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        pt = _parse_pt(d.pop("pt", None))

        def _parse_ro(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ro_type_0 = GroupContent.from_dict(data)

                return ro_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        ro = _parse_ro(d.pop("ro", None))

        def _parse_ru(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ru_type_0 = GroupContent.from_dict(data)

                return ru_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        ru = _parse_ru(d.pop("ru", None))

        def _parse_sl(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sl_type_0 = GroupContent.from_dict(data)

                return sl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        sl = _parse_sl(d.pop("sl", None))

        def _parse_sr(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sr_type_0 = GroupContent.from_dict(data)

                return sr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        sr = _parse_sr(d.pop("sr", None))

        def _parse_sv(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sv_type_0 = GroupContent.from_dict(data)

                return sv_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        sv = _parse_sv(d.pop("sv", None))

        def _parse_tr(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tr_type_0 = GroupContent.from_dict(data)

                return tr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        tr = _parse_tr(d.pop("tr", None))

        def _parse_vi(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vi_type_0 = GroupContent.from_dict(data)

                return vi_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        vi = _parse_vi(d.pop("vi", None))

        def _parse_pt_br(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pt_br_type_0 = GroupContent.from_dict(data)

                return pt_br_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        pt_br = _parse_pt_br(d.pop("pt-BR", None))

        def _parse_zh_cn(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                zh_cn_type_0 = GroupContent.from_dict(data)

                return zh_cn_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        zh_cn = _parse_zh_cn(d.pop("zh-CN", None))

        def _parse_zh_tw(data: object) -> GroupContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                zh_tw_type_0 = GroupContent.from_dict(data)

                return zh_tw_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupContent | None | Unset, data)

        zh_tw = _parse_zh_tw(d.pop("zh-TW", None))

        group_translated_content = cls(
            type_=type_,
            ar=ar,
            bg=bg,
            bs=bs,
            ca=ca,
            cs=cs,
            da=da,
            de=de,
            el=el,
            en=en,
            es=es,
            et=et,
            fi=fi,
            fr=fr,
            he=he,
            hr=hr,
            hu=hu,
            id=id,
            it=it,
            ja=ja,
            ko=ko,
            lt=lt,
            lv=lv,
            mn=mn,
            nb=nb,
            nl=nl,
            pl=pl,
            pt=pt,
            ro=ro,
            ru=ru,
            sl=sl,
            sr=sr,
            sv=sv,
            tr=tr,
            vi=vi,
            pt_br=pt_br,
            zh_cn=zh_cn,
            zh_tw=zh_tw,
        )

        group_translated_content._received = src_dict.keys()

        group_translated_content.additional_properties = d
        return group_translated_content

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received

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
    global _lazy_loaded, GroupContent
    from ..models.group_content import GroupContent

    _lazy_loaded = True
