/** The compiled runtime's folder of `root` (default this repository) when no source changed since it was built, else null. */
export function currentBuild(root?: string): URL | null;
