/**
 * A problem an editor fixes in content or settings (a wrong field, a bad
 * BUILD_NOW, an unknown git revision): its message is complete Vietnamese
 * text, printed as it is, once, without a stack trace.
 */
export class EditorError extends Error {
  /** Tells Eleventy not to print a stack trace if it ever logs this error. */
  readonly skipOriginalStack = true;

  constructor(message: string) {
    super(message);
    this.name = 'EditorError';
  }
}

/** The EditorError behind an error, however Eleventy wrapped it (`originalError`, `cause`). */
export function editorErrorIn(error: unknown): EditorError | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    if (current instanceof EditorError) return current;
    seen.add(current);
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return undefined;
}

/**
 * Runs a command's body: an editor's error (settings, content, a git
 * revision) ends it with its Vietnamese message and exit code 1; anything
 * else is a fault in the program and keeps its stack trace.
 */
export async function runCommand(main: () => Promise<number | void> | number | void): Promise<void> {
  try {
    const code = await main();
    if (typeof code === 'number') process.exitCode = code;
  } catch (error) {
    const editorError = editorErrorIn(error);
    if (!editorError) throw error;
    console.error(editorError.message);
    process.exitCode = 1;
  }
}
