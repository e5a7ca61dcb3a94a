"""Export every video script of the Shanghai tenant as JSON files.

Run from the repository root:  python -m scripts.export_scripts OUT_DIR
"""
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from functools import partial
from pathlib import Path

from lib import pacing
from lib.feeds import iter_scripts
from lib.metastudio import studio


def export_one(script_id, *, out_dir):
    detail = studio.script(script_id)
    path = Path(out_dir) / f"{script_id}.json"
    path.write_text(json.dumps(detail.to_dict(), ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    time.sleep(pacing.SCRIPT_EXPORT_PAUSE_S)
    return path


def main(out_dir):
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    script_ids = [s.script_id for s in iter_scripts(studio)]
    task = partial(export_one, out_dir=out_dir)
    with ProcessPoolExecutor(max_workers=pacing.EXPORT_WORKERS) as pool:
        futures = [pool.submit(task, script_id) for script_id in script_ids]
        for future in as_completed(futures):
            print(future.result())


if __name__ == "__main__":
    main(sys.argv[1])
