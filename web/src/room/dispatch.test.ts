import { beforeEach, describe, expect, it } from "vitest";
import { useAnalysisStore } from "../analysis/analysisStore";
import { useRunStore } from "../run/runStore";
import { dispatchServerEvent, resetRoomStores } from "./dispatch";
import { newRequestId } from "./requests";
import { useRoomStore } from "./roomStore";

describe("dispatchServerEvent", () => {
  beforeEach(() => resetRoomStores("room-1"));

  it("analysis.failed stops every participant's panel waiting", () => {
    // Someone else pressed Analyze: this tab only saw the broadcast start.
    dispatchServerEvent({ type: "analysis.started", id: "analyze.99" });
    expect(useAnalysisStore.getState().status).toBe("pending");
    dispatchServerEvent({ type: "analysis.failed", message: "analysis is unavailable" });
    expect(useAnalysisStore.getState()).toMatchObject({
      status: "error",
      error: "analysis is unavailable",
    });
  });

  it("routes an error to the panel of the request it answers, by id", () => {
    const analyze = newRequestId({ type: "analyze" });
    const run = newRequestId({ type: "run", stdin: "", interactive: true });
    dispatchServerEvent({ type: "analysis.started", id: analyze });
    // A run error while an analysis is pending goes to the run panel, not the analysis one.
    dispatchServerEvent({ type: "error", code: "forbidden", message: "no run", id: run });
    expect(useAnalysisStore.getState().status).toBe("pending");
    expect(useRoomStore.getState().lastError).toBe("no run");
    dispatchServerEvent({ type: "error", code: "unavailable", message: "no analysis", id: analyze });
    expect(useAnalysisStore.getState()).toMatchObject({ status: "error", error: "no analysis" });
  });

  it("a rate-limited run blocks Run without a banner; an error of no request only a banner", () => {
    const run = newRequestId({ type: "run", stdin: "", interactive: true });
    dispatchServerEvent({
      type: "error",
      code: "rate_limited",
      message: "too many runs",
      id: run,
      retry_after: 30,
    });
    expect(useRoomStore.getState().runBlockedUntil).not.toBeNull();
    expect(useRoomStore.getState().lastError).toBeNull();
    const before = useRunStore.getState().status;
    dispatchServerEvent({ type: "analysis.started" });
    dispatchServerEvent({ type: "error", code: "bad_event", message: "huh" });
    expect(useAnalysisStore.getState().status).toBe("pending");
    expect(useRunStore.getState().status).toBe(before);
    expect(useRoomStore.getState().lastError).toBe("huh");
  });
});
