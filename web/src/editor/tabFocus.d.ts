// Monaco's tab focus mode (what Ctrl+M toggles) has no published type declaration.
declare module "monaco-editor/esm/vs/editor/browser/config/tabFocus.js" {
  export const TabFocus: {
    getTabFocusMode(): boolean;
    setTabFocusMode(on: boolean): void;
    onDidChangeTabFocus(listener: (on: boolean) => void): { dispose(): void };
  };
}
