/**
 * Which files the bounce reader accepts, before anything is read: an Outlook
 * .msg or an .eml (MIME), up to 25 MB. Files are read in the browser only.
 */
export const MAX_BOUNCE_FILE_BYTES = 25 * 1024 * 1024;

export type BounceFileKind = 'eml' | 'msg';
/** Why a file gives no text: not a mail file, too large, not readable as one, or nothing in it. */
export type BounceFileProblem = 'type' | 'size' | 'unreadable' | 'empty';

export type BounceFileCheck = { ok: true; kind: BounceFileKind } | { ok: false; problem: BounceFileProblem };
export type BounceFileText = { ok: true; text: string } | { ok: false; problem: BounceFileProblem };

export function checkBounceFile(file: { name: string; size: number }): BounceFileCheck {
  const dot = file.name.lastIndexOf('.');
  const extension = dot < 0 ? '' : file.name.slice(dot + 1).toLowerCase();
  if (extension !== 'eml' && extension !== 'msg') return { ok: false, problem: 'type' };
  if (file.size > MAX_BOUNCE_FILE_BYTES) return { ok: false, problem: 'size' };
  return { ok: true, kind: extension };
}

/** Outlook .msg files are OLE compound files; this is their signature. */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * What the bytes are, whatever the name says: a .msg renamed .eml (or the
 * reverse) is still read.
 */
export function sniffBounceFile(bytes: ArrayBuffer, named: BounceFileKind): BounceFileKind {
  const head = new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength));
  if (head.length === 8 && COMPOUND_FILE_SIGNATURE.every((byte, index) => head[index] === byte)) return 'msg';
  return named === 'msg' && head.length > 0 ? 'eml' : named;
}
