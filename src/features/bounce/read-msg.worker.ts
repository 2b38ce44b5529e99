// Reads an Outlook .msg in a worker: msgreader and its codepage tables are a bundle of their own (nothing of them
// reaches the app's main script), and a large file is parsed off the page's thread.
import { readMsg } from '../../domain/bounce/read-msg';

const scope = self as unknown as { onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null; postMessage(data: unknown): void };

scope.onmessage = (event) => scope.postMessage(readMsg(event.data));
