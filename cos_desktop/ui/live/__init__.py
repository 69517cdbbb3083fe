"""The live session: the session window, presenter and its controller, projector, live notes and check-in, live video, the end-of-session summary."""
