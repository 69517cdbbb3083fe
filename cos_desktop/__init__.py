"""COS Desktop: a desktop companion for Circle of Security Parenting facilitators."""

__version__ = "0.1.0"
APP_NAME = "COS Desktop"
APP_ID = "cos-desktop"
