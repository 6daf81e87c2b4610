/// The author of whatever the current task writes. The web layer sets it for each
/// request and the command line for each command; the persistence layer reads it when
/// it records a change, so no store has to pass an author along.
public enum AuditContext {
    @TaskLocal public static var author: AuditAuthor?

    /// The author to record: the one set for this task, or `system` when none is.
    public static var currentAuthor: AuditAuthor { author ?? .system }
}
