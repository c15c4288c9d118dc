-- A resignation a coordinator records for the member (it came by letter or e-mail) is dated on the day it was
-- received, which may lie before the day it was entered (created_at); this flag tells the two kinds apart.
alter table membership_ending add column recorded_on_behalf boolean default false not null;
