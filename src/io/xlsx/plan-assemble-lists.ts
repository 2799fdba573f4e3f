/**
 * The list sheets of the plan workbook → columns.json (专栏 with their 专项), projects.json,
 * units.json and one observations*.json per data set (观测数据集 with its 观测值 rows).
 */
import { observationFilePattern } from '../plan-package/read-package-files';
import { type Assembler, investment, type Json, pick, provenance } from './plan-assemble-rows';
import type { KeyedRow } from './plan-sheet-read';
import { columnsSheet, observationSetsSheet, observationsSheet, programmesSheet } from './plan-sheet-specs';
import { rowItem, type WorkbookLocator } from './plan-workbook-locator';

export function columnsJson(a: Assembler, locator: WorkbookLocator): Json {
  const rows = a.rows(columnsSheet.name);
  const indexOf = new Map<string, number>();
  rows.forEach((row, i) => {
    const id = row.values.get('id');
    if (typeof id === 'string' && !indexOf.has(id)) indexOf.set(id, i);
  });
  const programmes = new Map<number, Json[]>();
  for (const row of a.rows(programmesSheet.name)) {
    const column = row.values.get('column');
    const index = typeof column === 'string' ? indexOf.get(column) : undefined;
    if (index === undefined) {
      a.unknown(
        row.refs.get('column'),
        `专栏 ${String(column ?? '')} 不在“专栏”表中`,
        `column ${String(column ?? '')} is not in 专栏`,
      );
      continue;
    }
    const list = programmes.get(index) ?? [];
    const path = ['columns', index, 'programmes', list.length];
    a.record('columns.json', path, row);
    const id = row.values.get('id');
    if (typeof id === 'string') locator.nameItem('columns.json', id, path);
    list.push({
      ...pick(row, { id: 'id', name: 'name', note: 'note' }),
      investment: investment(row),
      provenance: provenance(row),
    });
    programmes.set(index, list);
  }
  const columns = rows.map((row, i) => {
    a.record('columns.json', ['columns', i], row);
    const id = row.values.get('id');
    if (typeof id === 'string') locator.nameItem('columns.json', id, ['columns', i]);
    return {
      ...pick(row, { id: 'id', number: 'number', title: 'title', chapter: 'chapter', notes: 'notes' }),
      investment: investment(row),
      programmes: programmes.get(i) ?? [],
      provenance: provenance(row),
    };
  });
  return { columns };
}

export function listJson(
  a: Assembler,
  locator: WorkbookLocator,
  sheet: string,
  file: string,
  list: string,
  build: (row: KeyedRow) => Json,
): Json {
  const items = a.rows(sheet).map((row, i) => {
    a.record(file, [list, i], row);
    const code = row.values.get('code');
    if (typeof code === 'string') locator.nameItem(file, code, [list, i]);
    return build(row);
  });
  return { [list]: items };
}

export function observationFiles(a: Assembler, locator: WorkbookLocator, files: Map<string, unknown>): void {
  const sets = new Map<string, Json & { observations: Json[] }>();
  for (const row of a.rows(observationSetsSheet.name)) {
    const file = row.values.get('file');
    const ref = row.refs.get('file');
    if (typeof file !== 'string' || !observationFilePattern.test(file) || sets.has(file)) {
      a.issues.push({
        file: ref?.sheet ?? observationSetsSheet.name,
        item: rowItem(row.row),
        field: ref?.column ?? null,
        code: 'observation_file_invalid',
        severity: 'error',
        message: sets.has(String(file))
          ? { zh: `文件名 ${String(file)} 重复`, en: `duplicate file name ${String(file)}` }
          : {
              zh: `文件名应形如 observations.json 或 observations-2024.json,收到「${String(file ?? '')}」`,
              en: `the file name must look like observations.json or observations-2024.json, got "${String(file ?? '')}"`,
            },
      });
      continue;
    }
    a.record(file, [], row, (key) => (key === 'file' ? ['file'] : [key]));
    locator.setFileSheet(file, observationsSheet.name);
    sets.set(file, {
      ...pick(row, { dataset: 'dataset', label: 'label', labelEn: 'labelEn', description: 'description' }),
      observations: [],
    });
  }
  const only = sets.size === 1 ? [...sets.keys()][0] : undefined;
  for (const row of a.rows(observationsSheet.name)) {
    const named = row.values.get('set');
    const file = typeof named === 'string' ? named : only;
    const set = file === undefined ? undefined : sets.get(file);
    if (file === undefined || !set) {
      a.unknown(
        row.refs.get('set'),
        file === undefined ? '请填写数据集(“观测数据集”中的文件名)' : `数据集 ${file} 不在“观测数据集”中`,
        file === undefined
          ? 'name the data set (a file name from 观测数据集)'
          : `data set ${file} is not in 观测数据集`,
      );
      continue;
    }
    const j = set.observations.length;
    a.record(file, ['observations', j], row);
    // A blank 口径 is a level: the common case when people add figures by hand.
    const measure = row.values.get('measure') ?? 'level';
    const observation: Json = {
      ...pick(row, {
        indicator: 'indicator',
        period: 'period',
        value: 'value',
        source: 'source',
        note: 'note',
      }),
      measure,
    };
    const item = `${String(row.values.get('indicator'))}@${String(row.values.get('period'))}/${String(measure)}`;
    locator.nameItem(file, item, ['observations', j]);
    set.observations.push(observation);
  }
  for (const [file, set] of sets) files.set(file, set);
}
