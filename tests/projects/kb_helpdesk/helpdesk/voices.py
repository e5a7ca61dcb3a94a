from huaweicloudsdkmetastudio.v1 import SmartChatVoiceConfig

from helpdesk import settings


def greeter_voice():
    return SmartChatVoiceConfig(voice_asset_id=settings.GREETER_VOICE, speed=100)


def clerk_voice():
    return SmartChatVoiceConfig(voice_asset_id=settings.CLERK_VOICE, speed=90)
