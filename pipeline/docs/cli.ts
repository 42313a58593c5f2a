// `npm run docs`: writes docs/reference.md from the code (see reference.ts).
import { mkdirSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { REFERENCE_FILE, referenceMarkdown } from './reference.ts';

mkdirSync(dirname(REFERENCE_FILE), { recursive: true });
writeFileAtomic(REFERENCE_FILE, referenceMarkdown());
console.log(`wrote ${relative(PROJECT_ROOT, REFERENCE_FILE)}`);
