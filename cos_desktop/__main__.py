from cos_desktop.cli import main

raise SystemExit(main())
