import { useAuthStore } from "../../auth/authStore";
import type {
  Analysis,
  ApiErrorBody,
  AuthConfig,
  Capability,
  History,
  Invite,
  JoinResponse,
  LoginResponse,
  Notes,
  Role,
  Room,
  RoomKind,
  RoomLink,
  RoomLinks,
  StoredRun,
} from "./types";

/** A failed REST call, carrying the contract's error code and a human message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds until a rate-limited request may be repeated (429), else null. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const inner = (value as { error: unknown }).error;
  return typeof inner === "object" && inner !== null && "message" in inner;
}

/** Turns a non-2xx response into an ApiError with the best message available. */
export async function errorFromResponse(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON: e.g. a proxy error page or an endpoint that does not exist yet.
  }
  if (isErrorBody(body)) {
    const header = Number(res.headers.get("Retry-After"));
    const retryAfter = Number.isFinite(header) && header > 0 ? header : null;
    return new ApiError(res.status, body.error.code, body.error.message, retryAfter);
  }
  const detail =
    typeof body === "object" && body !== null && "detail" in body
      ? String((body as { detail: unknown }).detail)
      : res.statusText || "request failed";
  const code = res.status === 404 ? "not_found" : `http_${res.status}`;
  return new ApiError(res.status, code, `${detail} (HTTP ${res.status})`);
}

/** Calls the REST API with the signed-in user's Bearer token and parses JSON. */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = useAuthStore.getState().token;
  if (token !== null) headers.set("Authorization", `Bearer ${token}`);
  if (init.body !== undefined && !headers.has("Content-Type")) {
    headers.set("Content-Type", "application/json");
  }
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers });
  } catch (err) {
    throw new ApiError(0, "network", `cannot reach the server: ${String(err)}`);
  }
  if (!res.ok) throw await errorFromResponse(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

const json = (body: unknown): RequestInit => ({ method: "POST", body: JSON.stringify(body) });
const room = (id: string, rest = "") => `/api/rooms/${encodeURIComponent(id)}${rest}`;

/** Typed wrappers for each REST endpoint of the contract. */
export const api = {
  authConfig: () => apiFetch<AuthConfig>("/api/auth/config"),
  devLogin: (name: string) => apiFetch<LoginResponse>("/api/auth/dev-login", json({ name })),
  createRoom: (kind: RoomKind, title?: string) =>
    apiFetch<Room>("/api/rooms", json(title ? { kind, title } : { kind })),
  getRoom: (id: string) => apiFetch<Room>(room(id)),
  createInvite: (id: string, role: Role, expiresIn = 86400) =>
    apiFetch<Invite>(room(id, "/invites"), json({ role, expires_in: expiresIn })),
  revokeInvite: (id: string, inviteId: string) =>
    apiFetch<void>(room(id, `/invites/${encodeURIComponent(inviteId)}`), { method: "DELETE" }),
  joinRoom: (id: string, capability: Capability) =>
    apiFetch<JoinResponse>(room(id, "/join"), json(capability)),
  links: (id: string) => apiFetch<RoomLinks>(room(id, "/links")),
  /** A new link for `role`: the old one stops working and its joiners are removed. */
  rotateLink: (id: string, role: Role) =>
    apiFetch<RoomLink>(room(id, `/links/${role}`), { method: "PUT" }),
  deleteLink: (id: string, role: Role) =>
    apiFetch<void>(room(id, `/links/${role}`), { method: "DELETE" }),
  getNotes: (id: string) => apiFetch<Notes>(room(id, "/notes")),
  putNotes: (id: string, text: string) =>
    apiFetch<Notes>(room(id, "/notes"), { method: "PUT", body: JSON.stringify({ text }) }),
  /** `GET /api/rooms/{id}/history`: updates, runs and the authors of its Yjs client ids. */
  history: (id: string) => apiFetch<History>(room(id, "/history")),
  runs: (id: string) => apiFetch<{ runs: StoredRun[] }>(room(id, "/runs")),
  analyze: (code: string, language = "python") =>
    apiFetch<Analysis>("/api/analyze", json({ code, language })),
};
