/**
 * Fault injection for the hub simulator, set by tests over the admin API. `rate` is the share of
 * hub calls that fail; each failing call gets one of the enabled failure kinds:
 * - drop: the connection is closed before the request is read (nothing happened on the hub);
 * - error5xx: an HTML 503 page (nothing happened);
 * - resetBeforeCommit: the upload is cut off mid-body (nothing happened);
 * - resetAfterCommit: the request is carried out, then the connection is closed without an answer;
 * - resetMidBody: the request is carried out and half of the answer is sent, then the connection is closed.
 * Independently: `latencyMs` delays every call by a random amount in [min, max]; `duplicate` is the
 * chance that a sent packet is delivered twice (two receiver docIds); `reorder` shuffles every list.
 */
import { prng } from '../prng';
export type FailureKind = 'drop' | 'error5xx' | 'resetBeforeCommit' | 'resetAfterCommit' | 'resetMidBody';
export const FAILURE_KINDS: readonly FailureKind[] = ['drop', 'error5xx', 'resetBeforeCommit', 'resetAfterCommit', 'resetMidBody'];

export interface FaultConfig {
  rate: number;
  kinds: FailureKind[];
  latencyMs: [number, number];
  duplicate: number;
  reorder: boolean;
  seed: number;
}

export const NO_FAULTS: FaultConfig = { rate: 0, kinds: [...FAILURE_KINDS], latencyMs: [0, 0], duplicate: 0, reorder: false, seed: 1 };

export class Faults {
  config: FaultConfig = { ...NO_FAULTS };
  private random = prng(1);
  readonly counts: Record<string, number> = {};

  set(partial: Partial<FaultConfig>): FaultConfig {
    this.config = { ...this.config, ...partial };
    if (partial.seed !== undefined) this.random = prng(partial.seed);
    return this.config;
  }

  private count(k: string): void {
    this.counts[k] = (this.counts[k] ?? 0) + 1;
  }

  /** The failure for this call, if any. resetBeforeCommit only makes sense for uploads. */
  pick(call: string): FailureKind | null {
    this.count(`call:${call}`);
    const { rate, kinds } = this.config;
    if (rate <= 0 || kinds.length === 0 || this.random() >= rate) return null;
    const usable = kinds.filter((k) => k !== 'resetBeforeCommit' || call === 'sendEdoc');
    if (usable.length === 0) return null;
    const kind = usable[Math.floor(this.random() * usable.length)]!;
    this.count(`fault:${kind}`);
    return kind;
  }

  latency(): number {
    const [min, max] = this.config.latencyMs;
    return max <= 0 ? 0 : min + Math.floor(this.random() * (max - min + 1));
  }

  duplicate(): boolean {
    const dup = this.config.duplicate > 0 && this.random() < this.config.duplicate;
    if (dup) this.count('fault:duplicate');
    return dup;
  }

  shuffle<T>(items: T[]): T[] {
    if (!this.config.reorder) return items;
    this.count('fault:reorder');
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }
}
