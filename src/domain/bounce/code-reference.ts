import table from '../../../locales/sources/ndr-codes.json';
import { GUIDE_CODES, type GuideCode } from '../guides';
import { FAMILY_DOCS, isFamilyCode } from './family-codes';

/**
 * Exchange Online's NDR reference table (Microsoft Learn, "Email non-delivery
 * reports and SMTP errors in Exchange Online", 2024 revision; see
 * locales/sources/README.md), and where each code should send the reader.
 */
interface TableEntry {
  codes: string[];
  description: string;
  doc: string | null;
}

export const NDR_REFERENCE_PATH = '/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';
export const FIX_5_7_7XX_PATH = '/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750';

export type CodeTarget = { kind: 'guide'; code: GuideCode } | { kind: 'doc'; path: string };

export interface CodeReference {
  code: string;
  /** Microsoft's short descriptions (English, as Microsoft writes them); empty when the table lacks the code. */
  descriptions: string[];
  target: CodeTarget;
}

/** "4.7.500-699" covers 4.7.500 to 4.7.699; anything else is a single code. */
function covers(pattern: string, code: string): boolean {
  const dash = pattern.indexOf('-');
  if (dash < 0) return pattern === code;
  const prefix = pattern.slice(0, pattern.lastIndexOf('.', dash) + 1);
  if (!code.startsWith(prefix)) return false;
  const detail = Number(code.slice(prefix.length));
  return detail >= Number(pattern.slice(prefix.length, dash)) && detail <= Number(pattern.slice(dash + 1));
}

const ENTRIES = (table as TableEntry[]).filter((entry) => entry.codes.length > 0);

export function lookUpCode(code: string): CodeReference {
  const entries = ENTRIES.filter((entry) => entry.codes.some((pattern) => covers(pattern, code)));
  const descriptions = [...new Set(entries.map((entry) => entry.description.replace(new RegExp(`^(\\d{3} )?${code.replace(/\./g, '\\.')} `), '')))];
  if (GUIDE_CODES.includes(code)) return { code, descriptions, target: { kind: 'guide', code } };
  // A family code whose guide is still being written: Microsoft's page for that block.
  if (isFamilyCode(code)) return { code, descriptions, target: { kind: 'doc', path: FAMILY_DOCS[code].path } };
  const doc = entries.find((entry) => entry.doc)?.doc;
  if (doc) return { code, descriptions, target: { kind: 'doc', path: doc } };
  // Every 5.7.7xx is a tenant-level sending block: Microsoft's 5.7.700–5.7.750 page is the place to start.
  if (/^5\.7\.7\d\d$/.test(code)) return { code, descriptions, target: { kind: 'doc', path: FIX_5_7_7XX_PATH } };
  return { code, descriptions, target: { kind: 'doc', path: NDR_REFERENCE_PATH } };
}
