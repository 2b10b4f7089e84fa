/** The three commands: Audit sheet (the active sheet), Audit workbook (every sheet), Clear (restore fills, remove notes). */
import type { Actions } from "./actions";
import { h, setText } from "./dom";
import { t, type UiKey } from "./i18n";
import { touched, type PaneState, type Store } from "./store";

interface Command {
  readonly key: UiKey;
  readonly hint: UiKey;
  readonly testId: string;
  readonly primary: boolean;
  readonly run: () => void;
}

export function createToolbar(store: Store<PaneState>, actions: Actions): HTMLElement {
  const commands: Command[] = [
    {
      key: "action.auditSheet",
      hint: "action.auditSheet.hint",
      testId: "audit-sheet",
      primary: true,
      run: () => void actions.audit("sheet"),
    },
    {
      key: "action.auditWorkbook",
      hint: "action.auditWorkbook.hint",
      testId: "audit-workbook",
      primary: false,
      run: () => void actions.audit("workbook"),
    },
    { key: "action.clear", hint: "action.clear.hint", testId: "clear", primary: false, run: () => void actions.clear() },
  ];
  const buttons = commands.map((command) =>
    h("button", {
      type: "button",
      class: command.primary ? "button button-primary" : "button",
      "data-testid": command.testId,
      on: { click: command.run },
    }),
  );
  const group = h("div", { class: "toolbar", role: "group" }, buttons);

  store.subscribe((state, changed) => {
    if (touched(changed, "language")) {
      group.setAttribute("aria-label", t(state.language, "actions.label"));
      commands.forEach((command, i) => {
        setText(buttons[i], t(state.language, command.key));
        buttons[i].title = t(state.language, command.hint);
      });
    }
    if (touched(changed, "busy", "marked")) {
      // While Excel works, commands wait; the rest of the pane (list, filters, language) stays usable. Clear waits
      // for something to clear.
      buttons.forEach((button, i) => (button.disabled = state.busy !== null || (commands[i].testId === "clear" && state.marked === false)));
      group.setAttribute("aria-busy", String(state.busy !== null));
    }
  });
  return group;
}

/** "+ New plan sheet": a quieter command under the toolbar, for starting a plan rather than checking one. */
export function createNewPlanButton(store: Store<PaneState>, actions: Actions): HTMLElement {
  const button = h("button", {
    type: "button",
    class: "button button-subtle new-plan",
    "data-testid": "new-plan",
    on: { click: () => void actions.newPlanSheet() },
  });
  store.subscribe((state, changed) => {
    if (touched(changed, "language")) {
      setText(button, t(state.language, "action.newPlan"));
      button.title = t(state.language, "action.newPlan.hint");
    }
    if (touched(changed, "busy")) button.disabled = state.busy !== null;
  });
  return button;
}

/** "Check as I type": a switch beside "+ New plan sheet"; after an audit, edits are checked as they are made. */
export function createLiveSwitch(store: Store<PaneState>, actions: Actions): HTMLElement {
  const input = h("input", {
    type: "checkbox",
    role: "switch",
    "data-testid": "live-switch",
    on: { change: () => void actions.setLive(input.checked) },
  });
  const text = h("span", null);
  const label = h("label", { class: "live-switch" }, input, text);
  store.subscribe((state, changed) => {
    if (touched(changed, "language")) {
      setText(text, t(state.language, "live.label"));
      label.title = t(state.language, "live.hint");
    }
    if (touched(changed, "liveOn")) input.checked = state.liveOn;
    if (touched(changed, "live")) label.classList.toggle("live-on", state.live);
  });
  return label;
}
