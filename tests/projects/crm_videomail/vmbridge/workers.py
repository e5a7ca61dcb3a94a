"""Worker pools shared by the campaign jobs (one process serves the whole tenant)."""
from concurrent.futures import ThreadPoolExecutor

# Rendering is slow on our side (text templating, CRM look-ups), so give it room.
render_pool = ThreadPoolExecutor(max_workers=6, thread_name_prefix="render")

# Status checks: 2 workers x ~10 GET/s = 20/s, Beijing's limit for job details.
status_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="status")
