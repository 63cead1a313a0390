import { useThemeStore } from "./theme";

/** Switches between the light and the dark theme (remembered for next time). */
export function ThemeToggle() {
  const theme = useThemeStore((s) => s.theme);
  const toggle = useThemeStore((s) => s.toggle);
  const next = theme === "light" ? "dark" : "light";
  return (
    <button
      type="button"
      className="theme-toggle"
      data-testid="theme-toggle"
      data-theme={theme}
      aria-label={`Switch to the ${next} theme`}
      title={`Switch to the ${next} theme`}
      onClick={toggle}
    >
      {theme === "light" ? "☾ Dark" : "☀ Light"}
    </button>
  );
}
