"""`/api/rooms/{id}/notes`: interviewer notes, never shown to candidates."""

from __future__ import annotations

from litestar import Controller, get, put
from litestar.params import FromPath, JSONBody

from realtime.api.deps import AccessDep, UserDep, room_grant
from realtime.auth.permissions import Action
from realtime.contract.rest import Notes

__all__ = ["NotesController"]


class NotesController(Controller):
    """Notes live in the metadata store, not in the shared document (everyone syncs that)."""

    path = "/api/rooms/{room_id:str}/notes"
    tags = ("notes",)
    security = ({"BearerToken": []},)

    @get("/", summary="Read the notes")
    async def read(self, room_id: FromPath[str], access: AccessDep, user: UserDep) -> Notes:
        """The notes (roles with `read_notes` only)."""
        await room_grant(access, room_id, user, Action.READ_NOTES)
        return Notes(text=await access.meta.get_notes(room_id))

    @put("/", summary="Replace the notes")
    async def write(
        self,
        room_id: FromPath[str],
        data: JSONBody[Notes],
        access: AccessDep,
        user: UserDep,
    ) -> Notes:
        """Replace the notes; readers connected to the room get `notes.updated`."""
        await room_grant(access, room_id, user, Action.WRITE_NOTES)
        await access.meta.put_notes(room_id, data.text)
        await access.live.notes_updated(room_id)
        return data
