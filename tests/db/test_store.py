"""The built-in programme, group snapshots and the demo group."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from cos_desktop.core.kinds import Delivery, SegmentKind
from cos_desktop.db import store
from cos_desktop.db.demo import DEMO_GROUP_NAME, load_demo_group
from cos_desktop.db.models import Curriculum, Group, Note, RunEvent

PUBLIC_TITLES = [
    "Welcome to Circle of Security Parenting",
    "Exploring Our Children's Needs All the Way Around the Circle",
    '"Being-With" on the Circle',
    '"Being-With" Infants on the Circle',
    "The Path to Security",
    "Exploring Our Struggles",
    "Rupture and Repair in Relationships",
    "Summary and Celebration",
]


def test_builtin_programme_has_the_eight_public_chapters_each_adding_up(session):
    template = store.ensure_builtin_template(session)
    assert [c.title for c in template.chapters] == PUBLIC_TITLES
    for chapter in template.chapters:
        kinds = [s.kind for s in chapter.segments]
        assert chapter.planned_seconds == chapter.target_minutes * 60 == 90 * 60
        assert kinds[0] == SegmentKind.CHECK_IN and kinds[-1] == SegmentKind.CLOSING
        assert 2 <= kinds.count(SegmentKind.VIDEO) <= 4
        assert SegmentKind.HANDOUT in kinds
        assert all(s.facilitator_prompt for s in chapter.segments)
    titles = {c.position: [s.title for s in c.segments] for c in template.chapters}
    assert "Group agreements" in titles[1] and "Introductions" in titles[1]
    assert "Debrief" in titles[6]
    assert "Celebration" in titles[8]


def test_builtin_template_loads_once(session):
    store.ensure_builtin_template(session)
    store.ensure_builtin_template(session)
    assert session.scalar(select(func.count()).select_from(Curriculum).where(Curriculum.builtin.is_(True))) == 1


def test_group_gets_weekly_dates_and_its_own_snapshot(session):
    template = store.ensure_builtin_template(session)
    group = store.create_group(session, name="Tuesday group", template=template, first_date=dt.date(2026, 1, 6))
    session.commit()
    assert [run.date for run in group.sessions] == [dt.date(2026, 1, 6) + dt.timedelta(weeks=i) for i in range(8)]
    assert group.weekday == 1
    assert group.curriculum.id != template.id and not group.curriculum.is_template
    template.chapters[0].segments[0].title = "Changed later"
    template.chapters[0].segments[0].planned_seconds = 1
    session.commit()
    session.expire_all()
    assert group.curriculum.chapters[0].segments[0].title != "Changed later"
    assert group.sessions[0].chapter.curriculum_id == group.curriculum_id


def test_individual_delivery_defaults_to_an_hour(session):
    template = store.ensure_builtin_template(session)
    group = store.create_group(
        session, name="One to one", template=template, first_date=dt.date(2026, 3, 2), delivery=Delivery.INDIVIDUAL
    )
    assert group.session_minutes == 60


def test_demo_group_is_populated_and_idempotent(session):
    group = load_demo_group(session)
    again = load_demo_group(session)
    assert again.id == group.id
    assert session.scalar(select(func.count()).select_from(Group).where(Group.name == DEMO_GROUP_NAME)) == 1
    assert len(group.participants) == 8
    delivered = group.sessions[0]
    assert delivered.status == "ended"
    assert len(delivered.attendance) == 8
    assert session.scalar(select(func.count()).select_from(RunEvent).where(RunEvent.run_id == delivered.id)) >= 2
    notes = session.scalars(select(Note).where(Note.run_id == delivered.id)).all()
    assert sorted(n.visibility for n in notes) == ["private", "private", "shareable", "shareable"]
    assert sum(1 for n in notes if n.tagged) == 1
    linked = [s for s in delivered.chapter.segments if s.media_item is not None]
    assert linked and linked[0].kind == "video"
    from pathlib import Path

    assert Path(linked[0].media_item.location).stat().st_size > 10_000
    assert all(run.status == "planned" for run in group.sessions[1:])
