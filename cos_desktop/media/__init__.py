"""Teaching videos: the media backend interface, its libvlc and null implementations, the media
library (linking, checking and relinking files) and the pre-flight check.

Everything here is free of Qt except `video_widget`, the one native window video draws into.
"""
