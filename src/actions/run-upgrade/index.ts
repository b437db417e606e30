import { startedDirectly } from '../../adapters/runner/entry.js';
import { run } from './main.js';
import { post } from './post.js';
import { isPostStep } from './post-state.js';

export { run };

// Started by the runner: run there. Imported (by the CLI with its terminal): the importer calls run().
// One bundle for both steps (action.yml main and post); the main step saves isPost for the post step.
if (startedDirectly(import.meta.url)) {
  if (isPostStep()) await post();
  else await run();
}
