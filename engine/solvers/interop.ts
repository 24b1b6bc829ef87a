/**
 * ESM/CJS default-export interop for the solver packages. `highs` and `javascript-lp-solver`
 * ship CommonJS-flavoured type declarations with `export default`, so under `NodeNext`
 * TypeScript types a default import as the whole module object (`{ default: ... }`), while Node
 * actually loads their ESM builds, whose default export is the value itself. This helper returns
 * the real default at run time and gives it the declared type.
 */
export function interopDefault<M extends { default: unknown }>(imported: M): M['default'] {
  const inner: unknown = (imported as { default?: unknown }).default;
  return (inner ?? imported) as M['default'];
}
