/**
 * The API key of a server that needs one: asked for once (a prompt), kept in a session cookie
 * (`lingtan_key`, SameSite=Strict, so no other site's page sends it), which the browser sends with
 * every request, link and event stream of this origin. The server reads the cookie when a request
 * has no Authorization header.
 */
import { t } from './i18n.ts';

export const KEY_COOKIE = 'lingtan_key';

/** The key cookie as it is now ('' without one). */
export const keyCookie = (): string => new RegExp(`(?:^|;\\s*)${KEY_COOKIE}=([^;]*)`).exec(document.cookie)?.[1] ?? '';

/** After a 401: ask for a key and keep it; false when the user gave none (the 401 stands). */
export function askForKey(code: string): boolean {
  const key = window.prompt(t(code === 'invalid_key' ? 'auth.invalid' : 'auth.prompt'))?.trim();
  if (key === undefined || key === '') return false;
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${KEY_COOKIE}=${encodeURIComponent(key)}; Path=/; SameSite=Strict${secure}`;
  return true;
}
