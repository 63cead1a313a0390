import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { buildTimeline, replayText } from "./playback";

function b64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

describe("playback", () => {
  it("replays real Yjs updates up to the slider position", () => {
    const doc = new Y.Doc();
    const updates: { at: number; update: string }[] = [];
    doc.on("update", (u: Uint8Array) => updates.push({ at: 1000 + updates.length * 10, update: b64(u) }));
    const text = doc.getText("code");
    text.insert(0, "print(1)\n");
    text.insert(9, "print(2)\n");
    text.delete(0, 9);

    const shuffled = [updates[2], updates[0], updates[1]].filter((u) => u !== undefined);
    const timeline = buildTimeline({
      updates: shuffled,
      runs: [{ run_id: "r", at: 1015, by: null, verdict: "ok", code_hash: "" }],
    });
    expect(replayText(timeline.updates, 0)).toBe("");
    expect(replayText(timeline.updates, 1)).toBe("print(1)\n");
    expect(replayText(timeline.updates, 2)).toBe("print(1)\nprint(2)\n");
    expect(replayText(timeline.updates, 3)).toBe("print(2)\n");
    expect(replayText(timeline.updates, 99)).toBe("print(2)\n");
    expect(timeline.runs[0]).toMatchObject({ index: 2 });
    expect(timeline.runs[0]?.fraction).toBeCloseTo(2 / 3);
  });
});
