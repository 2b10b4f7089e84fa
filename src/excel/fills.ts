/** Cell fills as the add-in reads, compares and restores them: "no fill" (null) is not white. */

export interface Fill {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor?: string;
}
/** A cell's own fill before the audit; null is "no fill", which is not white. */
export type Prior = Fill | null;

const GRADIENTS = new Set(["LinearGradient", "RectangularGradient"]);

/** A loaded fill; undefined when Excel reports it as mixed or missing. */
export function fillOf(color: unknown, pattern: unknown, patternColor?: unknown): Prior | undefined {
  if (typeof color !== "string" || typeof pattern !== "string") return undefined;
  if (pattern === "None") return null;
  const fill: { color: string; pattern: string; patternColor?: string } = { color: color.toUpperCase(), pattern };
  if (pattern !== "Solid" && typeof patternColor === "string") fill.patternColor = patternColor.toUpperCase();
  return fill;
}

export function fillKey(fill: Prior | undefined): string {
  if (fill === undefined) return "?";
  return fill === null ? "none" : `${fill.color}|${fill.pattern}|${fill.patternColor ?? ""}`;
}

/** Whether a cell still shows the colour the add-in gave it (a patterned cell keeps its pattern over it). */
export function showsMark(fill: Prior | undefined, markColor: string): boolean {
  return fill !== undefined && fill !== null && fill.color === markColor.toUpperCase();
}

/** Writes a recorded fill back. */
export function applyFill(fill: Excel.RangeFill, prior: Prior): void {
  if (prior === null) {
    fill.clear();
    return;
  }
  fill.color = prior.color;
  if (prior.pattern !== "Solid" && !GRADIENTS.has(prior.pattern)) {
    fill.pattern = prior.pattern as Excel.FillPattern;
    if (prior.patternColor) fill.patternColor = prior.patternColor;
  }
}
