import type { Locale, Localized } from '../formats';
import { localized, pick } from '../i18n/text';
import type { ReadReason, Unreadable } from './fileSystem';

/** Why a file was not read, for the CLI's stderr and the server's log. `{limit}` MB, `{code}` of the system. */
const REASONS: Record<ReadReason, Localized> = {
  ENOENT: localized('文件或目录不存在', 'no such file or directory'),
  EACCES: localized('没有读取权限', 'permission denied'),
  EISDIR: localized('是目录，不是文件', 'is a directory'),
  ENOTDIR: localized('路径中有一段不是目录', 'a part of the path is not a directory'),
  ELOOP: localized('符号链接循环', 'symbolic link loop'),
  notRegular: localized('不是普通文件（管道、设备或套接字），不读取', 'not a regular file (pipe, device or socket); not read'),
  tooLarge: localized('超过 {limit} MB 的输入上限（可设置环境变量 ZFXXGK_MAX_INPUT_MB 放宽）', 'larger than the input limit of {limit} MB (raise it with the environment variable ZFXXGK_MAX_INPUT_MB)'),
  binary: localized('不是文本文件（含二进制内容）', 'not a text file (binary content)'),
  unknownEncoding: localized('无法判断文字编码（不是 UTF-8、UTF-16 或 GB18030）；请另存为 UTF-8', 'cannot tell the text encoding (not UTF-8, UTF-16 or GB18030); save it as UTF-8'),
  other: localized('读取出错（{code}）', 'read error ({code})'),
};

const CANNOT_READ = localized('无法读取：', 'cannot read: ');

export function readReasonText(reason: ReadReason, locale: Locale, limitMb: number, code = '?'): string {
  return pick(REASONS[reason], locale).replace('{limit}', String(limitMb)).replace('{code}', code);
}

/** `无法读取：NAME（reason）`; `name` defaults to the path (the CLI says “（标准输入）” for `-`). */
export function unreadableMessage(item: Unreadable, locale: Locale, limitMb: number, name = item.path): string {
  const reason = readReasonText(item.reason, locale, limitMb, item.code || '?');
  return pick(CANNOT_READ, locale) + name + (locale === 'zh-cn' ? `（${reason}）` : ` (${reason})`);
}
