/**
 * The rows that share a label (a person, a course title, a host's mentor, a group), found through a table of hashes of
 * the labels' keys in typed arrays rather than a map from every key: most labels of a 100,000-row plan are on one row
 * only (a name, a title), and a map would build a key string and an array for each. Rows whose hashes repeat are one
 * group when their labels are written alike; only otherwise are their keys built and compared.
 */
import { labelKey, labelKeyHash } from "../text";
import type { PreparedActivity } from "./context";

/** The hash of a key of no characters: its rows' labels may be alike and still no label (labelGroupPositions). */
const EMPTY = labelKeyHash("");

/**
 * The groups of at least `minSize` rows with the same key, each in row order, the groups in the order of their first
 * rows (as a map filled in row order would give them). `hashes` holds a hash of each row's key (equal keys, equal
 * hashes; a key "" hashes as labelKeyHash("") does), −1 to leave the row out: hashed by the caller, in a loop of its
 * own, as a call per row costs more than the hash. `keyOf` is the key itself, asked only of rows whose hash repeats,
 * rows whose key is "" left out; `labelOf`, a label whose being equal means the keys are.
 */
export function keyGroupPositions(
  hashes: Float64Array,
  keyOf: (index: number) => string,
  minSize: number,
  labelOf: (index: number) => string = keyOf,
): number[][] {
  const count = hashes.length;
  // Open addressing, at most half full: a slot holds its hash's first row + 1; the rows of a hash are chained in row
  // order (next row + 1, and on the first row its hash's last row + 1).
  const bits = Math.ceil(Math.log2(2 * count + 1));
  const mask = 2 ** bits - 1;
  const slots = new Int32Array(mask + 1);
  const next = new Int32Array(count);
  const last = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const hash = hashes[i];
    if (hash < 0) continue;
    let slot = Math.imul(hash, 0x9e3779b1) >>> (32 - bits);
    let first;
    while ((first = slots[slot]) !== 0 && hashes[first - 1] !== hash) slot = (slot + 1) & mask;
    if (first === 0) slots[slot] = first = i + 1;
    else next[last[first - 1] - 1] = i + 1;
    last[first - 1] = i + 1;
  }

  const groups: number[][] = [];
  for (let i = 0; i < count; i++) {
    // Only a hash's first row has its last row; its rows are counted first, so that a group is one array of its size.
    if (last[i] === 0) continue;
    let size = 1;
    for (let k = next[i]; k !== 0; k = next[k - 1]) size++;
    if (size < minSize) continue;
    const rows = new Array<number>(size);
    for (let k = i + 1, r = 0; k !== 0; k = next[k - 1]) rows[r++] = k - 1;
    const label = labelOf(i);
    let alike = hashes[i] !== EMPTY;
    for (let k = 1; alike && k < size; k++) alike = labelOf(rows[k]) === label;
    if (alike) {
      groups.push(rows);
      continue;
    }
    // Labels written differently: one key, or keys that only share a hash; the keys tell.
    const byKey = new Map<string, number[]>();
    for (const index of rows) {
      const key = keyOf(index);
      if (key === "") continue;
      const group = byKey.get(key);
      if (group) group.push(index);
      else byKey.set(key, [index]);
    }
    for (const group of byKey.values()) if (group.length >= minSize) groups.push(group);
  }
  // Groups split by key may start after the next hash's rows.
  return groups.sort((x, y) => x[0] - y[0]);
}

/**
 * The hash of each label's key (labelKeyHash), −1 for none: keyGroupPositions' `hashes`. A label that repeats the one
 * before (a group's rows, listed together) is not hashed again. Labels rather than items and a function to read them:
 * a call per row costs more than the hash of a short label.
 */
export function labelHashes(labels: readonly (string | undefined)[]): Float64Array {
  const hashes = new Float64Array(labels.length);
  let previous: string | undefined;
  let hash = -1;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label !== previous) {
      previous = label;
      hash = label === undefined ? -1 : labelKeyHash(label);
    }
    hashes[i] = hash;
  }
  return hashes;
}

/**
 * The groups of at least `minSize` items whose labels have the same comparison key (labelKey: case, diacritics and
 * spacing ignored), as groupByLabel gives them less the smaller groups, by the items' positions; items without a label
 * are left out. `hashes`, the labels' (labelHashes), when the caller has them already.
 */
export function labelGroupPositions<T>(
  items: readonly T[],
  labelOf: (item: T) => string | undefined,
  minSize: number,
  hashes = labelHashes(items.map(labelOf)),
): number[][] {
  const label = (i: number) => labelOf(items[i]) as string;
  return keyGroupPositions(hashes, (i) => labelKey(label(i)), minSize, label);
}

/** labelGroupPositions with the items rather than their positions. */
export function labelGroups<T>(
  items: readonly T[],
  labelOf: (item: T) => string | undefined,
  minSize: number,
  hashes?: Float64Array,
): T[][] {
  return labelGroupPositions(items, labelOf, minSize, hashes).map((group) => group.map((index) => items[index]));
}

const PARTICIPANT_HASHES = new WeakMap<readonly PreparedActivity[], Float64Array>();

/** labelHashes of the rows' participants, worked out once per plan: overlap and courses both group rows by person. */
export function participantHashes(activities: readonly PreparedActivity[]): Float64Array {
  let hashes = PARTICIPANT_HASHES.get(activities);
  if (!hashes) PARTICIPANT_HASHES.set(activities, (hashes = labelHashes(activities.map((a) => a.activity.participant))));
  return hashes;
}
