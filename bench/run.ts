// `npm run bench`: prints figures; it asserts nothing about time.
import { benchDetect } from './detect.js';

const suites: Array<[string, () => Promise<string[]>]> = [['detect-release', benchDetect]];

for (const [name, bench] of suites) {
  const lines = await bench();
  console.log(`\n== ${name}`);
  for (const l of lines) console.log(l);
}
