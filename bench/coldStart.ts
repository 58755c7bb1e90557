// Cold start: ms from spawning the server process to its first successful reply on /api/messages, runs alternated.
import { SpawnOptions, startServer } from './servers';

export type ColdStarts = Record<'ours' | 'echo', number[]>;

export async function measureColdStart(runs: number, options: Record<keyof ColdStarts, SpawnOptions>): Promise<ColdStarts> {
  const out: ColdStarts = { ours: [], echo: [] };
  // One unrecorded start of each first: the OS file cache then holds node_modules for both alike.
  for (const kind of ['ours', 'echo'] as const) await (await startServer(kind, options[kind])).stop();
  for (let run = 0; run < runs; run += 1) {
    const order: (keyof ColdStarts)[] = run % 2 === 0 ? ['ours', 'echo'] : ['echo', 'ours'];
    for (const kind of order) {
      const server = await startServer(kind, options[kind]);
      out[kind].push(server.readyMs);
      await server.stop();
    }
  }
  return out;
}
