"""Deployment settings of the lab."""

# the lab tenant lives in Beijing; the Singapore showroom has its own tenant project
PRIMARY_REGION = "cn-north-4"
SHOWROOM_REGION = "ap-southeast-3"

PROVISION_GAP_S = 0.5       # between two create_robot calls

SKILL_CHUNK = 5             # skills created per chunk
CHUNK_PAUSE_S = 1.0         # pause between two chunks of skills

QUESTION_BATCH = 50         # questions per create_batch_knowledge_question call
BATCH_PAUSE_S = 1.2         # the batch API allows one call per second
