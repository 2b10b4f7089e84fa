/** The custom functions' bounded memories: label pairs, and MOBILITY_CHECK's answers keyed on the arguments as given. */

/**
 * sector text → activity text → value (an activity type's resolution): two hash lookups per call on the labels as
 * Excel passes them. Forgets everything when full (recalculation repeats the same few labels, so this rarely happens).
 */
export class PairCache<V> {
  private root = new Map<string, Map<string, V>>();
  private entries = 0;

  constructor(private readonly limit: number) {}

  get(sectorText: string, activityText: string): V | undefined {
    return this.root.get(sectorText)?.get(activityText);
  }

  remember(sectorText: string, activityText: string, resolved: V): V {
    if (this.entries >= this.limit) {
      this.root = new Map();
      this.entries = 0;
    }
    let bySector = this.root.get(sectorText);
    if (bySector === undefined) this.root.set(sectorText, (bySector = new Map()));
    bySector.set(activityText, resolved);
    this.entries++;
    return resolved;
  }
}

/**
 * MOBILITY_CHECK's answers by language and arguments, as a tree of maps keyed on the arguments themselves: Map keys
 * tell 46174 from "46174" and TRUE from "TRUE" without building a key string, so a repeated row costs seven lookups
 * and no allocation. Written out level by level: this is the hot path of a recalculation.
 */
type Level = Map<unknown, unknown>;

function below(node: Level, key: unknown): Level {
  let next = node.get(key) as Level | undefined;
  if (next === undefined) node.set(key, (next = new Map()));
  return next;
}

export class CheckCache {
  private root: Level = new Map();
  private entries = 0;

  constructor(private readonly limit: number) {}

  get(context: string, a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown): string | undefined {
    const n1 = this.root.get(context) as Level | undefined;
    if (n1 === undefined) return undefined;
    const n2 = n1.get(a) as Level | undefined;
    if (n2 === undefined) return undefined;
    const n3 = n2.get(b) as Level | undefined;
    if (n3 === undefined) return undefined;
    const n4 = n3.get(c) as Level | undefined;
    if (n4 === undefined) return undefined;
    const n5 = n4.get(d) as Level | undefined;
    if (n5 === undefined) return undefined;
    const n6 = n5.get(e) as Level | undefined;
    return n6 === undefined ? undefined : (n6.get(f) as string | undefined);
  }

  remember(context: string, a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown, answer: string): string {
    if (this.entries >= this.limit) {
      this.root = new Map();
      this.entries = 0;
    }
    below(below(below(below(below(below(this.root, context), a), b), c), d), e).set(f, answer);
    this.entries++;
    return answer;
  }
}

/** Error objects and other objects are not remembered: they are rare, and a key would keep them alive. */
export function rememberable(value: unknown): boolean {
  return typeof value !== "object" || value === null;
}
