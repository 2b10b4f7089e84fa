/** Loading and saving the pane's settings in the workbook (ExcelApi 1.4 `workbook.settings`). */
import { queueSessionProbe } from "./session";
import { storedReaders } from "./stored-readers";
import { EMPTY_SETTINGS, type ExcelHost, type LoadedSettings, type StoredSettings } from "./types";

export const SETTINGS_KEY = "mobilityAudit.settings";

/** The saved settings; `ignored` when part of what was saved could not be read. Also primes the session cache. */
export async function loadStoredSettings(host: ExcelHost): Promise<LoadedSettings> {
  const readers = await storedReaders();
  return host.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    setting.load("value");
    const probe = queueSessionProbe(host, context, readers);
    await context.sync();
    const marked = probe();
    if (setting.isNullObject) return { ...EMPTY_SETTINGS, marked };
    const { settings, ignored } = readers.parseSettings(setting.value);
    return ignored ? { ...settings, ignored, marked } : { ...settings, marked };
  });
}

export async function saveStoredSettings(host: ExcelHost, settings: StoredSettings): Promise<void> {
  const { parseSettings } = await storedReaders();
  await host.run(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(parseSettings(settings).settings));
    await context.sync();
  });
}
