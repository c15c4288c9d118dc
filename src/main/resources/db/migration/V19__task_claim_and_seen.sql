-- Since when the assignee holds a task (issue 14: "Anouk Jansen werkt hieraan sinds ..."). Camunda keeps the
-- assignee but no claim time. Written from the engine's assignment event in the transaction that changes the
-- assignee, so every way of taking a task counts (Mijn taken, the task page, taking over, Tasklist, REST).
-- task_id is Camunda's task id (unique in the installation, so no network column); the row goes with the task.
create table task_claim (
    task_id    varchar(64) primary key,
    username   varchar(64) not null,
    claimed_at timestamp   not null
);

-- The tasks a person has opened: the header counts their other open tasks as new. The rows of a task go when it
-- is completed or withdrawn, so this stays as small as the open tasks.
create table task_seen (
    username varchar(64) not null,
    task_id  varchar(64) not null,
    seen_at  timestamp   not null,
    primary key (username, task_id)
);
create index task_seen_task on task_seen (task_id);
