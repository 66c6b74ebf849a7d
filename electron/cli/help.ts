import type { Command } from './command';

export function usageText(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => `${c.name} ${c.usage}`.length));
  const lines = commands.map((c) => `  csms ${`${c.name} ${c.usage}`.padEnd(width)}  ${c.summary}`);
  return [
    'CSMS Assessor command line: work with .csms assessment files without the app.',
    '',
    'Usage:',
    ...lines,
    `  csms ${'help'.padEnd(width)}  Show this text (also --help; "csms COMMAND --help" for one command)`,
    `  csms ${'--version'.padEnd(width)}  Show the version`,
    '',
    'Exit status: 0 done, 2 bad input (command line or file), 3 conflicts left to settle (bundle merge), 1 unexpected error.',
    '',
  ].join('\n');
}

export function commandUsageText(command: Command): string {
  return `Usage: csms ${command.name} ${command.usage}\n\n${command.summary}\n`;
}
