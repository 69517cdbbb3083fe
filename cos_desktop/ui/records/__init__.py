"""Records: group pages, parents, attendance grid, the note editor, notes review, search and undoable record commands."""
