package cn.nianbao.account;

import java.time.Instant;
import java.util.UUID;

/** An API token as its owner's page lists it: never the token itself, which only its hash keeps. */
public record ApiToken(UUID id, String label, Instant createdAt, Instant lastUsedAt) {
}
