/**
 * Rules that need more than one file of a plan package at a time: codes that must exist,
 * codes that must be unique, years that must be in order, units that must be known.
 */
import type { Bilingual, InputIssue } from '../../contracts/issue';
import type { PackageIndicator, PlanPackage } from '../../contracts/plan-package';
import { unitInfo } from '../../core/units';
import { parseTargetPhrase } from '../../plan-text/target-phrase';
import { basisChangeProblem, formProblem, publicationProblem } from './target-form-rules';

type Report = (
  file: string,
  item: string | null,
  field: string | null,
  code: string,
  message: Bilingual,
) => void;

function duplicates<T>(items: readonly T[], key: (t: T) => string): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const it of items) {
    const k = key(it);
    if (seen.has(k)) dup.add(k);
    seen.add(k);
  }
  return dup;
}

function reportDuplicates<T>(
  report: Report,
  file: string,
  items: readonly T[],
  key: (t: T) => string,
  what: Bilingual,
): void {
  for (const code of duplicates(items, key)) {
    report(file, code, null, 'duplicate_code', {
      zh: `${what.zh}编号重复:${code}`,
      en: `duplicate ${what.en} code: ${code}`,
    });
  }
}

export function checkPackageRules(plan: PlanPackage): InputIssue[] {
  const issues: InputIssue[] = [];
  const report: Report = (file, item, field, code, message) =>
    issues.push({ file, item, field, code, severity: 'error', message });
  const warn: Report = (file, item, field, code, message) =>
    issues.push({ file, item, field, code, severity: 'warning', message });

  checkMeta(plan, report);

  const nodes = new Map(plan.outline.map((n) => [n.id, n]));
  reportDuplicates(report, 'outline.json', plan.outline, (n) => n.id, { zh: '纲要节点', en: 'outline node' });
  for (const node of plan.outline) {
    if (node.parent === null) continue;
    const parent = nodes.get(node.parent);
    if (!parent) {
      report('outline.json', node.id, 'parent', 'unknown_reference', {
        zh: `上级节点 ${node.parent} 不存在`,
        en: `parent node ${node.parent} does not exist`,
      });
    } else if (node.kind === 'part' || (node.kind === 'chapter' && parent.kind !== 'part')) {
      report('outline.json', node.id, 'parent', 'outline_nesting', {
        zh: `${node.kind === 'part' ? '篇不能有上级' : '章的上级必须是篇'}`,
        en: node.kind === 'part' ? 'a part cannot have a parent' : "a chapter's parent must be a part",
      });
    }
  }

  checkIndicators(plan, nodes, report, warn);

  const columnIds = new Map(plan.columns.map((c) => [c.id, c]));
  reportDuplicates(report, 'columns.json', plan.columns, (c) => c.id, { zh: '专栏', en: 'column' });
  for (const column of plan.columns) {
    requireChapter(report, nodes, 'columns.json', column.id, 'chapter', column.chapter);
    const node = nodes.get(column.id);
    if (node?.kind !== 'column') {
      warn('columns.json', column.id, 'id', 'column_not_in_outline', {
        zh: '纲要结构中没有对应的专栏节点',
        en: 'no column node with this id in the outline',
      });
    }
    reportDuplicates(report, 'columns.json', column.programmes, (p) => p.id, { zh: '专项', en: 'programme' });
    for (const inv of [column.investment, ...column.programmes.map((p) => p.investment)]) {
      if (inv && !unitInfo(inv.unit, plan.meta.extraUnits)) {
        report('columns.json', column.id, 'investment.unit', 'unknown_unit', unknownUnit(inv.unit));
      }
    }
  }

  reportDuplicates(report, 'projects.json', plan.projects, (p) => p.code, { zh: '项目', en: 'project' });
  for (const project of plan.projects) {
    const column = columnIds.get(project.column);
    if (!column) {
      report('projects.json', project.code, 'column', 'unknown_reference', {
        zh: `专栏 ${project.column} 不存在`,
        en: `column ${project.column} does not exist`,
      });
    } else if (project.programme !== null && !column.programmes.some((p) => p.id === project.programme)) {
      report('projects.json', project.code, 'programme', 'unknown_reference', {
        zh: `专项 ${project.programme} 不在专栏 ${project.column} 中`,
        en: `programme ${project.programme} is not in column ${project.column}`,
      });
    }
    requireChapter(report, nodes, 'projects.json', project.code, 'chapter', project.chapter);
  }

  reportDuplicates(report, 'units.json', plan.units, (u) => u.code, { zh: '单位', en: 'unit' });
  checkTargetsAndObservations(plan, report);
  return issues;
}

function checkMeta(plan: PlanPackage, report: Report): void {
  const { meta } = plan;
  if (meta.period.start > meta.period.end) {
    report('plan.json', null, 'period', 'period_reversed', {
      zh: `规划期起始年 ${meta.period.start} 晚于结束年 ${meta.period.end}`,
      en: `plan period starts (${meta.period.start}) after it ends (${meta.period.end})`,
    });
  }
  if (meta.targetYear <= meta.baseYear) {
    report('plan.json', null, 'targetYear', 'target_before_base', {
      zh: `目标年 ${meta.targetYear} 不晚于基期年 ${meta.baseYear}`,
      en: `target year ${meta.targetYear} is not after the base year ${meta.baseYear}`,
    });
  }
  if (meta.visionYear !== null && meta.visionYear < meta.targetYear) {
    report('plan.json', null, 'visionYear', 'vision_before_target', {
      zh: `远景年 ${meta.visionYear} 早于目标年 ${meta.targetYear}`,
      en: `vision year ${meta.visionYear} is before the target year ${meta.targetYear}`,
    });
  }
  reportDuplicates(report, 'plan.json', meta.categories, (c) => c.code, { zh: '指标类别', en: 'category' });
}

function requireChapter(
  report: Report,
  nodes: Map<string, { kind: string }>,
  file: string,
  item: string,
  field: string,
  id: string,
): void {
  if (!nodes.has(id)) {
    report(file, item, field, 'unknown_reference', {
      zh: `纲要节点 ${id} 不存在`,
      en: `outline node ${id} does not exist`,
    });
  }
}

function unknownUnit(unit: string): Bilingual {
  return {
    zh: `未知计量单位「${unit}」;如确需使用,请在 plan.json 的 extraUnits 中声明`,
    en: `unknown unit "${unit}"; declare it in plan.json extraUnits if it is intended`,
  };
}

function checkIndicators(
  plan: PlanPackage,
  nodes: Map<string, { kind: string }>,
  report: Report,
  warn: Report,
): void {
  const file = 'indicators.json';
  const { meta, indicators } = plan;
  const codes = new Set(indicators.map((i) => i.code));
  const categories = new Set(meta.categories.map((c) => c.code));
  reportDuplicates(report, file, indicators, (i) => i.code, { zh: '指标', en: 'indicator' });
  reportDuplicates(
    report,
    file,
    indicators.filter((i) => i.tableNo !== null),
    (i) => String(i.tableNo),
    { zh: '表1序号', en: 'table row number' },
  );

  for (const ind of indicators) {
    const at = (field: string, code: string, message: Bilingual) =>
      report(file, ind.code, field, code, message);
    if (!categories.has(ind.category)) {
      at('category', 'unknown_reference', {
        zh: `指标类别 ${ind.category} 未在 plan.json 中定义`,
        en: `category ${ind.category} is not defined in plan.json`,
      });
    }
    if (!unitInfo(ind.unit, meta.extraUnits)) at('unit', 'unknown_unit', unknownUnit(ind.unit));
    if (ind.chapter !== null) requireChapter(report, nodes, file, ind.code, 'chapter', ind.chapter);
    if (ind.source === '正文' && ind.tableNo !== null) {
      at('tableNo', 'table_no_for_text', {
        zh: '正文指标不应有表1序号',
        en: 'a target from the text cannot have a table row number',
      });
    }
    checkIndicatorYears(ind, meta.baseYear, at);
    checkIndicatorKind(ind, codes, at, (field, code, message) => warn(file, ind.code, field, code, message));
  }
}

function checkIndicatorYears(
  ind: PackageIndicator,
  baseYear: number,
  at: (field: string, code: string, message: Bilingual) => void,
): void {
  if (ind.target && ind.baseline && ind.target.year <= ind.baseline.year) {
    at('target.year', 'target_before_base', {
      zh: `目标年 ${ind.target.year} 不晚于基数年 ${ind.baseline.year}`,
      en: `target year ${ind.target.year} is not after the baseline year ${ind.baseline.year}`,
    });
  } else if (ind.target && ind.target.year <= baseYear) {
    at('target.year', 'target_before_base', {
      zh: `目标年 ${ind.target.year} 不晚于规划基期年 ${baseYear}`,
      en: `target year ${ind.target.year} is not after the plan's base year ${baseYear}`,
    });
  }
}

function checkIndicatorKind(
  ind: PackageIndicator,
  codes: Set<string>,
  at: (field: string, code: string, message: Bilingual) => void,
  warnAt: (field: string, code: string, message: Bilingual) => void,
): void {
  if (ind.kind === 'relative') {
    if (ind.relatedTo === null) {
      at('relatedTo', 'relative_without_reference', {
        zh: '相对指标必须指明关联指标(relatedTo)',
        en: 'a relative indicator needs relatedTo',
      });
    } else if (!codes.has(ind.relatedTo)) {
      at('relatedTo', 'unknown_reference', {
        zh: `关联指标 ${ind.relatedTo} 不存在`,
        en: `related indicator ${ind.relatedTo} does not exist`,
      });
    }
  }
  if (ind.kind === 'level_compound' && ind.baseline === null) {
    at('baseline', 'kind_needs_baseline', {
      zh: '复合增长类指标必须有基数;没有基数请用 threshold 类型',
      en: 'a level_compound indicator needs a baseline; use kind threshold without one',
    });
  }
  if (ind.target) {
    // The text is what the plan says; the comparator and value must say the same thing.
    const read = parseTargetPhrase(ind.target.text);
    if (read.comparator !== null && read.comparator !== ind.target.comparator) {
      at('target.comparator', 'comparator_mismatch', {
        zh: `比较符 ${ind.target.comparator} 与目标原文「${ind.target.text}」不符(原文为 ${read.comparator})`,
        en: `comparator ${ind.target.comparator} disagrees with the target text "${ind.target.text}" (${read.comparator})`,
      });
    }
    if (read.value !== null && ind.target.value !== null && read.value !== ind.target.value) {
      warnAt('target.value', 'target_value_mismatch', {
        zh: `目标值 ${ind.target.value} 与目标原文「${ind.target.text}」中的数字 ${read.value} 不同`,
        en: `target value ${ind.target.value} differs from the number ${read.value} in the text "${ind.target.text}"`,
      });
    }
  }
  checkTargetForm(ind, at, warnAt);
  const needsValue = ind.kind === 'cumulative' || ind.kind === 'rate' || ind.kind === 'level_linear';
  if (needsValue && ind.target?.value == null) {
    warnAt('target.value', 'target_phrase_only', {
      zh: '目标没有数值,评估结果将为“无法评估”',
      en: 'the target has no value; evaluation will be not_assessable',
    });
  }
}

/** Issue 16's target forms: each bad input an error (an unread comparator a warning) naming the indicator's field. */
function checkTargetForm(
  ind: PackageIndicator,
  at: (field: string, code: string, message: Bilingual) => void,
  warnAt: (field: string, code: string, message: Bilingual) => void,
): void {
  const target = ind.target;
  if (target) {
    const read = parseTargetPhrase(target.text);
    // A number the reader cannot place: the comparator is written in words Lantu does not know. A
    // warning, not an error: plans also write 年增10% or 较2025年再翻一番, which the value and
    // comparator fields then state; the comparator field itself only takes ge|le|approx|eq.
    // Years (较2025年再翻一番) are not target numbers.
    if (/\d/.test(target.text.replace(/(19|20)\d\d年/g, '')) && read.value === null) {
      warnAt('target.text', 'unknown_comparator', {
        zh: `指标 ${ind.code} 的目标原文「${target.text}」含有数字,但比较方式无法识别(如 以上、以下、左右、〔〕)`,
        en: `indicator ${ind.code}: the target text "${target.text}" has a number but no comparator Lantu knows (以上, 以下, 左右, 〔〕 …)`,
      });
    }
    const form = formProblem(ind.code, target.form, ind.kind);
    if (form !== null) at('target.form', 'form_kind_mismatch', form);
    if (target.relation !== undefined && ind.kind !== 'relative') {
      at('target.relation', 'relation_not_relative', {
        zh: `指标 ${ind.code} 不是挂钩类(relative),不能有 relation`,
        en: `indicator ${ind.code} is not relative and cannot have a relation`,
      });
    }
    if (target.increment != null && ind.baseline === null) {
      at('target.increment', 'increment_without_baseline', {
        zh: `指标 ${ind.code} 的目标是基数的增量(${target.text}),但没有基数`,
        en: `indicator ${ind.code}: the target is an increment of the baseline (${target.text}) but there is no baseline`,
      });
    }
  }
  for (const [i, change] of (ind.basisChanges ?? []).entries()) {
    const problem = basisChangeProblem(ind.code, ind.baseline !== null, change);
    if (problem !== null) at(`basisChanges[${i}].restatedBaseline`, 'basis_change_without_baseline', problem);
  }
}

function checkTargetsAndObservations(plan: PlanPackage, report: Report): void {
  const codes = new Set(plan.indicators.map((i) => i.code));
  const { start, end } = plan.meta.period;
  reportDuplicates(report, 'annual-targets.json', plan.annualTargets, (a) => `${a.indicator}@${a.year}`, {
    zh: '年度目标',
    en: 'annual target',
  });
  for (const [index, at] of plan.annualTargets.entries()) {
    const item = `annualTargets[${index}] ${at.indicator}@${at.year}`;
    if (!codes.has(at.indicator)) {
      report('annual-targets.json', item, 'indicator', 'unknown_reference', {
        zh: `指标 ${at.indicator} 不存在`,
        en: `indicator ${at.indicator} does not exist`,
      });
    }
    if (at.year < start || at.year > end) {
      report('annual-targets.json', item, 'year', 'year_outside_period', {
        zh: `指标 ${at.indicator} 的年度目标年份 ${at.year} 不在规划期 ${start}–${end} 内`,
        en: `indicator ${at.indicator}: annual target year ${at.year} is outside the plan period ${start}–${end}`,
      });
    }
  }
  for (const set of plan.observationSets) {
    // Vintages of one figure (初步核算, 最终核实) differ by their publication date.
    const dup = duplicates(
      set.observations,
      (o) =>
        `${o.indicator}@${o.period}/${o.measure}${o.span ? `/${o.span}` : ''}${o.published ? `#${o.published}` : ''}`,
    );
    for (const key of dup) {
      report(set.file, key, null, 'duplicate_observation', {
        zh: `同一指标、期间和口径的观测值重复:${key}`,
        en: `duplicate observation for the same indicator, period and measure: ${key}`,
      });
    }
    for (const [index, obs] of set.observations.entries()) {
      const late =
        obs.published === undefined ? null : publicationProblem(obs.indicator, obs.period, obs.published);
      if (late !== null) {
        report(
          set.file,
          `observations[${index}] ${obs.indicator}@${obs.period}`,
          'published',
          'published_before_period',
          late,
        );
      }
      if (!codes.has(obs.indicator)) {
        report(set.file, `observations[${index}]`, 'indicator', 'unknown_reference', {
          zh: `指标 ${obs.indicator} 不存在`,
          en: `indicator ${obs.indicator} does not exist`,
        });
      }
    }
    if (set.dataset === 'published') {
      for (const [index, obs] of set.observations.entries()) {
        if (!obs.source) {
          report(
            set.file,
            `observations[${index}] ${obs.indicator}@${obs.period}`,
            'source',
            'source_missing',
            {
              zh: '公开数据必须注明来源',
              en: 'published data must name their source',
            },
          );
        }
      }
    }
  }
}
