"""The bundled app's entry script: the same command line as the pip-installed `cos-desktop`."""

from cos_desktop.cli import main

raise SystemExit(main())
