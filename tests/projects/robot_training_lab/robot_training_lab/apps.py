"""The lab's applications (robots), keyed by a short name."""
from dataclasses import dataclass


@dataclass(frozen=True)
class RobotApp:
    name: str
    provider: str                       # "aiui", "spark", "third-party-llm", "cbs"
    language: str = "zh_CN"
    skills: tuple[str, ...] = ()
    faq_file: str | None = None


IFLYTEK = frozenset({"aiui", "spark"})

APPS = {
    "lobby": RobotApp(
        "lobby-guide", "spark",
        skills=("opening-hours", "floor-map", "parking", "lost-and-found", "wifi", "events", "restaurants"),
        faq_file="faq/lobby.json",
    ),
    "clinic": RobotApp(
        "clinic-triage", "aiui",
        skills=("symptoms", "departments", "appointments", "insurance"),
        faq_file="faq/clinic.json",
    ),
    "warehouse": RobotApp("warehouse-assistant", "third-party-llm", language="en_US"),
    "concierge": RobotApp("front-desk-concierge", "cbs"),
}
