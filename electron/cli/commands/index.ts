import type { Command } from '../command';
import { bundle } from './bundle';
import { catalogue } from './catalogue';
import { demo } from './demo';
import { importCheck } from './import-check';
import { inspect } from './inspect';
import { report } from './report';

/** Every command, in the order help lists them. A new command is one file here plus one entry. */
export const COMMANDS: readonly Command[] = [inspect, bundle, importCheck, catalogue, demo, report];
