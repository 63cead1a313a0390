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
import { conf, language } from "monaco-editor/esm/vs/basic-languages/python/python.js";

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

// Python has no language worker; the generic editor worker serves everything else.
self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

// The Python grammar is registered eagerly (the stock contribution would fetch it as a
// separate chunk after the editor opens: one more round trip before highlighting).
monaco.languages.register({ id: "python", extensions: [".py"], aliases: ["Python", "py"] });
monaco.languages.setLanguageConfiguration("python", conf);
monaco.languages.setMonarchTokensProvider("python", language);

export { monaco };
