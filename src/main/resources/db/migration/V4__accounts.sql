-- Accounts of the review UI and the API, and the API tokens people create for scripts. Passwords are stored as
-- hashes ({bcrypt}…, Spring's DelegatingPasswordEncoder), tokens only as the SHA-256 hex of the token.
CREATE TABLE account (
    username             VARCHAR(32)  PRIMARY KEY,  -- lower case: a-z 0-9 . _ -
    display_name         VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,
    role                 VARCHAR(20)  NOT NULL,     -- reviewer | admin
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(32),               -- null for the first admin, made at the first start
    CONSTRAINT account_role_check CHECK (role IN ('reviewer', 'admin'))
);

CREATE TABLE api_token (
    id           UUID         PRIMARY KEY,
    username     VARCHAR(32)  NOT NULL REFERENCES account (username),
    token_hash   CHAR(64)     NOT NULL UNIQUE,
    label        VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_username_idx ON api_token (username);
