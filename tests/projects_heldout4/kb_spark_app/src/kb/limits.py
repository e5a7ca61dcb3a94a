import asyncio

# show_knowledge_skill allows 20/s in cn-north-4: two concurrent lookups at 0.1 s each
SKILL_LOOKUPS = asyncio.Semaphore(2)
