// Preloaded into a server the memory benchmark spawns (node --expose-gc -r …/memoryProbe.js): on SIGUSR2 it
// collects garbage and prints the process's memory on stderr, so the bench reads it without touching src/.
export {};

process.on('SIGUSR2', () => {
  // Twice: the first pass can leave objects whose finalizers free more.
  globalThis.gc?.();
  globalThis.gc?.();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  process.stderr.write(`BENCH_MEMORY ${JSON.stringify({ rss, heapUsed, heapTotal, external, arrayBuffers, gc: globalThis.gc !== undefined })}\n`);
});
