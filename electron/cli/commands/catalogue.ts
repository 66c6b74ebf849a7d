import { CATALOGUE, levelsFor, requirementsOfStep } from '../../../shared/catalogue/catalogue';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';

export const catalogue: Command = {
  name: 'catalogue',
  usage: '[--json]',
  summary: 'List the requirement catalogue with its edition-1 and edition-2 references (--json: one JSON object)',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean' } }, []);

    if (values.json) {
      const report = {
        version: CATALOGUE.version,
        steps: CATALOGUE.steps.map(({ id, title }) => ({ id, title })),
        // Levels are resolved so consumers need not know about the step fallback.
        requirements: CATALOGUE.requirements.map((r) => ({
          id: r.id,
          step: r.step,
          title: r.title,
          ed1: r.ed1,
          ed2: r.ed2,
          question: r.question,
          guidance: r.guidance,
          levels: levelsFor(r),
        })),
      };
      io.out(`${JSON.stringify(report)}\n`);
      return;
    }

    const lines = [`Requirement catalogue ${CATALOGUE.version}: ${CATALOGUE.requirements.length} requirements in ${CATALOGUE.steps.length} steps`];
    for (const step of CATALOGUE.steps) {
      const requirements = requirementsOfStep(step.id);
      const width = Math.max(...requirements.map((r) => r.title.length));
      lines.push('', `Step ${step.id}: ${step.title}`);
      for (const r of requirements) lines.push(`  ${r.id}  ${r.title.padEnd(width)}  [${r.ed1.join(', ')} | ${r.ed2.join(', ')}]`);
    }
    io.out(`${lines.join('\n')}\n`);
  },
};
