"""Initial schema: clients and every section of the case file.

Revision ID: 0001
Revises:
Create Date: 2026-11-21 07:45:32.696248
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('client',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('given_names', sa.String(length=200), nullable=False),
    sa.Column('family_name', sa.String(length=200), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('country_of_birth', sa.String(length=2), nullable=True),
    sa.Column('citizenships', sa.JSON(), nullable=False),
    sa.Column('marital_status', sa.String(length=20), nullable=True),
    sa.Column('a_number', sa.String(length=20), nullable=True),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('grandparent_born_in_canada', sa.Boolean(), nullable=True),
    sa.Column('death_penalty_exposure', sa.Boolean(), nullable=True),
    sa.Column('intends_quebec', sa.Boolean(), nullable=True),
    sa.Column('us_status_known', sa.Boolean(), nullable=False),
    sa.Column('relatives_known', sa.Boolean(), nullable=False),
    sa.Column('parents_known', sa.Boolean(), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('sort_name', sa.String(length=400), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('status_summary', sa.String(length=200), nullable=False),
    sa.Column('status_expiry', sa.Date(), nullable=True),
    sa.Column('next_deadline', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client'))
    )
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_country'), ['country'], unique=False)
        batch_op.create_index('ix_client_search', ['search_key', 'sort_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_next_deadline'), ['next_deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_sort_name'), ['sort_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_status_expiry'), ['status_expiry'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_updated_at'), ['updated_at'], unique=False)

    op.create_table('business',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('net_worth_cad', sa.Float(), nullable=True),
    sa.Column('designated_org_support', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_business_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_business'))
    )
    op.create_table('canada_entry',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('mode', sa.String(length=20), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('claim_made_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_canada_entry_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_canada_entry'))
    )
    op.create_table('canadian_documents',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('valid_visa_or_permit', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_canadian_documents_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_canadian_documents'))
    )
    op.create_table('human_capital',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('education', sa.String(length=20), nullable=True),
    sa.Column('canadian_work_years', sa.Integer(), nullable=True),
    sa.Column('foreign_work_years', sa.Integer(), nullable=True),
    sa.Column('certificate_of_qualification', sa.Boolean(), nullable=True),
    sa.Column('canadian_education', sa.String(length=30), nullable=True),
    sa.Column('provincial_nomination', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_human_capital_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_human_capital'))
    )
    op.create_table('job_offer',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('province', sa.String(length=2), nullable=True),
    sa.Column('teer', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_job_offer_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_job_offer'))
    )
    op.create_table('language_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('holder', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=True),
    sa.Column('test', sa.String(length=20), nullable=True),
    sa.Column('test_inside_clb', sa.Boolean(), nullable=False),
    sa.Column('speaking', sa.Float(), nullable=True),
    sa.Column('listening', sa.Float(), nullable=True),
    sa.Column('reading', sa.Float(), nullable=True),
    sa.Column('writing', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_language_result_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_language_result')),
    sa.UniqueConstraint('client_id', 'holder', name=op.f('uq_language_result_client_id_holder'))
    )
    with op.batch_alter_table('language_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_language_result_client_id'), ['client_id'], unique=False)

    op.create_table('minor',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('accompanied_by_parent_or_guardian', sa.Boolean(), nullable=True),
    sa.Column('parent_or_guardian_in_canada_or_us', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_minor_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_minor'))
    )
    op.create_table('parent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(length=10), nullable=True),
    sa.Column('canadian_at_client_birth', sa.Boolean(), nullable=True),
    sa.Column('canadian_by', sa.String(length=20), nullable=True),
    sa.Column('days_in_canada_before_client_birth', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_parent_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parent'))
    )
    with op.batch_alter_table('parent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_parent_client_id'), ['client_id'], unique=False)

    op.create_table('partner',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('relationship', sa.String(length=20), nullable=True),
    sa.Column('since', sa.Date(), nullable=True),
    sa.Column('status_in_canada', sa.String(length=30), nullable=True),
    sa.Column('lives_in_canada', sa.Boolean(), nullable=True),
    sa.Column('accompanying', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_partner_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_partner'))
    )
    op.create_table('relative_in_canada',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=True),
    sa.Column('age', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_relative_in_canada_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relative_in_canada'))
    )
    with op.batch_alter_table('relative_in_canada', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relative_in_canada_client_id'), ['client_id'], unique=False)

    op.create_table('self_employment',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('cultural_or_athletic_years', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_self_employment_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_self_employment'))
    )
    op.create_table('spouse_factors',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('education', sa.String(length=20), nullable=True),
    sa.Column('canadian_work_years', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_spouse_factors_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_spouse_factors'))
    )
    op.create_table('us_status',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('program', sa.String(length=10), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_us_status_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_us_status'))
    )
    with op.batch_alter_table('us_status', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_us_status_client_id'), ['client_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('us_status', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_us_status_client_id'))

    op.drop_table('us_status')
    op.drop_table('spouse_factors')
    op.drop_table('self_employment')
    with op.batch_alter_table('relative_in_canada', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relative_in_canada_client_id'))

    op.drop_table('relative_in_canada')
    op.drop_table('partner')
    with op.batch_alter_table('parent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_parent_client_id'))

    op.drop_table('parent')
    op.drop_table('minor')
    with op.batch_alter_table('language_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_language_result_client_id'))

    op.drop_table('language_result')
    op.drop_table('job_offer')
    op.drop_table('human_capital')
    op.drop_table('canadian_documents')
    op.drop_table('canada_entry')
    op.drop_table('business')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_updated_at'))
        batch_op.drop_index(batch_op.f('ix_client_status_expiry'))
        batch_op.drop_index(batch_op.f('ix_client_sort_name'))
        batch_op.drop_index(batch_op.f('ix_client_next_deadline'))
        batch_op.drop_index(batch_op.f('ix_client_country'))
        batch_op.drop_index('ix_client_search')

    op.drop_table('client')
