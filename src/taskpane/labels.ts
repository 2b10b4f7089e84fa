/** Names the pane shows for fields and severities, in the pane's language. */
import { FIELDS, PROJECT_FIELDS, fieldName, type Field, type Language, type ProjectField, type Severity } from "../rules";
import { t } from "./i18n";

const KNOWN_FIELDS = new Set<string>([...FIELDS, ...PROJECT_FIELDS]);

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** A field name as a label ("Start date", "Sākuma datums"); unknown field names are shown as they are. */
export function fieldLabel(field: string | null, language: Language): string {
  if (field === null) return "";
  if (field === "accompanying") return t(language, "field.accompanying");
  if (field === "surname") return t(language, "field.surname");
  if (field === "period") return t(language, "field.period");
  if (KNOWN_FIELDS.has(field)) return capitalise(fieldName(field as Field | ProjectField, language));
  return field;
}

export function severityLabel(severity: Severity, language: Language): string {
  return t(language, `severity.${severity}`);
}
