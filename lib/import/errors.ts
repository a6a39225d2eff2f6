/** A file or mapping that cannot be imported: shown to the researcher as is (Dutch). */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 | 413 | 415 | 422 = 422,
  ) {
    super(message);
  }
}
