"""Request and response models of the public API."""
from __future__ import annotations

from pydantic import BaseModel, Field


class RenderItem(BaseModel):
    script_id: str
    title: str = ""


class BatchRender(BaseModel):
    items: list[RenderItem] = Field(min_length=1)


class RenderAccepted(BaseModel):
    script_id: str
    job_id: str


class VideoStatus(BaseModel):
    job_id: str
    state: str
    duration_s: float | None = None


class JobIds(BaseModel):
    job_ids: list[str] = Field(min_length=1)


class CancelResult(BaseModel):
    cancelled: list[str]
    skipped: list[str]


class RoomIn(BaseModel):
    name: str
    model_asset_id: str


class RoomOut(BaseModel):
    room_id: str
    rule_groups: list[str]


class ProductIn(BaseModel):
    name: str
    description: str = ""
    price_cents: int = Field(ge=0)


class CatalogIn(BaseModel):
    products: list[ProductIn] = Field(min_length=1)


class AssetLookup(BaseModel):
    asset_ids: list[str] = Field(min_length=1)


class RetagIn(BaseModel):
    asset_ids: list[str] = Field(min_length=1)
    tags: list[str]
