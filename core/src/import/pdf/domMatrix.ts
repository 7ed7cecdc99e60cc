/**
 * A 2-D DOMMatrix for pdf.js in Node without the optional native canvas package: pdf.js 5 builds
 * one when it loads (`new DOMMatrix()` at module level) and throws if the global is missing.
 * Reading text needs no more than this affine subset; it is installed only when Node has none.
 */
export class AffineMatrix {
  a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
  readonly is2D = true;

  constructor(init?: ArrayLike<number>) {
    if (init && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init).slice(0, 6);
  }

  get isIdentity(): boolean { return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0; }
  get m11() { return this.a; } get m12() { return this.b; } get m21() { return this.c; }
  get m22() { return this.d; } get m41() { return this.e; } get m42() { return this.f; }

  /** this = this × other */
  multiplySelf(other: Partial<AffineMatrix> = {}): this {
    const o = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0, ...other };
    return this.set(this.a * o.a + this.c * o.b, this.b * o.a + this.d * o.b, this.a * o.c + this.c * o.d,
      this.b * o.c + this.d * o.d, this.a * o.e + this.c * o.f + this.e, this.b * o.e + this.d * o.f + this.f);
  }
  /** this = other × this */
  preMultiplySelf(other: Partial<AffineMatrix> = {}): this {
    const copy = new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
    const o = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0, ...other };
    this.set(o.a, o.b, o.c, o.d, o.e, o.f);
    return this.multiplySelf(copy);
  }
  translateSelf(x = 0, y = 0): this { return this.multiplySelf({ a: 1, b: 0, c: 0, d: 1, e: x, f: y }); }
  scaleSelf(x = 1, y = x): this { return this.multiplySelf({ a: x, b: 0, c: 0, d: y, e: 0, f: 0 }); }
  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (det === 0) return this.set(NaN, NaN, NaN, NaN, NaN, NaN);
    return this.set(this.d / det, -this.b / det, -this.c / det, this.a / det,
      (this.c * this.f - this.d * this.e) / det, (this.b * this.e - this.a * this.f) / det);
  }
  multiply(other?: Partial<AffineMatrix>) { return this.copy().multiplySelf(other); }
  translate(x?: number, y?: number) { return this.copy().translateSelf(x, y); }
  scale(x?: number, y?: number) { return this.copy().scaleSelf(x, y); }
  inverse() { return this.copy().invertSelf(); }

  private copy(): AffineMatrix { return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]); }
  private set(a: number, b: number, c: number, d: number, e: number, f: number): this {
    this.a = a; this.b = b; this.c = c; this.d = d; this.e = e; this.f = f;
    return this;
  }
}

export function ensureDomMatrix(): void {
  const global = globalThis as { DOMMatrix?: unknown };
  global.DOMMatrix ??= AffineMatrix;
}
