/** Below this width the output stacks under the editor and the side panels become tabs. */
export const NARROW_MAX_PX = 699.98;
export const NARROW_QUERY = `(max-width: ${NARROW_MAX_PX}px)`;

export interface PanelTab {
  id: string;
  label: string;
}

/** The tab the arrow keys move to (wrapping around), as in the WAI-ARIA tabs pattern. */
export function nextTab(tabs: PanelTab[], current: string, key: string): string | null {
  if (tabs.length === 0) return null;
  const at = Math.max(0, tabs.findIndex((t) => t.id === current));
  const step: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };
  let index: number;
  if (key === "Home") index = 0;
  else if (key === "End") index = tabs.length - 1;
  else if (key in step) index = (at + (step[key] ?? 0) + tabs.length) % tabs.length;
  else return null;
  return tabs[index]?.id ?? null;
}

/** The active tab: the chosen one while it is still shown, else the first. */
export function activeTab(tabs: PanelTab[], chosen: string | null): string | null {
  if (chosen !== null && tabs.some((t) => t.id === chosen)) return chosen;
  return tabs[0]?.id ?? null;
}
