/**
 * Language registry: everything the app needs to know about a language in one entry. The
 * entries are the server's (sandbox/languages/registry.toml), exported to registry.gen.json by
 * `python -m sandbox.languages.export`: adding a language is adding it there (plus its Monaco
 * contribution import), never here.
 */
import generated from "./registry.gen.json";

export interface LanguageSpec {
  /** Stable id used in URLs and settings. */
  id: string;
  /** Human label. */
  label: string;
  /** Monaco language id for highlighting. */
  monacoLanguage: string;
  /** The server-side runner that executes this language. */
  runnerId: string;
  /** The program's file name in the sandbox (Main.java, main.go, ...). */
  fileName: string;
  /** File extension (with dot) used for downloads and the model URI. */
  extension: string;
  /** Whether a compile step runs before the program (its errors become markers). */
  compiled: boolean;
  /** Code put into a new, empty room. */
  starterCode: string;
}

const REGISTRY: ReadonlyMap<string, LanguageSpec> = new Map(
  generated.languages.map((spec): [string, LanguageSpec] => [spec.id, spec]),
);

/** The language a room uses when nothing else is said. */
export const DEFAULT_LANGUAGE_ID: string = generated.default;

/** All registered languages, in registration order. */
export function listLanguages(): LanguageSpec[] {
  return [...REGISTRY.values()];
}

/** The language with this id; throws for an unknown id so typos fail loudly. */
export function getLanguage(id: string): LanguageSpec {
  const spec = REGISTRY.get(id);
  if (spec === undefined) {
    throw new Error(`unknown language: ${id}`);
  }
  return spec;
}

/** The language with this id, or undefined (a room may name one this app does not know). */
export function findLanguage(id: string): LanguageSpec | undefined {
  return REGISTRY.get(id);
}

/**
 * Whether the server says when this language's program waits for input (`run.input_wanted`).
 * Only the Python agent can tell; a native program's input box stays open while it runs.
 */
export function announcesInputWaits(spec: LanguageSpec): boolean {
  return spec.runnerId === "python3";
}

/** The language whose file extension matches `filename`, or undefined. */
export function languageForFile(filename: string): LanguageSpec | undefined {
  const lower = filename.toLowerCase();
  return listLanguages().find((spec) => lower.endsWith(spec.extension));
}
