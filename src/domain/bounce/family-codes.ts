/**
 * The family of Exchange Online sending blocks this wizard has (or will have)
 * a guide for. A family code links to our guide as soon as the guide exists
 * (isGuideCode), and until then to the Microsoft page that explains it.
 */
export const FAMILY_CODES = ['5.7.703', '5.7.705', '5.7.708', '5.7.750', '5.1.8', '5.7.711', '5.7.233'] as const;
export type FamilyCode = (typeof FAMILY_CODES)[number];

export const isFamilyCode = (code: string): code is FamilyCode => (FAMILY_CODES as readonly string[]).includes(code);

const FIX_5_7_7XX = '/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750';

/**
 * Microsoft's page for each family code (learn.microsoft.com paths, from the
 * project's guidance reference: the source id says where each was verified).
 */
export const FAMILY_DOCS: Record<FamilyCode, { path: string; source: string }> = {
  '5.7.703': { path: '/defender-office-365/tenant-allow-block-list-email-spoof-configure', source: 'MIR-tabl-email' },
  '5.7.705': { path: FIX_5_7_7XX, source: 'SA-7xx-2024' },
  '5.7.708': { path: FIX_5_7_7XX, source: 'SA-7xx-2024' },
  '5.7.750': { path: FIX_5_7_7XX, source: 'SA-7xx-2024' },
  '5.1.8': { path: '/defender-office-365/outbound-spam-restore-restricted-users', source: 'MIR-restricted-users' },
  '5.7.711': { path: '/defender-office-365/connectors-remove-blocked', source: 'MIR-connectors-remove-blocked' },
  '5.7.233': { path: '/defender-office-365/outbound-spam-sending-limits-troubleshoot', source: 'MIR-sending-limits' },
};
