/**
 * Command-line arguments, parsed with node:util parseArgs. Values of the project overrides are checked here, so a
 * typo on the command line is a usage error (exit 2), not a finding about the plan.
 */
import { parseArgs } from "node:util";
import { parseDateText, resolveAction, resolveCallRound, resolveCountry, resolveSector, type Language, type Project } from "../rules";
import { isLanguage } from "./language";

export const USAGE =
  "usage: mobility-audit [file.xlsx] [--json] [--lang en|lv] [--out copy.xlsx] [--sector VET|SCH|ADU] [--call 2026-R1|2026-R2] " +
  "[--project-start DATE] [--project-end DATE] [--sending-country CODE] [--action KA121|KA122] [--budget [--rates rates.json]]  |  " +
  "mobility-audit --template new.xlsx [--lang en|lv] [--sector …] [--action …] [project options]  |  mobility-audit --rules [--json] [--lang en|lv]";

export const HELP = `${USAGE}

Audits an Erasmus+ KA1 mobility plan (.xlsx) against the 2026 programme rules.
With no file, audits the example plan shipped with the tool (examples/planning-2026.xlsx).

  --json                   print the report (or, with --rules, the catalog) as JSON
  --lang en|lv             language of the report (default: from the system locale, else English)
  --out FILE.xlsx          write a copy with flagged cells filled and noted, and an "Audit" sheet
                           (the input file is never modified; FILE is a new name or a regular file,
                           never a pipe, device or folder, and not .xlsm: the copy has no macros)
  --sector VET|SCH|ADU     override the workbook's project settings: sector,
  --call ROUND             call round (2026-R1, 2026-R2),
  --project-start DATE     project start and end (2026-09-01 or 01.09.2026),
  --project-end DATE
  --sending-country CODE   the beneficiary's country (LV, Latvija, ...)
  --action KA121|KA122     and the action: accredited (KA121) or short-term (KA122) project;
                           without one, the workbook's, else KA122
  --budget                 also print the grant estimate (2026 unit costs), each line with its page
  --rates FILE.json        a national agency's daily rates for the estimate (implies --budget);
                           without it, the minimum and maximum of the Guide's ranges
  --template NEW.xlsx      write a new, empty plan workbook the audit reads as it is: a project block and
                           a plan table with drop-downs (activity types of --sector, roles, countries,
                           yes/no) and dates checked against the project period; headers in --lang;
                           the project options above fill its project block. NEW must not exist yet.
  --rules                  print the activity catalog (sector, code, names, min and max days)
  -h, --help               print this help

Relative paths are read from the folder the command is run in (through npm too).
Exit status: 0 no errors found, 1 errors found, 2 the file could not be audited (or a usage error),
128 + n stopped by signal n while writing --out (the unfinished copy is removed).`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type ParsedArgs =
  | { readonly command: "help" }
  | { readonly command: "rules"; readonly json: boolean; readonly language?: Language }
  | { readonly command: "template"; readonly out: string; readonly language?: Language; readonly project: Project }
  | {
      readonly command: "audit";
      readonly file?: string;
      readonly json: boolean;
      readonly language?: Language;
      readonly out?: string;
      /** --budget (or --rates): print the grant estimate after the audit. */
      readonly budget?: true;
      /** --rates: an agency's rates file for the estimate. */
      readonly rates?: string;
      /** Project settings given on the command line: they override the workbook's. */
      readonly project: Project;
    };

const OPTIONS = {
  json: { type: "boolean" },
  lang: { type: "string" },
  out: { type: "string" },
  sector: { type: "string" },
  call: { type: "string" },
  "project-start": { type: "string" },
  "project-end": { type: "string" },
  "sending-country": { type: "string" },
  action: { type: "string" },
  budget: { type: "boolean" },
  rates: { type: "string" },
  rules: { type: "boolean" },
  template: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** parseArgs' messages are long and end in advice about "--": keep the first sentence, reworded for the known cases. */
function usageMessage(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = String(message ?? error);
  const option = /'(-[^' ]+)/.exec(text)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option ${option}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    return /does not take/.test(text) ? `option ${option} takes no value` : `option ${option} needs a value`;
  }
  return text.split(/\.\s/, 1)[0];
}

function checkedDate(option: string, value: string): string {
  const iso = parseDateText(value);
  if (!iso) throw new UsageError(`--${option}: "${value}" is not a date (write 2026-09-01, 01.09.2026 or 1 Sep 2026)`);
  return iso;
}

function projectOverrides(values: Record<string, string | boolean | undefined>): Project {
  const project: { -readonly [K in keyof Project]: Project[K] } = {};
  const text = (name: string) => {
    const value = values[name];
    if (typeof value !== "string") return undefined;
    if (value.trim() === "") throw new UsageError(`option --${name} needs a value`);
    return value.trim();
  };
  const sector = text("sector");
  if (sector !== undefined) {
    const found = resolveSector(sector);
    if (!found.value) throw new UsageError(`--sector: unknown sector "${sector}" (VET, SCH or ADU)`);
    project.sector = found.value;
  }
  const call = text("call");
  if (call !== undefined) {
    const found = resolveCallRound(call);
    if (!found.value) throw new UsageError(`--call: unknown call round "${call}" (2026-R1 or 2026-R2)`);
    project.call = found.value.id;
  }
  const start = text("project-start");
  if (start !== undefined) project.start = checkedDate("project-start", start);
  const end = text("project-end");
  if (end !== undefined) project.end = checkedDate("project-end", end);
  const country = text("sending-country");
  if (country !== undefined) {
    const found = resolveCountry(country);
    if (!found.value) throw new UsageError(`--sending-country: unknown country "${country}"`);
    project.country = found.value.code;
  }
  const action = text("action");
  if (action !== undefined) {
    const found = resolveAction(action);
    if (!found.value) throw new UsageError(`--action: unknown action "${action}" (KA121 or KA122)`);
    project.action = found.value;
  }
  return project;
}

/** Parses argv (without node and the script). Throws UsageError for anything the command cannot run with. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const parse = () => parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    throw new UsageError(usageMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };

  let language: Language | undefined;
  if (values.lang !== undefined) {
    const lang = values.lang.trim().toLowerCase();
    if (!isLanguage(lang)) throw new UsageError(`--lang: "${values.lang}" is not a supported language (en or lv)`);
    language = lang;
  }
  const json = values.json ?? false;
  if (values.rules) {
    if (positionals.length > 0) throw new UsageError("--rules takes no file");
    return { command: "rules", json, ...(language ? { language } : {}) };
  }
  if (values.template !== undefined) {
    if (values.template.trim() === "") throw new UsageError("option --template needs a value");
    if (positionals.length > 0) throw new UsageError("--template takes no plan to audit: it writes a new one");
    if (values.out !== undefined || json || values.budget || values.rates !== undefined) {
      throw new UsageError("--template writes a workbook: --out, --json, --budget and --rates do not apply");
    }
    return { command: "template", out: values.template, ...(language ? { language } : {}), project: projectOverrides(values) };
  }
  if (positionals.length > 1) throw new UsageError(`one file at a time (got ${positionals.length})`);
  if (values.out !== undefined && values.out.trim() === "") throw new UsageError("option --out needs a value");
  if (values.rates !== undefined && values.rates.trim() === "") throw new UsageError("option --rates needs a value");
  return {
    command: "audit",
    ...(positionals[0] !== undefined ? { file: positionals[0] } : {}),
    json,
    ...(language ? { language } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.budget === true || values.rates !== undefined ? { budget: true as const } : {}),
    ...(values.rates !== undefined ? { rates: values.rates } : {}),
    project: projectOverrides(values),
  };
}
