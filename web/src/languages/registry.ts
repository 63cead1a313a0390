/**
 * Language registry: everything the app needs to know about a language in one entry, so
 * adding a language is adding one object here (plus its Monaco contribution import).
 */
export interface LanguageSpec {
  /** Stable id used in URLs and settings. */
  id: string;
  /** Human label. */
  label: string;
  /** Monaco language id for highlighting. */
  monacoLanguage: string;
  /** The server-side runner that executes this language. */
  runnerId: string;
  /** File extension (with dot) used for downloads and the model URI. */
  extension: string;
  /** Code put into a new, empty room. */
  starterCode: string;
}

const PYTHON: LanguageSpec = {
  id: "python",
  label: "Python 3",
  monacoLanguage: "python",
  runnerId: "python3",
  extension: ".py",
  starterCode: [
    "def main() -> None:",
    '    name = input("What is your name? ")',
    '    print(f"Hello, {name}!")',
    "",
    "",
    'if __name__ == "__main__":',
    "    main()",
    "",
  ].join("\n"),
};

const REGISTRY: ReadonlyMap<string, LanguageSpec> = new Map([[PYTHON.id, PYTHON]]);

/** The language a room uses when nothing else is said. */
export const DEFAULT_LANGUAGE_ID = PYTHON.id;

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

/** The language whose file extension matches `filename`, or undefined. */
export function languageForFile(filename: string): LanguageSpec | undefined {
  const lower = filename.toLowerCase();
  return listLanguages().find((spec) => lower.endsWith(spec.extension));
}
