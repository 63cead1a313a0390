/** Participant colours: distinct hues readable on the dark editor background. */
export const PALETTE = [
  "#e06c75",
  "#61afef",
  "#98c379",
  "#e5c07b",
  "#c678dd",
  "#56b6c2",
  "#d19a66",
  "#ff79c6",
] as const;

/** A stable colour for a Yjs client id. */
export function colorFor(clientId: number): string {
  return PALETTE[Math.abs(clientId) % PALETTE.length] ?? PALETTE[0];
}

/** Escapes any text into a quoted CSS string literal (hex escapes for anything not plain). */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    out += /[A-Za-z0-9 _.-]/.test(ch)
      ? ch
      : `\\${(ch.codePointAt(0) ?? 0x3f).toString(16).padStart(6, "0")}`;
  }
  return `${out}"`;
}

/** Only `#rrggbb` colours from peers reach our stylesheet; anything else gets a palette colour. */
export function safeColor(color: unknown, clientId: number): string {
  return typeof color === "string" && /^#[0-9a-fA-F]{6}$/.test(color) ? color : colorFor(clientId);
}

/** Names from peers are shown as text; cap their length so a label cannot cover the editor. */
export function safeName(name: unknown): string {
  if (typeof name !== "string") return "anonymous";
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").trim();
  return clean.slice(0, 32) || "anonymous";
}

/** CSS rules colouring one remote participant's selection and caret, with a name label. */
export function remoteCursorCss(clientId: number, name: string, color: string): string {
  const id = Math.trunc(clientId);
  return [
    `.yRemoteSelection-${id} { background-color: ${color}40; }`,
    `.yRemoteSelectionHead-${id} { position: absolute; border-left: 2px solid ${color};` +
      ` height: 100%; box-sizing: border-box; }`,
    `.yRemoteSelectionHead-${id}::after { content: ${cssString(name)}; position: absolute;` +
      ` top: -1.3em; left: -2px; padding: 0 4px; font-size: 11px; line-height: 1.3em;` +
      ` white-space: nowrap; color: #111; background: ${color}; border-radius: 3px 3px 3px 0;` +
      ` pointer-events: none; z-index: 10; }`,
  ].join("\n");
}
