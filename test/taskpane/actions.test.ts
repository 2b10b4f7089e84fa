/** The pane's actions report what the Excel layer says: unreadable saved data and errors, as statuses with parameters. */
import { createActions } from "../../src/taskpane/actions";
import { t } from "../../src/taskpane/i18n";
import { Store, initialState } from "../../src/taskpane/store";
import { createFakeExcel, fakeSheet, fakeWorkbook } from "../excel/fake-excel";
import { planSheet } from "../excel/plans";

function pane(data: ReturnType<typeof fakeWorkbook>) {
  const store = new Store(initialState("en", true));
  const actions = createActions(store, createFakeExcel(data));
  const status = () => (store.state.status ? t(store.state.language, store.state.status.key, store.state.status.params) : "");
  return { store, actions, status };
}

describe("pane actions", () => {
  it("say when part of the saved settings could not be read, and use the rest", async () => {
    const settings = new Map([["mobilityAudit.settings", JSON.stringify({ project: { sector: "SCH", start: 5 } })]]);
    const { store, actions, status } = pane(fakeWorkbook([planSheet("Plan", 3)], { settings }));
    await actions.load();
    expect(store.state.savedOverrides).toEqual({ sector: "SCH" });
    expect(store.state.status?.kind).toBe("info");
    expect(status()).toMatch(/^Part of the settings saved in this workbook could not be read/);
  });

  it("say when the record of earlier marks could not be read, on audit and on Clear", async () => {
    const settings = new Map<string, unknown>([["mobilityAudit.marks.0", '0/1:{"v":2,"s":{"x":{"n":"Plan","g":"tampered"}}}']]);
    const data = fakeWorkbook([planSheet("Plan", 20, { mistakeEvery: 3 })], { settings });
    const { store, actions, status } = pane(data);
    await actions.audit("sheet");
    expect(store.state.result?.recordUnreadable).toBe(true);
    expect(store.state.result?.highlighted).toBeGreaterThan(0);
    // The audit replaced the tampered record with its own: Clear can undo it.
    await actions.clear();
    expect(status()).toMatch(/^Marks removed\./);
    data.settings.set("mobilityAudit.marks.0", "garbage");
    await actions.clear();
    expect(status()).toMatch(/^The record of earlier marks could not be read/);
    expect(data.settings.size).toBe(0);
  });

  it("word an Excel refusal with its parameters, and again in the language switched to", async () => {
    const { store, actions, status } = pane(fakeWorkbook([fakeSheet("Budget", [["Item", "Cost"]])]));
    await actions.audit("sheet");
    expect(status()).toMatch(/^No plan table was found on sheet “Budget”: none of its first 30 rows/);
    store.set({ language: "lv" });
    expect(status()).toMatch(/^Lapā “Budget” plāna tabula netika atrasta: nevienā no tās pirmajām 30 rindām/);
  });
});
