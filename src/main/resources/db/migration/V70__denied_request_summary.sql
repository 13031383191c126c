-- Change requests refused to anonymous clients, counted per client address and minute instead of one audit row
-- each, so nobody can fill the hash chain or hold its lock without signing in. A job writes one audit row per
-- address and minute once the minute is over, then removes the count.
create table denied_request_summary (
    client_ip   varchar(64)  not null,
    minute      timestamptz  not null,
    denials     integer      not null,
    first_route varchar(300) not null,
    primary key (client_ip, minute)
);
