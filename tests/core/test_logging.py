from cos_desktop.logging_setup import rotate


def test_log_is_rotated_once_too_big_keeping_three(tmp_path):
    log = tmp_path / "cos-desktop.log"
    for generation in range(5):
        log.write_text(f"generation {generation}\n" + "x" * 2000)
        rotate(log, max_bytes=1000, keep=3)
    assert not log.exists()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["cos-desktop.log.1", "cos-desktop.log.2", "cos-desktop.log.3"]
    assert (tmp_path / "cos-desktop.log.1").read_text().startswith("generation 4")


def test_small_log_is_left_alone(tmp_path):
    log = tmp_path / "cos-desktop.log"
    log.write_text("short")
    rotate(log, max_bytes=1000)
    assert log.read_text() == "short"


def test_the_log_file_is_readable_only_by_its_owner(tmp_path):
    """The log may name a file or a group: like the database, only the facilitator reads it."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, COS_DESKTOP_DATA_DIR=str(tmp_path))
    subprocess.run([sys.executable, "-c", "from cos_desktop.logging_setup import setup_logging; "
                    "import logging; setup_logging(); logging.getLogger('t').info('hello')"],
                   env=env, check=True, cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    log = tmp_path / "logs" / "cos-desktop.log"
    assert "hello" in log.read_text()
    assert log.stat().st_mode & 0o777 == 0o600
