"""Video widgets shared by the live session and planning: the controller, the player panel, the pre-flight check."""
