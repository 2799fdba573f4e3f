/**
 * The indicator list as it leaves Lantu (`lantu export indicators`, later the API and Excel):
 * the plan's own cells, named as the plan names them.
 */
import type { PlanPackage } from '../../contracts/plan-package';
import type { Attribute, Comparator, IndicatorKind } from '../../core/model';

export interface IndicatorRow {
  code: string;
  /** As written in the plan. */
  name: string;
  unit: string;
  /** The category as the plan names it (经济发展 …). */
  category: string;
  categoryCode: string;
  baseline: { year: number; value: number } | null;
  target: { year: number; value: number | null; comparator: Comparator; text: string } | null;
  annualGrowth: number | null;
  cumulative: number | null;
  attribute: Attribute;
  kind: IndicatorKind;
  source: 'table1' | '正文';
  tableNo: number | null;
  chapter: string | null;
}

export function listIndicators(plan: PlanPackage): IndicatorRow[] {
  const categoryName = new Map(plan.meta.categories.map((c) => [c.code, c.name]));
  return plan.indicators.map((ind) => ({
    code: ind.code,
    name: ind.name,
    unit: ind.unit,
    category: categoryName.get(ind.category) ?? ind.category,
    categoryCode: ind.category,
    baseline: ind.baseline,
    target: ind.target,
    annualGrowth: ind.annualGrowth,
    cumulative: ind.cumulative,
    attribute: ind.attribute,
    kind: ind.kind,
    source: ind.source,
    tableNo: ind.tableNo,
    chapter: ind.chapter,
  }));
}
