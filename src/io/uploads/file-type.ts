/**
 * What an uploaded evidence file really is, from its first bytes — never from the name or the type
 * the browser claims. Only documents and images offices send as evidence are accepted.
 */
export interface EvidenceType {
  extensions: readonly string[];
  contentType: string;
  label: string;
}

const pdf: EvidenceType = { extensions: ['pdf'], contentType: 'application/pdf', label: 'PDF' };
const png: EvidenceType = { extensions: ['png'], contentType: 'image/png', label: 'PNG' };
const jpeg: EvidenceType = { extensions: ['jpg', 'jpeg'], contentType: 'image/jpeg', label: 'JPEG' };
const ooxml: EvidenceType = {
  extensions: ['docx', 'xlsx', 'pptx'],
  contentType: 'application/octet-stream',
  label: 'Office (docx/xlsx/pptx)',
};
const ole: EvidenceType = {
  extensions: ['doc', 'xls', 'ppt', 'wps', 'et', 'dps'],
  contentType: 'application/octet-stream',
  label: 'Office 97–2003 / WPS',
};

const ooxmlTypes: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

/** The evidence type of a file's first bytes, or null when it is not an accepted kind. */
export function sniffEvidence(head: Uint8Array): EvidenceType | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return pdf; // %PDF-
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return png;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return jpeg;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return ooxml; // zip container
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return ole;
  return null;
}

export const acceptedExtensions = [pdf, png, jpeg, ooxml, ole].flatMap((t) => t.extensions);

/** The content type to serve a stored file with, from its checked extension. */
export function contentTypeFor(type: EvidenceType, extension: string): string {
  return (
    ooxmlTypes[extension] ??
    (type.contentType === 'application/octet-stream' ? 'application/octet-stream' : type.contentType)
  );
}

/**
 * A safe display name: the last path segment only, no control characters, at most 200 characters.
 * Returns null when nothing sensible is left or the name tried to climb directories.
 */
export function safeFileName(name: string): string | null {
  if (/(^|[\\/])\.\.([\\/]|$)/.test(name) || /[\\/]/.test(name) || name.includes('\0')) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const cleaned = name.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!cleaned || cleaned === '.' || cleaned.length > 200) return null;
  return cleaned;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}
