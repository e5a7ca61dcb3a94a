"""MST301: knowledge-base skill/intent/question APIs called for an
application whose model provider is neither iFLYTEK AIUI nor iFLYTEK Spark.

The provider comes from the module's ``app_type`` or provider configuration
(if the module configures any supported provider, its knowledge-base calls
may be for that application: no finding), else from
``--metastudio-model-provider``.  Reported at the SDK call."""
from typing import TYPE_CHECKING, Iterator

from flake8_metastudio.analysis.providers import KNOWLEDGE_BASE_SUPPORTED, NAMES, providers
from flake8_metastudio.rules.base import Rule, finding

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.facts import Facts
    from flake8_metastudio.findings import Finding

CODE = "MST301"


def check(facts: "Facts") -> "Iterator[Finding]":
    methods = facts.views.knowledge_base_methods  # knowledge.KNOWLEDGE_BASE_GROUPS' APIs
    kb_occs = [o for o in facts.occs if o.method.name in methods]
    if not kb_occs:
        return
    found = providers(facts)
    if found:
        if any(p.provider in KNOWLEDGE_BASE_SUPPORTED for p in found):
            return
        fact = found[0]
        provider = fact.provider
        if facts.linker is not None and facts.linker.is_foreign(fact.node):
            where = "%s at %s" % (fact.how, facts.linker.shown(fact.node))
        else:
            line, _ = facts.position(fact.node)
            where = "%s at line %d" % (fact.how, line)
    else:
        configured = facts.settings.model_provider
        if configured is None or configured in KNOWLEDGE_BASE_SUPPORTED:
            return
        provider = configured
        where = "--metastudio-model-provider=%s" % provider
    done = set()
    for occ in kb_occs:
        if id(occ.sdk_node) in done:
            continue
        done.add(id(occ.sdk_node))
        yield finding(CODE, occ, facts.row(occ), occ.sdk_node, occ.region, provider=NAMES[provider],
                      where=where)


RULE = Rule(CODE, check)
