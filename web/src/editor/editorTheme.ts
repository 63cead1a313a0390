import { type Theme, useThemeStore } from "../app/theme";
import { monaco } from "./monacoSetup";

/** Monaco's built-in theme for the app's theme. */
export function monacoTheme(theme: Theme): string {
  return theme === "light" ? "vs" : "vs-dark";
}

/** The Monaco theme to create an editor with (the app's current theme). */
export function currentMonacoTheme(): string {
  return monacoTheme(useThemeStore.getState().theme);
}

// Monaco's theme is global to every editor on the page: switch it with the app's theme.
useThemeStore.subscribe((s, before) => {
  if (s.theme !== before.theme) monaco.editor.setTheme(monacoTheme(s.theme));
});
