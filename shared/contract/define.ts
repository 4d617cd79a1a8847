// The building blocks of the host contract: a method is an input schema, an output schema and a
// sentence. Everything that crosses a process boundary is checked against these schemas.
import { z } from 'zod';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  summary: string;
}

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string): MethodSpec<I, O> {
  return { input, output, summary };
}

export const HOST_ERROR_CODES = [
  'invalid-input',
  'no-workspace',
  'workspace-exists',
  'workspace-too-new',
  'locked',
  'wrong-passphrase',
  'weak-passphrase',
  'not-found',
  'conflict',
  'missing-fields',
  'cancelled',
  'unavailable',
  'internal',
] as const;
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

export const HostErrorShape = z.object({
  code: z.enum(HOST_ERROR_CODES),
  message: z.string(),
  details: z.unknown().optional(),
});
export type HostErrorShape = z.infer<typeof HostErrorShape>;

/** What every host call returns across a boundary: errors travel as data the UI can show. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: HostErrorShape };

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HostError';
  }

  toShape(): HostErrorShape {
    return this.details === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, details: this.details };
  }
}

/** A readable sentence for a failed schema check, naming the fields a DPO would recognise. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
