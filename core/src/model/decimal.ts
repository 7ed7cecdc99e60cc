/** Exact decimals for money: a scaled bigint, never a float. */
export interface Decimal { scaled: bigint; scale: number }

export function parseDecimal(digits: string, fraction: string, negative: boolean): Decimal {
  const scaled = BigInt(digits + fraction);
  return { scaled: negative ? -scaled : scaled, scale: fraction.length };
}

export function decimalToString(value: Decimal): string {
  const negative = value.scaled < 0n;
  let digits = (negative ? -value.scaled : value.scaled).toString();
  if (value.scale === 0) return (negative ? '-' : '') + digits;
  digits = digits.padStart(value.scale + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -value.scale)}.${digits.slice(-value.scale)}`;
}

/** value / 10^power, exactly (元 → 万元 is power 4); trailing zeros of the fraction trimmed. */
export function shiftDecimal(value: Decimal, power: number): Decimal {
  let result: Decimal = { scaled: value.scaled, scale: value.scale + power };
  while (result.scale > 0 && result.scaled % 10n === 0n) result = { scaled: result.scaled / 10n, scale: result.scale - 1 };
  return result;
}

export function compareDecimal(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const left = a.scaled * 10n ** BigInt(scale - a.scale);
  const right = b.scaled * 10n ** BigInt(scale - b.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}
