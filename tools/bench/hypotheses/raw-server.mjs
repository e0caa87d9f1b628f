// The hand-written SQL board behind a plain node:http endpoint, in a process of its own like the
// API, so both sides pay for HTTP, JSON and a process on the same two cores.
// GET /board?project=<id> answers { data: … } as the GraphQL endpoint does.
import { createServer } from 'node:http';
import { openDatabase } from './database.mjs';
import { rawBoard } from './raw-board.mjs';

const database = await openDatabase(process.env.DATABASE_URL);
const board = rawBoard(database);
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  try {
    const data = await board(url.searchParams.get('project'));
    const body = JSON.stringify({ data });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () =>
  console.log(`raw board listening on ${process.env.PORT}`),
);
process.on('SIGTERM', () => server.close(() => database.close().then(() => process.exit(0))));
