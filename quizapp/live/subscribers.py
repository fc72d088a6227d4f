"""What live sessions do when a layer below (accounts, quizzes) announces or asks something
(quizapp.events)."""
from __future__ import annotations

from typing import Any

from flask import url_for

from quizapp import events
from quizapp.live.services import code_of_attempt, live_player_guests


def guests_who_played(_sender: Any, *, guest_ids: list[int], **_: Any) -> set[int]:
    """Idle guests about to be deleted who played a live session: kept, since their attempt is
    in the teacher's results and exports (deleting them would change a class's scores)."""
    return live_player_guests(guest_ids)


def live_page_of(_sender: Any, *, attempt_id: int, **_: Any) -> events.PlayedAt | None:
    """A player's attempt is played on the session's live page: the quiz's pages link there."""
    code = code_of_attempt(attempt_id)
    return events.PlayedAt(url_for("live.play", code=code), "Go to the live session") if code else None


def subscribe() -> None:
    """Connect the receivers above; called once the live blueprint is registered."""
    events.subscribe(events.guests_kept, guests_who_played)
    events.subscribe(events.attempt_played_at, live_page_of)
