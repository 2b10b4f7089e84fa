/**
 * Label resolution: what a coordinator wrote (English, Latvian or a code, in any case, with or without diacritics,
 * quotes and spaces) to the catalog's values. A miss carries the closest known label as a suggestion.
 */
import { ACTIVITY_TYPES, FAMILY_LABELS, activityTypeFor, type ActivityType } from "./catalog";
import { latvianForms } from "./latvian-forms";
import { ELIGIBLE_COUNTRIES, type Country } from "./programme-countries";
import { CALL_ROUNDS, type CallRound } from "./project-rules";
import { Vocabulary } from "./text";
import { ACTIVITY_FAMILIES, type Action, type ActivityFamily, type Language, type Role, type Sector } from "./types";

export type Resolution<T> = { readonly value: T } | { readonly value?: undefined; readonly suggestion?: string };

/** One resolution object per known value, shared (resolutions are read-only): a plan resolves 100,000 labels. */
const FOUND = new Map<unknown, Resolution<unknown>>();

export function resolveWith<T>(vocabulary: Vocabulary<T>, label: string): Resolution<T> {
  const value = vocabulary.get(label);
  if (value === undefined) return { suggestion: vocabulary.suggest(label) };
  let found = FOUND.get(value) as Resolution<T> | undefined;
  if (!found) FOUND.set(value, (found = { value }));
  return found;
}

/** Sector labels: codes, the Programme Guide's names, the Latvian names (SEED-000, SEED-003), action codes. */
export const SECTOR_LABELS: Readonly<Record<Sector, readonly string[]>> = {
  VET: [
    "VET",
    "Vocational education and training",
    "Vocational education",
    "PIA",
    "Profesionālā izglītība un apmācība",
    "Profesionālā izglītība",
    "Profesionālās izglītības sektors",
    "KA122-VET",
    "KA121-VET",
  ],
  SCH: ["SCH", "School education", "Schools", "Skolu izglītība", "Vispārējā izglītība", "Skolas", "KA122-SCH", "KA121-SCH"],
  ADU: ["ADU", "Adult education", "Adult learning", "Pieaugušo izglītība", "Pieaugušo izglītības sektors", "KA122-ADU", "KA121-ADU"],
};

const sectors = new Vocabulary<Sector>();
for (const [sector, labels] of Object.entries(SECTOR_LABELS)) sectors.add(sector as Sector, labels);

export function resolveSector(label: string): Resolution<Sector> {
  return resolveWith(sectors, label);
}

/** The sector a label names exactly, without suggesting one (a settings cell read for its value alone). */
export function sectorNamed(label: string): Sector | undefined {
  return sectors.get(label);
}

/** What an activity label names: a family, and the sector too when the label is sector-specific (a code, "ErasmusPro"). */
export interface ActivityLabel {
  readonly family: ActivityFamily;
  readonly sector?: Sector;
}

function activityLabelsOf(type: ActivityType): string[] {
  return [type.code, type.en, ...type.enAliases, type.lv, ...type.lvAliases];
}

/**
 * A label used by the same family in several sectors ("Job shadowing") names the family; a label used by one sector
 * only ("ErasmusPro", "LM-SHORT-VET") names that sector's entry. Family labels are added first so they win.
 */
function buildActivityVocabulary(): Vocabulary<ActivityLabel> {
  const vocabulary = new Vocabulary<ActivityLabel>();
  for (const family of ACTIVITY_FAMILIES) vocabulary.add({ family }, FAMILY_LABELS[family]);
  // Latvian learner wordings name no sector (rules-2026.md §1), even where one sector's entry lists them.
  for (const type of ACTIVITY_TYPES)
    if (type.participant === "learner") vocabulary.add({ family: type.family }, [type.lv, ...type.lvAliases]);
  const sectorsByLabel = new Map<string, { family: ActivityFamily; sectors: Set<Sector>; label: string }>();
  for (const type of ACTIVITY_TYPES) {
    for (const label of activityLabelsOf(type)) {
      const entry = sectorsByLabel.get(label) ?? { family: type.family, sectors: new Set<Sector>(), label };
      entry.sectors.add(type.sector);
      sectorsByLabel.set(label, entry);
    }
  }
  for (const { family, sectors: labelSectors, label } of sectorsByLabel.values()) {
    const sector = labelSectors.size === 1 ? [...labelSectors][0] : undefined;
    vocabulary.add(sector ? { family, sector } : { family }, [label]);
  }
  return vocabulary;
}

const activities = buildActivityVocabulary();

export function resolveActivityLabel(label: string): Resolution<ActivityLabel> {
  return resolveWith(activities, label);
}

export type ActivityResolution =
  | { readonly kind: "found"; readonly type: ActivityType }
  /**
   * Known label, but the sector does not offer it (a skills competition in SCH) or the label names another sector's
   * entry ("LM-SHORT-VET" in SCH); `label.sector` is the sector whose entry it is, when one is.
   */
  | { readonly kind: "not-in-sector"; readonly label: ActivityLabel }
  /** Known family, but no sector is known to pick the entry; `types` are the sector entries it could be. */
  | { readonly kind: "needs-sector"; readonly label: ActivityLabel; readonly types: readonly ActivityType[] }
  | { readonly kind: "unknown"; readonly suggestion?: string };

/** The one sector that offers a family (skills competitions: VET), so a message can name its entry; else none. */
function onlySectorOf(family: ActivityFamily): Sector | undefined {
  const sectors = new Set(ACTIVITY_TYPES.filter((t) => t.family === family).map((t) => t.sector));
  return sectors.size === 1 ? [...sectors][0] : undefined;
}

/** Resolutions of known labels, one object each (read-only), made on first use: no allocation per row. */
const FOUND_TYPES = new Map<ActivityType, ActivityResolution>();
const NOT_IN_SECTOR = new Map<ActivityLabel, ActivityResolution>();
const NEEDS_SECTOR = new Map<ActivityLabel, ActivityResolution>();

/** "Not in the sector", naming the label's own sector's entry (or the one sector that offers its family). */
function notInSector(named: ActivityLabel): ActivityResolution {
  let resolution = NOT_IN_SECTOR.get(named);
  if (!resolution) {
    const label = { family: named.family, sector: named.sector ?? onlySectorOf(named.family) };
    NOT_IN_SECTOR.set(named, (resolution = { kind: "not-in-sector", label }));
  }
  return resolution;
}

/**
 * Resolves an activity label to the catalog entry of `sector` (or of the sector the label itself names). The Latvian
 * learner wordings name no sector (catalog.ts FAMILY_LABELS), so they always resolve to the sector's own entry; a code
 * or an English name of another sector's entry ("LM-SHORT-VET" in a school plan) is not in the sector.
 */
export function resolveActivity(label: string, sector?: Sector): ActivityResolution {
  const found = resolveActivityLabel(label);
  if (found.value === undefined) return { kind: "unknown", suggestion: found.suggestion };
  const named = found.value;
  if (named.sector && sector && named.sector !== sector) return notInSector(named);
  const effectiveSector = sector ?? named.sector;
  if (!effectiveSector) {
    let resolution = NEEDS_SECTOR.get(named);
    if (!resolution) {
      resolution = { kind: "needs-sector", label: named, types: ACTIVITY_TYPES.filter((t) => t.family === named.family) };
      NEEDS_SECTOR.set(named, resolution);
    }
    return resolution;
  }
  const type = activityTypeFor(effectiveSector, named.family);
  if (!type) return notInSector(named);
  let resolution = FOUND_TYPES.get(type);
  if (!resolution) FOUND_TYPES.set(type, (resolution = { kind: "found", type }));
  return resolution;
}

/**
 * A vocabulary of countries: codes first (but `codesNotRead`), then names, aliases and the derived labels (`moreCodes`,
 * Latvian case forms), which are never suggested; a country's name never loses to another's alias or case form.
 */
export function countryVocabularyOf(
  list: readonly Country[],
  moreCodes: (country: Country) => string | undefined = () => undefined,
  codesNotRead: ReadonlySet<string> = new Set(),
): Vocabulary<Country> {
  const vocabulary = new Vocabulary<Country>();
  for (const c of list)
    vocabulary.add(
      c,
      [c.code, ...c.aliasCodes].filter((code) => !codesNotRead.has(code)),
    );
  for (const c of list) vocabulary.add(c, [c.en, c.lv]);
  for (const c of list) vocabulary.add(c, [...c.enAliases, ...c.lvAliases]);
  for (const c of list) {
    const code = moreCodes(c);
    const forms = [c.lv, ...c.lvAliases].flatMap(latvianForms);
    vocabulary.add(c, code ? [code, ...forms] : forms, { suggest: false });
  }
  return vocabulary;
}

let programmeCountries: Vocabulary<Country> | undefined;

/**
 * The Programme's countries only, as the beneficiary's country: for the task pane's settings, which need not carry
 * every country's names (resolveCountry in resolve-country.ts does, and is what the audit uses).
 */
export function resolveProgrammeCountry(label: string): Resolution<Country> {
  programmeCountries ??= countryVocabularyOf(ELIGIBLE_COUNTRIES);
  return resolveWith(programmeCountries, label);
}

/** Role labels, English and Latvian, including Mobility Tool+ wording ("Group Leader / Trainer / Facilitator"). */
export const ROLE_LABELS: Readonly<Record<Role, readonly string[]>> = {
  learner: [
    "Learner",
    "Pupil",
    "Student",
    "VET learner",
    "Apprentice",
    "Izglītojamais",
    "Izglītojamā",
    "Audzēknis",
    "Audzēkne",
    "Skolēns",
    "Skolniece",
    "Apguvējs",
    "Māceklis",
  ],
  staff: ["Staff", "Teacher", "Trainer", "Educator", "Personāls", "Darbinieks", "Skolotājs", "Skolotāja", "Pedagogs", "Pasniedzējs"],
  accompanying: [
    "Accompanying person",
    "Accompanying",
    "Accompanying staff",
    "Group leader",
    "Group leader / trainer / facilitator",
    "Pavadošā persona",
    "Pavadošais",
    "Pavadonis",
    "Pavadošais skolotājs",
    "Grupas vadītājs",
  ],
  expert: ["Expert", "Invited expert", "Eksperts", "Uzaicinātais eksperts"],
  "teacher-in-training": ["Teacher in training", "Educator in training", "Skolotājs praktikants", "Praktikants"],
};

/** Each role's name as a plan writes it, English and Latvian (a new plan's drop-down); each is one of ROLE_LABELS. */
export const ROLE_NAMES: Readonly<Record<Role, Readonly<Record<Language, string>>>> = {
  learner: { en: "Learner", lv: "Izglītojamais" },
  staff: { en: "Staff", lv: "Personāls" },
  accompanying: { en: "Accompanying person", lv: "Pavadošā persona" },
  expert: { en: "Invited expert", lv: "Uzaicinātais eksperts" },
  "teacher-in-training": { en: "Teacher in training", lv: "Skolotājs praktikants" },
};

const roles = new Vocabulary<Role>();
for (const [role, labels] of Object.entries(ROLE_LABELS)) roles.add(role as Role, labels);

export function resolveRole(label: string): Resolution<Role> {
  return resolveWith(roles, label);
}

const callRounds = new Vocabulary<CallRound>();
for (const round of CALL_ROUNDS) callRounds.add(round, [round.id, round.en, round.lv, ...round.aliases]);

/** Ordinal words for a round number, English and Latvian (without diacritics). */
const ROUND_ORDINALS: Readonly<Record<string, number>> = { first: 1, "1st": 1, pirma: 1, second: 2, "2nd": 2, otra: 2 };
const ROUND_WORDS = new Set(["round", "r", "karta", "kartas"]);

/**
 * A round written in words around its year and number, in any order ("2026 Round 1", "Round 1 2026", "Call 2026
 * round 2", "1. kārta 2026", "first round 2026"): the number next to "round"/"kārta" (or glued, "R1"), and the year,
 * which must be the round's own when given.
 */
function callRoundInText(label: string): CallRound | undefined {
  const words = label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\br(\d)\b/g, "r $1")
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
  let year: number | undefined;
  let round: number | undefined;
  words.forEach((word, i) => {
    if (/^20\d\d$/.test(word)) year = Number(word);
    else if (ROUND_ORDINALS[word] !== undefined && ROUND_WORDS.has(words[i + 1] ?? words[i - 1] ?? "")) round = ROUND_ORDINALS[word];
    else if (/^\d$/.test(word) && (ROUND_WORDS.has(words[i - 1] ?? "") || ROUND_WORDS.has(words[i + 1] ?? ""))) round = Number(word);
  });
  if (round === undefined) return undefined;
  return CALL_ROUNDS.find((r) => r.id.endsWith(`-R${round}`) && (year === undefined || r.year === year));
}

export function resolveCallRound(label: string): Resolution<CallRound> {
  const found = resolveWith(callRounds, label);
  if (found.value !== undefined) return found;
  const inText = callRoundInText(label);
  return inText ? { value: inText } : found;
}

/** Action labels: the codes (with a sector too, "KA121-VET"), and the names coordinators use in English and Latvian. */
export const ACTION_LABELS: Readonly<Record<Action, readonly string[]>> = {
  KA121: [
    "KA121",
    "KA121-VET",
    "KA121-SCH",
    "KA121-ADU",
    "Accredited projects",
    "Accredited project",
    "Accredited mobility project",
    "Erasmus accreditation",
    "Akreditētie projekti",
    "Akreditētais projekts",
    "Akreditēts projekts",
    "Akreditācijas projekts",
  ],
  KA122: [
    "KA122",
    "KA122-VET",
    "KA122-SCH",
    "KA122-ADU",
    "Short-term projects",
    "Short-term project",
    "Short-term mobility project",
    "Īstermiņa projekti",
    "Īstermiņa projekts",
    "Īstermiņa mobilitātes projekts",
  ],
};

const actions = new Vocabulary<Action>();
for (const [action, labels] of Object.entries(ACTION_LABELS)) actions.add(action as Action, labels);

/** The action code as a word of a longer text ("KA121 (akreditēts)", "Darbība KA122-SCH"). */
const ACTION_CODE = /(?:^|[^a-z0-9])ka\s*-?\s*(121|122)(?![0-9])/i;

/** The action a label names exactly ("KA122-VET", "Akreditēts projekts"), without suggesting or searching the text. */
export function actionNamed(label: string): Action | undefined {
  return actions.get(label);
}

export function resolveAction(label: string): Resolution<Action> {
  const found = resolveWith(actions, label);
  if (found.value !== undefined) return found;
  const code = ACTION_CODE.exec(label);
  return code ? { value: `KA${code[1]}` as Action } : found;
}
