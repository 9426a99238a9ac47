# syntax=docker/dockerfile:1
# trichdan: the Discord bot, run from its TypeScript sources with tsx (no build step to drift from the tests).
#   docker build -t trichdan .
#   docker run -d --name trichdan -e DISCORD_TOKEN=... -v trichdan-data:/data trichdan
#   docker run --rm -e DISCORD_TOKEN=... trichdan node --import tsx src/register.ts    # force command registration
#   printf '/ask ...\n' | docker run --rm -i trichdan                                     # console mode (no token)
# Own articles: -v /path/to/articles:/corpus:ro -e CORPUS_DIR=/corpus

# --- builder: production dependencies; better-sqlite3 compiles its native addon when no prebuilt binary fits ---
FROM node:20-bookworm-slim AS builder
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# tsx is a runtime dependency (it runs src/main.ts), so --omit=dev keeps everything the bot needs.
RUN npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# --- runtime: same base image as the builder, so the compiled addon matches its glibc and Node ABI ---
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/data \
    CORPUS_DIR=/app/seeds
WORKDIR /app
COPY --from=builder /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY commands ./commands
COPY seeds ./seeds
# The SQLite store and the command-registration hash live in /data: a volume, writable by the unprivileged user.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
# node is PID 1 and receives docker stop's SIGTERM itself: src/main.ts closes the client and the store on it.
CMD ["node", "--import", "tsx", "src/main.ts"]
