// Monaco's feature and language modules have no type declarations; they are imported only
// for their side effect of registering themselves.
declare module "monaco-editor/esm/vs/editor/browser/coreCommands.js";
declare module "monaco-editor/esm/vs/editor/contrib/*";
declare module "monaco-editor/esm/vs/basic-languages/*.js" {
  import type { languages } from "monaco-editor/esm/vs/editor/editor.api.js";
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage;
}
declare module "monaco-editor/esm/vs/editor/editor.worker.js?worker" {
  const WorkerFactory: new () => Worker;
  export default WorkerFactory;
}
