/**
 * The collection the command asks for once a big grid is let go (src/cli/collect.ts): what nothing holds is gone after
 * it, and the command's own context gets no `gc` global.
 */
import { collectGarbage } from "../../src/cli/collect";

/** A WeakRef made in a job of its own: a WeakRef keeps its target until the job that made it ends. */
async function weakRefToGarbage(): Promise<WeakRef<object>> {
  const ref = new WeakRef({ rows: new Array(1000).fill("row") });
  await new Promise((resolve) => setImmediate(resolve));
  return ref;
}

test("an object nothing holds is collected, and no gc global is left behind", async () => {
  const ref = await weakRefToGarbage();
  collectGarbage();
  expect(ref.deref()).toBeUndefined();
  expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
});
