/**
 * The Erasmus+ project number (the grant agreement number), `YYYY-R-CCnn-KA1xx-SSS-nnnnnnnnn`: the call year, the
 * round, the national agency (its country and a number: LV01, EL01), the action, the sector and a serial (nine digits
 * in 2021–2027 numbers; six to nine are accepted). "2026-1-LV01-KA122-VET-000042917" is a KA122 VET project of the
 * 2026 call, round 1, of a Latvian beneficiary. Coordinators type it in lower case or with spaces around the hyphens.
 */
import type { Project } from "./activity";
import { resolveAction, resolveCallRound, resolveProgrammeCountry, resolveSector } from "./resolve";
import { ACTIONS, SECTORS, type Action, type ProjectSetting, type Sector } from "./types";

export interface ProjectNumber {
  /** As the national agency writes it: upper case, hyphens without spaces. */
  readonly text: string;
  readonly year: number;
  readonly round: number;
  /** The national agency's code ("LV01"); its first two letters are the beneficiary's country ("EL" for Greece). */
  readonly agency: string;
  readonly country: string;
  /** "KA122"; any KA1 action ("KA131", "KA153") is a project number, only KA121 and KA122 are audited. */
  readonly action: string;
  /** "VET", "SCH", "ADU"; other actions have other codes ("HED", "YOU"). */
  readonly sector: string;
  readonly serial: string;
}

/** Hyphens of any kind, with or without spaces around them. */
const DASH = String.raw`\s*[-‐‑–—]\s*`;
/** Not inside a longer word or number: "x2026-1-…" and "…-0000429170" are no project numbers. */
const PROJECT_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(20\d\d)${DASH}([1-9])${DASH}([A-Z]{2})(\d{2})${DASH}(KA1\d\d)${DASH}([A-Z]{3})${DASH}(\d{6,9})(?![\p{L}\p{N}])`,
  "iu",
);

/** The project number in a text, alone or in a title ("Erasmus+ projekts Nr. 2026-1-LV01-KA122-VET-000042917 …"). */
export function findProjectNumber(text: string): ProjectNumber | undefined {
  // A cheap test first: settings blocks are scanned cell by cell, and most cells hold no "KA1".
  if (!/ka/i.test(text)) return undefined;
  const match = PROJECT_NUMBER.exec(text);
  if (!match) return undefined;
  const [, year, round, country, agencyNumber, action, sector, serial] = match;
  const up = (s: string) => s.toUpperCase();
  const agency = up(country) + agencyNumber;
  return {
    text: [year, round, agency, up(action), up(sector), serial].join("-"),
    year: Number(year),
    round: Number(round),
    agency,
    country: up(country),
    action: up(action),
    sector: up(sector),
    serial,
  };
}

/** The project number a text is, and nothing else (spaces around it aside). */
export function parseProjectNumber(text: string): ProjectNumber | undefined {
  const found = findProjectNumber(text);
  if (!found) return undefined;
  const compact = (s: string) => s.replace(/[\s‐‑–—-]/g, "").toUpperCase();
  return compact(text) === compact(found.text) ? found : undefined;
}

/** Whether the audit covers the number's action (KA121, KA122); others are reported, and their activities still checked. */
export function isAuditedAction(action: string): action is Action {
  return (ACTIONS as readonly string[]).includes(action);
}

/**
 * The settings a project number gives: the call round, the beneficiary's country, and the action and sector when the
 * audit knows them (a KA131 number gives neither: the KA122 rules are applied, as for any plan without an action).
 */
export function settingsOfNumber(number: ProjectNumber): Project {
  return {
    call: `${number.year}-R${number.round}`,
    country: number.country,
    ...(isAuditedAction(number.action) ? { action: number.action } : {}),
    ...((SECTORS as readonly string[]).includes(number.sector) ? { sector: number.sector as Sector } : {}),
  };
}

export interface NumberConflict {
  readonly field: Exclude<ProjectSetting, "start" | "end">;
  /** The setting as written. */
  readonly value: string;
  /** What the project number says, as a code or a round id. */
  readonly expected: string;
}

/** What a setting means, to compare with the number's: codes and ids; undefined when the label is unknown. */
const MEANING: Readonly<Record<NumberConflict["field"], (label: string) => string | undefined>> = {
  sector: (label) => resolveSector(label).value,
  call: (label) => resolveCallRound(label).value?.id,
  country: (label) => resolveProgrammeCountry(label).value?.code,
  action: (label) => resolveAction(label).value,
};

/**
 * The settings written that contradict the project number. A label the audit cannot read is no contradiction (it is
 * reported as unknown on its own), and neither is a setting the number does not give (the sector of a KA131 number).
 */
export function numberConflicts(project: Project, number: ProjectNumber): NumberConflict[] {
  const fromNumber = settingsOfNumber(number);
  const conflicts: NumberConflict[] = [];
  for (const field of Object.keys(MEANING) as NumberConflict["field"][]) {
    const written = project[field];
    const expected = fromNumber[field];
    if (written === undefined || expected === undefined) continue;
    const meaning = MEANING[field];
    const mine = meaning(written);
    const theirs = meaning(expected) ?? expected;
    if (mine !== undefined && mine !== theirs) conflicts.push({ field, value: written, expected: theirs });
  }
  return conflicts;
}
