"""Check every uploaded selfie before it is turned into a photo avatar."""
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import CreatePhotoDetectionRequest, MetaStudioClient, PhotoDetectionReq
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (MetaStudioClient.new_builder()
          .with_credentials(BasicCredentials("ak", "sk", "project"))
          .with_region(MetaStudioRegion.value_of("cn-north-4"))
          .build())


def detect_all(urls):
    jobs = []
    for url in urls:
        request = CreatePhotoDetectionRequest(body=PhotoDetectionReq(photo_url=url))
        jobs.append(client.create_photo_detection(request).job_id)
    return jobs
