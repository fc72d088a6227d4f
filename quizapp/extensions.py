"""Flask extensions, created unbound here and bound to the app in ``create_app``."""
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import MetaData, Table
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """Declarative base whose constraint names are predictable, so Alembic can alter them."""

    if TYPE_CHECKING:  # every model maps one table: Core statements on the hot paths use it
        __table__: ClassVar[Table]

    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            # every column of a multi-column constraint: uq_topic_document_id_slug
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


db = SQLAlchemy(model_class=Base)

# The base class of every model. Flask-SQLAlchemy builds ``db.Model`` at run time (adding the
# table name and the session binding), which a type checker cannot follow; to mypy the models
# derive from the declarative ``Base`` they really extend, so their columns are checked.
if TYPE_CHECKING:
    Model = Base
else:
    Model = db.Model
migrate = Migrate()
csrf = CSRFProtect()
login_manager = LoginManager()
