/**
 * The runner facade kept for existing call sites: the same names as before, now served by the
 * runner adapter on @actions/core (src/adapters/runner/actions-runner.ts), which also makes
 * untrusted log text inert. New code takes a Reporter or an ActionHost instead.
 */
export {
  appendSummary,
  debug,
  endGroup,
  error,
  getInput,
  group,
  info,
  isDebug,
  notice,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  warning,
  SUMMARY_LIMIT_BYTES,
  type AnnotationProperties,
} from '../../adapters/runner/actions-runner.js';
