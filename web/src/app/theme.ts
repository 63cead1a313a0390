import { create } from "zustand";

/** What the person chose: a fixed theme, or none yet (the system's preference decides). */
export type ThemeChoice = "light" | "dark" | null;
export type Theme = "light" | "dark";

export const THEME_KEY = "coderemote.theme";
const QUERY = "(prefers-color-scheme: light)";

/** The theme shown: the stored choice when there is one, else the system's preference. */
export function resolveTheme(choice: ThemeChoice, systemPrefersLight: boolean): Theme {
  return choice ?? (systemPrefersLight ? "light" : "dark");
}

/** Reads a stored choice; anything unexpected counts as no choice. */
export function parseChoice(raw: string | null): ThemeChoice {
  return raw === "light" || raw === "dark" ? raw : null;
}

function readChoice(): ThemeChoice {
  try {
    return parseChoice(globalThis.localStorage?.getItem(THEME_KEY) ?? null);
  } catch {
    return null; // storage disabled: follow the system
  }
}

function systemPrefersLight(): boolean {
  return globalThis.matchMedia?.(QUERY).matches ?? false;
}

interface ThemeState {
  choice: ThemeChoice;
  systemLight: boolean;
  theme: Theme;
  /** Switches to the other theme and remembers it in localStorage. */
  toggle: () => void;
}

export const useThemeStore = create<ThemeState>((set, get) => {
  const choice = readChoice();
  const systemLight = systemPrefersLight();
  return {
    choice,
    systemLight,
    theme: resolveTheme(choice, systemLight),
    toggle: () => {
      const next: Theme = get().theme === "light" ? "dark" : "light";
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // Not remembered, still switched.
      }
      set({ choice: next, theme: next });
    },
  };
});

/** Keeps `<html data-theme>` and the CSS color-scheme on the resolved theme, and follows the
 * system preference while there is no stored choice. Call once at start-up. */
export function installTheme(): void {
  const apply = (theme: Theme) => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  };
  apply(useThemeStore.getState().theme);
  useThemeStore.subscribe((s) => apply(s.theme));
  globalThis.matchMedia?.(QUERY).addEventListener("change", (e) => {
    const { choice } = useThemeStore.getState();
    useThemeStore.setState({ systemLight: e.matches, theme: resolveTheme(choice, e.matches) });
  });
}
