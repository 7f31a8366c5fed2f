-- ideas (issue 14): the word index behind "similar ideas" before a citizen sends one. Thai needs a dictionary to
-- find word boundaries, which SQL cannot do, so the application cuts each idea into words once and stores them
-- here; a similarity check then reads only the ideas that share a word with the draft.
create table par_idea_word (
    idea_id        bigint       not null references par_idea (id) on delete cascade,
    province_code  varchar(10)  not null,
    word           varchar(100) not null,
    hits           integer      not null,
    primary key (idea_id, word)
);
create index par_idea_word_lookup on par_idea_word (province_code, word);

-- which ideas are in the index: the first node to claim an idea (insert ... on conflict do nothing) writes its words
create table par_idea_indexed (
    idea_id        bigint       not null primary key references par_idea (id) on delete cascade,
    province_code  varchar(10)  not null
);
create index par_idea_indexed_province on par_idea_indexed (province_code);
