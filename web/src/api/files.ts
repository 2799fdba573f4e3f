/**
 * Files in and out: downloads fetched as blobs (so a slow report shows progress and a refusal shows
 * its problem+json message instead of a JSON page), template and historic-data uploads.
 */
import { useMutation } from '@tanstack/react-query';
import { ApiError, problemToError, request, withQuery } from './client';
import type { HistoricUploadResult, TemplateUploadResult } from './types';
import { useWrite } from './write';

/** The file name of a Content-Disposition header, preferring the UTF-8 form (filename*=UTF-8''…). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (utf8) {
    try {
      return decodeURIComponent(utf8);
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

/** Fetches `url` and hands it to the browser as a download; resolves with the file name. */
export async function downloadFile(url: string, fallbackName = 'download'): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError({
      status: 0,
      code: 'network_error',
      messages: { zh: '无法连接服务器,请检查网络', en: 'cannot reach the server; check the network' },
    });
  }
  if (!response.ok) {
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: the error names the status.
    }
    throw problemToError(response.status, body);
  }
  const name = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the blob goes.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return name;
}

/** A download with its own pending state, so the button can spin and refuse a second click. */
export function useDownload() {
  return useMutation({
    mutationFn: ({ url, name }: { url: string; name?: string }) => downloadFile(url, name),
  });
}

function formWith(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

/** Where a filled template goes: the signed-in unit's own upload, or the office's for one unit. */
export interface ProxyTarget {
  round: number;
  unit: string;
}

export function useTemplateUpload(onBehalfOf?: ProxyTarget) {
  const url = onBehalfOf
    ? `/api/rounds/${onBehalfOf.round}/units/${encodeURIComponent(onBehalfOf.unit)}/template`
    : '/api/templates/upload';
  return useWrite(({ file, strict }: { file: File; strict: boolean }) =>
    request<TemplateUploadResult>('POST', withQuery(url, { strict: String(strict) }), formWith(file)),
  );
}

export function useHistoricImport(plan: string) {
  return useWrite(({ file, strict, source }: { file: File; strict: boolean; source: string }) =>
    request<HistoricUploadResult>(
      'POST',
      withQuery(`/api/plans/${encodeURIComponent(plan)}/observations/import`, {
        strict: String(strict),
        source: source.trim(),
      }),
      formWith(file),
    ),
  );
}

export const exportUrls = {
  roundTemplate: (round: number, unit?: string | null) =>
    withQuery(`/api/rounds/${round}/template`, { unit }),
  indicators: (plan: string, asOf: string, format: 'xlsx' | 'csv') =>
    withQuery(`/api/plans/${encodeURIComponent(plan)}/indicators/export`, { asOf, format }),
  ledger: (plan: string, indicator: string, format: 'xlsx' | 'csv') =>
    withQuery(
      `/api/plans/${encodeURIComponent(plan)}/indicators/${encodeURIComponent(indicator)}/ledger/export`,
      { format },
    ),
  audit: (format: 'xlsx' | 'csv') => withQuery('/api/audit/export', { format }),
};
