FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
# Dev dependencies are needed to build (TypeScript, tsx runs the start script).
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
RUN npx next build
EXPOSE 3000
CMD ["npm", "start"]
