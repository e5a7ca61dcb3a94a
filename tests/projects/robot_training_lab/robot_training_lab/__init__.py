"""Robot training lab: intelligent-interaction robots on Huawei Cloud MetaStudio and their knowledge bases."""
