// Preloaded into the API process under test (`node --require …/count-statements.cjs main.js`):
// counts every SQL statement the process sends, at the driver, so that nothing TypeORM or our
// code does is missed. The benchmark resets and reads the count over the IPC channel around each
// request. The API's code is not changed for this.
'use strict';
let count = 0;

function countCalls(target, names) {
  for (const name of names) {
    const original = target[name];
    if (typeof original !== 'function' || original.__counted) continue;
    const wrapped = function (...args) {
      count++;
      return original.apply(this, args);
    };
    wrapped.__counted = true;
    target[name] = wrapped;
  }
}

try {
  // better-sqlite3: TypeORM caches prepared statements, so executions are counted, not prepares.
  const Database = require('better-sqlite3');
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (...args) {
    const statement = prepare.apply(this, args);
    countCalls(Object.getPrototypeOf(statement), ['run', 'get', 'all', 'iterate']);
    return statement;
  };
  countCalls(Database.prototype, ['exec']);
} catch {
  // not installed: a PostgreSQL-only run
}

try {
  const pg = require('pg');
  countCalls(pg.Client.prototype, ['query']);
} catch {
  // not installed
}

process.on('message', (message) => {
  if (message === 'statements:reset') count = 0;
  if (message === 'statements:read') process.send?.({ statements: count });
});
// The channel must not keep the API alive when it is told to stop.
process.channel?.unref();
