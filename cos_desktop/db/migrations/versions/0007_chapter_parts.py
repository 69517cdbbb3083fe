"""chapters in parts: a segment's part, a session's part

Revision ID: 0007_chapter_parts
Revises: 0005_agency_audit

A chapter's segments can be split into parts, each delivered as a session of its own. Every
existing segment and session becomes part 1, so groups already running see no change.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_chapter_parts'
down_revision = '0005_agency_audit'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('segment_plan', schema=None) as batch_op:
        batch_op.add_column(sa.Column('part', sa.Integer(), server_default='1', nullable=False))
    with op.batch_alter_table('session_run', schema=None) as batch_op:
        batch_op.add_column(sa.Column('part', sa.Integer(), server_default='1', nullable=False))
        batch_op.drop_constraint('uq_session_run_group_chapter', type_='unique')
        batch_op.create_unique_constraint('uq_session_run_group_chapter_part', ['group_id', 'chapter_position', 'part'])


def downgrade() -> None:
    # Parts after the first have no place in the older layout: their sessions go.
    op.execute("DELETE FROM session_run WHERE part > 1")
    op.execute("UPDATE segment_plan SET part = 1")
    with op.batch_alter_table('session_run', schema=None) as batch_op:
        batch_op.drop_constraint('uq_session_run_group_chapter_part', type_='unique')
        batch_op.create_unique_constraint('uq_session_run_group_chapter', ['group_id', 'chapter_position'])
        batch_op.drop_column('part')
    with op.batch_alter_table('segment_plan', schema=None) as batch_op:
        batch_op.drop_column('part')
