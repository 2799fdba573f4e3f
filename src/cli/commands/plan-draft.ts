/**
 * `lantu plan draft <file> --out <dir>` — a plan's Word, PDF or text file to a draft plan package
 * and its candidates (docs/plan-import.md). The draft is written even when it has problems: they are
 * listed with their place, to be resolved in review before the plan can be published.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { DomainError } from '../../contracts/domain-error';
import { formatIssue } from '../../contracts/issue';
import { t } from '../../i18n/translate';
import { draftFromFile } from '../../services/plan-draft/draft-document';
import { proseThreshold } from '../../services/plan-draft/draft-package';
import { writeDraftFolder } from '../../services/plan-draft/write-draft-folder';
import { langOf, print } from '../context';

export function registerPlanDraftCommand(plan: Command): void {
  plan
    .command('draft')
    .argument('<file>', '规划原文:.docx、.pdf、.txt 或 .md / the plan document')
    .requiredOption('--out <dir>', '草稿规划包写入的空目录 / an empty folder for the draft package')
    .option('--code <code>', '规划编号(字母、数字、. _ -)/ plan code')
    .option(
      '--ocr',
      '对没有文字层的 PDF 做文字识别(需安装 tesseract)/ OCR a PDF without text (needs tesseract)',
    )
    .description('从规划原文起草规划包 / draft a plan package from the plan document')
    .action(async (file: string, opts: { out: string; code?: string; ocr?: boolean }, command: Command) => {
      const lang = langOf(command);
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        throw new DomainError('file_not_found', { zh: `找不到文件 ${file}`, en: `file not found: ${file}` });
      }
      const result = await draftFromFile(bytes, basename(file), { code: opts.code, ocr: opts.ocr });
      writeDraftFolder(result, opts.out);
      const { candidates } = result;
      const count = (kind: string) => candidates.outline.filter((n) => n.kind === kind).length;
      const prose = candidates.indicators.filter((i) => i.origin === 'prose');
      print(
        t(lang, 'draft.written', { dir: opts.out, file: basename(file), format: candidates.source.format }),
      );
      print(
        t(lang, 'draft.summary', {
          parts: count('part'),
          chapters: count('chapter'),
          sections: count('section'),
          columns: count('column'),
          rows: candidates.indicators.length - prose.length,
          prose: prose.length,
          included: prose.filter((p) => p.confidence >= proseThreshold).length,
          assignments: candidates.assignments.length,
        }),
      );
      const errors = result.issues.filter((i) => i.severity === 'error');
      for (const warning of result.issues.filter((i) => i.severity === 'warning'))
        print(formatIssue(warning));
      if (errors.length === 0) return print(t(lang, 'draft.valid'));
      print(t(lang, 'draft.problems', { count: errors.length }));
      for (const issue of errors) print(`  - ${formatIssue(issue)}`);
    });
}
