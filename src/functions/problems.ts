/**
 * What a custom function reports when it cannot answer: a problem that is either one of src/rules' issues (unknown
 * labels with the closest known one, missing or unordered dates, unreadable values) or one of the few situations only
 * a formula has (an argument left empty, an activity with no limit), worded here in English and Latvian.
 */
import {
  FORMATTERS,
  formatIssue,
  issue,
  type ActivityRef,
  type Field,
  type Issue,
  type Language,
  type RuleId,
  type RuleParams,
} from "../rules";

/** The Excel error a problem becomes: #VALUE! for wrong or missing input, #N/A for an answer that does not exist. */
export type ErrorKind = "invalidValue" | "notAvailable";

export interface FunctionMessageParams {
  "sector-required": Record<string, never>;
  "country-required": Record<string, never>;
  "no-limit": { activity: ActivityRef; bound: "min" | "max" };
  "activity-ambiguous": { value: string; codes: readonly string[] };
}
export type FunctionMessageId = keyof FunctionMessageParams;

export type Problem =
  | { readonly from: "rules"; readonly issue: Issue; readonly kind: ErrorKind }
  | {
      readonly [M in FunctionMessageId]: {
        readonly from: "functions";
        readonly id: M;
        readonly params: FunctionMessageParams[M];
        readonly kind: ErrorKind;
      };
    }[FunctionMessageId];

/** A problem worded by src/rules. */
export function ruleProblem<R extends RuleId>(rule: R, params: RuleParams[R], field?: Field): Problem {
  return { from: "rules", issue: issue(rule, params, { activityId: "1", field }), kind: "invalidValue" };
}

export function functionProblem<M extends FunctionMessageId>(
  id: M,
  params: FunctionMessageParams[M],
  kind: ErrorKind = "invalidValue",
): Problem {
  return { from: "functions", id, params, kind } as Problem;
}

function activityName(ref: ActivityRef, language: Language): string {
  return FORMATTERS[language].activity(ref);
}

type Messages = { readonly [M in FunctionMessageId]: (params: FunctionMessageParams[M]) => string };

const MESSAGES: Readonly<Record<Language, Messages>> = {
  en: {
    "sector-required": () => "The sector is missing: expected VET, SCH or ADU.",
    "country-required": () => "The country is missing: expected a country name or code, e.g. DE or Germany.",
    "no-limit": ({ activity, bound }) =>
      `${activityName(activity, "en")} has no ${bound === "min" ? "minimum" : "maximum"} duration in the Programme Guide.`,
    "activity-ambiguous": ({ value, codes }) =>
      `"${value}" is a different activity in each sector (${codes.join(", ")}): give the sector as the second argument.`,
  },
  lv: {
    "sector-required": () => "Nav norādīts sektors: gaidīts VET, SCH vai ADU.",
    "country-required": () => "Nav norādīta valsts: gaidīts valsts nosaukums vai kods, piemēram, DE vai Vācija.",
    "no-limit": ({ activity, bound }) =>
      `${activityName(activity, "lv")}: Programmas ceļvedī ${bound === "min" ? "minimālais" : "maksimālais"} ilgums nav noteikts.`,
    "activity-ambiguous": ({ value, codes }) =>
      `“${value}” katrā sektorā ir cita aktivitāte (${codes.join(", ")}): norādiet sektoru kā otro argumentu.`,
  },
};

/** The sentence that explains `problem`, in `language`. */
export function formatProblem(problem: Problem, language: Language): string {
  if (problem.from === "rules") return formatIssue(problem.issue, language);
  const message = MESSAGES[language][problem.id] as (params: unknown) => string;
  return message(problem.params);
}

/**
 * What the logic throws; functions.ts turns it into `CustomFunctions.Error` (#VALUE! or #N/A with this message).
 * Outside Excel (tests, benches, the worksheet engine) it stays a plain Error.
 */
export class FunctionInputError extends Error {
  constructor(
    message: string,
    readonly kind: ErrorKind = "invalidValue",
  ) {
    super(message);
    this.name = "FunctionInputError";
  }
}

export function fail(problem: Problem, language: Language): never {
  throw new FunctionInputError(formatProblem(problem, language), problem.kind);
}
