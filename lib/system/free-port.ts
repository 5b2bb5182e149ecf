// A TCP port nothing listens on right now, on loopback: for the embedded database, test servers
// and benchmark instances. (Another process could take it before the caller binds; callers that
// start a server retry or fail clearly.)
import { createServer } from "node:net";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
