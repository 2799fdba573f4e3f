/**
 * Drafting a plan from its document, as a use-case: read the file (io), draft the candidates
 * (plan-text), build the draft package and check it with the package rules every plan passes.
 * A refused file becomes a DomainError with the reader's bilingual message.
 */

import { DomainError } from '../../contracts/domain-error';
import type { InputIssue } from '../../contracts/issue';
import type { DraftCandidates } from '../../contracts/plan-draft-api';
import type { PlanPackage } from '../../contracts/plan-package';
import { checkPackageJson } from '../../io/importers/plan-package-load';
import { DocumentRefusal } from '../../io/plan-document/document-refusal';
import {
  type ReadDocument,
  readPastedText,
  readPlanDocument,
} from '../../io/plan-document/read-plan-document';
import { draftPlan } from '../../plan-text/draft-plan';
import { packageFiles } from '../plan-package/plan-package-write';
import { buildDraftPackage } from './draft-package';

export interface DraftCheck {
  pkg: PlanPackage;
  /** Every problem of the draft package, located by file, item and field. */
  issues: InputIssue[];
}

export interface DraftResult extends DraftCheck {
  candidates: DraftCandidates;
  /** The document's lines, for the review screen (quotes point into them). */
  lines: string[];
}

export function defaultDraftCode(sha256: string): string {
  return `draft-${sha256.slice(0, 8)}`;
}

/** A unit the document does not give fails the schema's length rule; say what it means for a draft. */
function explainMissingUnit(issue: InputIssue): InputIssue {
  if (issue.field !== 'unit' || issue.code !== 'schema_too_small') return issue;
  return {
    ...issue,
    code: 'unit_missing',
    message: {
      zh: '原文没有给出计量单位,请在审核时填写(如 亿元、%、家)',
      en: 'the document gives no unit: fill it in during review (e.g. 亿元, %, 家)',
    },
  };
}

export function checkDraft(candidates: DraftCandidates): DraftCheck {
  const pkg = buildDraftPackage(candidates);
  const json = new Map<string, unknown>();
  for (const [name, text] of packageFiles(pkg)) json.set(name, JSON.parse(text));
  const { issues } = checkPackageJson(json);
  return { pkg, issues: issues.map(explainMissingUnit) };
}

function fromRead(read: ReadDocument, code: string | undefined): DraftResult {
  const candidates = draftPlan(read.doc, {
    code: code ?? defaultDraftCode(read.source.sha256),
    source: read.source,
  });
  return { candidates, lines: read.doc.blocks.map((b) => b.text), ...checkDraft(candidates) };
}

async function refusedAsDomain<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DocumentRefusal) throw new DomainError(error.code, error.messages);
    throw error;
  }
}

export function draftFromFile(
  bytes: Uint8Array,
  fileName: string,
  options: { code?: string; ocr?: boolean } = {},
): Promise<DraftResult> {
  return refusedAsDomain(async () =>
    fromRead(await readPlanDocument(bytes, fileName, { ocr: options.ocr }), options.code),
  );
}

export function draftFromText(text: string, options: { code?: string } = {}): Promise<DraftResult> {
  return refusedAsDomain(async () => fromRead(readPastedText(text), options.code));
}
