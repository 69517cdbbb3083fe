"""initial schema

Revision ID: 0001_initial
Revises: 
"""
from alembic import op
import sqlalchemy as sa


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_setting'))
    )
    op.create_table('curriculum',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('is_template', sa.Boolean(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_curriculum'))
    )
    op.create_table('media_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('location', sa.Text(), nullable=False),
    sa.Column('size_bytes', sa.BigInteger(), nullable=True),
    sa.Column('fingerprint', sa.String(length=80), nullable=True),
    sa.Column('duration_ms', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_media_item'))
    )
    op.create_table('chapter_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('curriculum_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('parent_summary', sa.Text(), nullable=False),
    sa.Column('notice_this_week', sa.Text(), nullable=False),
    sa.Column('target_minutes', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['curriculum_id'], ['curriculum.id'], name=op.f('fk_chapter_plan_curriculum_id_curriculum'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chapter_plan'))
    )
    with op.batch_alter_table('chapter_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_chapter_plan_curriculum_id'), ['curriculum_id'], unique=False)

    op.create_table('group_',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('delivery', sa.String(length=20), nullable=False),
    sa.Column('session_minutes', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('first_date', sa.Date(), nullable=False),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('facilitators', sa.String(length=300), nullable=False),
    sa.Column('contact', sa.String(length=300), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('curriculum_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['curriculum_id'], ['curriculum.id'], name=op.f('fk_group__curriculum_id_curriculum')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group_'))
    )
    with op.batch_alter_table('group_', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group__curriculum_id'), ['curriculum_id'], unique=False)

    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('child_ages', sa.String(length=200), nullable=False),
    sa.Column('consent_named', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['group_.id'], name=op.f('fk_participant_group_id_group_'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_group_id'), ['group_id'], unique=False)

    op.create_table('segment_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('chapter_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('planned_seconds', sa.Integer(), nullable=False),
    sa.Column('facilitator_prompt', sa.Text(), nullable=False),
    sa.Column('parent_takeaway', sa.Text(), nullable=False),
    sa.Column('media_item_id', sa.Integer(), nullable=True),
    sa.Column('video_title', sa.String(length=200), nullable=False),
    sa.Column('clip_start_ms', sa.Integer(), nullable=True),
    sa.Column('clip_end_ms', sa.Integer(), nullable=True),
    sa.Column('optional_link_title', sa.String(length=200), nullable=False),
    sa.Column('optional_link_location', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['chapter_id'], ['chapter_plan.id'], name=op.f('fk_segment_plan_chapter_id_chapter_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['media_item_id'], ['media_item.id'], name=op.f('fk_segment_plan_media_item_id_media_item'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_segment_plan'))
    )
    with op.batch_alter_table('segment_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_segment_plan_chapter_id'), ['chapter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_segment_plan_media_item_id'), ['media_item_id'], unique=False)

    op.create_table('session_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('chapter_id', sa.Integer(), nullable=False),
    sa.Column('chapter_position', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('summary_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['chapter_id'], ['chapter_plan.id'], name=op.f('fk_session_run_chapter_id_chapter_plan')),
    sa.ForeignKeyConstraint(['group_id'], ['group_.id'], name=op.f('fk_session_run_group_id_group_'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_run')),
    sa.UniqueConstraint('group_id', 'chapter_position', name='uq_session_run_group_chapter')
    )
    with op.batch_alter_table('session_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_run_chapter_id'), ['chapter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_run_group_id'), ['group_id'], unique=False)

    op.create_table('attendance',
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_attendance_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['session_run.id'], name=op.f('fk_attendance_run_id_session_run'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('run_id', 'participant_id', name=op.f('pk_attendance'))
    )
    op.create_table('note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('visibility', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['session_run.id'], name=op.f('fk_note_run_id_session_run'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['segment_id'], ['segment_plan.id'], name=op.f('fk_note_segment_id_segment_plan'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note'))
    )
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_run_id'), ['run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_segment_id'), ['segment_id'], unique=False)

    op.create_table('pause_point',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('at_ms', sa.Integer(), nullable=False),
    sa.Column('prompt', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['segment_id'], ['segment_plan.id'], name=op.f('fk_pause_point_segment_id_segment_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pause_point'))
    )
    with op.batch_alter_table('pause_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pause_point_segment_id'), ['segment_id'], unique=False)

    op.create_table('run_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('segment_index', sa.Integer(), nullable=True),
    sa.Column('value', sa.Integer(), nullable=True),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('wall_time', sa.DateTime(), nullable=False),
    sa.Column('monotonic_ns', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['session_run.id'], name=op.f('fk_run_event_run_id_session_run'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_run_event')),
    sa.UniqueConstraint('run_id', 'seq', name='uq_run_event_run_seq')
    )
    with op.batch_alter_table('run_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_run_event_run_id'), ['run_id'], unique=False)

    op.create_table('note_tag',
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], name=op.f('fk_note_tag_note_id_note'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_note_tag_participant_id_participant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('note_id', 'participant_id', name=op.f('pk_note_tag'))
    )


def downgrade() -> None:
    op.drop_table('note_tag')
    with op.batch_alter_table('run_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_run_event_run_id'))

    op.drop_table('run_event')
    with op.batch_alter_table('pause_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pause_point_segment_id'))

    op.drop_table('pause_point')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_segment_id'))
        batch_op.drop_index(batch_op.f('ix_note_run_id'))

    op.drop_table('note')
    op.drop_table('attendance')
    with op.batch_alter_table('session_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_run_group_id'))
        batch_op.drop_index(batch_op.f('ix_session_run_chapter_id'))

    op.drop_table('session_run')
    with op.batch_alter_table('segment_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_segment_plan_media_item_id'))
        batch_op.drop_index(batch_op.f('ix_segment_plan_chapter_id'))

    op.drop_table('segment_plan')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_group_id'))

    op.drop_table('participant')
    with op.batch_alter_table('group_', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group__curriculum_id'))

    op.drop_table('group_')
    with op.batch_alter_table('chapter_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_chapter_plan_curriculum_id'))

    op.drop_table('chapter_plan')
    op.drop_table('media_item')
    op.drop_table('curriculum')
    op.drop_table('app_setting')
