#!/usr/bin/env node
'use strict';
require('./bundle.js')('cli.js');
