/**
 * Keyed rows of the plan workbook → the JSON of each package file, exactly as a package folder would
 * hold it, recording in the locator where every value came from. The inverse of plan-workbook-flatten:
 * empty cells are absent optional fields or null groups, 指标出处 rows extend their indicator's
 * provenance, 专项 rows join their column, 观测值 rows join their data set.
 */
import type { InputIssue } from '../../contracts/issue';
import { columnsJson, listJson, observationFiles } from './plan-assemble-lists';
import { Assembler, has, type Json, orNull, pick, provenance } from './plan-assemble-rows';
import type { KeyedRow, MetaRead, SheetRead } from './plan-sheet-read';
import {
  annualTargetsSheet,
  categoriesSheet,
  cellBasisKeys,
  developmentPartsSheet,
  extraUnitsSheet,
  goalsSheet,
  indicatorProvenanceSheet,
  indicatorsSheet,
  outlineSheet,
  projectsSheet,
  unitsSheet,
} from './plan-sheet-specs';
import type { WorkbookLocator } from './plan-workbook-locator';

export interface AssembledFiles {
  /** File name → JSON, as readPackageFiles would return for a folder. */
  files: Map<string, unknown>;
  issues: InputIssue[];
}

function planJson(meta: MetaRead, a: Assembler, locator: WorkbookLocator): Json {
  for (const [key, ref] of meta.refs) locator.record('plan.json', key.split('.'), ref);
  const v = (key: string) => meta.values.get(key);
  const metaRow: KeyedRow = { row: 0, values: meta.values, refs: meta.refs };
  const parts = a.rows(developmentPartsSheet.name);
  for (const [i, row] of parts.entries()) a.record('plan.json', ['developmentSystem', 'parts', i], row);
  const goals = a.rows(goalsSheet.name);
  for (const [i, row] of goals.entries()) a.record('plan.json', ['goals', i], row);
  const categories = a.rows(categoriesSheet.name);
  categories.forEach((row, i) => {
    a.record('plan.json', ['categories', i], row);
    const code = row.values.get('code');
    if (typeof code === 'string') locator.nameItem('plan.json', code, ['categories', i]);
  });
  const units = a.rows(extraUnitsSheet.name);
  for (const [i, row] of units.entries()) a.record('plan.json', ['extraUnits', i], row);
  const evaluation: Json = {};
  for (const [key, value] of meta.values)
    if (key.startsWith('evaluation.')) evaluation[key.slice(11)] = value;
  return {
    formatVersion: v('formatVersion'),
    ...pick(metaRow, { code: 'code', name: 'name', shortName: 'shortName', nameEn: 'nameEn' }),
    region: pick(metaRow, {
      name: 'region.name',
      nameEn: 'region.nameEn',
      level: 'region.level',
      parent: 'region.parent',
    }),
    fiveYearPlanNo: v('fiveYearPlanNo'),
    period: pick(metaRow, { start: 'period.start', end: 'period.end' }),
    baseYear: v('baseYear'),
    targetYear: v('targetYear'),
    visionYear: v('visionYear') ?? null,
    ...pick(metaRow, { issuedBy: 'issuedBy', issuedOn: 'issuedOn', sourceDocument: 'sourceDocument' }),
    developmentSystem:
      has(metaRow, 'developmentSystem.') || parts.length > 0
        ? {
            ...pick(metaRow, { name: 'developmentSystem.name' }),
            parts: parts.map((row) => pick(row, { name: 'name', description: 'description' })),
            provenance: provenance(metaRow, 'developmentSystem.provenance.'),
          }
        : null,
    goals: goals.map((row) => ({
      ...pick(row, { name: 'name', text: 'text' }),
      provenance: provenance(row),
    })),
    vision: has(metaRow, 'vision.')
      ? {
          ...pick(metaRow, { year: 'vision.year', text: 'vision.text' }),
          provenance: provenance(metaRow, 'vision.provenance.'),
        }
      : null,
    categories: categories.map((row) => pick(row, { code: 'code', name: 'name', nameEn: 'nameEn' })),
    extraUnits: units.map((row) => pick(row, { symbol: 'symbol', en: 'en', percent: 'percent' })),
    evaluation,
  };
}

function outlineJson(a: Assembler, locator: WorkbookLocator): Json {
  const nodes = a.rows(outlineSheet.name).map((row, i) => {
    a.record('outline.json', ['nodes', i], row);
    const id = row.values.get('id');
    if (typeof id === 'string') locator.nameItem('outline.json', id, ['nodes', i]);
    return {
      ...pick(row, { id: 'id', kind: 'kind', title: 'title', summary: 'summary' }),
      number: orNull(row, 'number'),
      parent: orNull(row, 'parent'),
      provenance: provenance(row),
    };
  });
  return { nodes };
}

function indicatorsJson(a: Assembler, locator: WorkbookLocator): Json {
  const rows = a.rows(indicatorsSheet.name);
  const indexOf = new Map<string, number>();
  rows.forEach((row, i) => {
    const code = row.values.get('code');
    const tableNo = row.values.get('tableNo');
    if (tableNo !== undefined) locator.nameItem('indicators.json', String(tableNo), ['indicators', i]);
    if (typeof code === 'string') {
      if (!indexOf.has(code)) indexOf.set(code, i);
      locator.nameItem('indicators.json', code, ['indicators', i]);
    }
  });
  const extra = new Map<number, KeyedRow[]>();
  for (const row of a.rows(indicatorProvenanceSheet.name)) {
    const code = row.values.get('indicator');
    const index = typeof code === 'string' ? indexOf.get(code) : undefined;
    if (index === undefined) {
      a.unknown(
        row.refs.get('indicator'),
        `指标 ${String(code ?? '')} 不在“主要指标”中`,
        `indicator ${String(code ?? '')} is not in 主要指标`,
      );
      continue;
    }
    extra.set(index, [...(extra.get(index) ?? []), row]);
  }
  const indicators = rows.map((row, i) => {
    const list: Json[] = [];
    const own = provenance(row);
    a.record('indicators.json', ['indicators', i], row, (key) =>
      key.startsWith('provenance.') ? ['provenance', 0, key.slice(11)] : key.split('.'),
    );
    if (own) list.push(own);
    for (const more of extra.get(i) ?? []) {
      a.record('indicators.json', ['indicators', i, 'provenance', list.length], more);
      list.push(provenance(more, '') ?? {});
    }
    const cells: Json = {};
    for (const k of cellBasisKeys) {
      const basis = row.values.get(`cells.${k}`);
      if (basis !== undefined) cells[k] = basis;
    }
    return {
      ...pick(row, {
        code: 'code',
        name: 'name',
        nameEn: 'nameEn',
        unit: 'unit',
        category: 'category',
        source: 'source',
        attribute: 'attribute',
        kind: 'kind',
        direction: 'direction',
        notes: 'notes',
      }),
      tableNo: orNull(row, 'tableNo'),
      chapter: orNull(row, 'chapter'),
      baseline: has(row, 'baseline.') ? pick(row, { year: 'baseline.year', value: 'baseline.value' }) : null,
      target: has(row, 'target.')
        ? {
            ...pick(row, { year: 'target.year', comparator: 'target.comparator', text: 'target.text' }),
            value: orNull(row, 'target.value'),
          }
        : null,
      annualGrowth: orNull(row, 'annualGrowth'),
      cumulative: orNull(row, 'cumulative'),
      relatedTo: orNull(row, 'relatedTo'),
      cells,
      provenance: list,
    };
  });
  return { indicators };
}

function annualTargetsJson(a: Assembler, locator: WorkbookLocator): Json {
  const annualTargets = a.rows(annualTargetsSheet.name).map((row, i) => {
    a.record('annual-targets.json', ['annualTargets', i], row);
    const item = `${String(row.values.get('indicator'))}@${String(row.values.get('year'))}`;
    locator.nameItem('annual-targets.json', item, ['annualTargets', i]);
    return pick(row, { indicator: 'indicator', year: 'year', value: 'value', reason: 'reason' });
  });
  return { annualTargets };
}

export function assembleFiles(
  meta: MetaRead,
  sheets: Map<string, SheetRead>,
  locator: WorkbookLocator,
): AssembledFiles {
  const a = new Assembler(sheets, locator);
  const files = new Map<string, unknown>([
    ['plan.json', planJson(meta, a, locator)],
    ['outline.json', outlineJson(a, locator)],
    ['indicators.json', indicatorsJson(a, locator)],
    ['annual-targets.json', annualTargetsJson(a, locator)],
    ['columns.json', columnsJson(a, locator)],
    [
      'projects.json',
      listJson(a, locator, projectsSheet.name, 'projects.json', 'projects', (row) => ({
        ...pick(row, { code: 'code', name: 'name', column: 'column', chapter: 'chapter' }),
        programme: orNull(row, 'programme'),
        provenance: provenance(row),
      })),
    ],
    [
      'units.json',
      listJson(a, locator, unitsSheet.name, 'units.json', 'units', (row) => ({
        ...pick(row, {
          code: 'code',
          name: 'name',
          nameEn: 'nameEn',
          kind: 'kind',
          namedInPlan: 'namedInPlan',
          editableDefault: 'editableDefault',
        }),
        provenance: provenance(row) ?? null,
      })),
    ],
  ]);
  observationFiles(a, locator, files);
  return { files, issues: a.issues };
}
