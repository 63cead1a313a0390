import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { DEFAULT_LANGUAGE_ID, findLanguage } from "../languages/registry";

/**
 * A room's language lives in its Y.Doc, beside the code (docs/protocol.md, "The room's
 * language"): the map `room`, key `language`. Every client sees a change at once, it is kept
 * and replayed with the document, and whoever may edit the code may change it.
 */
export const ROOM_MAP = "room";
export const LANGUAGE_KEY = "language";

/** The language id the document names (the default when it names none). */
export function readRoomLanguage(doc: Y.Doc): string {
  const value = doc.getMap<unknown>(ROOM_MAP).get(LANGUAGE_KEY);
  return typeof value === "string" ? value : DEFAULT_LANGUAGE_ID;
}

/**
 * Switches the room to `next`. The code is replaced by `next`'s starter when it is empty or
 * still exactly the previous language's starter (nothing of anyone's is lost); otherwise it
 * is kept. One transaction: everyone gets the language and the starter together.
 */
export function setRoomLanguage(doc: Y.Doc, text: Y.Text, next: string): void {
  const spec = findLanguage(next);
  if (spec === undefined) return;
  const previous = findLanguage(readRoomLanguage(doc));
  if (previous?.id === spec.id) return;
  doc.transact(() => {
    doc.getMap<unknown>(ROOM_MAP).set(LANGUAGE_KEY, spec.id);
    const code = text.toString();
    if (code.trim() === "" || (previous !== undefined && code === previous.starterCode)) {
      text.delete(0, text.length);
      text.insert(0, spec.starterCode);
    }
  });
}

/** The room's language id, following every change (local or remote). */
export function useRoomLanguage(doc: Y.Doc | null): string {
  const [language, setLanguage] = useState(() =>
    doc === null ? DEFAULT_LANGUAGE_ID : readRoomLanguage(doc),
  );
  useEffect(() => {
    if (doc === null) return;
    const map = doc.getMap<unknown>(ROOM_MAP);
    const update = () => setLanguage(readRoomLanguage(doc));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [doc]);
  return language;
}
