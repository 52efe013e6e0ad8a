-- Creates the four service roles and their databases in the compose PostgreSQL. The postgres image runs this
-- once, on an empty data volume, through psql 15 (hence \getenv). Passwords come from the container's
-- environment (docker-compose.yml passes <SVC>_DB_PASSWORD, defaulting to the development value = role name);
-- to change them later use ALTER ROLE, since this script never runs again on an existing volume.
\set ON_ERROR_STOP on

\getenv report_password REPORT_DB_PASSWORD
\getenv disclosure_password DISCLOSURE_DB_PASSWORD
\getenv application_password APPLICATION_DB_PASSWORD
\getenv appeals_password APPEALS_DB_PASSWORD

CREATE ROLE report LOGIN PASSWORD :'report_password';
CREATE ROLE disclosure LOGIN PASSWORD :'disclosure_password';
CREATE ROLE application LOGIN PASSWORD :'application_password';
CREATE ROLE appeals LOGIN PASSWORD :'appeals_password';

-- template0 so the encoding does not depend on the server's template1.
CREATE DATABASE report OWNER report ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE disclosure OWNER disclosure ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE application OWNER application ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE appeals OWNER appeals ENCODING 'UTF8' TEMPLATE template0;
