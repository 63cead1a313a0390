import { findLanguage, listLanguages } from "./registry";

export interface LanguagePickerProps {
  /** The room's language id (possibly one this app does not know). */
  value: string;
  /** False for observers and closed rooms: the picker shows the language but cannot change it. */
  editable: boolean;
  onChange: (language: string) => void;
}

/** The room's language, with its program's file name: a choice for editors, a label for others. */
export function LanguagePicker({ value, editable, onChange }: LanguagePickerProps) {
  const spec = findLanguage(value);
  return (
    <span className="language-picker">
      <select
        data-testid="language-picker"
        aria-label="The room's language"
        value={value}
        disabled={!editable}
        title={editable ? "Everyone in the room switches with you" : "Only editors can change it"}
        onChange={(e) => onChange(e.target.value)}
      >
        {spec === undefined && <option value={value}>Unknown ({value.slice(0, 40)})</option>}
        {listLanguages().map((l) => (
          <option key={l.id} value={l.id}>
            {l.label}
          </option>
        ))}
      </select>
      <code className="file-name" data-testid="file-name">
        {spec?.fileName ?? "?"}
      </code>
    </span>
  );
}
