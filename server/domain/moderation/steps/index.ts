// The single ordered list of moderation steps.
import type { Step } from '../pipeline';
import { stripMarkupStep } from './strip-markup';

export const STEPS: readonly Step[] = [stripMarkupStep];
