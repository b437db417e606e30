// Types for release-notes.mjs, which test/meta/release.test.ts imports.
export function releaseSection(changelog: string, version: string): string;
export function versionMismatches(version: string, rootDir?: string): string[];
