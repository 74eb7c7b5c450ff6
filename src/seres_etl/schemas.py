"""Table schemas, defined once: a pandera `DataFrameModel` per table, and the Arrow schema
derived from it (`arrow_schema`). Column order, types and nullability come from the model;
Arrow types the pandas dtype cannot say (dates, lists) come from each field's metadata.
"""
from __future__ import annotations

import functools

import pandas as pd
import pandera.pandas as pa
import pyarrow as pyarrow_
from pandera.typing import Series

METRICS = (
    "sales_volume", "production_volume", "orders", "registrations", "exports", "revenue",
    "net_profit", "gross_margin", "revenue_share", "market_share", "share_price", "market_cap",
    "vehicle_price", "rank",
)
METRICS_ALL = METRICS + ("other",)
MEASURES = ("level", "yoy", "mom", "qoq")
UNITS = ("vehicle", "percent", "CNY", "USD", "HKD", "EUR", "rank")
CURRENCIES = ("CNY", "USD", "HKD", "EUR")
QUALIFIERS = ("exact", "over", "under", "about")
DATE_SOURCES = ("front_matter", "inferred", "none")
PRECISIONS = ("day", "month", "year")
STATUSES = ("ok", "rejected")

VOLUME_METRICS = ("sales_volume", "production_volume", "orders", "registrations", "exports")
MONEY_METRICS = ("revenue", "net_profit", "share_price", "market_cap", "vehicle_price")
SHARE_METRICS = ("gross_margin", "revenue_share", "market_share")

DATE = {"arrow": "date32"}
LIST_OF_STR = {"arrow": "list<string>"}


def _text(**kw):
    return pa.Field(**kw)


class DocumentsModel(pa.DataFrameModel):
    """documents.parquet: one row per input document (or per rejected file)."""
    doc_id: Series[str] = pa.Field(nullable=True)
    path: Series[str]
    title: Series[str] = pa.Field(nullable=True)
    url: Series[str] = pa.Field(nullable=True)
    published: Series[pd.Timestamp] = pa.Field(nullable=True, metadata=DATE)
    date_source: Series[str] = pa.Field(isin=DATE_SOURCES)
    date_precision: Series[str] = pa.Field(isin=PRECISIONS, nullable=True)
    encoding: Series[str] = pa.Field(nullable=True)
    sha256: Series[str] = pa.Field(str_matches=r"^([0-9a-f]{64})?$")
    n_chars: Series[int] = pa.Field(ge=0)
    n_facts: Series[int] = pa.Field(ge=0)
    status: Series[str] = pa.Field(isin=STATUSES)
    error: Series[str] = pa.Field(nullable=True)
    extractor_version: Series[str] = pa.Field(nullable=True)
    extracted_at: Series[pd.DatetimeTZDtype] = pa.Field(nullable=True, dtype_kwargs={"unit": "us", "tz": "UTC"},
                                                        metadata={"arrow": "timestamp[us, UTC]"})

    class Config:
        strict = True
        coerce = True
        ordered = True

    @pa.dataframe_check(name="rejected rows carry an error")
    def _rejected_have_error(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["status"] == "ok") | df["error"].notna()


class FactsModel(pa.DataFrameModel):
    """facts.parquet: one row per business figure stated in a document."""
    doc_id: Series[str]
    fact_id: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{16}$", unique=True)
    entity: Series[str] = pa.Field(nullable=True)
    entity_id: Series[str] = pa.Field(nullable=True)
    metric: Series[str] = pa.Field(isin=METRICS_ALL)
    measure: Series[str] = pa.Field(isin=MEASURES)
    period_start: Series[pd.Timestamp] = pa.Field(nullable=True, metadata=DATE)
    period_end: Series[pd.Timestamp] = pa.Field(nullable=True, metadata=DATE)
    period_label: Series[str] = pa.Field(nullable=True)
    value: Series[float] = pa.Field(nullable=False)
    unit: Series[str] = pa.Field(isin=UNITS)
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    segment: Series[str] = pa.Field(nullable=True)
    span_start: Series[int] = pa.Field(ge=0)
    span_end: Series[int] = pa.Field(ge=0)
    quote: Series[str]
    sentence: Series[str]
    anchor_fact_id: Series[str] = pa.Field(nullable=True, str_matches=r"^[0-9a-f]{16}$")

    class Config:
        strict = True
        coerce = True
        ordered = True

    @pa.check("value", name="finite")
    def _finite(cls, s: Series[float]) -> Series[bool]:
        return pd.Series(pd.to_numeric(s, errors="coerce")).abs() < float("inf")

    @pa.dataframe_check(name="span_start < span_end")
    def _span_order(cls, df: pd.DataFrame) -> Series[bool]:
        return df["span_start"] < df["span_end"]

    @pa.dataframe_check(name="period_start <= period_end")
    def _period_order(cls, df: pd.DataFrame) -> Series[bool]:
        return df["period_start"].isna() | df["period_end"].isna() | (df["period_start"] <= df["period_end"])

    @pa.dataframe_check(name="unit fits metric and measure")
    def _unit_fits(cls, df: pd.DataFrame) -> Series[bool]:
        growth = df["measure"] != "level"
        m, u = df["metric"], df["unit"]
        level_ok = (
            (m.isin(VOLUME_METRICS) & (u == "vehicle"))
            | (m.isin(SHARE_METRICS) & (u == "percent"))
            | (m.isin(MONEY_METRICS) & u.isin(CURRENCIES))
            | ((m == "rank") & (u == "rank"))
            | (m == "other")
        )
        return (growth & (u == "percent") & (m != "rank")) | (~growth & level_ok)

    @pa.dataframe_check(name="shares within 0-100")
    def _shares(cls, df: pd.DataFrame) -> Series[bool]:
        share = df["metric"].isin(("revenue_share", "market_share")) & (df["measure"] == "level")
        return ~share | df["value"].between(0, 100)

    @pa.dataframe_check(name="gross margin at most 100")
    def _margin(cls, df: pd.DataFrame) -> Series[bool]:
        m = (df["metric"] == "gross_margin") & (df["measure"] == "level")
        return ~m | (df["value"].abs() <= 100)

    @pa.dataframe_check(name="rank is a whole number >= 1")
    def _rank(cls, df: pd.DataFrame) -> Series[bool]:
        r = df["metric"] == "rank"
        return ~r | ((df["value"] >= 1) & (df["value"] == df["value"].round()))

    @pa.dataframe_check(name="volumes, prices and revenue are >= 0")
    def _non_negative(cls, df: pd.DataFrame) -> Series[bool]:
        lv = (df["measure"] == "level") & df["metric"].isin(
            VOLUME_METRICS + ("revenue", "share_price", "market_cap", "vehicle_price"))
        return ~lv | (df["value"] >= 0)

    @pa.dataframe_check(name="growth is above -100%")
    def _growth_floor(cls, df: pd.DataFrame) -> Series[bool]:
        g = (df["measure"] != "level") & (df["metric"] != "net_profit")
        return ~g | (df["value"] >= -100)


class QuarantineModel(pa.DataFrameModel):
    """quarantine.parquet: facts that failed a check, with the check and the reason."""
    doc_id: Series[str] = pa.Field(nullable=True)
    fact_id: Series[str] = pa.Field(nullable=True)
    failed_check: Series[str]
    failed_column: Series[str] = pa.Field(nullable=True)
    reason: Series[str]
    entity: Series[str] = pa.Field(nullable=True)
    metric: Series[str] = pa.Field(nullable=True)
    measure: Series[str] = pa.Field(nullable=True)
    period_label: Series[str] = pa.Field(nullable=True)
    value: Series[float] = pa.Field(nullable=True)
    unit: Series[str] = pa.Field(nullable=True)
    quote: Series[str] = pa.Field(nullable=True)
    sentence: Series[str] = pa.Field(nullable=True)
    row_json: Series[str]

    class Config:
        strict = True
        coerce = True
        ordered = True


class MetricsModel(pa.DataFrameModel):
    """metrics.parquet: figures derived from stated ones, each citing its inputs and formula."""
    metric_id: Series[str] = pa.Field(unique=True)
    doc_id: Series[str] = pa.Field(nullable=True)
    derivation: Series[str] = pa.Field(isin=("implied_prior", "growth_from_levels", "price_change",
                                             "fx_rate", "share_of_total", "growth_from_series"))
    entity: Series[str] = pa.Field(nullable=True)
    metric: Series[str]
    measure: Series[str] = pa.Field(isin=MEASURES + ("change", "ratio"))
    period_start: Series[pd.Timestamp] = pa.Field(nullable=True, metadata=DATE)
    period_end: Series[pd.Timestamp] = pa.Field(nullable=True, metadata=DATE)
    period_label: Series[str] = pa.Field(nullable=True)
    value: Series[float]
    unit: Series[str]
    formula: Series[str]
    inputs: Series[object] = pa.Field(metadata=LIST_OF_STR)

    class Config:
        strict = True
        coerce = True
        ordered = True


class ChecksModel(pa.DataFrameModel):
    """checks.parquet: consistency checks between stated figures."""
    check_id: Series[str] = pa.Field(unique=True)
    doc_id: Series[str] = pa.Field(nullable=True)
    check: Series[str] = pa.Field(isin=("stated_vs_computed_growth", "month_within_cumulative",
                                        "components_vs_total", "source_conflict", "series_growth",
                                        "ytd_sum_vs_stated", "ambiguous_in_document"))
    entity: Series[str] = pa.Field(nullable=True)
    metric: Series[str]
    period_label: Series[str] = pa.Field(nullable=True)
    status: Series[str] = pa.Field(isin=("pass", "fail"))
    expected: Series[float] = pa.Field(nullable=True)
    actual: Series[float] = pa.Field(nullable=True)
    tolerance: Series[float] = pa.Field(ge=0)
    detail: Series[str]
    inputs: Series[object] = pa.Field(metadata=LIST_OF_STR)

    class Config:
        strict = True
        coerce = True
        ordered = True


class EntitiesModel(pa.DataFrameModel):
    """entities.parquet: every entity a figure is about."""
    entity_id: Series[str] = pa.Field(unique=True)
    name: Series[str]
    kind: Series[str] = pa.Field(isin=("group", "company", "brand", "model", "market"))
    parent_id: Series[str] = pa.Field(nullable=True)
    aliases: Series[object] = pa.Field(metadata=LIST_OF_STR)
    former_names: Series[object] = pa.Field(metadata=LIST_OF_STR)
    former_until: Series[object] = pa.Field(metadata={"arrow": "list<date32>"})
    in_registry: Series[bool]
    n_facts: Series[int] = pa.Field(ge=0)
    n_documents: Series[int] = pa.Field(ge=0)

    class Config:
        strict = True
        coerce = True
        ordered = True


class SeriesModel(pa.DataFrameModel):
    """series.parquet: one number per fact, with every source that states it."""
    series_id: Series[str] = pa.Field(unique=True)
    entity_id: Series[str]
    entity: Series[str] = pa.Field(nullable=True)
    metric: Series[str] = pa.Field(isin=METRICS)
    measure: Series[str] = pa.Field(isin=MEASURES)
    period_start: Series[pd.Timestamp] = pa.Field(nullable=True, metadata=DATE)
    period_end: Series[pd.Timestamp] = pa.Field(nullable=True, metadata=DATE)
    period_label: Series[str] = pa.Field(nullable=True)
    unit: Series[str] = pa.Field(isin=UNITS)
    segment: Series[str] = pa.Field(nullable=True)
    value: Series[float]
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    n_sources: Series[int] = pa.Field(ge=1)
    doc_ids: Series[object] = pa.Field(metadata=LIST_OF_STR)
    fact_ids: Series[object] = pa.Field(metadata=LIST_OF_STR)
    chosen_fact_id: Series[str]
    min_stated: Series[float]
    max_stated: Series[float]
    status: Series[str] = pa.Field(isin=("single", "agreed", "conflict"))

    class Config:
        strict = True
        coerce = True
        ordered = True


class MonthlyModel(pa.DataFrameModel):
    """monthly.parquet: monthly levels per entity and metric, gaps included, ready to plot."""
    entity_id: Series[str]
    entity: Series[str] = pa.Field(nullable=True)
    metric: Series[str] = pa.Field(isin=METRICS)
    unit: Series[str] = pa.Field(isin=UNITS)
    segment: Series[str] = pa.Field(nullable=True)
    month: Series[pd.Timestamp] = pa.Field(metadata=DATE)
    value: Series[float] = pa.Field(nullable=True)
    status: Series[str] = pa.Field(isin=("single", "agreed", "conflict", "gap"))
    n_sources: Series[int] = pa.Field(ge=0)
    series_id: Series[str] = pa.Field(nullable=True)

    class Config:
        strict = True
        coerce = True
        ordered = True


TABLES: dict[str, type[pa.DataFrameModel]] = {
    "documents": DocumentsModel,
    "facts": FactsModel,
    "quarantine": QuarantineModel,
    "metrics": MetricsModel,
    "checks": ChecksModel,
    "entities": EntitiesModel,
    "series": SeriesModel,
    "monthly": MonthlyModel,
}

_ARROW_OVERRIDES = {
    "list<date32>": pyarrow_.list_(pyarrow_.date32()),
    "date32": pyarrow_.date32(),
    "timestamp[us, UTC]": pyarrow_.timestamp("us", tz="UTC"),
    "list<string>": pyarrow_.list_(pyarrow_.string()),
}


def _arrow_type(dtype) -> pyarrow_.DataType:
    s = str(dtype).lower()
    if s.startswith("int"):
        return pyarrow_.int64()
    if s.startswith("float"):
        return pyarrow_.float64()
    if s.startswith("bool"):
        return pyarrow_.bool_()
    if s.startswith("datetime"):
        return pyarrow_.timestamp("us")
    if "str" in s:
        return pyarrow_.string()
    raise TypeError(f"no Arrow type for pandas dtype {dtype!r}: give the field metadata={{'arrow': ...}}")


def arrow_schema(model: type[pa.DataFrameModel]) -> pyarrow_.Schema:
    """The Arrow schema of a table, derived from its pandera model."""
    schema = model.to_schema()
    fields = []
    for name, col in schema.columns.items():
        meta = (col.metadata or {}) if hasattr(col, "metadata") else {}
        override = meta.get("arrow")
        typ = _ARROW_OVERRIDES[override] if override else _arrow_type(col.dtype)
        fields.append(pyarrow_.field(name, typ, nullable=bool(col.nullable)))
    return pyarrow_.schema(fields)


def columns(model: type[pa.DataFrameModel]) -> list[str]:
    return list(_columns(model))


@functools.cache
def _columns(model: type[pa.DataFrameModel]) -> tuple[str, ...]:
    return tuple(model.to_schema().columns)  # building the schema takes a tenth of a second


def empty(model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """An empty frame with the model's columns and dtypes."""
    sch = model.to_schema()
    data = {}
    for name, col in sch.columns.items():
        meta = (col.metadata or {}).get("arrow")
        if meta == "date32":
            data[name] = pd.Series([], dtype="datetime64[us]")
        elif meta == "timestamp[us, UTC]":
            data[name] = pd.Series([], dtype="datetime64[us, UTC]")
        elif meta in ("list<string>", "list<date32>"):
            data[name] = pd.Series([], dtype=object)
        else:
            data[name] = pd.Series([], dtype=str(col.dtype) if "str" not in str(col.dtype) else "str")
    return pd.DataFrame(data)
