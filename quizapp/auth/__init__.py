from flask import Blueprint
from flask.blueprints import BlueprintSetupState

bp = Blueprint("auth", __name__, url_prefix="/auth")


@bp.record_once
def _add_guests_command(state: BlueprintSetupState) -> None:
    """``flask guests purge`` comes with the accounts feature."""
    from quizapp.auth.cli import guests_cli

    state.app.cli.add_command(guests_cli)


from quizapp.auth import views  # noqa: E402,F401
