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
