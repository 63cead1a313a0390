// Control sequences a program may print: CSI (colours, cursor moves), OSC (titles, links),
// two-byte ESC sequences, then any remaining C0/C1 control character except tab and newline.
// The server strips them too; doing it here as well means a misbehaving server can never
// drive the terminal-less output panel.
const CSI = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]/g;
const OSC = /(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g;
const ESC2 = /\u001b[ -/]*[0-~]?/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Removes ANSI/VT control sequences and control characters, keeping text, tabs and newlines. */
export function stripControl(text: string): string {
  return text
    .replace(/\r\n/g, "\n")
    .replace(OSC, "")
    .replace(CSI, "")
    .replace(ESC2, "")
    .replace(CONTROL, "");
}
