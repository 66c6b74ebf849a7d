/** Types of bundle-cli.mjs, for the tests that run the worker it builds. */
export const root: string;
export const cliDir: string;
export function ensureCliBuilt(): Promise<string>;
