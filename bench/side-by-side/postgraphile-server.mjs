// PostGraphile 5 for bench/run.sh: the amber preset and the connection-filter plugin over the bench database,
// served by grafserv's plain Node adaptor on 127.0.0.1. Run with Node 22 or newer:
//   node postgraphile-server.mjs <connection string> <port>
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";

const [connectionString, portText] = process.argv.slice(2);
if (!connectionString || !portText) {
  console.error("usage: node postgraphile-server.mjs <connection string> <port>");
  process.exit(2);
}
const port = Number(portText);

const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [
    makePgService({
      connectionString,
      schemas: ["public"],
      // the same ceiling for every system under test: see run.sh
      poolConfig: { max: Number(process.env.BENCH_POOL_SIZE ?? 20) },
    }),
  ],
  grafserv: { port, host: "127.0.0.1", graphiql: false, watch: false },
  grafast: { explain: false },
  schema: { exportSchemaSDLPath: process.env.BENCH_PGL_SDL || undefined },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on("error", (error) => {
  console.error(error);
  process.exit(1);
});
await serv.addTo(server);
server.listen(port, "127.0.0.1", () => console.log(`postgraphile listening on 127.0.0.1:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    pgl.release().finally(() => process.exit(0));
  });
}
