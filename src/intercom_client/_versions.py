"""One client class per Intercom-Version, for type checkers only.

``Intercom(version="2.14")`` is typed ``Intercom_2_14``: the facade plus 2.14's generated resources
(``intercom_v2_14.resources.SyncResources``), so ``client.contacts.get(...)`` returns 2.14's models and
a misspelt method or keyword is an error. From 2.12, ``client.ai_content`` is typed as what it is at run
time: the facade's ``sync`` plus the version's generated AI Content operations (``AIContent_2_14``...).
At run time the resources are found the same way, by the client's version, on first attribute access
(``_BaseIntercom.__getattr__``); nothing here is imported then, so the cold start pays for no version it
does not use. A test checks the list against the pins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__: list[str] = []

if TYPE_CHECKING:
    from functools import cached_property

    from intercom_preview.resources import AsyncResources as AsyncResources_Preview
    from intercom_preview.resources import SyncResources as SyncResources_Preview
    from intercom_preview.resources.ai_content import AiContent as AiContent_Preview
    from intercom_preview.resources.ai_content_async import AsyncAiContent as AsyncAiContent_Preview
    from intercom_v2_7.resources import AsyncResources as AsyncResources_2_7
    from intercom_v2_7.resources import SyncResources as SyncResources_2_7
    from intercom_v2_8.resources import AsyncResources as AsyncResources_2_8
    from intercom_v2_8.resources import SyncResources as SyncResources_2_8
    from intercom_v2_9.resources import AsyncResources as AsyncResources_2_9
    from intercom_v2_9.resources import SyncResources as SyncResources_2_9
    from intercom_v2_10.resources import AsyncResources as AsyncResources_2_10
    from intercom_v2_10.resources import SyncResources as SyncResources_2_10
    from intercom_v2_11.resources import AsyncResources as AsyncResources_2_11
    from intercom_v2_11.resources import SyncResources as SyncResources_2_11
    from intercom_v2_12.resources import AsyncResources as AsyncResources_2_12
    from intercom_v2_12.resources import SyncResources as SyncResources_2_12
    from intercom_v2_12.resources.ai_content import AiContent as AiContent_2_12
    from intercom_v2_12.resources.ai_content_async import AsyncAiContent as AsyncAiContent_2_12
    from intercom_v2_13.resources import AsyncResources as AsyncResources_2_13
    from intercom_v2_13.resources import SyncResources as SyncResources_2_13
    from intercom_v2_13.resources.ai_content import AiContent as AiContent_2_13
    from intercom_v2_13.resources.ai_content_async import AsyncAiContent as AsyncAiContent_2_13
    from intercom_v2_14.resources import AsyncResources as AsyncResources_2_14
    from intercom_v2_14.resources import SyncResources as SyncResources_2_14
    from intercom_v2_14.resources.ai_content import AiContent as AiContent_2_14
    from intercom_v2_14.resources.ai_content_async import AsyncAiContent as AsyncAiContent_2_14
    from intercom_v2_15.resources import AsyncResources as AsyncResources_2_15
    from intercom_v2_15.resources import SyncResources as SyncResources_2_15
    from intercom_v2_15.resources.ai_content import AiContent as AiContent_2_15
    from intercom_v2_15.resources.ai_content_async import AsyncAiContent as AsyncAiContent_2_15
    from intercom_v2_16.resources import AsyncResources as AsyncResources_2_16
    from intercom_v2_16.resources import SyncResources as SyncResources_2_16
    from intercom_v2_16.resources.ai_content import AiContent as AiContent_2_16
    from intercom_v2_16.resources.ai_content_async import AsyncAiContent as AsyncAiContent_2_16

    from ._client import AsyncIntercom, Intercom
    from .ai_content import AIContent, AsyncAIContent

    class Intercom_2_7(Intercom, SyncResources_2_7):
        """``Intercom(version="2.7")``."""

    class AsyncIntercom_2_7(AsyncIntercom, AsyncResources_2_7):
        """``AsyncIntercom(version="2.7")``."""

    class Intercom_2_8(Intercom, SyncResources_2_8):
        """``Intercom(version="2.8")``."""

    class AsyncIntercom_2_8(AsyncIntercom, AsyncResources_2_8):
        """``AsyncIntercom(version="2.8")``."""

    class Intercom_2_9(Intercom, SyncResources_2_9):
        """``Intercom(version="2.9")``."""

    class AsyncIntercom_2_9(AsyncIntercom, AsyncResources_2_9):
        """``AsyncIntercom(version="2.9")``."""

    class Intercom_2_10(Intercom, SyncResources_2_10):
        """``Intercom(version="2.10")``."""

    class AsyncIntercom_2_10(AsyncIntercom, AsyncResources_2_10):
        """``AsyncIntercom(version="2.10")``."""

    class Intercom_2_11(Intercom, SyncResources_2_11):
        """``Intercom(version="2.11")``."""

    class AsyncIntercom_2_11(AsyncIntercom, AsyncResources_2_11):
        """``AsyncIntercom(version="2.11")``."""

    class AIContent_2_12(AIContent, AiContent_2_12):
        """``Intercom(version="2.12").ai_content``: ``sync`` and 2.12's AI Content operations."""

    class AsyncAIContent_2_12(AsyncAIContent, AsyncAiContent_2_12):
        """``AsyncIntercom(version="2.12").ai_content``."""

    class Intercom_2_12(Intercom, SyncResources_2_12):
        """``Intercom(version="2.12")``."""

        @cached_property
        def ai_content(self) -> AIContent_2_12: ...

    class AsyncIntercom_2_12(AsyncIntercom, AsyncResources_2_12):
        """``AsyncIntercom(version="2.12")``."""

        @cached_property
        def ai_content(self) -> AsyncAIContent_2_12: ...

    class AIContent_2_13(AIContent, AiContent_2_13):
        """``Intercom(version="2.13").ai_content``: ``sync`` and 2.13's AI Content operations."""

    class AsyncAIContent_2_13(AsyncAIContent, AsyncAiContent_2_13):
        """``AsyncIntercom(version="2.13").ai_content``."""

    class Intercom_2_13(Intercom, SyncResources_2_13):
        """``Intercom(version="2.13")``."""

        @cached_property
        def ai_content(self) -> AIContent_2_13: ...

    class AsyncIntercom_2_13(AsyncIntercom, AsyncResources_2_13):
        """``AsyncIntercom(version="2.13")``."""

        @cached_property
        def ai_content(self) -> AsyncAIContent_2_13: ...

    class AIContent_2_14(AIContent, AiContent_2_14):
        """``Intercom(version="2.14").ai_content``: ``sync`` and 2.14's AI Content operations."""

    class AsyncAIContent_2_14(AsyncAIContent, AsyncAiContent_2_14):
        """``AsyncIntercom(version="2.14").ai_content``."""

    class Intercom_2_14(Intercom, SyncResources_2_14):
        """``Intercom(version="2.14")``."""

        @cached_property
        def ai_content(self) -> AIContent_2_14: ...

    class AsyncIntercom_2_14(AsyncIntercom, AsyncResources_2_14):
        """``AsyncIntercom(version="2.14")``."""

        @cached_property
        def ai_content(self) -> AsyncAIContent_2_14: ...

    class AIContent_2_15(AIContent, AiContent_2_15):
        """``Intercom(version="2.15").ai_content``: ``sync`` and 2.15's AI Content operations."""

    class AsyncAIContent_2_15(AsyncAIContent, AsyncAiContent_2_15):
        """``AsyncIntercom(version="2.15").ai_content``."""

    class Intercom_2_15(Intercom, SyncResources_2_15):
        """``Intercom(version="2.15")``."""

        @cached_property
        def ai_content(self) -> AIContent_2_15: ...

    class AsyncIntercom_2_15(AsyncIntercom, AsyncResources_2_15):
        """``AsyncIntercom(version="2.15")``."""

        @cached_property
        def ai_content(self) -> AsyncAIContent_2_15: ...

    class AIContent_2_16(AIContent, AiContent_2_16):
        """``Intercom(version="2.16").ai_content``: ``sync`` and 2.16's AI Content operations."""

    class AsyncAIContent_2_16(AsyncAIContent, AsyncAiContent_2_16):
        """``AsyncIntercom(version="2.16").ai_content``."""

    class Intercom_2_16(Intercom, SyncResources_2_16):
        """``Intercom(version="2.16")``."""

        @cached_property
        def ai_content(self) -> AIContent_2_16: ...

    class AsyncIntercom_2_16(AsyncIntercom, AsyncResources_2_16):
        """``AsyncIntercom(version="2.16")``."""

        @cached_property
        def ai_content(self) -> AsyncAIContent_2_16: ...

    class AIContent_Preview(AIContent, AiContent_Preview):
        """``Intercom(version="Preview").ai_content``: ``sync`` and Preview's AI Content operations."""

    class AsyncAIContent_Preview(AsyncAIContent, AsyncAiContent_Preview):
        """``AsyncIntercom(version="Preview").ai_content``."""

    class Intercom_Preview(Intercom, SyncResources_Preview):
        """``Intercom(version="Preview")``."""

        @cached_property
        def ai_content(self) -> AIContent_Preview: ...

    class AsyncIntercom_Preview(AsyncIntercom, AsyncResources_Preview):
        """``AsyncIntercom(version="Preview")``."""

        @cached_property
        def ai_content(self) -> AsyncAIContent_Preview: ...
