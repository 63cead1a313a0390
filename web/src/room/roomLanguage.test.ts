import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getLanguage } from "../languages/registry";
import { LANGUAGE_KEY, readRoomLanguage, ROOM_MAP, setRoomLanguage } from "./roomLanguage";

function room(code: string): { doc: Y.Doc; text: Y.Text } {
  const doc = new Y.Doc();
  const text = doc.getText("code");
  text.insert(0, code);
  return { doc, text };
}

describe("the room's language", () => {
  it("is Python until someone chooses another", () => {
    const { doc } = room("");
    expect(readRoomLanguage(doc)).toBe("python");
    doc.getMap(ROOM_MAP).set(LANGUAGE_KEY, 42);
    expect(readRoomLanguage(doc)).toBe("python");
  });

  it("replaces the previous language's untouched starter, or an empty document", () => {
    const { doc, text } = room(getLanguage("python").starterCode);
    setRoomLanguage(doc, text, "javascript");
    expect(readRoomLanguage(doc)).toBe("javascript");
    expect(text.toString()).toBe(getLanguage("javascript").starterCode);

    text.delete(0, text.length);
    setRoomLanguage(doc, text, "go");
    expect(text.toString()).toBe(getLanguage("go").starterCode);
  });

  it("keeps code someone wrote, and ignores unknown ids", () => {
    const mine = 'print("mine")\n';
    const { doc, text } = room(mine);
    setRoomLanguage(doc, text, "cpp");
    expect(readRoomLanguage(doc)).toBe("cpp");
    expect(text.toString()).toBe(mine);
    setRoomLanguage(doc, text, "cobol");
    expect(readRoomLanguage(doc)).toBe("cpp");
  });

  it("reaches another document as one update, language and starter together", () => {
    const a = room("");
    const b = new Y.Doc();
    const updates: Uint8Array[] = [];
    a.doc.on("update", (u: Uint8Array) => updates.push(u));
    setRoomLanguage(a.doc, a.text, "java");
    expect(updates).toHaveLength(1);
    for (const u of updates) Y.applyUpdate(b, u);
    expect(readRoomLanguage(b)).toBe("java");
    expect(b.getText("code").toString()).toBe(getLanguage("java").starterCode);
  });
});
