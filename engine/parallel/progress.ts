/** Progress of a long run, reported as work completes (CLI progress bars, API job progress, pool runs). */
export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly failed: number;
}
export type ProgressListener = (p: Progress) => void;
