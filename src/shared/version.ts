/** The suite's version, as in package.json (a test keeps them equal). */
export const SUITE_VERSION = '0.1.0';
