import type { GuideCode } from '../domain/guides';

/** UI-string key of each guide's short name (codes contain dots, which i18next reads as nesting). */
export const GUIDE_NAME_KEY = {
  '5.7.705': 'guide.name.tenantThreshold',
  '5.7.750': 'guide.name.unregisteredDomains',
} as const satisfies Record<GuideCode, string>;
