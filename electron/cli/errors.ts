/** The command line was wrong (unknown command or flag, missing argument): exit 2 with a one-line message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The work needs a person's decision (`bundle merge` with conflicts): exit 3, the reason in one line. */
export class NeedsDecisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NeedsDecisionError';
  }
}
