import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs with a fixed number of named positionals; its errors become UsageErrors carrying only
 * the first sentence ("Unknown option '--x'"), which is all the user needs.
 */
export function parseCommandArgs<const O extends Options, const N extends string>(
  args: string[],
  options: O,
  positionalNames: readonly N[],
) {
  const { values, positionals } = parseStrictly(args, options);
  const missing = positionalNames[positionals.length];
  if (missing) throw new UsageError(`missing ${missing}`);
  const extra = positionals[positionalNames.length];
  if (extra !== undefined) throw new UsageError(`unexpected argument “${extra}”`);
  const named = Object.fromEntries(positionalNames.map((name, i) => [name, positionals[i]])) as Record<N, string>;
  return { values, positionals: named };
}

function parseStrictly<const O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_'))
      throw new UsageError((error as Error).message.replace(/\. .*$/s, ''));
    throw error;
  }
}
