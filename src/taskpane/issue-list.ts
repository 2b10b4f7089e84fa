/** The issues grouped by sheet row, paged for big audits, one tab stop; selecting one selects its cell (docs/architecture.md). */
import type { AuditIssue, AuditReport } from "../audit";
import type { Language } from "../rules";
import type { Actions } from "./actions";
import { h, replaceChildren, setText } from "./dom";
import { groupByRule, groupIssues, worstSeverity, type IssueGroup, type RuleGroup } from "./groups";
import { count, t } from "./i18n";
import { icon } from "./icons";
import { fieldLabel, severityLabel } from "./labels";
import { touched, type PaneState, type Store } from "./store";

/** Groups rendered at once, and per "Show more". */
export const PAGE = 100;

function issueItem(issue: AuditIssue, index: number, language: Language, reportLanguage: Language, selected: boolean): HTMLElement {
  const head = h(
    "span",
    { class: "issue-head" },
    h("span", { class: `badge badge-${issue.severity}` }, icon(issue.severity), severityLabel(issue.severity, language)),
    issue.field ? h("span", { class: "issue-field" }, fieldLabel(issue.field, language)) : null,
    h("span", { class: "issue-cell" }, issue.cell ?? t(language, "issue.noCell")),
  );
  // The message is in the audit's language (it changes once the audit is re-run after a switch).
  const text = h("span", { class: "issue-message", lang: reportLanguage }, issue.message);
  if (issue.sheet === null || issue.cell === null) {
    return h("li", null, h("div", { class: `issue issue-${issue.severity} issue-static` }, head, text));
  }
  return h(
    "li",
    null,
    h(
      "button",
      {
        type: "button",
        class: `issue issue-${issue.severity}`,
        "data-index": index,
        "data-cell": `${issue.sheet}!${issue.cell}`,
        tabindex: -1,
        "aria-current": selected ? "true" : false,
      },
      head,
      text,
    ),
  );
}

function groupElement(report: AuditReport, group: IssueGroup, language: Language, selected: number | null): HTMLElement {
  const title = group.sheet === null ? t(language, "list.project") : t(language, "list.row", { sheet: group.sheet, row: group.row ?? "" });
  const worst = worstSeverity(report.issues, group.issues);
  return h(
    "section",
    { class: "group", "data-group": group.key === "" ? "project" : `${group.sheet}!${group.row}` },
    h("h3", { class: "group-head" }, icon(worst), title),
    h(
      "ul",
      { class: "group-issues" },
      group.issues.map((index) => issueItem(report.issues[index], index, language, report.language, index === selected)),
    ),
  );
}

/**
 * One rule's issues: its field, how many cells, and its first message, expandable to every row (rendered when
 * first opened: a rule repeated on thousands of rows costs nothing until then).
 */
function ruleElement(report: AuditReport, group: RuleGroup, language: Language, selected: number | null): HTMLElement {
  const first = report.issues[group.issues[0]];
  const items = h("ul", { class: "group-issues" });
  const details = h(
    "details",
    {
      class: "rule",
      on: {
        toggle: () => {
          if (!details.open || items.firstChild) return;
          const fragment = document.createDocumentFragment();
          for (const index of group.issues)
            fragment.appendChild(issueItem(report.issues[index], index, language, report.language, index === selected));
          items.appendChild(fragment);
        },
      },
    },
    h(
      "summary",
      { class: "rule-head" },
      h("span", { class: `badge badge-${group.severity}` }, icon(group.severity), severityLabel(group.severity, language)),
      first.field ? h("span", { class: "issue-field" }, fieldLabel(first.field, language)) : null,
      h("span", { class: "rule-count" }, t(language, "list.ruleCount", { count: count(language, group.issues.length) })),
      h("span", { class: "rule-example", lang: report.language }, first.message),
    ),
    items,
  );
  return h("section", { class: "group", "data-rule": group.rule }, details);
}

export function createIssueList(store: Store<PaneState>, actions: Actions): HTMLElement {
  const heading = h("h2", { class: "visually-hidden", id: "issues-heading" });
  const hint = h("p", { class: "hint", id: "issues-hint", hidden: true });
  const list = h("div", { class: "issue-list", "data-testid": "issue-list", "data-state": "empty", "aria-describedby": "issues-hint" });
  const more = h("button", { type: "button", class: "button button-subtle show-more", "data-testid": "show-more" });

  let groups: IssueGroup[] = [];
  let shown = 0;
  let renders = 0;

  // Buttons inside a closed rule are not reachable: the arrow keys skip them.
  const issueButtons = (): HTMLButtonElement[] =>
    Array.from(list.querySelectorAll<HTMLButtonElement>("button.issue")).filter((button) => !button.closest("details:not([open])"));

  const views = (["row", "rule", "budget"] as const).map((view) =>
    h("button", {
      type: "button",
      class: "segment",
      "data-testid": `view-${view}`,
      on: { click: () => actions.setView(view) },
    }),
  );
  const viewSwitch = h("div", { class: "segments", role: "group" }, views);

  function setTabStop(button: HTMLButtonElement | null): void {
    const current = list.querySelector<HTMLButtonElement>('button.issue[tabindex="0"]');
    if (current && current !== button) current.tabIndex = -1;
    if (button) button.tabIndex = 0;
  }

  function appendPage(state: PaneState, size = PAGE): void {
    const report = state.result?.report;
    if (!report) return;
    const end = Math.min(groups.length, shown + size);
    const fragment = document.createDocumentFragment();
    for (let i = shown; i < end; i++) fragment.appendChild(groupElement(report, groups[i], state.language, state.selected));
    more.remove();
    list.appendChild(fragment);
    shown = end;
    if (shown < groups.length) {
      setText(more, t(state.language, "list.showMore", { count: count(state.language, groups.length - shown) }));
      list.appendChild(more);
    }
    if (!list.querySelector('button.issue[tabindex="0"]')) setTabStop(list.querySelector<HTMLButtonElement>("button.issue"));
  }

  function markDone(): void {
    const run = ++renders;
    list.setAttribute("data-state", "rendering");
    requestAnimationFrame(() => {
      // A list re-rendered during an audit (filter, language) is not the audit's list yet.
      if (run === renders) list.setAttribute("data-state", store.state.busy?.action === "auditing" ? "busy" : "done");
    });
  }

  /** The audit input the list shows: the same after a language switch reworded it (pages and scroll are kept then). */
  let shownInput: unknown = null;

  function render(state: PaneState): void {
    const report = state.result?.report;
    const input = state.result?.input ?? null;
    const reworded = input !== null && input === shownInput;
    const pages = reworded ? Math.max(PAGE, shown) : PAGE;
    // The row group at the top of the view, and where it is: after rewording it is put back there.
    const anchor = reworded
      ? Array.from(list.querySelectorAll<HTMLElement>("section[data-group]")).find((g) => g.getBoundingClientRect().bottom > 0)
      : undefined;
    const anchorKey = anchor?.getAttribute("data-group");
    const anchorTop = anchor?.getBoundingClientRect().top ?? 0;
    shownInput = input;
    viewSwitch.hidden = !report;
    // The Budget view (budget-slot.ts) stands in for the list.
    list.hidden = state.view === "budget";
    if (state.view === "budget") {
      hint.hidden = true;
      markDone();
      return;
    }
    if (report && state.view === "rule") {
      groups = [];
      shown = 0;
      const rules = groupByRule(report.issues, state.filter);
      replaceChildren(list, rules.length === 0 ? h("p", { class: "muted" }, t(state.language, "list.filteredOut")) : null);
      const fragment = document.createDocumentFragment();
      for (const rule of rules) fragment.appendChild(ruleElement(report, rule, state.language, state.selected));
      list.appendChild(fragment);
      hint.hidden = true;
      markDone();
      return;
    }
    groups = report ? groupIssues(report.issues, state.filter) : [];
    shown = 0;
    replaceChildren(list);
    hint.hidden = !report || report.issues.length === 0;
    if (!report) {
      renders++;
      list.setAttribute("data-state", "empty");
      return;
    }
    if (groups.length === 0 && report.issues.length > 0)
      list.appendChild(h("p", { class: "muted" }, t(state.language, "list.filteredOut")));
    appendPage(state, pages);
    // The same issues in another language: the coordinator stays where they were.
    const again = anchorKey ? list.querySelector(`section[data-group="${CSS.escape(anchorKey)}"]`) : null;
    if (again) window.scrollBy(0, again.getBoundingClientRect().top - anchorTop);
    markDone();
  }

  list.addEventListener("click", (event) => {
    const target = event.target as Element;
    if (target.closest(".show-more")) {
      const first = shown;
      appendPage(store.state);
      // Keep the keyboard where the new rows start.
      const next = list.querySelectorAll<HTMLElement>("section.group")[first]?.querySelector<HTMLButtonElement>("button.issue");
      if (next) {
        setTabStop(next);
        next.focus();
      }
      return;
    }
    const button = target.closest<HTMLButtonElement>("button.issue");
    if (button) {
      setTabStop(button);
      void actions.select(Number(button.getAttribute("data-index")));
    }
  });

  list.addEventListener("focusin", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button.issue");
    if (button) setTabStop(button);
  });

  list.addEventListener("keydown", (event) => {
    const current = (event.target as Element).closest<HTMLButtonElement>("button.issue");
    if (!current) return;
    const buttons = issueButtons();
    const at = buttons.indexOf(current);
    let next: number;
    switch (event.key) {
      case "ArrowDown":
        next = Math.min(buttons.length - 1, at + 1);
        break;
      case "ArrowUp":
        next = Math.max(0, at - 1);
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = buttons.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    setTabStop(buttons[next]);
    buttons[next].focus();
  });

  store.subscribe((state, changed) => {
    if (touched(changed, "language")) {
      setText(heading, t(state.language, "list.label"));
      setText(hint, t(state.language, "list.keyboardHint"));
      viewSwitch.setAttribute("aria-label", t(state.language, "list.view"));
      setText(views[0], t(state.language, "list.byRow"));
      setText(views[1], t(state.language, "list.byRule"));
      setText(views[2], t(state.language, "list.budget"));
    }
    if (touched(changed, "busy")) {
      const auditing = state.busy?.action === "auditing";
      list.setAttribute("aria-busy", String(auditing));
      if (auditing) {
        renders++;
        list.setAttribute("data-state", "busy");
      }
    }
    if (touched(changed, "view")) {
      views[0].setAttribute("aria-pressed", String(state.view === "row"));
      views[1].setAttribute("aria-pressed", String(state.view === "rule"));
      views[2].setAttribute("aria-pressed", String(state.view === "budget"));
    }
    if (touched(changed, "result", "filter", "language", "view")) {
      render(state);
    } else if (touched(changed, "selected")) {
      for (const button of list.querySelectorAll<HTMLButtonElement>('button.issue[aria-current="true"]'))
        button.removeAttribute("aria-current");
      if (state.selected !== null) list.querySelector(`button.issue[data-index="${state.selected}"]`)?.setAttribute("aria-current", "true");
    } else if (touched(changed, "busy") && !state.busy && list.getAttribute("data-state") === "busy") {
      // An audit that failed: the earlier list stands.
      markDone();
    }
  });

  return h("section", { class: "issues", "aria-labelledby": "issues-heading" }, heading, viewSwitch, hint, list);
}
