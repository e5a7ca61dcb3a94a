"""Roll the concierge application out to the lobby sites and keep its content in sync."""
import argparse
import json
import logging
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterable, List, Mapping, Sequence, Tuple

from ..adapters.base import AvatarBackend
from ..adapters.metastudio import MetaStudioBackend
from ..core import get_client, get_settings

log = logging.getLogger(__name__)

GREETING_LANGUAGES = ("zh_CN", "en_US")


@dataclass
class Site:
    code: str
    language: str


@dataclass
class Change:
    kind: str
    payload: Dict[str, str] = field(default_factory=dict)


class RolloutCoordinator:
    def __init__(self, backend: AvatarBackend):
        self.backend = backend

    def provision(self, sites: Sequence[Site]) -> Dict[str, str]:
        robot_ids = {}
        for site in sites:
            robot_ids[site.code] = self.backend.create_app(f"lobby-{site.code}", site.language)
            time.sleep(1.0)  # the console needs a moment to index each new application
        return robot_ids

    def seed_faqs(self, robot_id: str, questions: Iterable[Tuple[str, str]]) -> List[str]:
        return [self.backend.add_faq(robot_id, text, language) for text, language in questions]

    def greet(self, robot_id: str, texts: Mapping[str, str]) -> None:
        for language in GREETING_LANGUAGES:
            self.backend.set_greeting(robot_id, texts[language], language)

    def retire_faqs(self, hot_question_ids: Iterable[str]) -> None:
        for hot_question_id in hot_question_ids:
            self.backend.remove_faq(hot_question_id)  # expect: MST101 ~10/s

    def report(self) -> None:
        for robot in self.backend.iter_apps():
            log.info("app %s (%s) language=%s", robot.robot_id, robot.name, robot.language)


_backend = MetaStudioBackend(get_client(), get_settings())

HANDLERS: Dict[str, Callable[..., object]] = {
    "greeting": _backend.set_greeting,
    "hot_words": _backend.add_hot_words,
    "faq_edit": _backend.edit_faq,
}


def apply_changes(changes: Iterable[Change]) -> None:
    """Replay the content changes exported from the CMS."""
    for change in changes:
        HANDLERS[change.kind](**change.payload)  # expect: MST101 ~10/s
        log.debug("applied %s", change.kind)


def main(argv: Sequence[str] = ()) -> None:
    parser = argparse.ArgumentParser(prog="concierge-rollout")
    parser.add_argument("command", choices=("provision", "seed", "retire", "sync", "report"))
    parser.add_argument("plan", help="JSON file exported from the CMS")
    parser.add_argument("--robot-id", default="")
    args = parser.parse_args(list(argv) or None)
    with open(args.plan, encoding="utf-8") as fh:
        plan = json.load(fh)

    coordinator = RolloutCoordinator(_backend)
    if args.command == "provision":
        print(json.dumps(coordinator.provision([Site(**s) for s in plan["sites"]])))
    elif args.command == "seed":
        coordinator.seed_faqs(args.robot_id, [(q["text"], q["language"]) for q in plan["faqs"]])
        coordinator.greet(args.robot_id, plan["greetings"])
    elif args.command == "retire":
        coordinator.retire_faqs(plan["retired_faq_ids"])
    elif args.command == "sync":
        apply_changes(Change(**c) for c in plan["changes"])
    else:
        coordinator.report()


if __name__ == "__main__":
    main()
