"""What live sessions do when accounts (a layer below) announce something (quizapp.events)."""
from __future__ import annotations

from typing import Any

from quizapp import events
from quizapp.live.services import live_player_guests


def guests_who_played(_sender: Any, *, guest_ids: list[int], **_: Any) -> set[int]:
    """Idle guests about to be deleted who played a live session: kept, since their attempt is
    in the teacher's results and exports (deleting them would change a class's scores)."""
    return live_player_guests(guest_ids)


def subscribe() -> None:
    """Connect the receivers above; called once the live blueprint is registered."""
    events.subscribe(events.guests_kept, guests_who_played)
