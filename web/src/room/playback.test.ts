import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  buildTimeline,
  jumpRun,
  MAX_GAP_MS,
  participantOf,
  participants,
  Replayer,
  shownRun,
  stepDelay,
  UNKNOWN_AUTHOR,
} from "./playback";

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
      runs: [
        { run_id: "r", at: 1015, by: { id: "u", name: "U" }, verdict: "ok", code_hash: "", rejected: false, language: "python" },
      ],
    });
    expect(new Replayer(timeline.updates).seek(0).text).toBe("");
    expect(new Replayer(timeline.updates).seek(1).text).toBe("print(1)\n");
    expect(new Replayer(timeline.updates).seek(2).text).toBe("print(1)\nprint(2)\n");
    expect(new Replayer(timeline.updates).seek(3).text).toBe("print(2)\n");
    expect(new Replayer(timeline.updates).seek(99).text).toBe("print(2)\n");
    expect(timeline.runs[0]).toMatchObject({ index: 2 });
    expect(timeline.runs[0]?.fraction).toBeCloseTo(2 / 3);
  });
});

describe("playback authors", () => {
  function typist(clientID: number): Y.Doc {
    const doc = new Y.Doc();
    doc.clientID = clientID;
    return doc;
  }

  it("colours each character by the client that wrote it, through replays and rewinds", () => {
    const ada = typist(11);
    const bob = typist(22);
    const updates: Uint8Array[] = [];
    const send = (from: Y.Doc, to: Y.Doc, change: () => void) => {
      const before = Y.encodeStateVector(from);
      change();
      const u = Y.encodeStateAsUpdate(from, before);
      updates.push(u);
      Y.applyUpdate(to, u);
    };
    send(ada, bob, () => ada.getText("code").insert(0, "x = 1\n"));
    send(bob, ada, () => bob.getText("code").insert(6, "y = 2\n"));
    send(ada, bob, () => ada.getText("code").insert(0, "# 😀\n"));
    send(bob, ada, () => bob.getText("code").delete(0, 2));

    const replayer = new Replayer(updates);
    const end = replayer.seek(4);
    expect(end.text).toBe(bob.getText("code").toString());
    expect(end.text).toBe("😀\nx = 1\ny = 2\n");
    // UTF-16 offsets (the emoji counts 2), as Monaco counts.
    expect(end.spans).toEqual([
      { start: 0, end: 9, client: 11 },
      { start: 9, end: 15, client: 22 },
    ]);
    expect(replayer.seek(1)).toEqual({
      text: "x = 1\n",
      spans: [{ start: 0, end: 6, client: 11 }],
      language: "python",
    });
    expect(replayer.seek(2).spans.map((s) => s.client)).toEqual([11, 22]);
    replayer.destroy();
    expect(replayer.seek(4).text).toBe(end.text);
    replayer.destroy();
  });

  it("replays the room's language with the code", () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on("update", (u: Uint8Array) => updates.push(u));
    doc.getText("code").insert(0, "print(1)\n");
    doc.getMap("room").set("language", "go");
    doc.getMap("room").set("language", "java");

    const replayer = new Replayer(updates);
    expect(replayer.seek(1).language).toBe("python");
    expect(replayer.seek(2).language).toBe("go");
    expect(replayer.seek(3).language).toBe("java");
    expect(replayer.seek(2).language).toBe("go");
    replayer.destroy();
  });

  it("gives one colour per person, whatever their client ids, and marks unknown ones", () => {
    const people = participants(
      {
        "5": { id: "u-bob", name: "Bob" },
        "7": { id: "u-ada", name: "Ada" },
        "9": { id: "u-ada", name: "Ada" },
      },
      [
        { start: 0, end: 3, client: 9 },
        { start: 3, end: 4, client: 5 },
      ],
    );
    const ada = participantOf(people, 9);
    expect(ada.name).toBe("Ada");
    expect(participantOf(people, 7)).toBe(ada);
    expect(ada.clients.sort()).toEqual([7, 9]);
    const bob = participantOf(people, 5);
    expect(bob.color).not.toBe(ada.color);
    expect(ada.slot).toBe(0);
    expect(participantOf(people, 123)).toBe(UNKNOWN_AUTHOR);
  });
});

describe("playback controls", () => {
  it("waits the real gap between updates, shortened pauses, divided by the speed", () => {
    const times = [0, 100, 5100, 5200];
    expect(stepDelay(times, 1, 1)).toBe(100);
    expect(stepDelay(times, 1, 8)).toBe(16); // never below one frame
    expect(stepDelay(times, 2, 1)).toBe(MAX_GAP_MS);
    expect(stepDelay(times, 2, 4)).toBe(MAX_GAP_MS / 4);
    expect(stepDelay(times, 0, 1)).toBe(16);
    expect(stepDelay(times, 4, 1)).toBe(16);
  });

  it("jumps between runs, including several at one position", () => {
    const runs = [{ index: 2 }, { index: 5 }, { index: 5 }, { index: 9 }];
    expect(shownRun(runs, 0, null)).toBeNull();
    expect(jumpRun(runs, 0, null, "next")).toBe(0);
    expect(jumpRun(runs, 0, null, "prev")).toBeNull();
    expect(jumpRun(runs, 2, 0, "next")).toBe(1);
    expect(jumpRun(runs, 5, 1, "next")).toBe(2);
    expect(jumpRun(runs, 5, 2, "next")).toBe(3);
    expect(jumpRun(runs, 9, 3, "next")).toBeNull();
    expect(jumpRun(runs, 5, 2, "prev")).toBe(1);
    expect(jumpRun(runs, 7, 2, "prev")).toBe(2); // past its marker: back to it first
    expect(jumpRun(runs, 2, 0, "prev")).toBeNull();
    expect(shownRun(runs, 5, 1)).toBe(1);
    expect(shownRun(runs, 5, null)).toBe(2);
    expect(shownRun(runs, 7, 1)).toBe(2);
    expect(shownRun(runs, 20, null)).toBe(3);
  });
});
