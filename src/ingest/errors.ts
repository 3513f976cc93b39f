/** A problem with one input (file or item in a file), reported by name and reason. */
export class InputError extends Error {
  constructor(
    readonly origin: string,
    readonly reason: string,
  ) {
    super(`${origin}: ${reason}`);
    this.name = 'InputError';
  }
}

export function describeError(e: unknown): string {
  if (e instanceof InputError) return e.reason;
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many symbolic links';
    case 'EIO': return 'I/O error while reading';
  }
  return err?.message ?? String(e);
}
