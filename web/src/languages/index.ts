export { DEFAULT_LANGUAGE_ID, getLanguage, languageForFile, listLanguages } from "./registry";
export type { LanguageSpec } from "./registry";
