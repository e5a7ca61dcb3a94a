"""Generate subtitle files for every scene of a script, and cancel stale video jobs, in worker processes."""
import logging
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    Cancel2DDigitalHumanVideoRequest,
    CreateSubtitleFileReq,
    CreateSubtitleFileRequest,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger("subtitles")

# created again in every worker process on import
client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def subtitle_for(args):
    script_id, sequence_no = args
    req = CreateSubtitleFileRequest(body=CreateSubtitleFileReq(script_id=script_id, sequence_no=sequence_no))
    return client.create_subtitle_file(req).job_id


def cancel(job_id):
    client.cancel2_d_digital_human_video(Cancel2DDigitalHumanVideoRequest(job_id=job_id))
    return job_id


def subtitles(script_id, scene_count):
    work = [(script_id, n) for n in range(1, scene_count + 1)]
    with multiprocessing.Pool(processes=4) as pool:
        # 4 processes x 10/s = 40/s > 5/s (create_subtitle_file)
        return pool.map(subtitle_for, work)  # expect: MST102 ~40/s


def cancel_stale(job_ids):
    with ProcessPoolExecutor(max_workers=3) as pool:
        # 3 x 10/s = 30/s > 5/s (cancel2_d_digital_human_video)
        return list(pool.map(cancel, job_ids))  # expect: MST102 ~30/s


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if sys.argv[1] == "subtitles":
        log.info("subtitle jobs: %s", subtitles(sys.argv[2], int(sys.argv[3])))
    else:
        log.info("cancelled: %s", cancel_stale(sys.argv[2:]))
