import { ImportError, type ImportLimits } from './types';

/**
 * Zip bomb guard for DOCX (issue 14 F5): before mammoth sees the archive, every part is inflated
 * once with its output capped, so no declared or actual size beyond the limits is ever held in
 * memory. Refused: a total inflated size over maxInflatedBytes, a part inflating to more than it
 * declares, and a large part whose ratio of inflated to compressed size exceeds maxRatio.
 */
export const DEFAULT_LIMITS: ImportLimits = { maxInflatedBytes: 64 * 1024 * 1024, maxRatio: 100 };

/** Parts smaller than this are not held to the ratio: tiny XML compresses very well, harmlessly. */
const RATIO_FLOOR = 1024 * 1024;

interface Entry { name: string; method: number; compressed: number; size: number; local: number }

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function refuse(zh: string, en: string, code = 'zipLimit'): never {
  throw new ImportError({ 'zh-cn': zh, en }, code);
}

function limitText(limits: ImportLimits): { zh: string; en: string } {
  return {
    zh: `限制：解压后合计不超过 ${mb(limits.maxInflatedBytes)}、单个部件压缩比不超过 ${limits.maxRatio}。如确需导入，请调大导入选项 limits.maxInflatedBytes / limits.maxRatio。`,
    en: `Limits: ${mb(limits.maxInflatedBytes)} inflated in total, a compression ratio of ${limits.maxRatio} per part. To import it anyway, raise the import options limits.maxInflatedBytes / limits.maxRatio.`,
  };
}

/** The central directory's entries; refuses what is not a zip. */
export function zipEntries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) refuse('文件不是有效的 DOCX（ZIP）文档。', 'The file is not a valid DOCX (zip) document.', 'notZip');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) refuse('DOCX 文档的目录已损坏。', 'The DOCX document\'s directory is damaged.', 'notZip');
    const nameLength = view.getUint16(offset + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressed: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      local: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

/** Check the archive against the limits, inflating each part at most to what it may be. */
export async function checkZipLimits(bytes: Uint8Array, limits: ImportLimits): Promise<void> {
  const { inflateRawSync } = await import('zlib');
  const entries = zipEntries(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = limitText(limits);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxInflatedBytes) {
    refuse(`DOCX 文件声明解压后共 ${mb(declared)}，超过限制。${text.zh}`, `The DOCX declares ${mb(declared)} inflated, over the limit. ${text.en}`);
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.size > RATIO_FLOOR && entry.size > entry.compressed * limits.maxRatio) {
      refuse(`DOCX 部件 ${entry.name} 的压缩比过高（${Math.round(entry.size / Math.max(1, entry.compressed))}），疑为压缩炸弹。${text.zh}`,
        `The DOCX part ${entry.name} is compressed ${Math.round(entry.size / Math.max(1, entry.compressed))} to 1, likely a zip bomb. ${text.en}`);
    }
    if (entry.method !== 8) { total += entry.size; continue; }
    const local = entry.local;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) refuse('DOCX 文档的目录已损坏。', 'The DOCX document\'s directory is damaged.', 'notZip');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const cap = Math.min(entry.size, limits.maxInflatedBytes - total);
    let inflated: number;
    try {
      inflated = inflateRawSync(bytes.subarray(start, start + entry.compressed), { maxOutputLength: Math.max(1, cap + 1) }).length;
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        refuse(`DOCX 部件 ${entry.name} 解压后超过其声明的大小或总限制，疑为压缩炸弹。${text.zh}`, `The DOCX part ${entry.name} inflates beyond its declared size or the total limit, likely a zip bomb. ${text.en}`);
      }
      refuse(`DOCX 部件 ${entry.name} 已损坏，无法解压。`, `The DOCX part ${entry.name} is damaged and cannot be inflated.`, 'notZip');
    }
    if (inflated > cap) {
      refuse(`DOCX 部件 ${entry.name} 解压后超过其声明的大小或总限制，疑为压缩炸弹。${text.zh}`, `The DOCX part ${entry.name} inflates beyond its declared size or the total limit, likely a zip bomb. ${text.en}`);
    }
    total += inflated;
  }
}
