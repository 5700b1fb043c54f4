// Serves the built site for the browser tests. `npm test` builds it first.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type StaticServer } from '../../../scripts/support/static-server.ts';

let server: StaticServer | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does).');
  server = await startStaticServer('dist');
  project.provide('baseUrl', server.url);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
