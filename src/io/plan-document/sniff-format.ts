/**
 * What a file is, from its first bytes rather than its name: a zip (docx), %PDF, the OLE compound
 * file of old Word (and of encrypted Office files), an image, or text. A name that disagrees with the
 * content is refused with both named, so a renamed file is not read as something it is not.
 */
import JSZip from 'jszip';
import { maxDocumentBytes, refuseDocument } from './document-refusal';

export type DocumentFormat = 'docx' | 'pdf' | 'txt' | 'md';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((b, i) => bytes[i] === b);

const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const zip = [0x50, 0x4b, 0x03, 0x04];
const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d];
const images: [string, number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
];

function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return m?.[1]?.toLowerCase() ?? '';
}

function mismatch(fileName: string, named: string, actual: string): never {
  refuseDocument(
    'document_kind_mismatch',
    `文件“${fileName}”的扩展名是 .${named},但内容是 ${actual}。请确认选对了文件,或按实际类型改正扩展名后再上传。`,
    `“${fileName}” is named .${named} but its content is ${actual}. Check that this is the right file, or give it the extension of what it is, and upload again.`,
  );
}

export async function sniffFormat(bytes: Uint8Array, fileName: string): Promise<DocumentFormat> {
  if (bytes.length === 0) {
    refuseDocument(
      'document_empty',
      `文件“${fileName}”是空的(0 字节)。请检查导出或下载是否完整,再上传规划原文。`,
      `“${fileName}” is empty (0 bytes). Check that the export or download finished, then upload the plan again.`,
    );
  }
  if (bytes.length > maxDocumentBytes) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    refuseDocument(
      'document_too_large',
      `文件“${fileName}”有 ${mb} MB,超过 ${maxDocumentBytes / 1024 / 1024} MB 的上限。请上传不含扫描图片的版本,或只上传规划正文。`,
      `“${fileName}” is ${mb} MB, over the ${maxDocumentBytes / 1024 / 1024} MB limit. Upload a version without scanned images, or the plan text only.`,
    );
  }
  const ext = extensionOf(fileName);
  if (startsWith(bytes, ole)) {
    refuseDocument(
      'document_legacy_doc',
      `“${fileName}”是旧版 Word 文件(.doc,二进制格式)或加密的 Office 文件,无法直接读取。请在 Word 或 WPS 中“另存为” .docx(如有密码请先取消),再上传。`,
      `“${fileName}” is an old binary Word file (.doc) or a password-protected Office file, which cannot be read. Open it in Word or WPS, “Save as” .docx (removing any password), and upload that.`,
    );
  }
  const image = images.find(([, sig]) => startsWith(bytes, sig));
  if (image) mismatch(fileName, ext || '?', `${image[0]} 图片 image`);
  if (startsWith(bytes, pdf)) {
    if (ext !== 'pdf') mismatch(fileName, ext || '?', 'PDF');
    return 'pdf';
  }
  if (startsWith(bytes, zip)) {
    const archive = await JSZip.loadAsync(bytes).catch(() => null);
    const isDocx = archive?.file('word/document.xml') != null;
    const kind = isDocx
      ? 'Word (.docx)'
      : archive?.file('xl/workbook.xml')
        ? 'Excel (.xlsx)'
        : 'ZIP 压缩包 archive';
    if (!isDocx || ext !== 'docx') mismatch(fileName, ext || '?', kind);
    return 'docx';
  }
  if (ext === 'docx' || ext === 'pdf') mismatch(fileName, ext, '文本或未知格式 text or an unknown format');
  if (ext === 'doc') {
    refuseDocument(
      'document_legacy_doc',
      `“${fileName}”不是可读取的 Word 文件。请在 Word 或 WPS 中“另存为” .docx 再上传。`,
      `“${fileName}” is not a readable Word file. “Save as” .docx in Word or WPS and upload that.`,
    );
  }
  return ext === 'md' ? 'md' : 'txt';
}
