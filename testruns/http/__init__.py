"""The one request path: every call a facade makes goes through ``connection.Connection``.

- ``connection``: building a request (httpx, from the generated ``request_kwargs``), sending it, reading the
  answer within its bounds (size, deadline) and mapping statuses and faults onto the errors.
- ``transports``: what carries a request (httpx-aiohttp for async calls, httpcore's pool with a deadline for
  sync ones, httpx's own through a proxy).
- ``retry``: the one retry policy, for calls and waits.
- ``decoding``: an answer's content encoding, undone within its size bound.
- ``target``: where a vendor's calls go and with which key; ``redact``: what is masked; ``tls``: the trust.
- ``log``: the masked request and retry log; ``watch``: the "still waiting" notice of a sync call.
"""
