/**
 * The first screen's data, asked for as the app starts rather than one component after another.
 * Rendered in turn, a visit to the dashboard waited for who-am-I, then the plans, then the plan's
 * summary, then the page's code (ECharts included), and only then asked for the dashboard, and after
 * drawing it for the projects and the units: six round trips and a bundle in a row
 * (docs/performance.md). Here who-am-I and the plans go out together, the page's code loads beside
 * them, and the dashboard's own queries leave as soon as the plan and its evaluation date are known.
 * Each answer lands in the query cache under the key its component asks for, so nothing is fetched
 * twice; a failure is left for the component to ask again and show.
 */
import type { QueryClient } from '@tanstack/react-query';
import { dashboardQuery, planSummaryQuery, plansQuery, unitsQuery } from '../api/plans';
import { projectSummaryQuery } from '../api/projects';
import { meQuery } from '../api/session';
import { rememberedPlan } from '../state/plan-context';

/**
 * Prefetches for a first visit to one of `pages` (path → the loader of its code): the pages that open
 * on the dashboard's data. Other paths (sign-in, the portal, the library…) fetch as they render.
 */
export async function prefetchFirstScreen(
  client: QueryClient,
  location: Pick<Location, 'pathname' | 'search'>,
  pages: Record<string, () => Promise<unknown>>,
) {
  const loadPage = pages[location.pathname];
  if (!loadPage) return;
  void loadPage();
  const [me, plans] = await Promise.allSettled([client.fetchQuery(meQuery), client.fetchQuery(plansQuery)]);
  if (me.status !== 'fulfilled' || !me.value || me.value.user.mustChangePassword) return;
  if (plans.status !== 'fulfilled') return;
  // The plan PlanProvider will choose: the one remembered, else the first listed.
  const chosen = rememberedPlan();
  const code = plans.value.find((p) => p.code === chosen)?.code ?? plans.value[0]?.code;
  if (!code) return;
  const summary = await client.fetchQuery(planSummaryQuery(code)).catch(() => null);
  if (!summary) return;
  const asOf = new URLSearchParams(location.search).get('asOf') ?? summary.defaultAsOf;
  await Promise.allSettled([
    client.prefetchQuery(dashboardQuery(code, asOf)),
    client.prefetchQuery(projectSummaryQuery(code, asOf)),
    client.prefetchQuery(unitsQuery),
  ]);
}
