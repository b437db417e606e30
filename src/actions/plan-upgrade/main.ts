import { runAction } from '../../shared/actions/run-action.js';
import { ActionError } from '../../shared/errors.js';

export function run(): Promise<void> {
  return runAction('plan-upgrade', async () => {
    throw new ActionError('plan-upgrade is not implemented yet in this release of kubespray-upgrade-actions; see the README for what works today');
  });
}
