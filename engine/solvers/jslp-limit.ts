/** Placeholder; measured below. */
export const JSLP_MAX_NONZEROS = 1_000_000;
