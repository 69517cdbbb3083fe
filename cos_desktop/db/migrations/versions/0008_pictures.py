"""pictures the facilitator shows the room, linked like videos

Revision ID: 0008_pictures
Revises: 0007_chapter_parts

One table: each picture's file location, size and fingerprint (to find a moved file again), and
the segment it belongs to (none: the picture library). The images themselves are never stored.
"""
from alembic import op
import sqlalchemy as sa


revision = '0008_pictures'
down_revision = '0007_chapter_parts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('picture_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('location', sa.Text(), nullable=False),
    sa.Column('size_bytes', sa.BigInteger(), nullable=True),
    sa.Column('fingerprint', sa.String(length=80), nullable=True),
    sa.Column('segment_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['segment_id'], ['segment_plan.id'], name=op.f('fk_picture_link_segment_id_segment_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_picture_link'))
    )
    with op.batch_alter_table('picture_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_picture_link_segment_id'), ['segment_id'], unique=False)
    _grant_to_agency_roles()


def _grant_to_agency_roles() -> None:
    """An agency database set up before this table: its people may use pictures like videos
    (plan data, the same grants as media_item; see cos_desktop.db.agency)."""
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute("""
    DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cos_facilitator') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON picture_link TO cos_facilitator;
        GRANT USAGE, SELECT ON SEQUENCE picture_link_id_seq TO cos_facilitator;
      END IF;
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cos_supervisor') THEN
        GRANT SELECT ON picture_link TO cos_supervisor;
      END IF;
    END $$
    """)


def downgrade() -> None:
    with op.batch_alter_table('picture_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_picture_link_segment_id'))
    op.drop_table('picture_link')
