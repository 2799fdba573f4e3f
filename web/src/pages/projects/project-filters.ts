/**
 * The project library's filters and view (列表 / 看板 / 谋划储备建设), kept in the address so the
 * library comes back as it was after visiting a project and can be shared. The server filters.
 */
import { useSearchParams } from 'react-router';
import type { ProjectFilter } from '../../api/projects';

export const projectFilterKeys = ['stage', 'column', 'chain', 'park', 'unit', 'q'] as const;
export type ProjectFilterKey = (typeof projectFilterKeys)[number];
export type LibraryView = 'list' | 'board' | 'pipeline';

export function useProjectFilters() {
  const [params, setParams] = useSearchParams();
  const filter: ProjectFilter = {};
  for (const key of projectFilterKeys) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  const raw = params.get('view');
  const view: LibraryView = raw === 'board' || raw === 'pipeline' ? raw : 'list';
  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return {
    filter,
    view,
    asOf: params.get('asOf'),
    setFilter: (key: ProjectFilterKey, value: string | undefined) => update({ [key]: value }),
    setView: (next: LibraryView) => update({ view: next === 'list' ? undefined : next }),
    setAsOf: (next: string | undefined) => update({ asOf: next }),
    /** Opens the list on one stage (from a board column that shows only its first cards). */
    showStage: (stage: string) => update({ view: undefined, stage }),
  };
}
