/**
 * `lantu plan draft` as a user runs it: a real child process on a real Word file and an old .doc.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftCandidatesSchema } from '../../contracts/plan-draft-api';
import { planDocx } from '../../io/plan-document/test-support/plan-files';

const bin = fileURLToPath(new URL('../../../bin/lantu.mjs', import.meta.url));
const oldDoc = fileURLToPath(new URL('../../io/plan-document/fixtures/old-plan.doc', import.meta.url));

function lantu(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANTU_LANG: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('lantu plan draft', () => {
  it('drafts a Word plan into a package marked as a draft, with its candidates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantu-draft-'));
    const file = join(dir, '示范市纲要.docx');
    writeFileSync(file, await planDocx());
    const out = join(dir, 'draft');
    const r = lantu(['plan', 'draft', file, '--out', out, '--code', 'demo-city-14th']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('纲要 0 篇、2 章、1 节、0 个专栏;表内指标 3 项');
    expect(r.out).toContain('草稿通过规划包校验');
    const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as {
      draft?: boolean;
      code: string;
    };
    expect(plan).toMatchObject({ draft: true, code: 'demo-city-14th' });
    const candidates = draftCandidatesSchema.parse(
      JSON.parse(readFileSync(join(out, 'candidates.json'), 'utf8')),
    );
    expect(candidates.source).toMatchObject({ fileName: '示范市纲要.docx', format: 'docx' });
    expect(existsSync(join(out, 'document.txt'))).toBe(true);
    // the draft is an ordinary package for the validator
    expect(lantu(['plan', 'validate', out]).code).toBe(0);
    // and nothing is overwritten
    const again = lantu(['plan', 'draft', file, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('已有规划包文件');
    // four CLI processes on a machine shared with other test files
  }, 240_000);

  it('refuses an old .doc with what to do, in Chinese and English', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lantu-draft-')), 'draft');
    const r = lantu(['plan', 'draft', oldDoc, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('[document_legacy_doc]');
    expect(r.err).toContain('另存为” .docx');
    expect(r.err).toContain('Save as” .docx');
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
