// The container's health probe (the Dockerfile's HEALTHCHECK): exit 0 when this server answers /healthz with a 2xx.
const port = Number(process.env.PORT) || 3978;
const PROBE_TIMEOUT_MS = 4_000;

fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
