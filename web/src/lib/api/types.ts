/** REST and event payload shapes from the cross-team contract (notes/API.md). */

export type RoomKind = "shared" | "interview" | "solo";
export type Role = "owner" | "editor" | "viewer" | "interviewer" | "candidate";

export interface Permissions {
  edit: boolean;
  run: boolean;
  cancel: boolean;
  analyze: boolean;
  read_notes: boolean;
  write_notes: boolean;
  invite: boolean;
  revoke: boolean;
}

export interface User {
  id: string;
  name: string;
}

export interface AuthConfig {
  mode: "dev" | "cognito";
  cognito: { region: string; userPoolId: string; clientId: string } | null;
}

export interface LoginResponse {
  token: string;
  user: User;
}

export interface Room {
  id: string;
  kind: RoomKind;
  title: string | null;
  role: Role;
  created_at: string | number;
  permissions?: Permissions;
}

export interface Invite {
  id: string;
  token: string;
  url: string;
}

export interface Notes {
  text: string;
}

export interface HistoryUpdate {
  at: number;
  update: string;
}

export interface HistoryRun {
  run_id: string;
  at: number;
  by: User | string | null;
  verdict: string | null;
  code_hash: string;
}

export interface History {
  updates: HistoryUpdate[];
  runs: HistoryRun[];
}

export interface Diagnostic {
  line: number;
  column: number;
  end_line?: number | null;
  end_column?: number | null;
  message: string;
  code?: string | null;
}

export interface Measurement {
  n: number;
  seconds: number;
}

export interface FunctionComplexity {
  name: string;
  time: string;
  space: string;
  line: number;
}

export interface Analysis {
  source: "gemini" | "offline";
  time: string;
  space: string;
  functions: FunctionComplexity[];
  explanation: string;
  confidence: number;
  measurements: Measurement[] | null;
  fit: { class: string; points: Measurement[] } | null;
}

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown[] };
}
