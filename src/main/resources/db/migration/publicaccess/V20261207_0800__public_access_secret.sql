-- The signing key of public links and forms moves from training to publicaccess, which training and
-- participation share. The key already in use is kept, so QR codes and form stamps issued before still verify.
create table pac_secret (
    name          varchar(40)  primary key,
    secret_value  varchar(100) not null
);

insert into pac_secret (name, secret_value)
select name, secret_value from trn_secret;

drop table trn_secret;
