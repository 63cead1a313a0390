import { create } from "zustand";
import type { User } from "../lib/api/types";
import { tokenTimes } from "./token";

const STORAGE_KEY = "coderemote.auth";
const LAST_NAME_KEY = "coderemote.lastName";

/** Who issued the token: the development provider, Cognito, or none (a named guest). */
export type AuthProvider = "dev" | "cognito" | "guest";

/** What is kept across tabs and browser restarts. */
export interface Persisted {
  token: string | null;
  user: User;
  provider: AuthProvider;
}

interface AuthState {
  token: string | null;
  user: User | null;
  provider: AuthProvider | null;
  /** The display name to offer again when the sign-in could not be renewed. */
  lastName: string | null;
  /** True after a renewal was refused (until the next sign-in). */
  renewFailed: boolean;
  /** Signs in; a null token is a named guest (presence only, no server identity). */
  signIn: (token: string | null, user: User, provider?: AuthProvider) => void;
  /** A renewed token for the same user. */
  setToken: (token: string) => void;
  /** The sign-in could not be renewed: back to the sign-in screen, the name remembered. */
  expire: () => void;
  signOut: () => void;
}

// localStorage keeps the identity for every tab of this origin and across browser restarts,
// so a second tab or a reopened browser is the same user (and member of the same rooms). It
// is never put in a cookie or URL. Absent outside a browser (unit tests): memory-only there.
function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** Parses a stored entry; anything malformed reads as signed out. */
export function parsePersisted(raw: string | null): Persisted | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Persisted>;
    const token = typeof parsed.token === "string" ? parsed.token : null;
    const user = parsed.user;
    if (!user || typeof user.name !== "string" || typeof user.id !== "string") return null;
    const provider =
      parsed.provider === "dev" || parsed.provider === "cognito" || parsed.provider === "guest"
        ? parsed.provider
        : token === null
          ? "guest"
          : "dev";
    return { token, user: { id: user.id, name: user.name }, provider };
  } catch {
    return null;
  }
}

/** The identity stored by any tab of this browser (the freshest token written). */
export function loadPersisted(): Persisted | null {
  return parsePersisted(storage()?.getItem(STORAGE_KEY) ?? null);
}

function save(entry: Persisted | null): void {
  const store = storage();
  if (store === null) return;
  if (entry === null) store.removeItem(STORAGE_KEY);
  else store.setItem(STORAGE_KEY, JSON.stringify(entry));
}

const initial = loadPersisted();

/** The signed-in user and their token (memory + localStorage). */
export const useAuthStore = create<AuthState>((set, get) => ({
  token: initial?.token ?? null,
  user: initial?.user ?? null,
  provider: initial?.provider ?? null,
  lastName: storage()?.getItem(LAST_NAME_KEY) ?? null,
  renewFailed: false,
  signIn: (token, user, provider) => {
    const p: AuthProvider = provider ?? (token === null ? "guest" : "dev");
    save({ token, user, provider: p });
    storage()?.setItem(LAST_NAME_KEY, user.name);
    set({ token, user, provider: p, lastName: user.name, renewFailed: false });
  },
  setToken: (token) => {
    const { user, provider } = get();
    if (user === null || provider === null) return;
    save({ token, user, provider });
    set({ token });
  },
  expire: () => {
    save(null);
    set({ token: null, user: null, provider: null, renewFailed: true });
  },
  signOut: () => {
    save(null);
    set({ token: null, user: null, provider: null });
  },
}));

/** True when `candidate` outlives `current` (a later `exp`). */
export function outlives(candidate: string, current: string | null): boolean {
  if (current === null) return true;
  const a = tokenTimes(candidate).expiresAt;
  const b = tokenTimes(current).expiresAt;
  return a !== null && (b === null || a > b);
}

/**
 * Applies what another tab wrote: signing out or in as someone else applies here too; a
 * renewed token for the same user is taken when it outlives ours, so one tab's renewal
 * serves them all (an older one is ignored: switching would only reopen our sockets).
 */
export function applyStoredIdentity(entry: Persisted | null): void {
  const state = useAuthStore.getState();
  if (entry === null) {
    if (state.user !== null) useAuthStore.setState({ token: null, user: null, provider: null });
    return;
  }
  if (state.user === null || state.user.id !== entry.user.id) {
    useAuthStore.setState({ token: entry.token, user: entry.user, provider: entry.provider });
    return;
  }
  if (entry.token !== null && entry.token !== state.token && outlives(entry.token, state.token)) {
    useAuthStore.setState({ token: entry.token });
  }
}

if (typeof window !== "undefined") {
  window.addEventListener("storage", (e) => {
    if (e.key === STORAGE_KEY || e.key === null) applyStoredIdentity(loadPersisted());
  });
}
