/**
 * The rows that share a label (a person, a course title, a host's mentor), found by sorting hashes of the labels' keys
 * rather than by a map from every key: most labels of a 100,000-row plan are on one row only (a name, a title), and a
 * map would build a key string and an array for each. Only rows whose hashes repeat have their keys built and compared.
 */
import { labelKey, labelKeyHash } from "../text";

/**
 * Rows per hash in one sorted typed array (hash · positions + position, exact below 2^53): no map or array per row of
 * a 100,000-row plan. Past 2^21 rows the hash gives up low bits; rows that only share a hash are told apart by key.
 */
export function positionsFor(rows: number): { positions: number; shift: number } {
  const shift = Math.max(0, Math.ceil(Math.log2(rows + 1)) - 21);
  return { positions: 2 ** (21 + shift), shift };
}

/**
 * The groups of at least `minSize` items with the same key, each in item order, the groups in the order of their
 * first items (as a map filled in item order would give them). `hashOf` is a hash of the item's key (equal keys, equal
 * hashes), undefined to leave the item out; `keyOf` is the key itself, asked only of items whose hash repeats; items
 * whose key is "" are left out.
 */
export function keyGroups<T>(
  items: readonly T[],
  hashOf: (item: T) => number | undefined,
  keyOf: (item: T) => string,
  minSize: number,
): T[][] {
  return keyGroupPositions(items, hashOf, keyOf, minSize).map((group) => group.map((index) => items[index]));
}

/** keyGroups with the items' positions in `items` rather than the items. */
export function keyGroupPositions<T>(
  items: readonly T[],
  hashOf: (item: T) => number | undefined,
  keyOf: (item: T) => string,
  minSize: number,
): number[][] {
  if (items.length < minSize) return [];
  const { positions, shift } = positionsFor(items.length);
  const keys = new Float64Array(items.length);
  let count = 0;
  for (let i = 0; i < items.length; i++) {
    const hash = hashOf(items[i]);
    if (hash !== undefined) keys[count++] = (hash >>> shift) * positions + i;
  }
  const order = keys.subarray(0, count).sort();

  const groups: number[][] = [];
  for (let from = 0; from < order.length;) {
    const hash = Math.floor(order[from] / positions);
    let to = from + 1;
    while (to < order.length && Math.floor(order[to] / positions) === hash) to++;
    if (to - from >= minSize) {
      // The same hash: one key, or keys that only share a hash; the keys tell. Positions ascend within a hash.
      const byKey = new Map<string, number[]>();
      for (let k = from; k < to; k++) {
        const index = order[k] % positions;
        const key = keyOf(items[index]);
        if (key === "") continue;
        const group = byKey.get(key);
        if (group) group.push(index);
        else byKey.set(key, [index]);
      }
      for (const group of byKey.values()) if (group.length >= minSize) groups.push(group);
    }
    from = to;
  }
  return groups.sort((x, y) => x[0] - y[0]);
}

/**
 * The groups of at least `minSize` items whose labels have the same comparison key (labelKey: case, diacritics and
 * spacing ignored), as groupByLabel gives them less the smaller groups; items without a label are left out.
 */
export function labelGroups<T>(items: readonly T[], labelOf: (item: T) => string | undefined, minSize: number): T[][] {
  return labelGroupPositions(items, labelOf, minSize).map((group) => group.map((index) => items[index]));
}

/** labelGroups with the items' positions in `items` rather than the items. */
export function labelGroupPositions<T>(items: readonly T[], labelOf: (item: T) => string | undefined, minSize: number): number[][] {
  return keyGroupPositions(
    items,
    (item) => {
      const label = labelOf(item);
      return label === undefined ? undefined : labelKeyHash(label);
    },
    (item) => labelKey(labelOf(item) as string),
    minSize,
  );
}
