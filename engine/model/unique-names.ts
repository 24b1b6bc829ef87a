/**
 * Hands out unique spellings of names within one namespace after a format-specific cleaning
 * step (`lpSafeName` for LP files, whitespace removal for free MPS). A cleaned name that is
 * already taken gets `~2`, `~3`, ... appended (cut so the result stays within `maxLength`).
 */
export class UniqueNames {
  private readonly taken = new Set<string>();

  constructor(
    private readonly clean: (name: string) => string,
    private readonly maxLength = Number.POSITIVE_INFINITY,
  ) {}

  /** Marks a name that must not be handed out (e.g. the objective's name). */
  reserve(name: string): void {
    this.taken.add(name);
  }

  /** The unique cleaned spelling of `name`; registers it. */
  claim(name: string): string {
    const base = this.clean(name);
    let candidate = base;
    for (let k = 2; this.taken.has(candidate); k++) {
      const suffix = `~${k}`;
      candidate = base.slice(0, Math.max(0, this.maxLength - suffix.length)) + suffix;
    }
    this.taken.add(candidate);
    return candidate;
  }
}
