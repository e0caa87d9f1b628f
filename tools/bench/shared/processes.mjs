// The servers under test run as child processes of the benchmark: started with only the
// environment given (so a developer's shell settings do not leak into the figures), ready when
// they print what they print once listening, stopped as a deployment would stop them.
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { ROOT } from './workspace.mjs';

const CLOCK_TICKS = 100; // USER_HZ on Linux

/**
 * Spawns `node args…` and resolves to { child, exited, output() } once its output contains
 * `readyText`. `ipc: true` opens a channel to it (child.send / 'message').
 */
export function startProcess(args, env, readyText, { ipc = false, timeoutMs = 90_000 } = {}) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, TZ: process.env.TZ, ...env },
    stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? ['ipc'] : [])],
  });
  const exited = new Promise((done) => child.once('exit', (code, signal) => done(signal ?? code)));
  let output = '';
  return new Promise((ready, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`${args.at(-1)} did not start:\n${output}`)),
      timeoutMs,
    );
    const read = (chunk) => {
      output += chunk;
      if (output.length > 100_000) output = output.slice(-50_000);
      if (output.includes(readyText)) {
        clearTimeout(timer);
        ready({ child, exited, output: () => output });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    exited.then((how) => fail(new Error(`${args.at(-1)} exited (${how}):\n${output}`)));
  });
}

/** SIGTERM, and SIGKILL if the process has not exited 15 s later. */
export async function stopProcess(proc) {
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), 15_000);
  await proc.exited;
  clearTimeout(timer);
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Resident memory of a process in bytes, from /proc (Linux). */
export function residentBytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) * 1024;
}
