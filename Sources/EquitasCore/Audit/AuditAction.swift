/// What happened to a record.
public enum AuditAction: String, DomainEnum {
    case created
    case updated
    case deleted
}
