/**
 * `plan-draft`: a 200-page plan drafted from its text and from its Word file — read, drafted and
 * checked by the package rules — against a plain line scan of the same text (split into lines, one
 * regular expression over each), measured in the same run. The plan is the Hebi text repeated
 * until it has 200 pages of about 800 characters, each copy's headings made distinct so that the
 * outline grows with it. Aim (issue 14): under 5 s.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import { readHeading } from '../../src/plan-text/headings';
import { draftFromFile, draftFromText } from '../../src/services/plan-draft/draft-document';
import { type Figure, medianMs } from '../measure';

const seedPaths = ['../shared/plan/hebi-etdz-14th-fyp.txt', '../../shared/plan/hebi-etdz-14th-fyp.txt'];
const pages = 200;
const charsPerPage = 800;

function longPlan(seed: string): string {
  const lines = seed.split('\n');
  const out: string[] = [];
  let size = 0;
  for (let copy = 1; size < pages * charsPerPage; copy++) {
    for (const line of lines) {
      const text = readHeading(line) ? `${line}(${copy})` : line;
      out.push(text);
      size += text.length;
    }
  }
  return out.join('\n');
}

export async function planDraftWorkload(): Promise<Figure[]> {
  const seedPath = seedPaths.find((p) => existsSync(p));
  if (!seedPath) {
    process.stderr.write(
      'plan-draft: the seed text (../shared/plan/hebi-etdz-14th-fyp.txt) is missing; skipped\n',
    );
    return [];
  }
  const text = longPlan(readFileSync(seedPath, 'utf8'));
  const docx = await Packer.toBuffer(
    new Document({ sections: [{ children: text.split('\n').map((l) => new Paragraph(l)) }] }),
  );
  const scan = await medianMs(5, () => {
    let digits = 0;
    for (const line of text.split('\n')) if (/\d+(\.\d+)?%/.test(line)) digits++;
    return digits;
  });
  let candidates = 0;
  const fromText = await medianMs(3, async () => {
    candidates = (await draftFromText(text, { code: 'bench' })).candidates.indicators.length;
  });
  const fromDocx = await medianMs(3, () => draftFromFile(docx, 'bench.docx', { code: 'bench' }));
  const figure = (name: string, ms: number): Figure => ({
    workload: 'plan-draft',
    name,
    value: ms / 1000,
    unit: 's',
    baseline: scan / 1000,
    baselineName: 'line scan',
    ratio: ms / scan,
    aim: '< 5 s',
  });
  return [
    figure(
      `${pages}-page text (${(text.length / 1000).toFixed(0)}k chars, ${candidates} candidates)`,
      fromText,
    ),
    figure(`${pages}-page .docx (${(docx.length / 1024).toFixed(0)} KB)`, fromDocx),
  ];
}
