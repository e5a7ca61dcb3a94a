"""Pacing shared by the batch jobs (MetaStudio allows only a few create calls per second per tenant)."""
import time

SUBTITLE_SUBMIT_GAP_S = 0.5   # create_subtitle_file: 3/s in cn-east-3
UPLOAD_GAP_S = 0.5            # create_file + confirm_file_upload: 5/s each
RENDER_GAP_S = 1.0            # create2_d_digital_human_video: 3/s
RENDER_POLL_S = 10
SUBTITLE_POLL_S = 3


def pace(seconds: float) -> None:
    """Wait between two iterations of a paced loop."""
    time.sleep(seconds)
