import { run } from './main.js';
import { post } from './post.js';
import { isPostStep } from './post-state.js';

// One bundle for both steps (action.yml main and post); the main step saves isPost for the post step.
if (isPostStep()) await post();
else await run();
