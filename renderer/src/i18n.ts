import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../electron/contract';

// Each locales/<lang>/<area>.json becomes the top-level key <area>, so 'errors.forbidden' is
// locales/*/errors.json → forbidden, the same keys the services send.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json', { eager: true });

function resources(lang: Language): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, mod] of Object.entries(files)) {
    const m = /locales\/(\w+)\/(\w+)\.json$/.exec(path);
    if (m && m[1] === lang) out[m[2]!] = mod.default;
  }
  return out;
}

void i18n.use(initReactI18next).init({
  resources: { lt: { translation: resources('lt') }, en: { translation: resources('en') } },
  lng: 'lt',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLanguage(lang: Language): void {
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18n;
