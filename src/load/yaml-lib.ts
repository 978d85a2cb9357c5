// The `yaml` package, loaded on first use: validate of a clean plan never needs it. Loaded through
// createRequire so the bundler leaves it out of the start-up path (its CommonJS build is used).
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
let lib: typeof import('yaml') | undefined;

export function yamlLib(): typeof import('yaml') {
  return (lib ??= load('yaml') as typeof import('yaml'));
}
