#!/usr/bin/env node
// The compiled CLI lives in dist/, built by `npm ci` (prepare) or `npm run build`.
import "../dist/cli/bin.js";
