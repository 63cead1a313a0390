import type { PermissionFlags } from "../../room/contract.gen";
import type { components } from "./schema.gen";

/**
 * REST shapes come from the OpenAPI schema the server serves (`npm run gen:api` regenerates
 * schema.gen.ts); the WebSocket events from the socket contract (`npm run gen:events`,
 * src/room/contract.gen.ts). The few shapes not yet in either are written out below.
 */
type Schemas = components["schemas"];

export type RoomKind = Schemas["RoomKind"];
export type Role = Schemas["Role"];
export type User = Schemas["UserInfo"];
export type AuthConfig = Schemas["AuthConfig"];
export type LoginResponse = Schemas["DevLoginResponse"];
export type Room = Schemas["RoomResponse"];
export type Invite = Schemas["InviteResponse"];
export type JoinResponse = Schemas["JoinResponse"];
export type RoomLink = Schemas["RoomLinkResponse"];
export type RoomLinks = Schemas["RoomLinksResponse"];
/** What a shared address carries: a room link's key (`#k=`) or a personal invite (`#invite=`). */
export type Capability = { key: string } | { invite: string };
export type Notes = Schemas["Notes"];

/** The `permissions` object of the `session` event (and of room responses). */
export type Permissions = PermissionFlags;

/** `GET /api/rooms/{id}/history` and its parts, as the server's schema says. */
export type HistoryUpdate = components["schemas"]["HistoryUpdate"];
export type HistoryRun = components["schemas"]["RunSummary"];
export type History = components["schemas"]["RoomHistory"];
/** One entry of `GET /api/rooms/{id}/runs`. */
export type StoredRun = Schemas["StoredRun"];

export interface Diagnostic {
  line: number;
  column: number;
  end_line?: number | null;
  end_column?: number | null;
  message: string;
  code?: string | null;
}

export type Measurement = Schemas["Measurement"];
export type FunctionComplexity = Schemas["FunctionComplexity"];
/** What `POST /api/analyze` answers (and `analysis.result` carries). */
export type Analysis = Schemas["Analysis"];

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown[] };
}
