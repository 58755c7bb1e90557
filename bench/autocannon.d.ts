// Types for the part of autocannon 9 the benchmarks use (the package ships none, and @types/autocannon lags it).
declare module 'autocannon' {
  namespace autocannon {
    interface RawRequest {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
    }
    type Context = Record<string, unknown>;
    interface RequestSpec extends RawRequest {
      /** Returns the request to send; a falsy value restarts the sequence. The context is reset at each restart. */
      setupRequest?: (request: RawRequest, context: Context) => RawRequest;
      onResponse?: (status: number, body: string, context: Context, headers: Record<string, string>) => void;
    }
    interface Client {
      setBody(body: string): void;
    }
    interface Options {
      url: string;
      /** Called once per connection, e.g. to give each its own body. */
      setupClient?: (client: Client) => void;
      connections?: number;
      /** Seconds. */
      duration?: number;
      /** Total requests; takes precedence over duration. */
      amount?: number;
      timeout?: number;
      method?: string;
      headers?: Record<string, string>;
      body?: string;
      requests?: RequestSpec[];
      initialContext?: Context;
    }
    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total: number;
      p50: number;
      p90: number;
      p97_5: number;
      p99: number;
    }
    interface Result {
      /** Seconds. */
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      mismatches: number;
      /** Milliseconds. */
      latency: Histogram;
      /** Per-second samples; `total` is the number of completed requests. */
      requests: Histogram & { sent: number };
    }
    interface Instance extends PromiseLike<Result> {
      stop(): void;
      /** Every response, with its time in milliseconds (a float; the result's histogram rounds to whole ms). */
      on(event: 'response', listener: (client: Client, status: number, bytes: number, responseTimeMs: number) => void): this;
    }
  }
  function autocannon(options: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
