"""Provision the hotline desks: applications, dialog rooms and greetings."""
import logging
import os

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import UpdateRobotReq, UpdateRobotRequest

from hotline import billing_desk, greetings, pacing, returns_desk, rooms
from hotline.clients import primary_client

log = logging.getLogger(__name__)
client = primary_client()


def greet(robot_id, text, attempts=4):
    book = greetings.GreetingBook(robot_id)
    for attempt in range(attempts):
        try:
            return book.add(text)  # expect: MST104
        except ClientRequestException as exc:
            if exc.error_code != "APIGW.0308":
                raise
            log.warning("greeting throttled (attempt %d of %d)", attempt + 1, attempts)
    raise RuntimeError("greeting not created")


def tune_silence(robot_id, millis, attempts=5):
    req = UpdateRobotRequest(robot_id=robot_id, body=UpdateRobotReq(tail_silence_time=millis))
    for attempt in range(attempts):
        try:
            return client.update_robot(req)
        except ClientRequestException as exc:
            if exc.status_code != 429 or attempt == attempts - 1:
                raise
            pacing.backoff(attempt)


def main():
    model = os.environ["AVATAR_MODEL_ASSET_ID"]
    billing = billing_desk.create_application()
    returns = returns_desk.create_application()
    billing_desk.load_faq()
    returns_desk.seed_faq(os.environ["RETURNS_SKILL_ID"], "data/returns_faq.csv")
    day_room = rooms.primary_rooms.create_room("billing-day", billing, model, rooms.day_voice())
    night_room = rooms.primary_rooms.create_room("billing-night", billing, model, rooms.night_voice())
    returns_room = rooms.primary_rooms.create_room("returns", returns, model, rooms.returns_voice())
    greetings.greet_billing_callers(billing)
    greet(returns, "Hi, this is the returns desk. Do you have your order number ready?")
    tune_silence(returns, 800)
    log.info("rooms ready: %s %s %s", day_room, night_room, returns_room)


if __name__ == "__main__":
    main()
