FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
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
