/** An error the respondent's request caused: mapped to its HTTP status with a clear message. */
export class ResponseError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 415 | 422,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}
