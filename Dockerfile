# One image for the app and the jobs worker (docker-compose runs it twice).
FROM node:20-bookworm-slim
# ffmpeg and ffprobe come from npm (as on any machine): only CA certificates from apt.
RUN apt-get update \
  && apt-get install -y --no-install-recommends ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build
ENV NODE_ENV=production
EXPOSE 3000
CMD ["npm", "start"]
