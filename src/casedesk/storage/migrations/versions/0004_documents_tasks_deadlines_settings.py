"""Document dates, Express Entry invitation, caseworker tasks, computed deadlines and their states, settings.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 08:29:02.378002
"""

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('deadline',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('source_id', sa.String(length=80), nullable=True),
    sa.Column('source_title', sa.Text(), nullable=True),
    sa.Column('source_url', sa.Text(), nullable=True),
    sa.Column('source_confirmed', sa.Boolean(), nullable=False),
    sa.Column('caveat', sa.Text(), nullable=True),
    sa.Column('cliff', sa.Boolean(), nullable=False),
    sa.Column('tag', sa.String(length=40), nullable=True),
    sa.Column('visible_from', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_deadline_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deadline')),
    sa.UniqueConstraint('client_id', 'key', name=op.f('uq_deadline_client_id_key'))
    )
    with op.batch_alter_table('deadline', schema=None) as batch_op:
        batch_op.create_index('ix_deadline_due_visible', ['due', 'visible_from'], unique=False)

    op.create_table('deadline_state',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('snoozed_until', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_deadline_state_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', 'key', name=op.f('pk_deadline_state'))
    )
    op.create_table('documents',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('passport_expiry', sa.Date(), nullable=True),
    sa.Column('language_test_date', sa.Date(), nullable=True),
    sa.Column('police_certificate_date', sa.Date(), nullable=True),
    sa.Column('medical_exam_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_documents_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_documents'))
    )
    op.create_table('express_entry_profile',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('invitation_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_express_entry_profile_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_express_entry_profile'))
    )
    op.create_table('task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('tag', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_task_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task'))
    )
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_client_id'), ['client_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_client_id'))

    op.drop_table('task')
    op.drop_table('express_entry_profile')
    op.drop_table('documents')
    op.drop_table('deadline_state')
    with op.batch_alter_table('deadline', schema=None) as batch_op:
        batch_op.drop_index('ix_deadline_due_visible')

    op.drop_table('deadline')
    op.drop_table('setting')
