/**
 * The shapes of the command's JSON output, as zod schemas: the `--json` report and the `--rules --json` catalog. The one
 * place they are described: format-json.ts and rules-table.ts build values of these types, docs/report.schema.json and
 * docs/rules.schema.json are generated from them (npm run docs), and the tests validate real output against them.
 */
import { z } from "zod";
import { HEADER_LABELS, type AuditField } from "../audit";
import { PROJECT_SETTINGS, RULE_IDS, SECTORS } from "../rules";
import { BUDGET_CATEGORIES, BUDGET_UNITS, MISSING_REASONS } from "../rules/funding";

const AUDIT_FIELDS = Object.keys(HEADER_LABELS) as AuditField[];
const SEVERITIES = ["error", "warning", "info"] as const;

const sheetName = z.string().min(1).describe("A worksheet's name, as in the workbook.");
const columnLetters = z
  .string()
  .regex(/^[A-Z]{1,3}$/)
  .describe('A column\'s letters ("A", "AB").');
const a1Cell = z
  .string()
  .regex(/^[A-Z]{1,3}[1-9][0-9]*$/)
  .describe('An A1 cell address ("F12").');
const sheetCellRef = z
  .string()
  .regex(/^.+![A-Z]{1,3}[1-9][0-9]*$/)
  .describe('A sheet and a cell, "Projekts!B3" (the sheet\'s name as written, not quoted).');
/** The project settings and the project number. */
const SETTING_KEYS = ["number", ...PROJECT_SETTINGS] as const;
const rowNumber = z.int().min(1).describe("A worksheet row number (1-based).");
const count = z.int().min(0);

export const TableSchema = z.strictObject({
  sheet: sheetName,
  headerRow: rowNumber.describe("The row of the table's header."),
  columns: z.partialRecord(z.enum(AUDIT_FIELDS), columnLetters).describe("Each recognised field's column."),
  unrecognised: z
    .array(
      z.strictObject({
        column: columnLetters,
        header: z.string().describe("The column's header as written."),
        duplicateOf: z.enum(AUDIT_FIELDS).optional().describe("Set when the column names a field another column already holds."),
      }),
    )
    .describe("The columns not read."),
});

export const IssueSchema = z.strictObject({
  sheet: sheetName.nullable().describe("null for project-level issues."),
  cell: a1Cell.nullable().describe("null for project-level issues."),
  row: rowNumber.nullable().describe("null for project-level issues."),
  field: z.string().nullable().describe("The activity field or project setting the issue is about."),
  rule: z.enum(RULE_IDS).describe("The rule's stable id."),
  severity: z.enum(SEVERITIES),
  message: z.string().min(1).describe("In the report's language."),
});

const euros = z.number().min(0).describe("EUR (whole euros in practice: every unit cost and payable daily rate is).");
const range = z
  .strictObject({ min: euros, max: euros })
  .describe("At the lowest and highest daily rates of the Guide's ranges; equal with a rates file (--rates).");

export const BudgetSchema = z
  .strictObject({
    currency: z.literal("EUR"),
    total: range.describe("The estimated grant: every line of every row."),
    categories: z
      .array(z.strictObject({ category: z.enum(BUDGET_CATEGORIES), amount: range }))
      .describe("Totals per budget category, in the Guide's order; categories without a line are absent."),
    byActivityType: z
      .array(
        z.strictObject({
          code: z
            .string()
            .describe('The activity type\'s code ("SM-JOB-SHDW"), or "accompanying" for accompanying persons\' rows naming none.'),
          amount: range,
        }),
      )
      .describe("Totals per activity type, in the order the plan first names them."),
    activities: z
      .array(
        z.strictObject({
          sheet: sheetName,
          row: rowNumber,
          lines: z.array(
            z.strictObject({
              category: z.enum(BUDGET_CATEGORIES),
              quantity: z.number().min(0),
              unit: z
                .enum(BUDGET_UNITS)
                .describe(
                  '"day-70": a day from the 15th, at 70 % of the base rate; "reinforced-participant": reinforced linguistic support.',
                ),
              amount: range,
            }),
          ),
        }),
      )
      .describe("Every activity row, in sheet and row order, with its budget lines."),
    missing: z
      .array(
        z.strictObject({
          sheet: sheetName.nullable().describe("null for a project-wide entry (the categories paid on real costs)."),
          row: rowNumber.nullable(),
          category: z.enum(BUDGET_CATEGORIES),
          why: z.enum(MISSING_REASONS),
        }),
      )
      .describe("What is not in the estimate, and why: never guessed, never left out silently."),
    assumptions: z.array(z.string().min(1)).describe("What the estimate took for granted, in the report's language."),
    warnings: z
      .array(
        z.strictObject({
          rule: z.literal("courses-limit-exceeded"),
          message: z.string().min(1),
          courses: range,
          limit: range,
          grant: range,
        }),
      )
      .describe("VET and SCH: the courses and training over their limit (PG26 p.86, 107)."),
  })
  .describe("The grant estimate (--budget): 2026 unit costs, PG26 p.98–102 (VET), 118–122 (SCH), 138–142 (ADU).");
export type JsonBudget = z.infer<typeof BudgetSchema>;

export const ReportSchema = z
  .strictObject({
    file: z.string().describe("The audited file, as given on the command line."),
    tables: z.array(TableSchema).describe("The planning tables found, one per sheet."),
    project: z
      .strictObject({
        sector: z.string().optional().describe("As written in the workbook or given with --sector."),
        call: z.string().optional().describe("The call round, as written or given with --call."),
        start: z.iso.date().optional().describe("Project start, an ISO date."),
        end: z.iso.date().optional().describe("Project end, an ISO date."),
        country: z.string().optional().describe("The beneficiary's country, as written or given with --sending-country."),
        action: z
          .string()
          .optional()
          .describe('KA121 or KA122, as written ("KA121-VET") or given with --action; absent: none given, and the KA122 rules apply.'),
      } satisfies Record<(typeof PROJECT_SETTINGS)[number], z.ZodType>)
      .describe("The project settings used: read from the workbook, or given on the command line (which wins)."),
    projectSources: z
      .partialRecord(z.enum(SETTING_KEYS), sheetCellRef)
      .describe(
        'Where each setting was read, as "Sheet!A1": the project number\'s cell, and for a setting taken from the number, that cell too (see projectNumber.gave). Absent: given on the command line, or not found.',
      ),
    projectNumber: z
      .strictObject({
        number: z.string().describe('The Erasmus+ project number, as the agency writes it ("2026-1-LV01-KA122-VET-000042917").'),
        cell: sheetCellRef,
        gave: z
          .array(z.enum(PROJECT_SETTINGS))
          .describe("The settings taken from the number: those no cell and no command-line option gave."),
      })
      .nullable()
      .describe("The project number found in the workbook (alone in a cell or in a title), or null."),
    settingsNotFound: z
      .array(
        z.strictObject({
          setting: z.enum(SETTING_KEYS),
          lookedFor: z.array(z.string()).describe("The labels looked for: name the setting's cell with one of them."),
          emptyLabel: sheetCellRef.optional().describe("The setting's label, found with no value beside or below it: fill it in."),
        }),
      )
      .describe("The settings found nowhere (no cell, no project number, no command-line option)."),
    issues: z.array(IssueSchema).describe("Project issues first, then by sheet, row and column."),
    summary: z
      .strictObject({ errors: count, warnings: count, info: count, rows: count.describe("Activity rows read.") })
      .describe("Issue counts by severity and the activity rows checked."),
    budget: BudgetSchema.optional(),
  })
  .meta({ title: "mobility-audit --json report" });
export type JsonReport = z.infer<typeof ReportSchema>;

export const RulesCatalogSchema = z
  .strictObject({
    activities: z.array(
      z.strictObject({
        sector: z.enum(SECTORS),
        code: z.string().min(1),
        en: z.string().min(1),
        lv: z.string().min(1),
        minDays: count.nullable().describe("Shortest duration in days (travel not counted); null when none."),
        maxDays: count.nullable().describe("Longest duration in days (travel not counted); null when none."),
        officialCode: z.boolean().describe("False where the code is this project's own (no official code was found)."),
      }),
    ),
  })
  .meta({ title: "mobility-audit --rules --json catalog" });
export type RulesCatalog = z.infer<typeof RulesCatalogSchema>;

/** The JSON Schema documents generated from these schemas, by their path in the repository. */
export function schemaDocuments(): Record<string, string> {
  const text = (schema: z.ZodType) => `${JSON.stringify(z.toJSONSchema(schema), null, 2)}\n`;
  return { "docs/report.schema.json": text(ReportSchema), "docs/rules.schema.json": text(RulesCatalogSchema) };
}
