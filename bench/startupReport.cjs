// Preloaded (node -r) by `npm run bench` into each command it times: at exit, the process's own
// peak RSS (KiB) and CPU time (µs) on one stderr line, so no external `time` tool is needed.
process.on('exit', () => {
  const r = process.resourceUsage();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload, by design
  require('node:fs').writeSync(2, `\n@@panelpack-bench ${r.maxRSS} ${r.userCPUTime + r.systemCPUTime}\n`);
});
