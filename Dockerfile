FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 CHROMIUM_PATH=/usr/bin/chromium
# Debian's Chromium prints the results page as PDF (lib/pdf/render.ts); fonts for its text.
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium fonts-liberation fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
# Dev dependencies are needed to build (TypeScript, tsx runs the start script).
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
# Built once, here: `npm run build` writes the build stamp that the start script checks, so a
# container start does not build again.
RUN npm run build
EXPOSE 3000
# Node runs the start script itself, not through npm and sh, which do not pass SIGTERM on: on
# `docker stop` the web server finishes its requests in flight, then the process exits.
CMD ["node", "--import", "tsx", "scripts/start.ts"]
