import { checkBounceFile, sniffBounceFile, type BounceFileText } from '../../domain/bounce/bounce-file';
import MsgWorker from './read-msg.worker?worker';

/** A worker that cannot start (offline after a deploy) rejects, like a chunk that cannot load. */
function readMsgInWorker(bytes: ArrayBuffer): Promise<BounceFileText> {
  return new Promise((resolve, reject) => {
    const worker = new MsgWorker();
    worker.onmessage = (event: MessageEvent<BounceFileText>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(`the .msg reader could not run: ${event.message}`));
    };
    worker.postMessage(bytes, [bytes]);
  });
}

/**
 * Reads a chosen or dropped file in the browser. The reader for its format
 * (postal-mime for .eml, msgreader for .msg in a worker) loads only now. A
 * reader that cannot be loaded rejects; everything else resolves.
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
  if (sniffBounceFile(bytes, check.kind) === 'msg') return readMsgInWorker(bytes);
  const { readEml } = await import('../../domain/bounce/read-eml');
  return readEml(bytes);
}
