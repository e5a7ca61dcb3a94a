from app import ring_b


def enqueue(client, names):
    for name in names:
        ring_b.create_one(client, name)  # expect: MST101 ~10/s
