"""Batch narration: one asynchronous TTS job per row of the sheet, then wait for them all and save the URLs.

    python tts_batch.py narration.csv      # columns: text, voice_asset_id[, speed]
"""
import sys

import pandas as pd
from huaweicloudsdkmetastudio.v1 import CreateAsyncTtsJobRequest, CreateAsyncTtsJobRequestBody, ShowAsyncTtsJobRequest
from tqdm import tqdm

import common

FINAL_STATES = ("SUCCEED", "FAILED")


def submit_tts(text, voice_asset_id, speed=100):
    body = CreateAsyncTtsJobRequestBody(
        text=text,
        voice_asset_id=voice_asset_id,
        speed=int(speed),
        audio_format="wav",
        gen_srt=True,
    )
    return common.client.create_async_tts_job(CreateAsyncTtsJobRequest(body=body)).job_id


def wait_for(job_id):
    request = ShowAsyncTtsJobRequest(job_id=job_id)
    while True:
        job = common.client.show_async_tts_job(request)  # expect: MST103
        if job.state in FINAL_STATES:
            return job


df = pd.read_csv(sys.argv[1])
if "speed" not in df.columns:
    df["speed"] = 100

df["job_id"] = df.apply(lambda row: submit_tts(row["text"], row["voice_asset_id"], row["speed"]), axis=1)  # expect: MST101 ~10.0/s
common.log.info("%d TTS jobs submitted", len(df))

jobs = [wait_for(job_id) for job_id in tqdm(df["job_id"], desc="synthesising")]
df["state"] = [job.state for job in jobs]
df["audio_url"] = [job.audio_file_url for job in jobs]
df["srt_url"] = [job.audio_srt_file_url for job in jobs]
df.to_csv(sys.argv[1].replace(".csv", "_audio.csv"), index=False)
