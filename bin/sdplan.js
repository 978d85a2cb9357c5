#!/usr/bin/env node
// The CLI is bundled into one file at build time (npm run build): loading ~50 small ES modules
// one by one costs more start-up than `sdplan validate` is allowed (3x `node -e 0`).
import '../dist/bundle/sdplan.mjs';
