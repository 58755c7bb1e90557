// Graceful drain for shutdown: stop accepting, let requests in flight finish (answered with Connection: close), then close.
import type { Server as HttpServer, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';

export interface Drain {
  /** Resolves once every connection has closed; requests already being served are finished first. */
  (): Promise<void>;
}

/** Call before the server listens, so that every request is seen. */
export function drainable(http: HttpServer): Drain {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  const closeIdleWhenDone = () => {
    if (draining && inFlight.size === 0) http.closeIdleConnections();
  };
  const track = (_req: unknown, res: ServerResponse) => {
    inFlight.add(res);
    // A request arriving on a kept-alive connection during the drain is served, and its connection then closed.
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      inFlight.delete(res);
      closeIdleWhenDone();
    });
  };
  // A request with `Expect: 100-continue` arrives as checkContinue instead (restify listens for both).
  http.on('request', track);
  http.on('checkContinue', track);
  return () =>
    new Promise<void>((resolve) => {
      draining = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      // net's close, not http's: http's would also drop idle kept-alive connections at once, resetting a request that
      // a client is sending on one at that moment. Those are closed once nothing is in flight.
      NetServer.prototype.close.call(http, () => resolve());
      closeIdleWhenDone();
    });
}
