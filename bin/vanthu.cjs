#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist', 'main', 'cli.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('vanthu: chưa build — chạy "npm run build" trong thư mục dự án trước (CLI bundle missing).\n');
  process.exit(1);
}
require(bundle);
