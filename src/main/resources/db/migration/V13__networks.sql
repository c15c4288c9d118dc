-- Many networks on one installation (ADR 0010): the networks are data, and every row of a network's own data
-- carries its network. An existing single-network database becomes a one-network installation: its rows belong
-- to the network of the profile it ran on (${networkId}, set from netwerkregie.network-profile at start-up).
-- People (person, account_token) are not of one network: a person may work for several.
create table network (
    id              varchar(40)    primary key,
    name            varchar(200)   not null,
    profile_yaml    text           not null,
    share_national  boolean        not null default false,
    created_at      timestamp      not null
);

alter table admission add column network_id varchar(40) not null default '${networkId}';
alter table board_decision add column network_id varchar(40) not null default '${networkId}';
alter table board_decision_note add column network_id varchar(40) not null default '${networkId}';
alter table board_seat add column network_id varchar(40) not null default '${networkId}';
alter table board_vote add column network_id varchar(40) not null default '${networkId}';
alter table contribution_base add column network_id varchar(40) not null default '${networkId}';
alter table contribution_payment add column network_id varchar(40) not null default '${networkId}';
alter table jaarplan add column network_id varchar(40) not null default '${networkId}';
alter table jaarplan_theme add column network_id varchar(40) not null default '${networkId}';
alter table jaarplan_version add column network_id varchar(40) not null default '${networkId}';
alter table membership_ending add column network_id varchar(40) not null default '${networkId}';
alter table organisation add column network_id varchar(40) not null default '${networkId}';
alter table organisation_correction add column network_id varchar(40) not null default '${networkId}';
alter table status_change add column network_id varchar(40) not null default '${networkId}';
alter table stored_document add column network_id varchar(40) not null default '${networkId}';
alter table werkgroep add column network_id varchar(40) not null default '${networkId}';
alter table werkgroep_assignment add column network_id varchar(40) not null default '${networkId}';
alter table werkgroep_assignment_version add column network_id varchar(40) not null default '${networkId}';
alter table werkgroep_member add column network_id varchar(40) not null default '${networkId}';
alter table werkgroep_report add column network_id varchar(40) not null default '${networkId}';

-- The default only filled the rows that were there; from now on Hibernate writes the network of every row.
alter table admission alter column network_id drop default;
alter table board_decision alter column network_id drop default;
alter table board_decision_note alter column network_id drop default;
alter table board_seat alter column network_id drop default;
alter table board_vote alter column network_id drop default;
alter table contribution_base alter column network_id drop default;
alter table contribution_payment alter column network_id drop default;
alter table jaarplan alter column network_id drop default;
alter table jaarplan_theme alter column network_id drop default;
alter table jaarplan_version alter column network_id drop default;
alter table membership_ending alter column network_id drop default;
alter table organisation alter column network_id drop default;
alter table organisation_correction alter column network_id drop default;
alter table status_change alter column network_id drop default;
alter table stored_document alter column network_id drop default;
alter table werkgroep alter column network_id drop default;
alter table werkgroep_assignment alter column network_id drop default;
alter table werkgroep_assignment_version alter column network_id drop default;
alter table werkgroep_member alter column network_id drop default;
alter table werkgroep_report alter column network_id drop default;

-- One jaarplan per year and network.
alter table jaarplan drop constraint uk_jaarplan_year;
alter table jaarplan add constraint uk_jaarplan_year unique (network_id, plan_year);
create index organisation_network on organisation (network_id);
create index admission_network on admission (network_id);
create index board_decision_network on board_decision (network_id);
create index werkgroep_network on werkgroep (network_id);
create index werkgroep_assignment_network on werkgroep_assignment (network_id);
create index jaarplan_network on jaarplan (network_id);
create index stored_document_network on stored_document (network_id);
create index membership_ending_network on membership_ending (network_id);
