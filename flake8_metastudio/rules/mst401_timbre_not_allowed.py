"""MST401: a timbre (``voice_asset_id`` string literal in ``VoiceConfig``,
``ChatVoiceConfig``, ``SmartChatVoiceConfig`` or a dict body) that is not on
the allow-list given by ``--metastudio-timbres``.  Silent without a list.
Reported at the literal."""
from typing import TYPE_CHECKING, Any, Iterator, Tuple

import libcst as cst

from flake8_metastudio import knowledge as K
from flake8_metastudio.analysis import values as V
from flake8_metastudio.analysis.syntax import keyword_arg, string_value
from flake8_metastudio.findings import Finding
from flake8_metastudio.messages import render
from flake8_metastudio.rules.base import Rule

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.facts import Facts

CODE = "MST401"
VOICE_CLASSES = {"VoiceConfig", "ChatVoiceConfig", "SmartChatVoiceConfig"}


def _literals(facts: "Facts") -> "Iterator[Tuple[Any, V.Context, str]]":
    inf = facts.inferrer
    for call, scope in facts.index.calls:
        if not isinstance(call.func, (cst.Name, cst.Attribute)):
            continue
        qn = inf.qualname(call.func, scope) or ""
        if not qn.startswith(K.SDK_ROOT) or K.leaf(qn) not in VOICE_CLASSES:
            continue
        value = keyword_arg(call, "voice_asset_id")
        if value is not None:
            yield value, V.Context(scope), K.leaf(qn)
    for d, scope in facts.index.dicts:
        for el in d.elements:
            if isinstance(el, cst.DictElement) and string_value(el.key) == "voice_asset_id":
                yield el.value, V.Context(scope), "dict body"


def check(facts: "Facts") -> "Iterator[Finding]":
    allowed = facts.settings.timbres
    if not allowed:
        return
    seen = set()
    for node, ctx, where in _literals(facts):
        v = facts.inferrer.infer(node, ctx)
        if not (isinstance(v, V.Const) and isinstance(v.value, str)) or v.node is None:
            continue
        if v.value in allowed or id(v.node) in seen:
            continue
        seen.add(id(v.node))
        yield Finding(code=CODE, message=render(CODE, timbre=v.value, where=where, count=len(allowed)),
                      node=v.node)


RULE = Rule(CODE, check)
