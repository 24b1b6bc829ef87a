/**
 * The typed messages of a worker pool, for any set of task kinds. A task map names each kind's task
 * fields, its value and the run context its handler reads:
 *
 *   type DrawTasks = { draw: { task: { spec: DrawSpec }; value: DrawResult; context: Scenario } };
 *
 * Tasks and values are plain data (structured clone); a worker never throws across the thread
 * boundary: it answers `{ ok: false, error }`. A run context (the scenario of a Monte Carlo run, the
 * sector templates of a rollout) travels to each worker once, not with every task.
 */

export interface TaskSpec {
  /** The task's own fields (besides `kind`). */
  readonly task: object;
  readonly value: unknown;
  /** The run context the handler reads; `undefined` when the kind needs none. */
  readonly context?: unknown;
}

export type TaskMap = Record<string, TaskSpec>;

export type TaskKind<M extends TaskMap> = keyof M & string;
export type TaskOf<M extends TaskMap, K extends TaskKind<M> = TaskKind<M>> = { [P in K]: { readonly kind: P } & M[P]['task'] }[K];
export type ValueOf<M extends TaskMap, K extends TaskKind<M>> = M[K]['value'];
export type ContextOf<M extends TaskMap, K extends TaskKind<M>> = { [P in K]: M[P] extends { readonly context: infer C } ? C : undefined }[K];

export type WorkerErrorCode = 'task_error' | 'worker_died' | 'timeout' | 'cancelled';

export interface WorkerError {
  readonly code: WorkerErrorCode;
  readonly message: string;
  /** How many times the task was started. */
  readonly attempts: number;
}

export type TaskOutcome<V> = { readonly ok: true; readonly value: V } | { readonly ok: false; readonly error: WorkerError };

/** A run context registered with a pool: tasks name it by id; each worker receives its value once. */
export interface RunContext<C> {
  readonly id: string;
  readonly value: C;
}

export interface RunOptions<C = unknown> {
  readonly signal?: AbortSignal | undefined;
  /** The run context of the task's kind. */
  readonly context?: RunContext<C> | undefined;
  /** Wall-clock limit per attempt, ms; default the pool's. */
  readonly timeoutMs?: number | undefined;
}

/** What a run on a pool needs of it (the engine's run functions take this, not a concrete pool). */
export interface TaskRunner<M extends TaskMap> {
  readonly workers: number;
  context<C>(value: C): RunContext<C>;
  run<K extends TaskKind<M>>(task: TaskOf<M, K>, options?: RunOptions<ContextOf<M, K>>): Promise<TaskOutcome<ValueOf<M, K>>>;
  /**
   * Run tasks from an iterable with at most `inFlight` outstanding (memory does not grow with the
   * number of tasks), calling `onResult(index, outcome)` as each finishes (in completion order).
   * `total`: how many tasks a generator will yield (an array says so itself), which the pool's
   * sizing rule reads to decide whether more threads pay.
   */
  runAll<K extends TaskKind<M>>(
    tasks: Iterable<TaskOf<M, K>>,
    onResult: (index: number, outcome: TaskOutcome<ValueOf<M, K>>) => void,
    options?: RunOptions<ContextOf<M, K>> & { readonly inFlight?: number; readonly total?: number },
  ): Promise<void>;
}

/** The handlers of a task map, as a registry module's `createHandlers` returns them (in the worker). */
export type TaskHandlers<M extends TaskMap> = {
  readonly [K in TaskKind<M>]: (task: TaskOf<M, K>, context: ContextOf<M, K>) => ValueOf<M, K> | Promise<ValueOf<M, K>>;
};

/**
 * The message the pool sends: the task, and its run context by id (with the value when the worker
 * lacks it); or a ping, answered as soon as the worker has loaded (the pool measures start-up so).
 */
export interface Envelope {
  readonly task: { readonly kind: string };
  readonly ping?: true;
  readonly contextId?: string;
  readonly context?: { readonly value: unknown };
}

/**
 * A worker's answer: the task's outcome with the handler's time (ms, which the pool's sizing rule
 * reads and strips), or a request for the run context it does not hold.
 */
export type Reply = (TaskOutcome<unknown> & { readonly ms?: number }) | { readonly ok: false; readonly needsContext: true };
