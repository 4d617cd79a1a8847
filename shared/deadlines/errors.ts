/** Raised for input a DPO must correct (unknown regime, impossible date, bad override); the message is a plain sentence. */
export class DeadlineInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeadlineInputError';
  }
}
