from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_translated_content_type import ArticleTranslatedContentType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.article_content import ArticleContent


T = TypeVar("T", bound="ArticleTranslatedContent")


@_attrs_define
class ArticleTranslatedContent:
    """The Translated Content of an Article. The keys are the locale codes and the values are the translated content of the
    article.

        Attributes:
            type_ (ArticleTranslatedContentType | None): The type of object - article_translated_content. Example:
                article_translated_content.
            ar (ArticleContent | None): The content of the article in Arabic
            bg (ArticleContent | None): The content of the article in Bulgarian
            bs (ArticleContent | None): The content of the article in Bosnian
            ca (ArticleContent | None): The content of the article in Catalan
            cs (ArticleContent | None): The content of the article in Czech
            da (ArticleContent | None): The content of the article in Danish
            de (ArticleContent | None): The content of the article in German
            el (ArticleContent | None): The content of the article in Greek
            en (ArticleContent | None): The content of the article in English
            es (ArticleContent | None): The content of the article in Spanish
            et (ArticleContent | None): The content of the article in Estonian
            fi (ArticleContent | None): The content of the article in Finnish
            fr (ArticleContent | None): The content of the article in French
            he (ArticleContent | None): The content of the article in Hebrew
            hr (ArticleContent | None): The content of the article in Croatian
            hu (ArticleContent | None): The content of the article in Hungarian
            id (ArticleContent | None): The content of the article in Indonesian
            it (ArticleContent | None): The content of the article in Italian
            ja (ArticleContent | None): The content of the article in Japanese
            ko (ArticleContent | None): The content of the article in Korean
            lt (ArticleContent | None): The content of the article in Lithuanian
            lv (ArticleContent | None): The content of the article in Latvian
            mn (ArticleContent | None): The content of the article in Mongolian
            nb (ArticleContent | None): The content of the article in Norwegian
            nl (ArticleContent | None): The content of the article in Dutch
            pl (ArticleContent | None): The content of the article in Polish
            pt (ArticleContent | None): The content of the article in Portuguese (Portugal)
            ro (ArticleContent | None): The content of the article in Romanian
            ru (ArticleContent | None): The content of the article in Russian
            sl (ArticleContent | None): The content of the article in Slovenian
            sr (ArticleContent | None): The content of the article in Serbian
            sv (ArticleContent | None): The content of the article in Swedish
            tr (ArticleContent | None): The content of the article in Turkish
            vi (ArticleContent | None): The content of the article in Vietnamese
            pt_br (ArticleContent | None): The content of the article in Portuguese (Brazil)
            zh_cn (ArticleContent | None): The content of the article in Chinese (China)
            zh_tw (ArticleContent | None): The content of the article in Chinese (Taiwan)
    """

    type_: ArticleTranslatedContentType | None = None
    ar: ArticleContent | None = None
    bg: ArticleContent | None = None
    bs: ArticleContent | None = None
    ca: ArticleContent | None = None
    cs: ArticleContent | None = None
    da: ArticleContent | None = None
    de: ArticleContent | None = None
    el: ArticleContent | None = None
    en: ArticleContent | None = None
    es: ArticleContent | None = None
    et: ArticleContent | None = None
    fi: ArticleContent | None = None
    fr: ArticleContent | None = None
    he: ArticleContent | None = None
    hr: ArticleContent | None = None
    hu: ArticleContent | None = None
    id: ArticleContent | None = None
    it: ArticleContent | None = None
    ja: ArticleContent | None = None
    ko: ArticleContent | None = None
    lt: ArticleContent | None = None
    lv: ArticleContent | None = None
    mn: ArticleContent | None = None
    nb: ArticleContent | None = None
    nl: ArticleContent | None = None
    pl: ArticleContent | None = None
    pt: ArticleContent | None = None
    ro: ArticleContent | None = None
    ru: ArticleContent | None = None
    sl: ArticleContent | None = None
    sr: ArticleContent | None = None
    sv: ArticleContent | None = None
    tr: ArticleContent | None = None
    vi: ArticleContent | None = None
    pt_br: ArticleContent | None = None
    zh_cn: ArticleContent | None = None
    zh_tw: ArticleContent | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ArticleTranslatedContentType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        ar: dict[str, Any] | None | Unset
        if isinstance(self.ar, Unset):
            ar = UNSET
        elif isinstance(self.ar, ArticleContent):
            ar = self.ar.to_dict()
        else:
            ar = self.ar

        bg: dict[str, Any] | None | Unset
        if isinstance(self.bg, Unset):
            bg = UNSET
        elif isinstance(self.bg, ArticleContent):
            bg = self.bg.to_dict()
        else:
            bg = self.bg

        bs: dict[str, Any] | None | Unset
        if isinstance(self.bs, Unset):
            bs = UNSET
        elif isinstance(self.bs, ArticleContent):
            bs = self.bs.to_dict()
        else:
            bs = self.bs

        ca: dict[str, Any] | None | Unset
        if isinstance(self.ca, Unset):
            ca = UNSET
        elif isinstance(self.ca, ArticleContent):
            ca = self.ca.to_dict()
        else:
            ca = self.ca

        cs: dict[str, Any] | None | Unset
        if isinstance(self.cs, Unset):
            cs = UNSET
        elif isinstance(self.cs, ArticleContent):
            cs = self.cs.to_dict()
        else:
            cs = self.cs

        da: dict[str, Any] | None | Unset
        if isinstance(self.da, Unset):
            da = UNSET
        elif isinstance(self.da, ArticleContent):
            da = self.da.to_dict()
        else:
            da = self.da

        de: dict[str, Any] | None | Unset
        if isinstance(self.de, Unset):
            de = UNSET
        elif isinstance(self.de, ArticleContent):
            de = self.de.to_dict()
        else:
            de = self.de

        el: dict[str, Any] | None | Unset
        if isinstance(self.el, Unset):
            el = UNSET
        elif isinstance(self.el, ArticleContent):
            el = self.el.to_dict()
        else:
            el = self.el

        en: dict[str, Any] | None | Unset
        if isinstance(self.en, Unset):
            en = UNSET
        elif isinstance(self.en, ArticleContent):
            en = self.en.to_dict()
        else:
            en = self.en

        es: dict[str, Any] | None | Unset
        if isinstance(self.es, Unset):
            es = UNSET
        elif isinstance(self.es, ArticleContent):
            es = self.es.to_dict()
        else:
            es = self.es

        et: dict[str, Any] | None | Unset
        if isinstance(self.et, Unset):
            et = UNSET
        elif isinstance(self.et, ArticleContent):
            et = self.et.to_dict()
        else:
            et = self.et

        fi: dict[str, Any] | None | Unset
        if isinstance(self.fi, Unset):
            fi = UNSET
        elif isinstance(self.fi, ArticleContent):
            fi = self.fi.to_dict()
        else:
            fi = self.fi

        fr: dict[str, Any] | None | Unset
        if isinstance(self.fr, Unset):
            fr = UNSET
        elif isinstance(self.fr, ArticleContent):
            fr = self.fr.to_dict()
        else:
            fr = self.fr

        he: dict[str, Any] | None | Unset
        if isinstance(self.he, Unset):
            he = UNSET
        elif isinstance(self.he, ArticleContent):
            he = self.he.to_dict()
        else:
            he = self.he

        hr: dict[str, Any] | None | Unset
        if isinstance(self.hr, Unset):
            hr = UNSET
        elif isinstance(self.hr, ArticleContent):
            hr = self.hr.to_dict()
        else:
            hr = self.hr

        hu: dict[str, Any] | None | Unset
        if isinstance(self.hu, Unset):
            hu = UNSET
        elif isinstance(self.hu, ArticleContent):
            hu = self.hu.to_dict()
        else:
            hu = self.hu

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, ArticleContent):
            id = self.id.to_dict()
        else:
            id = self.id

        it: dict[str, Any] | None | Unset
        if isinstance(self.it, Unset):
            it = UNSET
        elif isinstance(self.it, ArticleContent):
            it = self.it.to_dict()
        else:
            it = self.it

        ja: dict[str, Any] | None | Unset
        if isinstance(self.ja, Unset):
            ja = UNSET
        elif isinstance(self.ja, ArticleContent):
            ja = self.ja.to_dict()
        else:
            ja = self.ja

        ko: dict[str, Any] | None | Unset
        if isinstance(self.ko, Unset):
            ko = UNSET
        elif isinstance(self.ko, ArticleContent):
            ko = self.ko.to_dict()
        else:
            ko = self.ko

        lt: dict[str, Any] | None | Unset
        if isinstance(self.lt, Unset):
            lt = UNSET
        elif isinstance(self.lt, ArticleContent):
            lt = self.lt.to_dict()
        else:
            lt = self.lt

        lv: dict[str, Any] | None | Unset
        if isinstance(self.lv, Unset):
            lv = UNSET
        elif isinstance(self.lv, ArticleContent):
            lv = self.lv.to_dict()
        else:
            lv = self.lv

        mn: dict[str, Any] | None | Unset
        if isinstance(self.mn, Unset):
            mn = UNSET
        elif isinstance(self.mn, ArticleContent):
            mn = self.mn.to_dict()
        else:
            mn = self.mn

        nb: dict[str, Any] | None | Unset
        if isinstance(self.nb, Unset):
            nb = UNSET
        elif isinstance(self.nb, ArticleContent):
            nb = self.nb.to_dict()
        else:
            nb = self.nb

        nl: dict[str, Any] | None | Unset
        if isinstance(self.nl, Unset):
            nl = UNSET
        elif isinstance(self.nl, ArticleContent):
            nl = self.nl.to_dict()
        else:
            nl = self.nl

        pl: dict[str, Any] | None | Unset
        if isinstance(self.pl, Unset):
            pl = UNSET
        elif isinstance(self.pl, ArticleContent):
            pl = self.pl.to_dict()
        else:
            pl = self.pl

        pt: dict[str, Any] | None | Unset
        if isinstance(self.pt, Unset):
            pt = UNSET
        elif isinstance(self.pt, ArticleContent):
            pt = self.pt.to_dict()
        else:
            pt = self.pt

        ro: dict[str, Any] | None | Unset
        if isinstance(self.ro, Unset):
            ro = UNSET
        elif isinstance(self.ro, ArticleContent):
            ro = self.ro.to_dict()
        else:
            ro = self.ro

        ru: dict[str, Any] | None | Unset
        if isinstance(self.ru, Unset):
            ru = UNSET
        elif isinstance(self.ru, ArticleContent):
            ru = self.ru.to_dict()
        else:
            ru = self.ru

        sl: dict[str, Any] | None | Unset
        if isinstance(self.sl, Unset):
            sl = UNSET
        elif isinstance(self.sl, ArticleContent):
            sl = self.sl.to_dict()
        else:
            sl = self.sl

        sr: dict[str, Any] | None | Unset
        if isinstance(self.sr, Unset):
            sr = UNSET
        elif isinstance(self.sr, ArticleContent):
            sr = self.sr.to_dict()
        else:
            sr = self.sr

        sv: dict[str, Any] | None | Unset
        if isinstance(self.sv, Unset):
            sv = UNSET
        elif isinstance(self.sv, ArticleContent):
            sv = self.sv.to_dict()
        else:
            sv = self.sv

        tr: dict[str, Any] | None | Unset
        if isinstance(self.tr, Unset):
            tr = UNSET
        elif isinstance(self.tr, ArticleContent):
            tr = self.tr.to_dict()
        else:
            tr = self.tr

        vi: dict[str, Any] | None | Unset
        if isinstance(self.vi, Unset):
            vi = UNSET
        elif isinstance(self.vi, ArticleContent):
            vi = self.vi.to_dict()
        else:
            vi = self.vi

        pt_br: dict[str, Any] | None | Unset
        if isinstance(self.pt_br, Unset):
            pt_br = UNSET
        elif isinstance(self.pt_br, ArticleContent):
            pt_br = self.pt_br.to_dict()
        else:
            pt_br = self.pt_br

        zh_cn: dict[str, Any] | None | Unset
        if isinstance(self.zh_cn, Unset):
            zh_cn = UNSET
        elif isinstance(self.zh_cn, ArticleContent):
            zh_cn = self.zh_cn.to_dict()
        else:
            zh_cn = self.zh_cn

        zh_tw: dict[str, Any] | None | Unset
        if isinstance(self.zh_tw, Unset):
            zh_tw = UNSET
        elif isinstance(self.zh_tw, ArticleContent):
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
        self = new_instance(cls)
        if cls is not ArticleTranslatedContent:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ArticleTranslatedContentType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        ar = src_dict.get("ar")
        if isinstance(ar, dict):
            try:
                ar_type_0 = ArticleContent.from_dict(ar)

                ar = ar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ar = ar

        bg = src_dict.get("bg")
        if isinstance(bg, dict):
            try:
                bg_type_0 = ArticleContent.from_dict(bg)

                bg = bg_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.bg = bg

        bs = src_dict.get("bs")
        if isinstance(bs, dict):
            try:
                bs_type_0 = ArticleContent.from_dict(bs)

                bs = bs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.bs = bs

        ca = src_dict.get("ca")
        if isinstance(ca, dict):
            try:
                ca_type_0 = ArticleContent.from_dict(ca)

                ca = ca_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ca = ca

        cs = src_dict.get("cs")
        if isinstance(cs, dict):
            try:
                cs_type_0 = ArticleContent.from_dict(cs)

                cs = cs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.cs = cs

        da = src_dict.get("da")
        if isinstance(da, dict):
            try:
                da_type_0 = ArticleContent.from_dict(da)

                da = da_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.da = da

        de = src_dict.get("de")
        if isinstance(de, dict):
            try:
                de_type_0 = ArticleContent.from_dict(de)

                de = de_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.de = de

        el = src_dict.get("el")
        if isinstance(el, dict):
            try:
                el_type_0 = ArticleContent.from_dict(el)

                el = el_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.el = el

        en = src_dict.get("en")
        if isinstance(en, dict):
            try:
                en_type_0 = ArticleContent.from_dict(en)

                en = en_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.en = en

        es = src_dict.get("es")
        if isinstance(es, dict):
            try:
                es_type_0 = ArticleContent.from_dict(es)

                es = es_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.es = es

        et = src_dict.get("et")
        if isinstance(et, dict):
            try:
                et_type_0 = ArticleContent.from_dict(et)

                et = et_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.et = et

        fi = src_dict.get("fi")
        if isinstance(fi, dict):
            try:
                fi_type_0 = ArticleContent.from_dict(fi)

                fi = fi_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.fi = fi

        fr = src_dict.get("fr")
        if isinstance(fr, dict):
            try:
                fr_type_0 = ArticleContent.from_dict(fr)

                fr = fr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.fr = fr

        he = src_dict.get("he")
        if isinstance(he, dict):
            try:
                he_type_0 = ArticleContent.from_dict(he)

                he = he_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.he = he

        hr = src_dict.get("hr")
        if isinstance(hr, dict):
            try:
                hr_type_0 = ArticleContent.from_dict(hr)

                hr = hr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.hr = hr

        hu = src_dict.get("hu")
        if isinstance(hu, dict):
            try:
                hu_type_0 = ArticleContent.from_dict(hu)

                hu = hu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.hu = hu

        id = src_dict.get("id")
        if isinstance(id, dict):
            try:
                id_type_0 = ArticleContent.from_dict(id)

                id = id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.id = id

        it = src_dict.get("it")
        if isinstance(it, dict):
            try:
                it_type_0 = ArticleContent.from_dict(it)

                it = it_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.it = it

        ja = src_dict.get("ja")
        if isinstance(ja, dict):
            try:
                ja_type_0 = ArticleContent.from_dict(ja)

                ja = ja_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ja = ja

        ko = src_dict.get("ko")
        if isinstance(ko, dict):
            try:
                ko_type_0 = ArticleContent.from_dict(ko)

                ko = ko_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ko = ko

        lt = src_dict.get("lt")
        if isinstance(lt, dict):
            try:
                lt_type_0 = ArticleContent.from_dict(lt)

                lt = lt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.lt = lt

        lv = src_dict.get("lv")
        if isinstance(lv, dict):
            try:
                lv_type_0 = ArticleContent.from_dict(lv)

                lv = lv_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.lv = lv

        mn = src_dict.get("mn")
        if isinstance(mn, dict):
            try:
                mn_type_0 = ArticleContent.from_dict(mn)

                mn = mn_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.mn = mn

        nb = src_dict.get("nb")
        if isinstance(nb, dict):
            try:
                nb_type_0 = ArticleContent.from_dict(nb)

                nb = nb_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.nb = nb

        nl = src_dict.get("nl")
        if isinstance(nl, dict):
            try:
                nl_type_0 = ArticleContent.from_dict(nl)

                nl = nl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.nl = nl

        pl = src_dict.get("pl")
        if isinstance(pl, dict):
            try:
                pl_type_0 = ArticleContent.from_dict(pl)

                pl = pl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.pl = pl

        pt = src_dict.get("pt")
        if isinstance(pt, dict):
            try:
                pt_type_0 = ArticleContent.from_dict(pt)

                pt = pt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.pt = pt

        ro = src_dict.get("ro")
        if isinstance(ro, dict):
            try:
                ro_type_0 = ArticleContent.from_dict(ro)

                ro = ro_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ro = ro

        ru = src_dict.get("ru")
        if isinstance(ru, dict):
            try:
                ru_type_0 = ArticleContent.from_dict(ru)

                ru = ru_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ru = ru

        sl = src_dict.get("sl")
        if isinstance(sl, dict):
            try:
                sl_type_0 = ArticleContent.from_dict(sl)

                sl = sl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.sl = sl

        sr = src_dict.get("sr")
        if isinstance(sr, dict):
            try:
                sr_type_0 = ArticleContent.from_dict(sr)

                sr = sr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.sr = sr

        sv = src_dict.get("sv")
        if isinstance(sv, dict):
            try:
                sv_type_0 = ArticleContent.from_dict(sv)

                sv = sv_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.sv = sv

        tr = src_dict.get("tr")
        if isinstance(tr, dict):
            try:
                tr_type_0 = ArticleContent.from_dict(tr)

                tr = tr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.tr = tr

        vi = src_dict.get("vi")
        if isinstance(vi, dict):
            try:
                vi_type_0 = ArticleContent.from_dict(vi)

                vi = vi_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.vi = vi

        pt_br = src_dict.get("pt-BR")
        if isinstance(pt_br, dict):
            try:
                pt_br_type_0 = ArticleContent.from_dict(pt_br)

                pt_br = pt_br_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.pt_br = pt_br

        zh_cn = src_dict.get("zh-CN")
        if isinstance(zh_cn, dict):
            try:
                zh_cn_type_0 = ArticleContent.from_dict(zh_cn)

                zh_cn = zh_cn_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.zh_cn = zh_cn

        zh_tw = src_dict.get("zh-TW")
        if isinstance(zh_tw, dict):
            try:
                zh_tw_type_0 = ArticleContent.from_dict(zh_tw)

                zh_tw = zh_tw_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.zh_tw = zh_tw

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
        "ar",
        "bg",
        "bs",
        "ca",
        "cs",
        "da",
        "de",
        "el",
        "en",
        "es",
        "et",
        "fi",
        "fr",
        "he",
        "hr",
        "hu",
        "id",
        "it",
        "ja",
        "ko",
        "lt",
        "lv",
        "mn",
        "nb",
        "nl",
        "pl",
        "pt",
        "ro",
        "ru",
        "sl",
        "sr",
        "sv",
        "tr",
        "vi",
        "pt-BR",
        "zh-CN",
        "zh-TW",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ArticleContent
    from ..models.article_content import ArticleContent

    _lazy_loaded = True
