"""Only this package talks SQL."""

from .db import connect, default_db_path, migrate, migrations, schema_version

__all__ = ["connect", "default_db_path", "migrate", "migrations", "schema_version"]
