#!/usr/bin/env node
// Launcher: the command line is TypeScript sharing the engine with the extension; tsx runs it
// without a separate compile step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
