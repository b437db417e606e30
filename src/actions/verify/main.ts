import { runAction } from '../../shared/actions/run-action.js';
import { ActionError } from '../../shared/errors.js';

export function run(): Promise<void> {
  return runAction('verify', async () => {
    throw new ActionError('verify is not implemented yet in this release of kubespray-upgrade-actions; see the README for what works today');
  });
}
