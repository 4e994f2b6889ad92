/**
 * The app's own origin. The renderer is only ever served from app://atvejis/…; anything else
 * (another host, another scheme) is foreign. Pure helpers, no Electron import, so tests can use them.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'atvejis';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True only for app://atvejis/… URLs. Compares protocol and host rather than URL.origin, because
 * WHATWG URL reports origin "null" for non-special schemes such as app:.
 */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}
