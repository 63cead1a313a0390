import { create } from "zustand";
import type { User } from "../lib/api/types";

const STORAGE_KEY = "coderemote.auth";

interface Persisted {
  token: string | null;
  user: User;
}

interface AuthState {
  token: string | null;
  user: User | null;
  /** Signs in; a null token is a named guest (presence only, no server identity). */
  signIn: (token: string | null, user: User) => void;
  signOut: () => void;
}

// sessionStorage keeps the token for this tab only (gone when the tab closes) and never in a
// cookie or URL; absent outside a browser (unit tests), where the store is memory-only.
function storage(): Storage | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null;
  }
}

function load(): Persisted | null {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Persisted>;
    const token = typeof parsed.token === "string" ? parsed.token : null;
    if (parsed.user && typeof parsed.user.name === "string" && typeof parsed.user.id === "string") {
      return { token, user: parsed.user };
    }
  } catch {
    // A corrupted entry is treated as signed out.
  }
  return null;
}

const initial = load();

/** The signed-in user and their token (memory + sessionStorage). */
export const useAuthStore = create<AuthState>((set) => ({
  token: initial?.token ?? null,
  user: initial?.user ?? null,
  signIn: (token, user) => {
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ token, user }));
    set({ token, user });
  },
  signOut: () => {
    storage()?.removeItem(STORAGE_KEY);
    set({ token: null, user: null });
  },
}));
