from sxcounsel.cli import main

raise SystemExit(main())
