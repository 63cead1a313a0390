import { beforeEach, describe, expect, it } from "vitest";
import { useRunStore } from "./runStore";

describe("useRunStore", () => {
  beforeEach(() => useRunStore.getState().reset());

  it("applies events through the reducer and keeps the stdin draft", () => {
    const store = useRunStore.getState();
    store.setStdin("3\n");
    store.starting();
    expect(useRunStore.getState().status).toBe("starting");
    store.apply({ type: "run.started", run_id: "r", by: { id: "1", name: "A" }, code_hash: "", at: 0, language: "python" });
    store.apply({ type: "run.output", run_id: "r", stream: "stderr", data: "boom\n", seq: 0 });
    const s = useRunStore.getState();
    expect(s.status).toBe("running");
    expect(s.lines).toEqual([{ stream: "stderr", text: "boom", done: true }]);
    expect(s.stdin).toBe("3\n");
    expect(typeof s.apply).toBe("function");
  });
});
