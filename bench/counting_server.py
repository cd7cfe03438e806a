"""An instantly answering HTTP/1.1 keep-alive server that counts the TCP connections it accepts.

Run in its own process (``python bench/counting_server.py PORT``) so its cost falls on neither caller's
interpreter. Every request gets LoadForge's documented 200; ``GET /_connections`` answers how many
connections have been accepted so far, which is how the bench checks that a pool reuses its sockets.
Written on asyncio's protocol layer: at a few microseconds a request it is never the bottleneck it measures.
"""

from __future__ import annotations

import asyncio
import sys

BODY = b'{"run_id": 314}'
ANSWER = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
    + str(len(BODY)).encode()
    + b"\r\n\r\n"
    + BODY
)


class Counter:
    """Connections accepted since the server started."""

    accepted = 0


class Answering(asyncio.Protocol):
    """Answers each complete request in the buffer; keeps the connection open for the next."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        Counter.accepted += 1
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].lower()
            length = 0
            at = head.find(b"content-length:")
            if at >= 0:
                length = int(head[at + 15 :].split(b"\r\n", 1)[0])
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            if head.startswith(b"get /_connections"):
                count = str(Counter.accepted).encode()
                self.transport.write(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
                    + str(len(count)).encode()
                    + b"\r\n\r\n"
                    + count
                )
            else:
                self.transport.write(ANSWER)


async def serve(port: int) -> None:
    """Serve on 127.0.0.1:``port`` until killed."""
    server = await asyncio.get_running_loop().create_server(Answering, "127.0.0.1", port, backlog=4096)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1])))
