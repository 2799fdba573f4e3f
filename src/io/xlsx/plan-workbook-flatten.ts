/**
 * A plan package as the rows of the plan workbook's sheets: nested things become flat columns
 * (target → 目标年/目标值/比较符/目标原文), a null group becomes empty cells, the first provenance of an
 * indicator stays on its row and the others go to 指标出处. plan-workbook-assemble.ts is the inverse.
 */
import type { PlanPackage, Provenance } from '../../contracts/plan-package';
import {
  annualTargetsSheet,
  categoriesSheet,
  cellBasisKeys,
  columnsSheet,
  developmentPartsSheet,
  extraUnitsSheet,
  goalsSheet,
  indicatorProvenanceSheet,
  indicatorsSheet,
  observationSetsSheet,
  observationsSheet,
  outlineSheet,
  programmesSheet,
  projectsSheet,
  unitsSheet,
} from './plan-sheet-specs';

/** A cell before the writer styles it: enums as codes, booleans as booleans. */
export type FlatValue = string | number | boolean | null | undefined;
export type FlatRow = Record<string, FlatValue>;

export interface FlatWorkbook {
  meta: Map<string, FlatValue>;
  /** By sheet name. */
  sheets: Map<string, FlatRow[]>;
}

function provenanceCells(p: Provenance | null | undefined, prefix = 'provenance.'): FlatRow {
  if (!p) return {};
  return { [`${prefix}ref`]: p.ref, [`${prefix}quote`]: p.quote, [`${prefix}note`]: p.note };
}

function investmentCells(inv: PlanPackage['columns'][number]['investment']): FlatRow {
  if (!inv) return {};
  return {
    'investment.value': inv.value,
    'investment.unit': inv.unit,
    'investment.comparator': inv.comparator,
    'investment.text': inv.text,
  };
}

function flattenMeta(meta: PlanPackage['meta']): Map<string, FlatValue> {
  const out = new Map<string, FlatValue>([
    ['formatVersion', meta.formatVersion],
    ['code', meta.code],
    ['name', meta.name],
    ['shortName', meta.shortName],
    ['nameEn', meta.nameEn],
    ['region.name', meta.region.name],
    ['region.nameEn', meta.region.nameEn],
    ['region.level', meta.region.level],
    ['region.parent', meta.region.parent],
    ['fiveYearPlanNo', meta.fiveYearPlanNo],
    ['period.start', meta.period.start],
    ['period.end', meta.period.end],
    ['baseYear', meta.baseYear],
    ['targetYear', meta.targetYear],
    ['visionYear', meta.visionYear],
    ['issuedBy', meta.issuedBy],
    ['issuedOn', meta.issuedOn],
    ['sourceDocument', meta.sourceDocument],
    ['developmentSystem.name', meta.developmentSystem?.name],
    ['vision.year', meta.vision?.year],
    ['vision.text', meta.vision?.text],
  ]);
  for (const [key, value] of Object.entries(provenanceCells(meta.developmentSystem?.provenance))) {
    out.set(`developmentSystem.${key}`, value);
  }
  for (const [key, value] of Object.entries(provenanceCells(meta.vision?.provenance)))
    out.set(`vision.${key}`, value);
  for (const [key, value] of Object.entries(meta.evaluation)) out.set(`evaluation.${key}`, value);
  return out;
}

export function flattenPlan(pkg: PlanPackage): FlatWorkbook {
  const sheets = new Map<string, FlatRow[]>();
  const { meta } = pkg;
  sheets.set(
    goalsSheet.name,
    meta.goals.map((g) => ({ name: g.name, text: g.text, ...provenanceCells(g.provenance) })),
  );
  sheets.set(developmentPartsSheet.name, meta.developmentSystem?.parts.map((p) => ({ ...p })) ?? []);
  sheets.set(
    categoriesSheet.name,
    meta.categories.map((c) => ({ ...c })),
  );
  sheets.set(
    extraUnitsSheet.name,
    meta.extraUnits.map((u) => ({ ...u })),
  );
  sheets.set(
    outlineSheet.name,
    pkg.outline.map((n) => ({
      id: n.id,
      kind: n.kind,
      number: n.number,
      title: n.title,
      parent: n.parent,
      summary: n.summary,
      ...provenanceCells(n.provenance),
    })),
  );
  sheets.set(
    indicatorsSheet.name,
    pkg.indicators.map((i) => ({
      code: i.code,
      tableNo: i.tableNo,
      name: i.name,
      nameEn: i.nameEn,
      unit: i.unit,
      category: i.category,
      source: i.source,
      chapter: i.chapter,
      attribute: i.attribute,
      kind: i.kind,
      direction: i.direction,
      'baseline.year': i.baseline?.year,
      'baseline.value': i.baseline?.value,
      'target.year': i.target?.year,
      'target.value': i.target?.value,
      'target.comparator': i.target?.comparator,
      'target.text': i.target?.text,
      annualGrowth: i.annualGrowth,
      cumulative: i.cumulative,
      relatedTo: i.relatedTo,
      ...provenanceCells(i.provenance[0]),
      notes: i.notes,
      ...Object.fromEntries(cellBasisKeys.map((k) => [`cells.${k}`, i.cells[k]])),
    })),
  );
  sheets.set(
    indicatorProvenanceSheet.name,
    pkg.indicators.flatMap((i) =>
      i.provenance.slice(1).map((p) => ({ indicator: i.code, ...provenanceCells(p, '') })),
    ),
  );
  sheets.set(
    annualTargetsSheet.name,
    pkg.annualTargets.map((a) => ({ ...a })),
  );
  sheets.set(
    columnsSheet.name,
    pkg.columns.map((c) => ({
      id: c.id,
      number: c.number,
      title: c.title,
      chapter: c.chapter,
      ...investmentCells(c.investment),
      ...provenanceCells(c.provenance),
      notes: c.notes,
    })),
  );
  sheets.set(
    programmesSheet.name,
    pkg.columns.flatMap((c) =>
      c.programmes.map((p) => ({
        column: c.id,
        id: p.id,
        name: p.name,
        ...investmentCells(p.investment),
        note: p.note,
        ...provenanceCells(p.provenance),
      })),
    ),
  );
  sheets.set(
    projectsSheet.name,
    pkg.projects.map((p) => ({
      code: p.code,
      name: p.name,
      column: p.column,
      programme: p.programme,
      chapter: p.chapter,
      ...provenanceCells(p.provenance),
    })),
  );
  sheets.set(
    unitsSheet.name,
    pkg.units.map((u) => ({
      code: u.code,
      name: u.name,
      nameEn: u.nameEn,
      kind: u.kind,
      namedInPlan: u.namedInPlan,
      editableDefault: u.editableDefault,
      ...provenanceCells(u.provenance),
    })),
  );
  sheets.set(
    observationSetsSheet.name,
    pkg.observationSets.map((s) => ({
      file: s.file,
      dataset: s.dataset,
      label: s.label,
      labelEn: s.labelEn,
      description: s.description,
    })),
  );
  sheets.set(
    observationsSheet.name,
    pkg.observationSets.flatMap((s) => s.observations.map((o) => ({ set: s.file, ...o }))),
  );
  return { meta: flattenMeta(meta), sheets };
}
