"""seres-etl: car-industry news -> a clean, validated dataset of business figures."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("seres-etl")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"
