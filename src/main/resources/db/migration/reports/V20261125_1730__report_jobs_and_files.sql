-- Documents generated in the background. A job is queued by a request, claimed by one worker on any node
-- (an UPDATE ... WHERE state = 'QUEUED', so two nodes never run the same job), reports its progress here, and is
-- cancelled by setting cancel_requested, which the worker reads between chapters. A claim whose heartbeat stops
-- (the node died) is put back in the queue by any node.
create table rpt_job (
    id varchar(36) primary key,
    province_code varchar(8) not null,
    kind varchar(40) not null,
    plan_version_id bigint not null,
    plan_version_name varchar(200) not null,
    language varchar(5) not null,
    with_pdf boolean not null,
    state varchar(12) not null,
    progress integer not null,
    step_key varchar(100),
    cancel_requested boolean not null,
    requested_by varchar(100) not null,
    requested_at timestamp with time zone not null,
    claim_token varchar(36),
    claimed_by varchar(200),
    claimed_at timestamp with time zone,
    heartbeat_at timestamp with time zone,
    finished_at timestamp with time zone,
    attempts integer not null,
    note_key varchar(100),
    error_detail varchar(1000)
);

create index rpt_job_queue on rpt_job (state, requested_at);
create index rpt_job_province on rpt_job (province_code, requested_at);

-- The generated files themselves, kept in the database so every node can serve them.
create table rpt_file (
    id varchar(36) primary key,
    job_id varchar(36) not null references rpt_job (id),
    province_code varchar(8) not null,
    kind varchar(40) not null,
    format varchar(8) not null,
    language varchar(5) not null,
    plan_version_id bigint not null,
    plan_version_name varchar(200) not null,
    input_hash varchar(64) not null,
    file_name varchar(255) not null,
    content_type varchar(120) not null,
    size_bytes bigint not null,
    content bytea not null,
    created_by varchar(100) not null,
    created_at timestamp with time zone not null
);

create index rpt_file_province on rpt_file (province_code, created_at);
