"""Package discovery: every package under cos_desktop/, plus the top-level resources/ folder
installed as cos_desktop.resources (pyproject.toml alone cannot map a folder into a found tree)."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["cos_desktop", "cos_desktop.*"]) + ["cos_desktop.resources"],
    package_dir={"cos_desktop.resources": "resources"},
)
