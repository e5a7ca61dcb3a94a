"""Opens the launch-day chat rooms (knows nothing of the SDK)."""
import time

from fleet.regional import SingaporeChat


def open_launch_rooms(bodies):
    chat = SingaporeChat()
    for body in bodies:
        chat.open_chat(body)
        time.sleep(1)
