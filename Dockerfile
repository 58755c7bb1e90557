# The server as a container: built with the dev tools, run with production dependencies only, as a non-root user.
# scripts/container-check.mjs runs these same steps without Docker (CI does); keep to the instructions it reads.

# --- Build: install everything, fetch Web Chat's bundle (postinstall), compile (prepare), then drop dev deps.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund
RUN npm prune --omit=dev --no-audit --no-fund

# --- Run: only what the server reads at run time.
FROM node:24-bookworm-slim
ENV NODE_ENV=production
ENV PORT=3978
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./package.json
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/knowledge ./knowledge
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/node_modules ./node_modules
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "dist/src/healthcheck.js"]
CMD ["node", "dist/src/index.js"]
