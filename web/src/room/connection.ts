import * as decoding from "lib0/decoding";
import type * as encoding from "lib0/encoding";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { User } from "../lib/api/types";
import { colorFor, safeColor, safeName } from "./colors";
import {
  encodeAppEvent,
  MESSAGE_APP_EVENT,
  readAppEventPayload,
  type ClientEvent,
  type ServerEvent,
  type WireClientEvent,
} from "./events";
import { newRequestId } from "./requests";
import { PERMANENT_CLOSE_CODES, type ConnectionStatus, type Participant } from "./roomStore";

/** The name of the shared text in every room's Y.Doc (contract). */
export const CODE_TEXT = "code";
/** WebSocket subprotocol spoken by our server (contract). */
export const SUBPROTOCOL = "coderemote.v1";
/** After this many failed reconnects in a row the badge says "offline" instead. */
const OFFLINE_AFTER_FAILURES = 3;

/** `ws(s)://host/ws/rooms` for the page's origin. */
export function roomsServerUrl(loc: Pick<Location, "protocol" | "host">): string {
  const scheme = loc.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${loc.host}/ws/rooms`;
}

/** Subprotocols for the WebSocket: ours, plus the token when signed in (never the URL). */
export function roomProtocols(token: string | null): string[] {
  return token ? [SUBPROTOCOL, `auth.${token}`] : [SUBPROTOCOL];
}

export interface RoomConnectionCallbacks {
  onEvent: (event: ServerEvent) => void;
  onStatus: (status: ConnectionStatus) => void;
  onSynced: (synced: boolean) => void;
  onClosed: (code: number, reason: string) => void;
  onParticipants: (participants: Participant[]) => void;
}

type MessageHandler = (
  encoder: encoding.Encoder,
  decoder: decoding.Decoder,
  provider: WebsocketProvider,
  emitSynced: boolean,
  messageType: number,
) => void;

/**
 * One browser connection to a room: the Y.Doc, the stock y-websocket provider and our
 * type-100 application events riding on the same WebSocket.
 *
 * The document lives as long as the connection object: a new token (refresh, sign-in again)
 * or a permanent close only changes the socket, so whatever was typed meanwhile is sent by
 * y-websocket's sync step 1/2 on the next open socket and merges on the server.
 */
export class RoomConnection {
  readonly doc = new Y.Doc();
  readonly text: Y.Text;
  readonly provider: WebsocketProvider;
  private everConnected = false;
  private token: string | null;
  /** How the server last closed the socket for good, to show again when the room is. */
  private lastClose: { code: number; reason: string } | null = null;
  private readonly onOnline = (): void => this.reportStatus();
  private readonly onOffline = (): void => {
    // The browser says the network is gone: the socket is dead even if it does not know it
    // yet (y-websocket would find out after 30 s of silence). Start over at once, so edits
    // wait in the document and the socket is reopened as soon as the network is back.
    if (this.provider.shouldConnect && this.provider.ws !== null) {
      this.provider.disconnect();
      this.provider.connect();
    }
    this.reportStatus();
  };

  constructor(
    readonly roomId: string,
    token: string | null,
    user: User | null,
    private readonly callbacks: RoomConnectionCallbacks,
    serverUrl: string = roomsServerUrl(window.location),
  ) {
    this.token = token;
    this.text = this.doc.getText(CODE_TEXT);
    this.provider = new WebsocketProvider(serverUrl, roomId, this.doc, {
      protocols: roomProtocols(token),
      // Cross-tab BroadcastChannel would let a read-only tab leak edits into an editor tab
      // without the server's say; everything goes through the server instead.
      disableBc: true,
      maxBackoffTime: 2000,
      shouldReconnect: (event) => !PERMANENT_CLOSE_CODES.has(event.code),
    });
    const handlers = this.provider.messageHandlers as MessageHandler[];
    handlers[MESSAGE_APP_EVENT] = (_encoder, decoder) => {
      const event = readAppEventPayload(decoder);
      if (event !== null) this.callbacks.onEvent(event);
    };
    // y-protocols' permission-denied message ([2, 0, reason]); the close code follows.
    handlers[2] = (_encoder, decoder) => {
      if (decoding.readVarUint(decoder) === 0) {
        this.callbacks.onEvent({
          type: "error",
          code: "forbidden",
          message: decoding.readVarString(decoder),
        });
      }
    };
    this.setUser(user);
    this.provider.on("status", () => this.reportStatus());
    this.provider.on("sync", (synced: boolean) => this.callbacks.onSynced(synced));
    this.provider.on("closed", (event: { code: number; reason: string }) => {
      this.lastClose = { code: event.code, reason: event.reason };
      this.callbacks.onClosed(event.code, event.reason);
    });
    this.provider.awareness.on("change", () => this.reportParticipants());
    window.addEventListener("online", this.onOnline);
    window.addEventListener("offline", this.onOffline);
    this.reportParticipants();
  }

  /** Sends an application event; false when the socket is not open (nothing is queued). */
  send(event: ClientEvent): boolean {
    const ws = this.provider.ws;
    if (ws === null || !this.provider.wsconnected || ws.readyState !== WebSocket.OPEN) {
      return false;
    }
    ws.send(encodeAppEvent({ ...event, id: newRequestId(event) } as WireClientEvent));
    return true;
  }

  /** True while the server has closed the connection for good (until `reauth`/`retry`). */
  get closedForGood(): boolean {
    return !this.provider.shouldConnect;
  }

  /**
   * Carries on with a new token (refreshed, or signed in again) on the same document: the
   * socket is reopened with the new subprotocols and the sync merges both sides' edits.
   * Nothing happens when the token is the same and the socket is still wanted, or when the
   * server refused that very token (4401): it would be refused again, and its renewal
   * brings a new one.
   */
  reauth(token: string | null, user: User | null): void {
    this.setUser(user);
    const refused = this.closedForGood && this.lastClose?.code === 4401;
    if (token === this.token && (this.provider.shouldConnect || refused)) return;
    this.token = token;
    this.provider.disconnect();
    this.provider.protocols = roomProtocols(token);
    this.provider.connect();
  }

  /** Reconnects after a permanent close with the same token (e.g. access was restored). */
  retry(): void {
    if (!this.provider.shouldConnect) this.provider.connect();
  }

  /** Reports status, sync state and participants again (the room is shown anew). */
  reportAll(): void {
    this.reportStatus();
    this.callbacks.onSynced(this.provider.synced);
    if (this.closedForGood && this.lastClose !== null) {
      this.callbacks.onClosed(this.lastClose.code, this.lastClose.reason);
    }
    this.reportParticipants();
  }

  /** Stops the connection and frees the document. */
  destroy(): void {
    window.removeEventListener("online", this.onOnline);
    window.removeEventListener("offline", this.onOffline);
    this.provider.destroy();
    this.doc.destroy();
  }

  private setUser(user: User | null): void {
    this.provider.awareness.setLocalStateField("user", {
      name: safeName(user?.name),
      color: colorFor(this.doc.clientID),
      id: user?.id ?? null,
    });
  }

  private reportStatus(): void {
    const p = this.provider;
    let status: ConnectionStatus;
    if (p.wsconnected) {
      this.everConnected = true;
      status = "connected";
    } else if (!navigator.onLine || p.wsUnsuccessfulReconnects >= OFFLINE_AFTER_FAILURES) {
      status = "offline";
    } else {
      status = this.everConnected ? "reconnecting" : "connecting";
    }
    this.callbacks.onStatus(status);
  }

  private reportParticipants(): void {
    const self = this.doc.clientID;
    const list: Participant[] = [];
    this.provider.awareness.getStates().forEach((state, clientId) => {
      const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
      if (user === undefined) return;
      list.push({
        clientId,
        name: safeName(user.name),
        color: safeColor(user.color, clientId),
        isSelf: clientId === self,
      });
    });
    list.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
    this.callbacks.onParticipants(list);
  }
}
