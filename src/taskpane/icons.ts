/**
 * The severities' and the notices' icons: Fluent UI System Icons (microsoft/fluentui-system-icons, MIT), the 16 px
 * filled ones (ErrorCircle, Warning, Info, CheckmarkCircle; coordinates rounded to 0.01), inline SVG (no request,
 * nothing for the CSP to allow).
 * Hidden from assistive technology: the text beside each says the same. Their colour is the text's (taskpane.css).
 */
const SVG = "http://www.w3.org/2000/svg";

export type IconName = "error" | "warning" | "info" | "success";

const PATHS: Readonly<Record<IconName, string>> = {
  error:
    "M8 1C11.87 1 15 4.13 15 8C15 11.87 11.87 15 8 15C4.13 15 1 11.87 1 8C1 4.13 4.13 1 8 1ZM8 10C7.59 10 7.25 10.34 7.25 10.75C7.25 11.16 7.59 11.5 8 11.5C8.41 11.5 8.75 11.16 8.75 10.75C8.75 10.34 8.41 10 8 10ZM8 4.5C7.72 4.5 7.5 4.72 7.5 5V8.5L7.51 8.59C7.55 8.82 7.75 9 8 9C8.28 9 8.5 8.78 8.5 8.5V5L8.49 4.91C8.45 4.68 8.25 4.5 8 4.5Z",
  warning:
    "M5.82 2.28C6.78 0.57 9.22 0.57 10.18 2.28L14.68 10.28C15.61 11.95 14.41 14 12.5 14H3.5C1.59 14 0.39 11.95 1.32 10.28L5.82 2.28ZM8 9.5C7.59 9.5 7.25 9.84 7.25 10.25C7.25 10.66 7.59 11 8 11C8.41 11 8.75 10.66 8.75 10.25C8.75 9.84 8.41 9.5 8 9.5ZM8 5C7.72 5 7.5 5.22 7.5 5.5V8C7.5 8.28 7.72 8.5 8 8.5C8.28 8.5 8.5 8.28 8.5 8V5.5C8.5 5.22 8.28 5 8 5Z",
  info: "M8 2C4.69 2 2 4.69 2 8C2 11.31 4.69 14 8 14C11.31 14 14 11.31 14 8C14 4.69 11.31 2 8 2ZM8.75 5.5C8.75 5.91 8.41 6.25 8 6.25C7.59 6.25 7.25 5.91 7.25 5.5C7.25 5.09 7.59 4.75 8 4.75C8.41 4.75 8.75 5.09 8.75 5.5ZM8 7C8.28 7 8.5 7.22 8.5 7.5V10.5C8.5 10.78 8.28 11 8 11C7.72 11 7.5 10.78 7.5 10.5V7.5C7.5 7.22 7.72 7 8 7Z",
  success:
    "M8 2C11.31 2 14 4.69 14 8C14 11.31 11.31 14 8 14C4.69 14 2 11.31 2 8C2 4.69 4.69 2 8 2ZM10.12 6.16L7.25 9.04L5.85 7.65C5.66 7.45 5.34 7.45 5.15 7.65C4.95 7.84 4.95 8.16 5.15 8.35L6.9 10.1C7.09 10.3 7.41 10.3 7.6 10.1L10.83 6.87C11.02 6.67 11.02 6.36 10.83 6.16C10.63 5.97 10.32 5.97 10.12 6.16Z",
};

export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  for (const [attribute, value] of [
    ["class", `icon icon-${name}`],
    ["viewBox", "0 0 16 16"],
    ["aria-hidden", "true"],
    ["focusable", "false"],
  ])
    svg.setAttribute(attribute, value);
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", PATHS[name]);
  svg.appendChild(path);
  return svg;
}
