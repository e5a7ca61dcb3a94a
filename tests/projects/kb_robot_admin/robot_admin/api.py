"""HTTP admin API for the intelligent-interaction applications."""
import asyncio
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from fastapi import Depends, FastAPI

from robot_admin.services import RobotService, get_robot_service

from .background import ROBOT_CACHE, run_periodic_sync
from .helpdesk_kb import HelpdeskKnowledge, get_helpdesk
from .tutor_kb import TutorKnowledge, get_tutor


@dataclass
class CodeBatch:
    room_ids: list[str]
    valid_days: int = 30


@dataclass
class Rename:
    name: str


@dataclass
class SkillIn:
    name: str
    identify: str
    first_intent: str
    answer: str


@dataclass
class QuestionBatch:
    questions: list[str] = field(default_factory=list)


@asynccontextmanager
async def lifespan(app: FastAPI):
    task = asyncio.create_task(run_periodic_sync(), name="metastudio-sync")
    yield
    task.cancel()


app = FastAPI(title="robot-admin", lifespan=lifespan)


@app.get("/robots")
def list_robots(offset: int = 0, limit: int = 20, svc: RobotService = Depends(get_robot_service)):
    resp = svc.list_robots(offset, limit)
    for robot in resp.data:
        ROBOT_CACHE.setdefault(robot.robot_id, robot.to_dict())
    return {"count": resp.count, "robots": [r.to_dict() for r in resp.data]}


@app.get("/robots/{robot_id}")
def get_robot(robot_id: str, svc: RobotService = Depends(get_robot_service)):
    return svc.get_robot(robot_id).to_dict()


@app.patch("/robots/{robot_id}")
def rename_robot(robot_id: str, payload: Rename, svc: RobotService = Depends(get_robot_service)):
    svc.rename_robot(robot_id, payload.name)
    return {"robot_id": robot_id, "name": payload.name}


@app.post("/robots/{robot_id}/activation-codes")
def issue_activation_codes(robot_id: str, batch: CodeBatch, svc: RobotService = Depends(get_robot_service)):
    issued = []
    for room_id in batch.room_ids:
        resp = svc.issue_active_code(robot_id, room_id, batch.valid_days)  # expect: MST101 ~10.0/s
        issued.append({"room_id": room_id, "code": resp.active_code, "expires": resp.expire_time})
    return {"codes": issued}


@app.post("/apps/helpdesk/skills")
def add_helpdesk_skill(payload: SkillIn, kb: HelpdeskKnowledge = Depends(get_helpdesk)):
    skill_id = kb.add_skill(payload.name, payload.identify)
    intent_id = kb.add_intent(skill_id, payload.first_intent, payload.answer)
    return {"skill_id": skill_id, "intent_id": intent_id}


@app.get("/apps/tutor/skills")
def list_tutor_skills(offset: int = 0, limit: int = 50, kb: TutorKnowledge = Depends(get_tutor)):
    resp = kb.skills(offset, limit)
    return {"count": resp.count, "skills": [s.to_dict() for s in resp.data]}


@app.post("/apps/tutor/intents/{intent_id}/questions")
def import_tutor_questions(intent_id: str, payload: QuestionBatch, kb: TutorKnowledge = Depends(get_tutor)):
    created = []
    for question in payload.questions:
        created.append(kb.add_question(intent_id, question))
    return {"intent_id": intent_id, "question_ids": created}

