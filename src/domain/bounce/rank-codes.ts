import type { Occurrence } from './code-occurrences';

/**
 * Chooses, among every code a bounce contains, the ones that are reasons for
 * the failure, most telling first, and the underlying cause of the first.
 *
 * Not reasons: the reporting server's follow-on lines in a transcript, protocol
 * errors (x.5.x: a typo in a typed session, "503 5.5.2 Need rcpt command" after
 * every recipient was refused), the retry history of a message that finally
 * failed, the reporting server's summary where the remote server's own reply
 * says something else, and "failed" (x.y.0) where a specific code is stated.
 */
export interface RankedCode {
  code: string;
  role: 'reason' | 'cause';
  /** The occurrence whose reply is quoted for it. */
  source: Occurrence;
  count: number;
}

/** subject.detail: 4.4.7 and 5.4.7 say the same thing, once as delay and once as failure. */
const meaning = (code: string) => code.slice(2);
const isProtocol = (code: string) => code[2] === '5';
const isGeneric = (code: string) => code.endsWith('.0');
const isUnspecified = (code: string) => code.endsWith('.0.0');
/** Delivery time expired (RFC 3463 x.4.7) and Exchange Online's 5.4.300 "Message expired". */
const isExpiry = (code: string) => meaning(code) === '4.7' || code === '5.4.300';

const usable = (o: Occurrence) => !o.followOn && !o.history && !o.arrow;
const stated = (o: Occurrence) => o.evidence !== 'mention';

/** The first non-empty pool, from the strongest kind of evidence to the weakest. */
function reasonPool(all: Occurrence[]): Occurrence[] {
  const pools: ((o: Occurrence) => boolean)[] = [
    (o) => usable(o) && stated(o) && !isProtocol(o.code),
    (o) => usable(o) && stated(o),
    // Only a history (a log with a time on every line): its attempts are what there is.
    (o) => o.history && !o.arrow && stated(o),
    (o) => o.followOn,
    (o) => !o.arrow,
    () => true,
  ];
  for (const [index, keep] of pools.entries()) {
    const pool = all.filter(keep);
    // Only a summary's bare "failed" (Status: 5.0.0) beside a protocol reply: the reply says more.
    if (index === 0 && pool.every((o) => isUnspecified(o.code) && o.evidence === 'status') && all.some(pools[1])) continue;
    if (pool.length) return pool;
  }
  return [];
}

interface Group {
  code: string;
  occurrences: Occurrence[];
  reply: boolean;
}

function group(pool: Occurrence[]): Group[] {
  const groups = new Map<string, Group>();
  // Replies first, so a summary with the same meaning joins the reply's code (Status: 5.4.7 joins 550 4.4.7).
  const ordered = [...pool.filter((o) => o.evidence === 'reply'), ...pool.filter((o) => o.evidence !== 'reply')];
  const byMeaning = new Map<string, Group>();
  for (const occurrence of ordered) {
    let found = groups.get(occurrence.code);
    if (!found && occurrence.evidence !== 'reply') {
      const same = byMeaning.get(meaning(occurrence.code));
      if (same?.reply) found = same;
    }
    if (!found) {
      found = { code: occurrence.code, occurrences: [], reply: occurrence.evidence === 'reply' };
      groups.set(occurrence.code, found);
      if (!byMeaning.has(meaning(occurrence.code))) byMeaning.set(meaning(occurrence.code), found);
    }
    found.occurrences.push(occurrence);
  }
  return [...groups.values()];
}

const firstOrder = (g: Group) => g.occurrences.reduce((min, o) => Math.min(min, o.order), Number.POSITIVE_INFINITY);

/** The occurrence whose reply is quoted: a worded reply with its SMTP reply code, else any reply, else the first. */
function quoted(g: Group): Occurrence {
  const byOrder = [...g.occurrences].sort((a, b) => a.order - b.order);
  return (
    byOrder.find((o) => o.evidence === 'reply' && o.replyAt !== o.at && o.worded) ??
    byOrder.find((o) => o.evidence === 'reply' && o.replyAt !== o.at) ??
    byOrder.find((o) => o.evidence === 'reply') ??
    byOrder[0]
  );
}

function causeOf(primary: Group, all: Occurrence[], dropped: Occurrence[]): Occurrence | undefined {
  const notPrimary = (o: Occurrence) => meaning(o.code) !== meaning(primary.code) && !isProtocol(o.code) && stated(o);
  // "550 5.4.300 Message expired -> 451 4.4.0 DNS query failed": the arrow names the cause.
  const lines = new Set(primary.occurrences.map((o) => `${o.segment}:${o.line}`));
  const arrowed = all.find((o) => o.arrow && notPrimary(o) && lines.has(`${o.segment}:${o.line}`));
  if (arrowed) return arrowed;
  if (!isExpiry(primary.code)) return undefined;
  // An expired message: the earlier attempts say why it could not be delivered in time.
  const candidates = [...all.filter((o) => (o.history || o.arrow) && notPrimary(o)), ...dropped.filter(notPrimary)];
  if (!candidates.length) return undefined;
  const counts = new Map<string, number>();
  for (const o of candidates) counts.set(o.code, (counts.get(o.code) ?? 0) + 1);
  return candidates.reduce((best, o) => {
    const difference = counts.get(o.code)! - counts.get(best.code)!;
    return difference > 0 || (difference === 0 && o.order > best.order) ? o : best;
  });
}

export function rankCodes(all: Occurrence[], limit: number): RankedCode[] {
  let pool = reasonPool(all);
  let dropped: Occurrence[] = [];
  // A permanent failure was final: transient codes before it are earlier attempts.
  if (pool.some((o) => o.permanent)) {
    dropped = pool.filter((o) => !o.permanent);
    pool = pool.filter((o) => o.permanent);
  }
  // The remote server's reply is the reason; a summary that says otherwise is the reporting server's guess.
  if (pool.some((o) => o.evidence === 'reply')) {
    const replied = new Set(pool.filter((o) => o.evidence === 'reply').map((o) => meaning(o.code)));
    pool = pool.filter((o) => o.evidence === 'reply' || replied.has(meaning(o.code)));
  }
  let groups = group(pool);
  // A code that both the summary (Status:) and a reply state is the DSN's own reason: a reply about another
  // subject ("550 5.1.1 … User unknown" beside Status: 5.7.0 and "550 5.7.0") is a line the reporting server added.
  const confirmed = groups.filter((g) => g.reply && !isUnspecified(g.code) && g.occurrences.some((o) => o.evidence === 'status'));
  if (confirmed.length) {
    const subjects = new Set(confirmed.map((g) => g.code.split('.')[1]));
    groups = groups.filter((g) => confirmed.includes(g) || subjects.has(g.code.split('.')[1]));
  }
  if (groups.some((g) => !isUnspecified(g.code))) groups = groups.filter((g) => !isUnspecified(g.code));
  if (groups.some((g) => !isGeneric(g.code))) groups = groups.filter((g) => !isGeneric(g.code));
  groups.sort((a, b) => Number(b.reply) - Number(a.reply) || b.occurrences.length - a.occurrences.length || firstOrder(a) - firstOrder(b));
  groups = groups.slice(0, limit);
  if (!groups.length) return [];

  const ranked: RankedCode[] = groups.map((g) => ({ code: g.code, role: 'reason', source: quoted(g), count: g.occurrences.length }));
  const cause = causeOf(groups[0], all, dropped);
  if (cause && !groups.some((g) => meaning(g.code) === meaning(cause.code))) {
    ranked.splice(1, 0, { code: cause.code, role: 'cause', source: cause, count: all.filter((o) => o.code === cause.code).length });
  }
  return ranked;
}
