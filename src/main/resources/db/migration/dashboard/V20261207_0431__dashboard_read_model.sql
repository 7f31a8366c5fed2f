-- The dashboard's read model, fed by the plan's and the action plan's events (and filled once from their APIs
-- for provinces whose data predates it). One row per province once seen; a null plan status means no plan yet.
create table dsh_province_figures (
    province_code varchar(8) primary key,
    plan_status varchar(16),
    last_version_id bigint,
    last_version_name varchar(300),
    adopted_run_id bigint,
    adopted_projects integer,
    adopted_at timestamp with time zone,
    updated_at timestamp with time zone not null
);

-- the plan's project ids per province: counting them stays right when an event is delivered twice
create table dsh_plan_project (
    province_code varchar(8) not null,
    project_id varchar(36) not null,
    primary key (province_code, project_id)
);

-- trainees registered in the province's cohorts, and whether each got a certificate
create table dsh_trainee (
    province_code varchar(8) not null,
    trainee_id bigint not null,
    certified boolean not null,
    primary key (province_code, trainee_id)
);
