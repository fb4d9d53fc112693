# The API image; Neo4j runs in its own container (docker-compose.yml). The base image is pinned by
# version (Node 20, as package.json's engines) and by the digest of its multi-platform index: the
# last build of node:20.19.5-bookworm-slim (18 Nov 2025, NODE_VERSION=20.19.5, Debian bookworm),
# published in docker-library's repo-info listing of Docker Hub (repos/node/remote/20-slim.md of that
# date, as mirrored by forks of docker-library/repo-info; its linux/amd64 manifest is
# sha256:d08621e478133b0492bd661ceee5d13a22b8c55297f3dbbb57f1c15d0c214942) and pinned with this tag
# by other public projects. With a digest, Docker pulls exactly that image whatever the tag points to.
# tests/integration/image.test.ts stages exactly the files this Dockerfile copies and starts the
# server from them against a real Neo4j.
FROM node:20.19.5-bookworm-slim@sha256:9e70124bd00f47dd023e349cd587132ae61892acc0e47ed641416c3e18f401c3
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
# What `node --import tsx cli/start.ts` imports at run time with NEO4J_URI set (the local Neo4j
# launcher in neo4j/ is loaded only without NEO4J_URI, so it is not in the image), plus the data
# and static files it reads.
COPY core ./core
COPY store ./store
COPY server ./server
COPY cli ./cli
COPY schema ./schema
COPY seed ./seed
COPY queries ./queries
COPY public ./public
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--import", "tsx", "cli/start.ts"]
