import { type ReactNode, useRef, useState } from "react";
import { useMediaQuery } from "../app/useMediaQuery";
import { KeyboardHint } from "../editor/KeyboardHint";
import { activeTab, NARROW_QUERY, nextTab } from "./layout";

export interface RoomPanel {
  id: string;
  label: string;
  node: ReactNode;
  /** False leaves the panel (and its tab) out. */
  show?: boolean;
}

/**
 * The room's workspace: the editor with the side panels beside it, or, below 700 px, the
 * editor over the panels shown as tabs (the first, Run, holds the output). Panels keep their
 * place in the tree in both layouts, so switching never remounts them.
 */
export function RoomLayout({ editor, panels }: { editor: ReactNode; panels: RoomPanel[] }) {
  const narrow = useMediaQuery(NARROW_QUERY);
  const shown = panels.filter((p) => p.show !== false);
  const [chosen, setChosen] = useState<string | null>(null);
  const active = activeTab(shown, chosen);
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  const onKey = (key: string) => {
    const next = active === null ? null : nextTab(shown, active, key);
    if (next === null) return false;
    setChosen(next);
    tabRefs.current.get(next)?.focus();
    return true;
  };

  return (
    <div className="workspace" data-layout={narrow ? "stacked" : "side"} data-testid="workspace">
      <div className="editor-column">
        <KeyboardHint id="editor-keyboard-hint" />
        <div className="editor-pane">{editor}</div>
      </div>
      <aside className="side" data-testid="side-panels">
        {narrow && (
          <div className="panel-tabs" role="tablist" aria-label="Room panels">
            {shown.map((p) => (
              <button
                type="button"
                role="tab"
                key={p.id}
                id={`tab-${p.id}`}
                ref={(el) => {
                  if (el) tabRefs.current.set(p.id, el);
                  else tabRefs.current.delete(p.id);
                }}
                aria-selected={p.id === active}
                aria-controls={`tabpanel-${p.id}`}
                tabIndex={p.id === active ? 0 : -1}
                data-testid={`panel-tab-${p.id}`}
                onClick={() => setChosen(p.id)}
                onKeyDown={(e) => onKey(e.key) && e.preventDefault()}
              >
                {p.label}
              </button>
            ))}
          </div>
        )}
        {shown.map((p) => (
          <div
            key={p.id}
            id={`tabpanel-${p.id}`}
            className="panel-slot"
            data-testid={`panel-${p.id}`}
            role={narrow ? "tabpanel" : undefined}
            aria-labelledby={narrow ? `tab-${p.id}` : undefined}
            hidden={narrow && p.id !== active}
          >
            {p.node}
          </div>
        ))}
      </aside>
    </div>
  );
}
