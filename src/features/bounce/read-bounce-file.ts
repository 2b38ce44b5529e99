import { checkBounceFile, sniffBounceFile, type BounceFileText } from '../../domain/bounce/bounce-file';

/**
 * Reads a chosen or dropped file in the browser. The reader for its format
 * (postal-mime for .eml, msgreader for .msg) is a chunk of its own, loaded only
 * now. A reader that cannot be loaded rejects; everything else resolves.
 */
export async function readBounceFile(file: File): Promise<BounceFileText> {
  const check = checkBounceFile(file);
  if (!check.ok) return check;
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (sniffBounceFile(bytes, check.kind) === 'msg') {
    const { readMsg } = await import('../../domain/bounce/read-msg');
    return readMsg(bytes);
  }
  const { readEml } = await import('../../domain/bounce/read-eml');
  return readEml(bytes);
}
