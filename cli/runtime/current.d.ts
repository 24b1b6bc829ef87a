/** The compiled `main.js` of `root` (default this repository) when no source changed since it was built, else null. */
export function currentRuntime(root?: string): URL | null;
