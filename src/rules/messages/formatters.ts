/** Each language's formatter of messages, naming every country (the task pane's are in pane-formatters.ts). */
import { countryByCode } from "../countries";
import type { Language } from "../types";
import { EN_WORDS } from "./en";
import { formatterFor, type Formatter } from "./format";
import { LV_WORDS } from "./lv";

export const FORMATTERS: Readonly<Record<Language, Formatter>> = {
  en: formatterFor(EN_WORDS, countryByCode),
  lv: formatterFor(LV_WORDS, countryByCode),
};
