/** Turn zod issues into short, located messages a user can act on. */
import type { z } from 'zod';
import { formatPath, type Issue } from '../errors.ts';

const MAX_OPTIONS_LISTED = 12;

export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      const listed = options.length > MAX_OPTIONS_LISTED ? `${options.slice(0, MAX_OPTIONS_LISTED).join(', ')}, …` : options.join(', ');
      const got = 'input' in issue && issue.input !== undefined ? `${JSON.stringify(issue.input)} is not allowed; ` : '';
      return `${got}expected one of ${listed}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'invalid_type':
      // z.never() marks a field that was replaced: its own message says by what.
      if (issue.expected === 'never') return issue.message;
      return issue.input === undefined ? `required field is missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_union': {
      if (issue.errors.length === 0) {
        const d = 'discriminator' in issue && typeof issue.discriminator === 'string' ? issue.discriminator : 'kind';
        return `unknown ${d}${'input' in issue && issue.input !== undefined ? ` in ${JSON.stringify(issue.input).slice(0, 80)}` : ''}`;
      }
      const forms = issue.errors.map((branch) => branch[0]?.message ?? 'invalid').join('; or ');
      return `matches none of the allowed forms (${forms})`;
    }
    default:
      return issue.message;
  }
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${JSON.stringify(v)}`;
}
