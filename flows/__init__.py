"""Prefect orchestration of seres-etl: thin flows and tasks over `seres_etl` functions."""
from ._env import configure

configure()
