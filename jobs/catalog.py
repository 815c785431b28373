"""Entry point of the static catalog: set folders → an HTML site (index with search and facets, a page per set).

    python jobs/catalog.py out/ --out out/catalog
"""

import argparse
import os
import sys

try:
    import curate  # noqa: F401
except ImportError:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from curate.cli import add_catalog_arguments, catalog_from_args


def main() -> int:
    parser = argparse.ArgumentParser(description="Build the static HTML catalog of curated sets.")
    add_catalog_arguments(parser)
    return catalog_from_args(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
