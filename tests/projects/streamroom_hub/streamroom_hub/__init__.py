"""streamroom_hub: runs the avatar live rooms of the Beijing shop and the Singapore shop.

Beijing (cn-north-4) hosts the live rooms, the product catalogue and the interactive
dialogs; Singapore (ap-southeast-3) mirrors the catalogue and serves the chat kiosk.
"""
