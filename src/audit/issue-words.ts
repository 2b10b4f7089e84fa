/**
 * Issue messages worded once per rule and parameters in an audit: a mistake repeated down a column (one country on
 * every row of a full-height plan) is one sentence its issues share, not a copy of it per row.
 */
import { formatIssue, type Issue, type Language } from "../rules";

/** Sentences remembered at most: plans whose messages are all different (names in them) do not grow a map per row. */
const REMEMBERED = 4096;

/** The wording of issues in `language`; equal rule and parameters give the same string. */
export function issueWords(language: Language): (issue: Issue) => string {
  const worded = new Map<string, string>();
  return (issue) => {
    const key = wordingKey(issue);
    if (key === undefined) return formatIssue(issue, language);
    let message = worded.get(key);
    if (message === undefined) {
      if (worded.size >= REMEMBERED) worded.clear();
      worded.set(key, (message = formatIssue(issue, language)));
    }
    return message;
  };
}

/**
 * The rule and its parameters as one string, text with its length before it so that no two sets of parameters give
 * the same key; undefined when a parameter is not a plain value (an activity's reference: worded every time).
 */
function wordingKey(issue: Issue): string | undefined {
  let key: string = issue.rule;
  const params = issue.params as Readonly<Record<string, unknown>>;
  for (const name in params) {
    const value = params[name];
    if (typeof value === "string") key += ` ${name}=${value.length}:${value}`;
    else if (typeof value === "number" || typeof value === "boolean" || value === undefined) key += ` ${name}#${String(value)}`;
    else return undefined;
  }
  return key;
}
