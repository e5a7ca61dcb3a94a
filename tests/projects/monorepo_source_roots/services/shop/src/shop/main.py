"""The shop assistant opens its dialog room in the Singapore tenant."""
from shared import ChatRooms, client_for

SINGAPORE = "ap-southeast-3"


def main():
    rooms = ChatRooms(client_for(SINGAPORE))
    rooms.open("shop-assistant")
