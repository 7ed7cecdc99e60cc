/**
 * What one analysis of a document keeps for the next one (issue #12: re-analyse only what an
 * edit touches). Each stage (the model's lines, the rules' prose claims, …) keeps results keyed
 * by what they were computed from — a line's text and its context — never by offset, so an
 * edit elsewhere in the document does not invalidate them. Owned by the caller, one per
 * document (the server's AnalysisCache); `analyze` without a memo computes everything.
 *
 * The invariant, property-tested: an analysis with a memo equals one without.
 */
export class AnalysisMemo {
  private readonly stages = new Map<string, StageMemo<unknown>>();

  /** The memo of one stage; `name` is the stage's own (e.g. 'model.lines', 'rules.claims'). */
  stage<V>(name: string): StageMemo<V> {
    let stage = this.stages.get(name);
    if (!stage) { stage = new StageMemo<unknown>(); this.stages.set(name, stage); }
    return stage as StageMemo<V>;
  }

  /** At the end of an analysis: keep only what it used, so the memo stays the size of the document. */
  sweep(): void {
    for (const stage of this.stages.values()) stage.sweep();
  }
}

/** Results of one stage keyed by input; entries the latest analysis did not use are dropped by `sweep`. */
export class StageMemo<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  get(key: string): V | undefined {
    const hit = this.current.get(key) ?? this.previous.get(key);
    if (hit !== undefined) this.current.set(key, hit);
    return hit;
  }

  set(key: string, value: V): void { this.current.set(key, value); }

  sweep(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** Entries kept (one used since the last sweep is in both maps and counts once). */
  get size(): number {
    let size = this.current.size;
    for (const key of this.previous.keys()) if (!this.current.has(key)) size++;
    return size;
  }
}
