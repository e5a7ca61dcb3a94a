"""Same catalogue sync, for the team that runs in CN South-Guangzhou."""
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, CreateProductRequestBody, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (MetaStudioClient.new_builder()
          .with_credentials(BasicCredentials("ak", "sk", "project"))
          .with_region(MetaStudioRegion.value_of("cn-south-1"))
          .build())

for name in open("products.txt", encoding="utf-8").read().split():
    client.create_product(CreateProductRequest(body=CreateProductRequestBody(product_name=name)))
    time.sleep(0.2)
