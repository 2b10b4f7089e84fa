/**
 * What the checks take: an activity (one row of a plan: one participant in one activity) and the project settings,
 * described by zod schemas. Labels stay as written (the checks resolve them and report unknown ones); dates are ISO
 * calendar dates, numbers are numbers, yes/no are booleans. Turning spreadsheet cells into these is src/audit's job.
 */
import { z } from "zod";
import { dayNumber } from "./dates";

// The task pane's Content-Security-Policy forbids evaluating code; without this, zod probes for it by compiling a function.
z.config({ jitless: true });

export const IsoDateSchema = z
  .string()
  .refine((value) => dayNumber(value) !== undefined, { message: "expected a calendar date as YYYY-MM-DD" });

const label = z.string().trim().min(1);

export const ActivitySchema = z.object({
  /** The caller's reference for the activity (the audit uses the sheet row); issues point back with it. */
  id: z.string(),
  participant: label.optional(),
  /** learner, staff, accompanying person, expert, teacher in training, in English or Latvian. */
  role: label.optional(),
  /** The row's own sector, if the sheet has a sector column; otherwise the project's sector applies. */
  sector: label.optional(),
  activity: label.optional(),
  start: IsoDateSchema.optional(),
  end: IsoDateSchema.optional(),
  /** A duration the sheet states; checked against the dates. */
  durationDays: z.number().finite().optional(),
  travelDays: z.number().finite().optional(),
  greenTravel: z.boolean().optional(),
  /** Where the participant comes from; for outgoing mobility the project's country applies when empty. */
  sendingCountry: label.optional(),
  hostCountry: label.optional(),
  hostOrganisation: label.optional(),
  group: label.optional(),
  mentor: label.optional(),
  course: label.optional(),
  fewerOpportunities: z.boolean().optional(),
  recentGraduate: z.boolean().optional(),
  graduationDate: IsoDateSchema.optional(),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const ProjectSchema = z.object({
  sector: label.optional(),
  /** Call round id or label ("2026-R1", "1. kārta"). */
  call: label.optional(),
  start: IsoDateSchema.optional(),
  end: IsoDateSchema.optional(),
  /** The beneficiary's (sending organisation's) country. */
  country: label.optional(),
});
export type Project = z.infer<typeof ProjectSchema>;

export const PlanSchema = z.object({
  project: ProjectSchema,
  activities: z.array(ActivitySchema),
});
export type Plan = z.infer<typeof PlanSchema>;
