/**
 * Preparatory visits (PG26 p.91, 111–112, 131–132; SEED-003): at most 3 persons per visit, one visit per hosting
 * organisation, and never to prepare courses and training. A visit is the run of overlapping visit rows to one host.
 */
import { isoFromDayNumber } from "../dates";
import { labelKey } from "../text";
import type { CrossActivityCheck, PreparedActivity } from "./context";
import { dated, groupByLabel, overlapRuns } from "./intervals";

const MAX_PERSONS = 3;

export const checkPreparatoryVisits: CrossActivityCheck = (activities, _project, report) => {
  const visits = activities.filter((a) => a.family === "preparatory-visit");
  if (visits.length === 0) return;

  const visitsByHost = groupByLabel(visits, (a) => a.activity.hostOrganisation);
  // What each visited host receives besides visits, to tell a host that only receives courses.
  const familiesByHost = new Map<string, Set<string>>();
  const keys = new Map<string, string>();
  for (const a of activities) {
    const host = a.activity.hostOrganisation;
    if (a.family === undefined || a.family === "preparatory-visit" || host === undefined) continue;
    let key = keys.get(host);
    if (key === undefined) keys.set(host, (key = labelKey(host)));
    if (!visitsByHost.has(key)) continue;
    let families = familiesByHost.get(key);
    if (!families) familiesByHost.set(key, (families = new Set()));
    families.add(a.family);
  }

  for (const [hostKey, rows] of visitsByHost) {
    const host = rows[0].activity.hostOrganisation as string;
    const max = rows[0].limits?.maxTogether ?? MAX_PERSONS;
    const runs = overlapRuns(dated(rows)).map((run) => run.map((r) => r.item));
    // A row without dates cannot be placed in time: it is taken as part of the first visit rather than as another.
    const undated = rows.filter((r) => r.startDay === undefined || r.endDay === undefined || r.endDay < r.startDay);
    if (runs.length === 0) runs.push([]);
    runs[0].push(...undated);

    runs.forEach((visit: PreparedActivity[], index) => {
      if (visit.length > max) {
        for (const a of visit) report.activity("prep-visit-too-many", a, { host, count: visit.length, max });
      }
      if (index > 0) {
        const first = isoFromDayNumber(runs[0].find((r) => r.startDay !== undefined)?.startDay as number);
        for (const a of visit) report.activity("prep-visit-second", a, { host, first });
      }
    });

    const received = familiesByHost.get(hostKey);
    if (received && [...received].every((family) => family === "course")) {
      for (const a of rows) report.activity("prep-visit-courses-only", a, { host });
    }
  }
};
