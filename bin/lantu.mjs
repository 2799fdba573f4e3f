#!/usr/bin/env node
// The `lantu` command. Sources are TypeScript run through tsx, so a fresh `npm ci` is enough to run it.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
