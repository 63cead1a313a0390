import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** y-websocket message type carrying our JSON application events. */
export const MESSAGE_APP_EVENT = 100;

import type { Diagnostic } from "../lib/api/types";
import type {
  ClientEvent as ContractClientEvent,
  Diagnostic as ContractDiagnostic,
  RunFinished as RunFinishedEvent,
  RunRejectedEvent,
  RunStarted as RunStartedEvent,
  ServerEvent,
} from "./contract.gen";

// The event types are generated from the server's contract (realtime/contract): see
// contract.gen.ts and `npm run gen:events`.
export type { RunFinishedEvent, RunRejectedEvent, RunStartedEvent, ServerEvent };

/** A client event as the web sends it: the request `id` is added by `RoomConnection.send`. */
export type ClientEvent = ContractClientEvent extends infer E
  ? E extends { id?: unknown }
    ? Omit<E, "id">
    : never
  : never;

/** A request with its correlation id, as it goes on the wire. */
export type WireClientEvent = ContractClientEvent;

/**
 * A diagnostic as the editor draws it: the contract's `Diagnostic`, or one from the REST API
 * (`kind` "syntax" when the program does not parse, else a policy refusal).
 */
export type RunDiagnostic = Diagnostic & { kind?: ContractDiagnostic["kind"] };

/** Encodes a client event as a binary type-100 frame: `[varuint 100][varString JSON]`. */
export function encodeAppEvent(event: WireClientEvent): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_APP_EVENT);
  encoding.writeVarString(encoder, JSON.stringify(event));
  return encoding.toUint8Array(encoder);
}

/**
 * Reads the JSON payload of a type-100 frame whose type varuint was already consumed.
 * Returns null for payloads that are not JSON objects with a string `type` (ignored, not fatal:
 * a newer server may send events this client does not know).
 */
export function readAppEventPayload(decoder: decoding.Decoder): ServerEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(decoding.readVarString(decoder));
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  if (typeof (value as { type?: unknown }).type !== "string") return null;
  return value as ServerEvent;
}

/** Decodes a whole frame; null when it is not a valid type-100 frame. */
export function decodeAppEvent(frame: Uint8Array): ServerEvent | null {
  try {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MESSAGE_APP_EVENT) return null;
    return readAppEventPayload(decoder);
  } catch {
    return null;
  }
}
