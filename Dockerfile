# The API image; Neo4j runs in its own container (docker-compose.yml).
FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY core ./core
COPY store ./store
COPY server ./server
COPY cli ./cli
COPY neo4j/install.mjs ./neo4j/install.mjs
COPY schema ./schema
COPY seed ./seed
COPY queries ./queries
COPY public ./public
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "cli/start.ts"]
