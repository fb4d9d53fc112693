# The API image; Neo4j runs in its own container (docker-compose.yml).
FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY server ./server
COPY schema ./schema
COPY seed ./seed
COPY queries ./queries
COPY public ./public
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "server/main.ts"]
