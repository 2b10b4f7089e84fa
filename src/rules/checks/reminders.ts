/** Info-level reminders that hang on one activity type (rules-2026.md §4, last rows). */
import { rule, type RuleModule } from "../rule";
import type { ActivityCheck } from "./context";

const checkReminders: ActivityCheck = (a, _project, report) => {
  // PG26 p.109: pre-departure training is compulsory for long-term pupil mobility.
  if (a.type?.code === "LM-LONG-PUPILS") report.activity("long-pupil-pre-departure", a, {});
};

export default {
  rules: {
    "long-pupil-pre-departure": rule<Record<string, never>>({
      severity: "info",
      scope: "activity",
      field: "activity",
      source: "PG26 p.109",
      example: {},
      messages: {
        en: () => "Reminder: pre-departure training is compulsory for long-term pupil mobility.",
        lv: () => "Atgādinājums: izglītojamo ilgtermiņa mobilitātei ir obligāta apmācība pirms izbraukšanas.",
      },
    }),
  },
  activity: checkReminders,
} satisfies RuleModule;
