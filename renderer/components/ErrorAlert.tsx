// The host's sentence for the DPO, shown as it came: it already says what happened and what to do.
import { HostCallError } from '../host/client';

export function errorMessage(err: unknown): string {
  if (err instanceof HostCallError) return err.message;
  if (err instanceof Error) return `Something went wrong in the window: ${err.message}`;
  return String(err);
}

export function ErrorAlert({ error, id }: { error: string | null; id?: string }) {
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert" id={id}>
      {error}
    </div>
  );
}
