import 'i18next';
import type ui from '../../locales/en/ui.json';

// t() accepts only keys that exist in the English catalog.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof ui };
  }
}
