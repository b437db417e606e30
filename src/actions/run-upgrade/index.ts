import { startedDirectly } from '../../adapters/runner/entry.js';
import { run } from './main.js';

export { run };

// Started by the runner: run there. Imported (by the CLI with its terminal): the importer calls run().
if (startedDirectly(import.meta.url)) await run();
