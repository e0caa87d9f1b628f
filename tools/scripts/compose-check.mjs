// The compose file is checked the only way this machine allows (no Docker engine runs here):
// the compose CLI must resolve it with the required variables set, and must refuse it, naming
// the variable, without them. Uses `docker compose` (v2) or Debian's `docker-compose` (v1).
import { spawnSync } from 'node:child_process';

const FILE = 'docker/compose.yml';
const REQUIRED = {
  POSTGRES_PASSWORD: 'composecheck1',
  SESSION_SECRET: 'x'.repeat(48),
  PUBLIC_URL: 'https://ketenlab.example.org',
};

function compose(env) {
  const clean = { ...process.env };
  for (const name of Object.keys(REQUIRED)) delete clean[name];
  for (const cli of [['docker', 'compose'], ['docker-compose']]) {
    const [command, ...prefix] = cli;
    const result = spawnSync(command, [...prefix, '-f', FILE, 'config', '--quiet'], {
      env: { ...clean, ...env },
      encoding: 'utf8',
    });
    if (result.error?.code === 'ENOENT') continue;
    // `docker compose` without the plugin says "unknown command"; try the next CLI.
    if (/unknown (shorthand flag|command)|is not a docker command/.test(result.stderr)) continue;
    return {
      cli: cli.join(' '),
      status: result.status,
      output: `${result.stdout}${result.stderr}`,
    };
  }
  return null;
}

const valid = compose(REQUIRED);
if (!valid) {
  console.log('SKIPPED: no compose CLI (install docker-compose or the docker compose plugin)');
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
let failures = 0;
if (valid.status === 0) console.log(`ok   ${valid.cli} accepts ${FILE}`);
else {
  console.log(`FAIL ${valid.cli} rejects ${FILE}:\n${valid.output}`);
  failures++;
}
for (const name of Object.keys(REQUIRED)) {
  const { [name]: _dropped, ...rest } = REQUIRED;
  const missing = compose(rest);
  const named = missing.status !== 0 && missing.output.includes(name);
  console.log(`${named ? 'ok  ' : 'FAIL'} without ${name} the file is refused, naming it`);
  if (!named) failures++;
}
process.exit(failures ? 1 : 0);
