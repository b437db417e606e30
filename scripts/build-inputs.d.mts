// Types for build-inputs.mjs, which the tests import (test/support/paths.ts).
export const BUILD_ENTRIES: string[];
export function buildInputsKey(root: string): string;
export function isFresh(root: string, name: string, key?: string): boolean;
export function writeStamp(root: string, name: string, key: string): void;
