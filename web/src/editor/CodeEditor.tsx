import { useEffect, useRef } from "react";
import { MonacoBinding } from "y-monaco";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import type { Diagnostic } from "../lib/api/types";
import { currentMonacoTheme } from "./editorTheme";
import { diagnosticsToMarkers, MARKER_OWNER } from "./markers";
import { monaco } from "./monacoSetup";

export interface CodeEditorProps {
  text: Y.Text;
  awareness: Awareness;
  /** Monaco's language id (highlighting), following the room's language. */
  language: string;
  /** The program's file name in the sandbox (`main.js`), named to screen readers. */
  fileName: string;
  readOnly: boolean;
  diagnostics: Diagnostic[];
  onRun: () => void;
  onEditor?: (editor: monaco.editor.IStandaloneCodeEditor | null) => void;
}

function editorLabel(fileName: string): string {
  return `${fileName}: the room's code`;
}

/** Monaco bound to the room's shared `Y.Text`, with remote cursors from awareness. */
export function CodeEditor(props: CodeEditorProps) {
  const { text, awareness, language, fileName, readOnly, diagnostics, onRun, onEditor } = props;
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onRunRef = useRef(onRun);
  onRunRef.current = onRun;

  useEffect(() => {
    if (host.current === null) return;
    const model = monaco.editor.createModel("", language);
    const editor = monaco.editor.create(host.current, {
      model,
      theme: currentMonacoTheme(),
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      tabSize: 4,
      insertSpaces: true,
      scrollBeyondLastLine: false,
      readOnly,
      renderValidationDecorations: "on",
      fixedOverflowWidgets: true,
      ariaLabel: editorLabel(fileName),
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => onRunRef.current());
    const binding = new MonacoBinding(text, model, new Set([editor]), awareness);
    editorRef.current = editor;
    onEditor?.(editor);
    return () => {
      onEditor?.(null);
      editorRef.current = null;
      binding.destroy();
      editor.dispose();
      model.dispose();
    };
    // The editor is created once per shared text; option changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, awareness]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly, domReadOnly: readOnly });
  }, [readOnly]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) monaco.editor.setModelLanguage(model, language);
    editorRef.current?.updateOptions({ ariaLabel: editorLabel(fileName) });
  }, [language, fileName]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const apply = () =>
      monaco.editor.setModelMarkers(model, MARKER_OWNER, diagnosticsToMarkers(diagnostics, model));
    apply();
    // Diagnostics can come before the document (after a reload, room.state can beat the
    // sync): a line the model does not have yet is clamped, so apply them again once it has.
    const lastLine = Math.max(0, ...diagnostics.map((d) => d.line));
    if (lastLine <= model.getLineCount()) return;
    const sub = model.onDidChangeContent(() => {
      if (model.getLineCount() < lastLine) return;
      apply();
      sub.dispose();
    });
    return () => sub.dispose();
  }, [diagnostics]);

  return (
    <div
      className="code-editor"
      ref={host}
      data-testid="editor"
      data-readonly={readOnly ? "true" : "false"}
    />
  );
}
