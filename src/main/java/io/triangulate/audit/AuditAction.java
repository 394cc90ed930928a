package io.triangulate.audit;

/** What an audit line records. */
public enum AuditAction {
    IMPORT, DELETE_REPORT, REVIEW, CROSS_CHECK, MERGE, SPLIT, MOVE, REALIGN, SESSION_OPENED, SESSION_CLOSED, ASSIGN
}
