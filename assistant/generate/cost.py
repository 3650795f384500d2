"""Estimated cost of a generation, from the price table rules/llm_prices.yaml."""

from __future__ import annotations

import datetime
import functools

import yaml
from pydantic import BaseModel, ConfigDict

from ..resources import data_path


class ModelPrice(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    input: float
    output: float
    source: str
    verified_on: datetime.date
    confidence: str


class PriceTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    currency: str
    per_tokens: int
    batch_discount: float
    models: dict[str, ModelPrice]


@functools.cache
def price_table() -> PriceTable:
    path = data_path("rules", "llm_prices.yaml")
    return PriceTable.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def price_of(model: str) -> ModelPrice | None:
    """The price of `model`, also for dated snapshots (gpt-4o-mini-2024-07-18)."""
    models = price_table().models
    if model in models:
        return models[model]
    for name in sorted(models, key=len, reverse=True):
        if model.startswith(name + "-20"):
            return models[name]
    return None


def estimate(model: str, prompt_tokens: int, completion_tokens: int, batch: bool) -> float | None:
    price = price_of(model)
    if price is None:
        return None
    table = price_table()
    cost = (prompt_tokens * price.input + completion_tokens * price.output) / table.per_tokens
    return cost * (table.batch_discount if batch else 1.0)
