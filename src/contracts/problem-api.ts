/**
 * The body of every error the API returns: RFC 9457 problem+json, with the issues listed field by field
 * in Chinese and English and the request id to quote to an administrator.
 */
import { z } from 'zod';
import { bilingualSchema } from './common-api';

export const inputIssueSchema = z.object({
  file: z.string(),
  item: z.string().nullable(),
  field: z.string().nullable(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: bilingualSchema,
});

/** Extra members (the current version of a stale write, the rows of a refused upload) stay in the body. */
export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    messages: bilingualSchema,
    issues: z.array(inputIssueSchema),
    requestId: z.string(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;
