/**
 * The readers of what the workbook stores (the settings, the mark record), loaded on first use as their own chunk,
 * stored-readers.js, so that zod is no part of the pane's start-up script (taskpane.js). Each operation that reads
 * stored data awaits them before its first sync and passes them down.
 */
import type * as Readers from "./readers";

export type StoredReaders = typeof Readers;

let loading: Promise<StoredReaders> | undefined;

export function storedReaders(): Promise<StoredReaders> {
  // A chunk that failed to load (the network) is tried again next time.
  loading ??= import(/* webpackChunkName: "stored-readers" */ "./readers").catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
