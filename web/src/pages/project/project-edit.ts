/**
 * The project edit form's values, and the PATCH body made of what the person changed only (null
 * clears an attribute), so an edit never rewrites attributes nobody touched.
 */
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { ProjectChange } from '../../api/projects';
import type { ProjectDetail } from '../../api/types';

export interface EditFields {
  name: string;
  column?: string | null;
  responsibleUnit?: string | null;
  park?: string | null;
  leader?: string;
  chain?: string | null;
  owner?: string;
  nature?: string | null;
  investor?: string | null;
  totalInvestment?: number | null;
  plannedStart?: Dayjs | null;
  plannedFinish?: Dayjs | null;
  reason: string;
}

type Attributes = Omit<ProjectChange, 'version' | 'reason'>;

function current(p: ProjectDetail): Required<{ [K in keyof Attributes]: string | number | null }> {
  return {
    name: p.name,
    column: p.column,
    chapter: p.chapter,
    responsibleUnit: p.responsibleUnit?.code ?? null,
    leader: p.leader,
    park: p.park?.code ?? null,
    chain: p.chain,
    owner: p.owner,
    nature: p.nature,
    investor: p.investor,
    totalInvestment: p.totalInvestment,
    plannedStart: p.plannedStart,
    plannedFinish: p.plannedFinish,
  };
}

export function initialFields(p: ProjectDetail): EditFields {
  return {
    name: p.name,
    column: p.column,
    responsibleUnit: p.responsibleUnit?.code ?? null,
    park: p.park?.code ?? null,
    leader: p.leader ?? '',
    chain: p.chain,
    owner: p.owner ?? '',
    nature: p.nature,
    investor: p.investor,
    totalInvestment: p.totalInvestment,
    plannedStart: p.plannedStart ? dayjs(p.plannedStart) : null,
    plannedFinish: p.plannedFinish ? dayjs(p.plannedFinish) : null,
    reason: '',
  };
}

const blank = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** The attributes that differ from the project as read; empty when nothing changed. */
export function changedAttributes(p: ProjectDetail, f: EditFields): Attributes {
  const next: Record<string, string | number | null> = {
    name: f.name.trim(),
    column: f.column ?? null,
    responsibleUnit: f.responsibleUnit ?? null,
    park: f.park ?? null,
    leader: blank(f.leader),
    chain: f.chain ?? null,
    owner: blank(f.owner),
    nature: f.nature ?? null,
    investor: f.investor ?? null,
    totalInvestment: f.totalInvestment ?? null,
    plannedStart: day(f.plannedStart),
    plannedFinish: day(f.plannedFinish),
  };
  const was: Record<string, string | number | null> = current(p);
  const out: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(next)) if (value !== was[key]) out[key] = value;
  return out as Attributes;
}
