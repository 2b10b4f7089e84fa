/**
 * Where an activity happens and where its participant comes from (PG26 p.33–34, 85, 91). Outgoing mobility goes to
 * another eligible country; invited experts and teachers in training come from another eligible country to the
 * beneficiary.
 */
import type { ActivityCheck } from "./context";

export const checkCountries: ActivityCheck = (a, project, report) => {
  if (a.type?.venue === "beneficiary") {
    const origin = a.sendingCountry;
    if (!origin) return;
    if (!origin.eligible) report.activity("country-not-eligible", a, { field: "sendingCountry", country: origin.code }, "sendingCountry");
    else if (project.country && origin.code === project.country.code) {
      report.activity("incoming-from-own-country", a, { activity: { family: a.type.family, sector: a.sector }, country: origin.code });
    }
    return;
  }
  const host = a.hostCountry;
  if (!host) return;
  if (!host.eligible) {
    report.activity("country-not-eligible", a, { field: "hostCountry", country: host.code }, "hostCountry");
    return;
  }
  const sending = a.sendingCountry ?? project.country;
  if (sending && sending.code === host.code) report.activity("host-same-as-sending", a, { country: host.code });
};
