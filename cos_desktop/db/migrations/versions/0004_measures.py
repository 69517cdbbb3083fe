"""pre/post measures: a group's measures and each parent's totals

Revision ID: 0004_measures
Revises: 0002_note_search

Only totals are stored, never a questionnaire's items.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_measures'
down_revision = '0002_note_search'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('measure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('low', sa.Float(), nullable=False),
    sa.Column('high', sa.Float(), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['group_.id'], name=op.f('fk_measure_group_id_group_'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure'))
    )
    with op.batch_alter_table('measure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_group_id'), ['group_id'], unique=False)

    op.create_table('measure_score',
    sa.Column('measure_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('pre', sa.Float(), nullable=True),
    sa.Column('post', sa.Float(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['measure_id'], ['measure.id'], name=op.f('fk_measure_score_measure_id_measure'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_measure_score_participant_id_participant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('measure_id', 'participant_id', name=op.f('pk_measure_score'))
    )
    with op.batch_alter_table('measure_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_score_participant_id'), ['participant_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('measure_score', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_score_participant_id'))
    op.drop_table('measure_score')
    with op.batch_alter_table('measure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_group_id'))
    op.drop_table('measure')
