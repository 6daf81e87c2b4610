import FluentKit

struct M0001_CreateOrganisations: TableMigration {
    static let table = "organisations"
    var name: String { "0001-create-organisations" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("name", .string, .required)
            .field("type", .string, .required)
            .field("ons_code", .string)
    }
}
