# GraphQL API image. Two stages so the runtime image carries neither the
# TypeScript toolchain nor devDependencies.
# Node 22 LTS: package.json asks for ^20.19 or >=22.12, and Node 20 is at end of life.
ARG NODE_IMAGE=node:22-bookworm-slim

# ---- build: compile TypeScript to dist/ ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Manifests first: the npm ci layer stays cached until dependencies change.
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json codegen.yml ./
COPY schema/ schema/
COPY src/ src/
COPY cypher/ cypher/
COPY data/ data/
COPY examples/ examples/
COPY ui/ ui/
# tsc emits to dist/ (the entry point is dist/src/main.js), Vite the workbench to dist/ui/.
RUN npm run build

# ---- runtime ----
FROM ${NODE_IMAGE} AS runtime
# HOST=0.0.0.0: inside a container the API must listen beyond loopback.
# NODE_ENV=production: introspection and the IDE are off unless ENABLE_IDE / ENABLE_INTROSPECTION say otherwise.
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
# The app resolves schema/, cypher/ and data/seed/ relative to the folder
# holding package.json, so everything lives side by side in /app.
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist/ dist/
COPY --from=build /app/schema/ schema/
COPY --from=build /app/cypher/ cypher/
COPY --from=build /app/data/ data/
COPY --from=build /app/examples/ examples/
# Files stay root-owned, so the unprivileged process cannot modify its own code.
USER node
EXPOSE 4000
# Two malloc arenas, as npm start sets: glibc's default (eight per core) kept about 20 MiB more of
# freed memory across the API thread, the front and Node's helper threads (docs/operations.md).
ENV MALLOC_ARENA_MAX=2
# Uses Node's built-in fetch: the slim image has no curl or wget.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
