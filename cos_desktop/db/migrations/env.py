from alembic import context

from cos_desktop.db.models import Base
from cos_desktop.db.search import include_name

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("COS Desktop runs its migrations with a connection; see cos_desktop.db.engine")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=include_name,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
