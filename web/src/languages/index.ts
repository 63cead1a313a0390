export {
  announcesInputWaits,
  DEFAULT_LANGUAGE_ID,
  findLanguage,
  getLanguage,
  languageForFile,
  listLanguages,
} from "./registry";
export type { LanguageSpec } from "./registry";
