/**
 * The one place that loads Monaco. Only the slim API, the Python grammar and the editor
 * features the product uses are imported (not `editor.main`, which brings ~80 languages),
 * and the editor worker is bundled by Vite, so nothing is fetched from a CDN.
 */
import * as monaco from "monaco-editor/esm/vs/editor/editor.api.js";
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker.js?worker";
import "monaco-editor/esm/vs/editor/browser/coreCommands.js";
import "monaco-editor/esm/vs/editor/contrib/bracketMatching/browser/bracketMatching.js";
import "monaco-editor/esm/vs/editor/contrib/clipboard/browser/clipboard.js";
import "monaco-editor/esm/vs/editor/contrib/comment/browser/comment.js";
import "monaco-editor/esm/vs/editor/contrib/cursorUndo/browser/cursorUndo.js";
import "monaco-editor/esm/vs/editor/contrib/find/browser/findController.js";
import "monaco-editor/esm/vs/editor/contrib/indentation/browser/indentation.js";
import "monaco-editor/esm/vs/editor/contrib/linesOperations/browser/linesOperations.js";
import "monaco-editor/esm/vs/editor/contrib/multicursor/browser/multicursor.js";
import "monaco-editor/esm/vs/editor/contrib/wordHighlighter/browser/wordHighlighter.js";
import "monaco-editor/esm/vs/editor/contrib/wordOperations/browser/wordOperations.js";
// Ctrl+M (Ctrl+Shift+M on a Mac): Tab moves the focus out of the editor (keyboard users).
import "monaco-editor/esm/vs/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js";
import * as cpp from "monaco-editor/esm/vs/basic-languages/cpp/cpp.js";
import * as go from "monaco-editor/esm/vs/basic-languages/go/go.js";
import * as java from "monaco-editor/esm/vs/basic-languages/java/java.js";
import * as javascript from "monaco-editor/esm/vs/basic-languages/javascript/javascript.js";
import * as python from "monaco-editor/esm/vs/basic-languages/python/python.js";
import * as typescript from "monaco-editor/esm/vs/basic-languages/typescript/typescript.js";
import { listLanguages } from "../languages/registry";

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

// Python has no language worker; the generic editor worker serves everything else.
self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

interface Grammar {
  conf: monaco.languages.LanguageConfiguration;
  language: monaco.languages.IMonarchLanguage;
}

/**
 * Monarch grammars (highlighting only, no language service or extra worker) by Monaco id,
 * bundled with the editor for the registry's languages.
 */
const GRAMMARS: Record<string, Grammar> = { python, javascript, typescript, cpp, java, go };

// Every other grammar Monaco ships, each a chunk of its own fetched only when a registry
// language names it: a language added to the registry alone is highlighted, after a round
// trip, without an import here.
const MORE_GRAMMARS = import.meta.glob<Grammar>([
  "/node_modules/monaco-editor/esm/vs/basic-languages/*/*.js",
  "!**/*.contribution.js",
]);

function setGrammar(id: string, grammar: Grammar): void {
  monaco.languages.setLanguageConfiguration(id, grammar.conf);
  monaco.languages.setMonarchTokensProvider(id, grammar.language);
}

// The bundled grammars are registered eagerly (the stock contributions would fetch each as a
// separate chunk after the editor opens: one more round trip before highlighting). A room
// can switch languages at any moment, so every registry language is ready at once.
for (const spec of listLanguages()) {
  const id = spec.monacoLanguage;
  monaco.languages.register({ id, extensions: [spec.extension], aliases: [spec.label] });
  const grammar = GRAMMARS[id];
  if (grammar !== undefined) {
    setGrammar(id, grammar);
    continue;
  }
  const load = MORE_GRAMMARS[`/node_modules/monaco-editor/esm/vs/basic-languages/${id}/${id}.js`];
  // Without a grammar the language is shown as plain text.
  void load?.().then((more) => setGrammar(id, more));
}

export { monaco };
