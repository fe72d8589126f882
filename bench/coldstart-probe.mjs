/**
 * Cold-start probe, run by bench/coldstart.ts in a fresh plain `node` (no tsx,
 * no loader) with the function's environment: imports one Lambda bundle,
 * which runs its module initialisation (SDK clients, handler), and prints
 * one JSON line:
 *
 *   { importMs, importCpuMs, processMs, network, hasHandler }
 *
 * importMs: wall time of `await import(bundle)`; importCpuMs: this process's
 * CPU time over the same span; processMs: from process start to the end of
 * the import (Node's own start-up included). Any network use during
 * initialisation (a TCP connect or a DNS lookup) is refused and counted in
 * `network`: initialisation must only create clients.
 *
 *   node bench/coldstart-probe.mjs /path/to/index.mjs
 */
import dns from 'node:dns';
import net from 'node:net';
import { pathToFileURL } from 'node:url';

let network = 0;
const refuse = (what) => {
  network += 1;
  throw new Error(`cold-start probe: network use during initialisation (${what})`);
};
net.Socket.prototype.connect = () => refuse('connect');
dns.lookup = () => refuse('dns.lookup');
dns.promises.lookup = async () => refuse('dns.promises.lookup');

const bundle = process.argv[2];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const module = await import(pathToFileURL(bundle).href);
const t1 = performance.now();
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({
  importMs: t1 - t0,
  importCpuMs: (cpu.user + cpu.system) / 1000,
  processMs: t1,
  network,
  hasHandler: typeof module.handler === 'function',
}));
