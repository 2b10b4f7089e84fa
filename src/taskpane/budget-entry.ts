/**
 * The budget-view.js bundle: the Budget view with everything it needs, its own webpack entry rather than a chunk of
 * taskpane.js. A chunk would import the pane's modules (dom, i18n, zod) across the chunk boundary, which keeps webpack
 * from joining them into one scope and made taskpane.js 5 KiB larger; an entry carries its own copies instead.
 * budget-slot.ts loads it with a script element and takes the view from this global.
 */
import { mountBudgetView } from "./budget-view";

(window as unknown as { __mobilityBudgetView?: typeof mountBudgetView }).__mobilityBudgetView = mountBudgetView;
