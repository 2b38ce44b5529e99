/** A problem in a source article, reported with its file and line so it can be fixed there. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'ImportError';
  }
}
