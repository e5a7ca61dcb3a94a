"""Nightly dispatcher: turns the schedule into room tasks."""
from .tasks import create_room_task, rename_room_task


def open_rooms(schedule):
    for slot in schedule:
        create_room_task.delay(slot["title"])  # expect: MST102


def rename_rooms(renames):
    for room_id, title in renames.items():
        rename_room_task.apply_async(args=(room_id, title))  # expect: MST102
