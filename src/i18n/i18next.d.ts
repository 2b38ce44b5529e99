import 'i18next';
import type ui from '../../locales/en/ui.json';
import type uiHome from '../../locales/en/ui-home.json';
import type uiStorage from '../../locales/en/ui-storage.json';
import type uiCase from '../../locales/en/ui-case.json';
import type uiGuide from '../../locales/en/ui-guide.json';

// t() accepts only keys that exist in the English catalog (ui-home.json is added to the same namespace when the home page's tools load).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof ui & typeof uiHome & typeof uiStorage & typeof uiCase & typeof uiGuide };
  }
}
