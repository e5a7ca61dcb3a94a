"""The model provider of the module's intelligent-interaction applications,
read from ``app_type`` (``CreateRobotReq``/``UpdateRobotReq``/``ValidateRobotReq``
and dict bodies) or from the provider configuration they are given."""
from typing import TYPE_CHECKING, List, NamedTuple, Optional

import libcst as cst

from flake8_metastudio import knowledge as K
from flake8_metastudio.analysis import values as V
from flake8_metastudio.analysis.syntax import keyword_arg, string_value

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.facts import Facts
    from flake8_metastudio.analysis.index import ModuleIndex

# app_type values, from the SDK's create_robot_req.py
APP_TYPES = {0: "aiui", 1: "cbs", 2: "spark", 5: "third-party-driver", 6: "third-party-llm",
             7: "assistant", 8: "mobvoi"}
CONFIG_FIELDS = {"iflytek_aiui_config": "aiui", "iflytek_spark": "spark", "huawei_ei_cbs": "cbs",
                 "third_party_model_config": "third-party-llm", "mobvoi_config": "mobvoi",
                 "wise_brain_config": "assistant"}
NAMES = {"aiui": "iFLYTEK AIUI", "spark": "iFLYTEK Spark", "cbs": "Huawei Cloud CBS",
         "third-party-driver": "a third-party driver", "third-party-llm": "a third-party language model",
         "assistant": "the interaction assistant", "mobvoi": "Mobvoi"}
KNOWLEDGE_BASE_SUPPORTED = {"aiui", "spark"}
ROBOT_BODIES = {"CreateRobotReq", "UpdateRobotReq", "ValidateRobotReq"}


class ProviderFact(NamedTuple):
    provider: str
    node: cst.CSTNode
    how: str


def providers(facts: "Facts") -> List[ProviderFact]:
    """Applications configured in the module; when it configures none
    (whole-project analysis), those of the project: the modules its imports
    reach (a settings module's robot body) and every other MetaStudio module
    (the script that creates the application)."""
    own = _configured(facts, facts.index)
    if own or facts.linker is None:
        # the module creates its own application: its knowledge-base calls are for that one,
        # whatever the package's other modules create (a returns desk beside a billing desk)
        return own
    out: List[ProviderFact] = []
    for index in facts.linker.project_indexes():
        out.extend(_configured(facts, index))
    return out


def _configured(facts: "Facts", index: "ModuleIndex") -> List[ProviderFact]:
    inf = facts.inferrer
    out: List[ProviderFact] = []
    for call, scope in index.calls:
        tp = type(call.func)  # exact: LibCST's node classes are final
        qn = inf.qualname(call.func, scope) if tp is cst.Name or tp is cst.Attribute else None
        if not qn or not qn.startswith(K.SDK_ROOT) or K.leaf(qn) not in ROBOT_BODIES:
            continue
        cls = K.leaf(qn)
        ctx = V.Context(scope)
        app_type = keyword_arg(call, "app_type")
        if app_type is not None:
            n = _small_int(inf.const_number(app_type, ctx))
            if n in APP_TYPES:
                out.append(ProviderFact(APP_TYPES[n], call, "%s(app_type=%d)" % (cls, n)))
                continue
        for field, provider in CONFIG_FIELDS.items():
            value = keyword_arg(call, field)
            if value is not None and not (isinstance(value, cst.Name) and value.value == "None"):
                out.append(ProviderFact(provider, call, "%s(%s=...)" % (cls, field)))
                break
    for d, scope in index.dicts:
        for el in d.elements:
            if not isinstance(el, cst.DictElement):
                continue
            key = string_value(el.key)
            if key == "app_type":
                n = _small_int(inf.const_number(el.value, V.Context(scope)))
                if n in APP_TYPES:
                    out.append(ProviderFact(APP_TYPES[n], d, '{"app_type": %d}' % n))
            elif key in CONFIG_FIELDS and not (isinstance(el.value, cst.Name) and el.value.value == "None"):
                out.append(ProviderFact(CONFIG_FIELDS[key], d, '{"%s": ...}' % key))
    return out


def _small_int(n: Optional[float]) -> Optional[int]:
    return int(n) if n is not None and n == n and abs(n) < 2 ** 31 and float(n).is_integer() else None
