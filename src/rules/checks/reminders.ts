/** Info-level reminders that hang on one activity type (rules-2026.md §4, last rows). */
import type { ActivityCheck } from "./context";

export const checkReminders: ActivityCheck = (a, _project, report) => {
  // PG26 p.109: pre-departure training is compulsory for long-term pupil mobility.
  if (a.type?.code === "LM-LONG-PUPILS") report.activity("long-pupil-pre-departure", a, {});
};
