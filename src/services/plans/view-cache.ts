/**
 * Serialised read views (the indicator list, the dashboard, the evaluation) kept per plan data version.
 * Every change that can move what these views show bumps the plan's data_version — values, annual
 * targets, assignments, reports and rounds — so a cached body is never stale, and a busy leaders'
 * screen costs one small query per request instead of a re-evaluation.
 */
interface Entry {
  version: number;
  body: string;
}

const views = new Map<string, Entry>();
const limit = 2000;

export async function cachedJson(
  key: string,
  version: number,
  compute: () => Promise<unknown>,
): Promise<string> {
  const hit = views.get(key);
  if (hit && hit.version === version) return hit.body;
  const body = JSON.stringify(await compute());
  if (views.size >= limit) views.clear();
  views.set(key, { version, body });
  return body;
}
