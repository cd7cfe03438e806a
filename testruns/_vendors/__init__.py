"""One adapter per vendor, each in the module named after its manifest id, imported when first used."""
