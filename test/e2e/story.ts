import { beforeEach } from 'vitest';

/**
 * Declares that the tests of the enclosing describe run as one story, each step building on what the ones before
 * left in the app. Once a step fails, every later step fails at once naming it, instead of waiting out its
 * timeout on state that never came.
 */
export function stepsOfOneStory(): void {
  let failedStep: string | undefined;
  beforeEach(({ task, onTestFailed }) => {
    if (failedStep) throw new Error(`Not run: this step builds on “${failedStep}”, which failed.`);
    onTestFailed(() => {
      failedStep ??= task.name;
    });
  });
}
