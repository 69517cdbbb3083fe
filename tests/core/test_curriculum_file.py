from cos_desktop.core import curriculum_file as cf
from cos_desktop.paths import resource_path


def test_builtin_file_is_valid_and_round_trips():
    spec = cf.load_file(resource_path("programme.yaml"))
    assert len(spec.chapters) == 8
    again = cf.parse_text(cf.dump_text(spec), ".yaml")
    assert again == spec
    assert cf.parse_text(cf.dump_text(spec, ".json"), ".json") == spec
