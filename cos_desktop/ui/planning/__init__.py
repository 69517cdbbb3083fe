"""Planning: the programme view, the planner, fit-to-length, video links and the preview with its pause points."""
