from tts_batch.cli import main

raise SystemExit(main())
