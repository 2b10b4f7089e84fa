/**
 * Preparatory visits (PG26 p.91, 111–112, 131–132; SEED-003: the limits are on p.91, 112, 132): at most 3 persons per visit, one visit per hosting
 * organisation, and never to prepare courses and training. A visit is the run of overlapping visit rows to one host.
 */
import { familyLimit } from "../catalog";
import { isoFromDayNumber } from "../dates";
import { englishCount } from "../messages/en";
import { latvianCount } from "../messages/lv";
import { rule, type RuleModule } from "../rule";
import type { CrossActivityCheck, PreparedActivity } from "./context";
import { LabelKeys, dated, groupByLabel, overlapRuns } from "./intervals";

/** For rows whose sector's entry is unknown: the catalog's limit, the same in every sector. */
const MAX_PERSONS = familyLimit("preparatory-visit", "maxTogether");

/** What a visited host receives besides visits: some activity that is no course, or courses only. */
interface Received {
  other: boolean;
}

const checkPreparatoryVisits: CrossActivityCheck = (activities, _project, report) => {
  // Indexed loops over all rows: they run once per audit, mostly before V8 optimises them, and a for-of step there
  // allocates an iterator result per row.
  const visits: PreparedActivity[] = [];
  for (let i = 0; i < activities.length; i++) if (activities[i].family === "preparatory-visit") visits.push(activities[i]);
  if (visits.length === 0) return;

  const keys = new LabelKeys();
  const visitsByHost = groupByLabel(visits, (a) => a.activity.hostOrganisation, keys);
  // What each visited host receives besides visits, to tell a host that only receives courses: per host label as
  // written, its host's record if the host is visited, else null (one look-up per row of 100,000).
  const receivedByHost = new Map<string, Received>();
  const receivedByLabel = new Map<string, Received | null>();
  // Once every visited host receives some activity that is no course, the rest of the rows cannot change a thing.
  let pending = visitsByHost.size;
  for (let i = 0; i < activities.length && pending > 0; i++) {
    const a = activities[i];
    const host = a.activity.hostOrganisation;
    if (a.family === undefined || a.family === "preparatory-visit" || host === undefined) continue;
    let received = receivedByLabel.get(host);
    if (received === undefined) {
      const key = keys.of(host);
      received = null;
      if (visitsByHost.has(key)) {
        received = receivedByHost.get(key) ?? { other: false };
        receivedByHost.set(key, received);
      }
      receivedByLabel.set(host, received);
    }
    if (received !== null && !received.other && a.family !== "course") {
      received.other = true;
      pending--;
    }
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
      if (max !== null && visit.length > max) {
        for (const a of visit) report.activity("prep-visit-too-many", a, { host, count: visit.length, max });
      }
      if (index > 0) {
        const first = isoFromDayNumber(runs[0].find((r) => r.startDay !== undefined)?.startDay as number);
        for (const a of visit) report.activity("prep-visit-second", a, { host, first });
      }
    });

    const received = receivedByHost.get(hostKey);
    if (received && !received.other) {
      for (const a of rows) report.activity("prep-visit-courses-only", a, { host });
    }
  }
};

export default {
  rules: {
    "prep-visit-too-many": rule<{ host: string; count: number; max: number }>({
      severity: "error",
      scope: "cross-activity",
      field: "hostOrganisation",
      source: "PG26 p.91, 112, 132",
      example: { host: "Berufskolleg Köln", count: 4, max: 3 },
      messages: {
        en: (p, f) => `${englishCount(p.count, "person", "persons")} on the preparatory visit to ${f.quote(p.host)}; at most ${p.max}.`,
        lv: (p, f) =>
          `Sagatavošanās vizītē uz ${f.quote(p.host)} dodas ${latvianCount(p.count, "persona", "personas")}; atļauts ne vairāk kā ${p.max}.`,
      },
    }),
    "prep-visit-second": rule<{ host: string; first: string }>({
      severity: "error",
      scope: "cross-activity",
      field: "hostOrganisation",
      source: "PG26 p.91, 112, 132; SEED-003",
      example: { host: "Berufskolleg Köln", first: "2026-07-06" },
      messages: {
        en: (p, f) => `A second preparatory visit to ${f.quote(p.host)} (the first starts ${f.date(p.first)}); only one visit per host.`,
        lv: (p, f) =>
          `Otra sagatavošanās vizīte uz ${f.quote(p.host)} (pirmā sākas ${f.date(p.first)}); katrai uzņēmējorganizācijai tikai viena vizīte.`,
      },
    }),
    "prep-visit-courses-only": rule<{ host: string }>({
      severity: "error",
      scope: "cross-activity",
      field: "hostOrganisation",
      source: "PG26 p.91, 111, 131",
      example: { host: "Europass Academy" },
      messages: {
        en: (p, f) => `The preparatory visit to ${f.quote(p.host)} prepares only courses and training, which preparatory visits may not.`,
        lv: (p, f) =>
          `Sagatavošanās vizīte uz ${f.quote(p.host)} gatavo tikai kursus un apmācības, kam sagatavošanās vizītes nav atļautas.`,
      },
    }),
  },
  crossActivity: checkPreparatoryVisits,
} satisfies RuleModule;
