/**
 * Reads `--name value` and `--flag` arguments (what follows `npm run bench -- ...`).
 *
 * @example parseArgs(['--scale', 'medium', '--force']) // { scale: 'medium', force: 'true' }
 */
export function parseArgs(argv: readonly string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) throw new Error(`expected an option such as --scale, but got ${JSON.stringify(arg)}`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) args[name] = inline;
    else if (i + 1 < argv.length && !(argv[i + 1] as string).startsWith('--')) args[name] = argv[++i] as string;
    else args[name] = 'true';
  }
  return args;
}

/** A whole number argument, or `fallback` when absent. */
export function intArg(args: Record<string, string>, name: string, fallback: number): number {
  const text = args[name];
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name}: expected a whole number, but got ${JSON.stringify(text)}`);
  return value;
}

/** A number from `min` to `max` (fractions allowed), or `fallback` when absent. */
export function numberArg(args: Record<string, string>, name: string, fallback: number, min: number, max: number): number {
  const text = args[name];
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name}: expected a number from ${min} to ${max}, but got ${JSON.stringify(text)}`);
  return value;
}
