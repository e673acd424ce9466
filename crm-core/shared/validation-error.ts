/** One problem with one field of the input, in words a user can act on. */
export interface FieldIssue {
  /** The field's path as the API names it, e.g. `phones.0.number`. */
  readonly field: string;
  readonly message: string;
}

/** Input the user can fix. The gateway turns it into HTTP 400 naming each field. */
export class ValidationError extends Error {
  constructor(readonly issues: readonly FieldIssue[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '));
    this.name = 'ValidationError';
  }

  static of(field: string, message: string): ValidationError {
    return new ValidationError([{ field, message }]);
  }
}

/** The value is already another record's (a login, a name that must be unique). The gateway answers 409 naming the field. */
export class DuplicateError extends ValidationError {
  constructor(issues: readonly FieldIssue[]) {
    super(issues);
    this.name = 'DuplicateError';
  }

  static override of(field: string, message: string): DuplicateError {
    return new DuplicateError([{ field, message }]);
  }
}

/** A record the user named does not exist (or is not theirs to see). The gateway answers 404. */
export class NotFoundError extends Error {
  constructor(readonly entity: string, readonly id: number | string) {
    super(`${entity} ${id} not found`);
    this.name = 'NotFoundError';
  }
}

/** Collects field issues and throws them all at once, so the user fixes everything in one go. */
export function createIssueCollector() {
  const issues: FieldIssue[] = [];
  return {
    add(field: string, message: string) {
      issues.push({ field, message });
    },
    throwIfAny() {
      if (issues.length > 0) throw new ValidationError(issues);
    },
  };
}

export type Issues = ReturnType<typeof createIssueCollector>;
