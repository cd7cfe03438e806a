"""Test runs over any vendor: ``client.Client`` / ``AsyncClient``, and what the generated facades stand on.

- ``client``: the clients and their vendor-by-id calls (trigger, cancel, status, wait).
- ``adapter``: ``VendorAdapter`` and ``Endpoint``, the base of each generated facade: a call validated by the
  generated pydantic models, sent through ``testruns.http``, and its answer read back.
- ``lifecycle``: a status answer in the facade's words (the manifest's states and verdicts).
- ``polling``: a wait's clock and its step between reads, shared by the sync and async loops.
- ``call``, ``validation``, ``dry_run``: a prepared call, the models' verdict on it, and showing it unsent.
"""
