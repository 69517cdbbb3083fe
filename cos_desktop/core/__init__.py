"""Qt-free domain logic: plans, timing, curriculum files, privacy-safe views."""
