/**
 * What the first lines of a plan say about it: its name (《…纲要》 or the title lines), the region and
 * its level, which five-year plan it is, its period, base, target and vision years, the issue date.
 */
import { parseChineseNumber } from './chinese-number';
import { matchForm, type PlanDocument } from './plan-document';

export interface MetaDraft {
  name: string | null;
  regionName: string | null;
  level: 'zone' | 'county' | 'city' | 'province' | 'nation';
  fiveYearPlanNo: number | null;
  period: { start: number; end: number } | null;
  visionYear: number | null;
  issuedOn: string | null;
}

/** The 3rd plan began in 1966 after the 1963–65 adjustment years; every plan since is five years. */
export function periodOfPlan(no: number): { start: number; end: number } {
  const start = no >= 3 ? 1966 + (no - 3) * 5 : 1953 + (no - 1) * 5;
  return { start, end: start + 4 };
}

const planNo = /第([一二三四五六七八九十]+)个五年(规划|计划)/;

export function levelOf(region: string): MetaDraft['level'] {
  if (/中华人民共和国|^全国|^国家/.test(region)) return 'nation';
  if (/开发区|高新区|新区|园区|试验区|示范区|经开区|保税区|自贸/.test(region)) return 'zone';
  if (/(省|自治区)$/.test(region) || /^(北京|天津|上海|重庆)市$/.test(region)) return 'province';
  if (/(市|州|盟|地区)$/.test(region)) return 'city';
  return 'county';
}

export function draftMeta(doc: PlanDocument): MetaDraft {
  const head = doc.blocks.slice(0, 12).map((b) => matchForm(b.text));
  let name: string | null = null;
  const quoted = head.map((l) => /《([^》]*(纲要|规划|计划))》/.exec(l)?.[1]).find(Boolean);
  if (quoted) name = quoted;
  else {
    // a title broken over short lines: join them until one reads as the end of a plan title
    let joined = '';
    for (const line of head) {
      if (line.length > 40) {
        if (joined) break;
        continue;
      }
      joined += line;
      if (/(纲要|规划|计划)$/.test(joined)) {
        name = joined;
        break;
      }
    }
  }
  const source = name ?? head.join('');
  const noText = planNo.exec(source)?.[1];
  const fiveYearPlanNo = noText ? parseChineseNumber(noText) : null;
  const regionName = name
    ? (/^(.*?)(国民经济和社会发展|“十|十[一二三四五六七八九]五|第[一二三四五六七八九十]+个五年)/.exec(
        name,
      )?.[1] ?? null)
    : null;
  const vision = /(二〇三五|2035)年远景/.test(source) ? 2035 : null;
  const date = head.map((l) => /(20\d\d)年(\d{1,2})月(\d{1,2})日/.exec(l)).find(Boolean);
  return {
    name,
    regionName: regionName || null,
    level: levelOf(regionName ?? ''),
    fiveYearPlanNo,
    period: fiveYearPlanNo ? periodOfPlan(fiveYearPlanNo) : null,
    visionYear: vision,
    issuedOn: date
      ? `${date[1]}-${(date[2] ?? '').padStart(2, '0')}-${(date[3] ?? '').padStart(2, '0')}`
      : null,
  };
}
