"""Which code answers a request: a hand-written endpoint, the spec-driven engine, or a refusal.

Paths come from the spec: the request's path is matched against the templates of its Intercom-Version's
description (literal segments before variables, so ``/articles/search`` is not read as an article id),
and the operation found is served by its hand-written endpoint when there is one (variable names need
not agree between the registration and the version), otherwise by :mod:`.engine`. A path no template of
the version matches may still be hand-written (served without a description, or refused by its own
validation as not available in the version); otherwise :func:`.engine.unmatched` answers.
"""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.responses import Response

from . import engine, registry, versions
from .state import Workspace

__all__ = ["dispatch"]


def _hand_written(method: str, path: str) -> tuple[str, registry.Endpoint] | None:
    candidates = [
        (registered, endpoint)
        for (registered_method, _), (registered, endpoint) in registry.endpoints().items()
        if registered_method == method and engine.template_values(registered, path) is not None
    ]
    candidates.sort(key=lambda item: [s.startswith("{") for s in item[0].split("/")])
    return candidates[0] if candidates else None


async def _call(request: Request, registered: str, endpoint: registry.Endpoint) -> Response:
    names = re.findall(r"\{([^}]+)\}", registered)
    values = engine.template_values(registered, request.url.path) or []
    request.scope["path_params"] = dict(zip(names, values, strict=True))
    return await endpoint(request)


async def dispatch(request: Request) -> Response:
    """The app's one API route."""
    ws: Workspace = request.app.state.workspace
    version = str(getattr(request.state, "version", ws.config.default_version))
    doc = ws.validator.document(versions.spec_version(version))
    method = request.method.upper()
    templates = engine.matching_templates(doc, request.url.path)
    template = next((t for t in templates if method.lower() in doc["paths"][t]), None)
    if template is not None:
        hand = registry.endpoint_for(method, template)
        if hand is not None:
            return await _call(request, *hand)
        return await engine.serve(request, doc, template)
    hand = _hand_written(method, request.url.path)
    if hand is not None:
        return await _call(request, *hand)
    return engine.unmatched(request, doc, templates)
