import { beforeEach, describe, expect, it } from "vitest";
import { useAnalysisStore } from "../analysis/analysisStore";
import { useRunStore } from "../run/runStore";
import { dispatchServerEvent, resetRoomStores } from "./dispatch";
import { newRequestId } from "./requests";
import {
  accessMessage,
  closeMessage,
  DEFAULT_PERMISSIONS,
  PERMANENT_CLOSE_CODES,
  useRoomStore,
} from "./roomStore";

const viewer = {
  edit: false,
  run: false,
  cancel: false,
  analyze: true,
  read_notes: false,
  write_notes: false,
  invite: false,
  revoke: false,
};

describe("room store and event dispatch", () => {
  beforeEach(() => resetRoomStores("room-1"));

  it("starts connecting with default permissions that never include notes", () => {
    const s = useRoomStore.getState();
    expect(s.roomId).toBe("room-1");
    expect(s.status).toBe("connecting");
    expect(s.permissions).toEqual(DEFAULT_PERMISSIONS);
    expect(s.permissions.read_notes).toBe(false);
  });

  it("takes role and permissions from the session event", () => {
    dispatchServerEvent({ type: "session", user: { id: "u", name: "Obs" }, role: "viewer", permissions: viewer });
    const s = useRoomStore.getState();
    expect(s.role).toBe("viewer");
    expect(s.permissions.edit).toBe(false);
    expect(s.sessionUser?.name).toBe("Obs");
  });

  it("routes run, analysis and notes events to their stores", () => {
    dispatchServerEvent({ type: "run.started", run_id: "r", by: { id: "u", name: "A" }, code_hash: "", at: 0, language: "python" });
    expect(useRunStore.getState().status).toBe("running");
    const analyze = newRequestId({ type: "analyze" });
    dispatchServerEvent({ type: "analysis.started", id: analyze });
    expect(useAnalysisStore.getState().status).toBe("pending");
    dispatchServerEvent({ type: "error", code: "unavailable", message: "analysis down", id: analyze });
    expect(useAnalysisStore.getState()).toMatchObject({ status: "error", error: "analysis down" });
    expect(useRunStore.getState().error).toBeNull();
    dispatchServerEvent({ type: "notes.updated" });
    expect(useRoomStore.getState().notesVersion).toBe(1);
  });

  it("a permanent close wins over later status changes", () => {
    const s = useRoomStore.getState();
    s.setStatus("connected");
    s.setClosed({ code: 4403, reason: "revoked", message: closeMessage(4403, "revoked") });
    s.setStatus("reconnecting");
    expect(useRoomStore.getState().status).toBe("closed");
    expect(useRoomStore.getState().closed?.message).toMatch(/no longer have access.*revoked/);
  });

  it("treats 4401/4403 as permanent and 4429/4503 as retryable", () => {
    expect(PERMANENT_CLOSE_CODES.has(4401)).toBe(true);
    expect(PERMANENT_CLOSE_CODES.has(4403)).toBe(true);
    expect(PERMANENT_CLOSE_CODES.has(4429)).toBe(false);
    expect(PERMANENT_CLOSE_CODES.has(4503)).toBe(false);
    expect(closeMessage(4401, "")).toMatch(/sign-in/i);
  });

  it("reopens after a permanent close once reconnecting (new token), and only then", () => {
    const s = useRoomStore.getState();
    s.reopen();
    expect(useRoomStore.getState().status).toBe("connecting");
    s.setClosed({ code: 4401, reason: "token expired", message: closeMessage(4401, "") });
    s.reopen();
    expect(useRoomStore.getState()).toMatchObject({ closed: null, status: "reconnecting" });
    s.setStatus("connected");
    expect(useRoomStore.getState().status).toBe("connected");
  });

  it("tells someone never let in what to do, never that they lost access", () => {
    for (const code of [4400, 4403, 4404]) {
      expect(accessMessage(code)).not.toMatch(/no longer/);
    }
    expect(accessMessage(4403)).toMatch(/ask the owner for an invite/i);
    expect(accessMessage(1011)).toBeNull();
  });

  it("a rate-limited run blocks Run for the server's retry time, with no room banner", () => {
    const before = Date.now();
    dispatchServerEvent({
      type: "error",
      code: "rate_limited",
      message: "too many runs",
      retry_after: 42,
      id: newRequestId({ type: "run", stdin: "", interactive: true }),
    });
    const until = useRoomStore.getState().runBlockedUntil ?? 0;
    expect(until - before).toBeGreaterThanOrEqual(41_000);
    expect(until - before).toBeLessThanOrEqual(43_000);
    expect(useRoomStore.getState().lastError).toBeNull();
  });

  it("a rate-limited run told to the room blocks Run only for the person refused", () => {
    const me = { id: "u-me", name: "Me" };
    useRoomStore.getState().setSession(me, "editor", DEFAULT_PERMISSIONS);
    const told = (id: string) =>
      ({
        type: "run.rejected",
        code: "rate_limited",
        reason: "too many runs",
        diagnostics: [],
        by: { id, name: id },
        retry_after: 30,
      }) as Parameters<typeof dispatchServerEvent>[0];
    dispatchServerEvent(told("u-other"));
    expect(useRoomStore.getState().runBlockedUntil).toBeNull();
    dispatchServerEvent(told("u-me"));
    expect(useRoomStore.getState().runBlockedUntil).not.toBeNull();
    dispatchServerEvent({ type: "run.started", run_id: "r", by: me, code_hash: "h", at: 1, language: "python" });
    expect(useRoomStore.getState().runBlockedUntil).toBeNull();
  });
});
