"""note and run-event authors, group facilitators, audit trail

Revision ID: 0005_agency_audit
Revises: 0004_measures

Columns and tables used by agency mode on PostgreSQL (who wrote a note or recorded a run event,
who facilitates a group) and the append-only audit trail. Roles and row-level security are not
made here: `cos-desktop agency setup` adds them (see cos_desktop.db.agency).
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_agency_audit'
down_revision = '0004_measures'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.add_column(sa.Column('author', sa.String(length=63), nullable=True))
    with op.batch_alter_table('run_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('author', sa.String(length=63), nullable=True))
    with op.batch_alter_table('group_', schema=None) as batch_op:
        batch_op.add_column(sa.Column('created_by', sa.String(length=63), nullable=True))
    op.create_table('group_facilitator',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('role_name', sa.String(length=63), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['group_.id'], name=op.f('fk_group_facilitator_group_id_group_'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('group_id', 'role_name', name=op.f('pk_group_facilitator'))
    )
    with op.batch_alter_table('group_facilitator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_facilitator_role_name'), ['role_name'], unique=False)
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=63), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_participant_id'), ['participant_id'], unique=False)


def downgrade() -> None:
    op.drop_table('audit_entry')
    op.drop_table('group_facilitator')
    with op.batch_alter_table('group_', schema=None) as batch_op:
        batch_op.drop_column('created_by')
    with op.batch_alter_table('run_event', schema=None) as batch_op:
        batch_op.drop_column('author')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_column('author')
