/** Placeholder; measured below. */
export const JSLP_MAX_NONZEROS = 1_000_000;
export const JSLP_DEFAULT_TIME_LIMIT_SECONDS = 30;
