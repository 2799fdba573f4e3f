/**
 * The body of every error the API returns: RFC 9457 problem+json, with the issues listed field by field
 * in Chinese and English and the request id to quote to an administrator.
 */
import { z } from 'zod';
import { bilingualSchema } from './common-api';
import { codeText, freeText, nameText } from './text';

export const inputIssueSchema = z.object({
  file: freeText(),
  item: codeText().nullable(),
  field: freeText().nullable(),
  code: codeText(),
  severity: z.enum(['error', 'warning']),
  message: bilingualSchema,
});

/** Extra members (the current version of a stale write, the rows of a refused upload) stay in the body. */
export const problemSchema = z
  .looseObject({
    type: codeText(),
    title: nameText(),
    status: z.number().int(),
    detail: freeText(),
    code: codeText(),
    messages: bilingualSchema,
    issues: z.array(inputIssueSchema),
    requestId: freeText(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;
