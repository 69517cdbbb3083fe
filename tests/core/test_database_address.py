"""Reading a SQLite file's path out of an address without SQLAlchemy, exactly as SQLAlchemy reads it."""

import pytest

from cos_desktop.core.database_address import sqlite_file


@pytest.mark.parametrize("url", [
    "sqlite:////tmp/a b.db", "sqlite:///relative.db", "sqlite:////tmp/%41.db", "sqlite+pysqlcipher://:key@//tmp/x.db",
    "sqlite:////tmp/x.db?mode=ro", "sqlite:////home/ana/Área de trabajo/registros.sqlite3", "sqlite:///:memory:",
    "sqlite://", "postgresql+psycopg://u:p@host/cos",
])
def test_the_file_named_is_the_one_sqlalchemy_opens(url):
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    expected = (parsed.database if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:")
                else None)
    found = sqlite_file(url)
    assert (str(found) if found else None) == expected
