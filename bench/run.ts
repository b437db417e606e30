// `npm run bench`: prints figures; it asserts nothing about time.
import { benchDetect } from './detect.js';
import { benchKnowledge } from './knowledge.js';
import { benchReport } from './report.js';
import { benchPlan } from './plan.js';
import { benchVerify } from './verify.js';
import { benchRunUpgrade } from './run-upgrade.js';
import { benchYaml } from './yaml.js';
import { benchClusters } from './clusters.js';
import { benchRemovedApis } from './removed-apis.js';
import { benchPreflightScale } from './preflight-scale.js';

const suites: Array<[string, () => Promise<string[]>]> = [
  ['detect-release', benchDetect],
  ['knowledge engine (in process)', benchKnowledge],
  ['report for one hop (bundled CLI)', benchReport],
  ['plan-upgrade API cost', benchPlan],
  ['verify (3 control-plane + 5 workers, simulated)', benchVerify],
  ['run-upgrade orchestration overhead', benchRunUpgrade],
  ['YAML reader on hostile group_vars (fresh process each)', benchYaml],
  ['plan and report by cluster count', benchClusters],
  ['removed-API preflight scan (loopback API)', benchRemovedApis],
  ['run-upgrade preflight and between-batch check at scale', benchPreflightScale],
];

// `npm run bench -- <words>` runs only the suites whose name contains one of the words.
const only = process.argv.slice(2);
for (const [name, bench] of suites.filter(([n]) => only.length === 0 || only.some((w) => n.includes(w)))) {
  const lines = await bench();
  console.log(`\n== ${name}`);
  for (const l of lines) console.log(l);
}
