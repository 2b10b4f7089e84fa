/** What reads data back from the workbook (zod schemas): the stored-readers chunk's entry (stored-readers.ts). */
export { joinRecord, parseRecord } from "./read-record";
export { parseSettings } from "./stored-settings";
