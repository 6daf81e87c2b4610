extension ActionPlanSheet {
    /// Reads a sheet in this layout back into plan content. Every cell is checked
    /// before anything is returned, and every problem is reported at once, each named
    /// by the row and column a person sees (`row 14, column "Due"`). A sheet with a
    /// bad header is reported on its header alone: its cells cannot be placed.
    ///
    /// An update with no date is dated `today`; one with no author is by `importedBy`.
    /// The content carries no recommendation ids and no status moves on updates: the
    /// sheet has neither (compare with `PlanContent.asInSheet`).
    /// `headings` says how the sheet's headings map onto the layout (a council's own
    /// spreadsheet); by default only the layout's own headers are known.
    public static func content(
        from table: SheetTable, vocabulary: PlanVocabulary, importedBy: String, today: CalendarDate,
        headings: ActionPlanHeadings = .layout
    ) throws(ActionPlanSheetErrors) -> PlanContent {
        var reader = ActionPlanSheetReader(table: table, vocabulary: vocabulary, importedBy: importedBy, today: today, headings: headings)
        reader.readHeader()
        guard reader.failureCount == 0 else { throw ActionPlanSheetErrors(reader.failures) }
        let content = reader.readRows()
        guard reader.failureCount == 0 else { throw ActionPlanSheetErrors(reader.failures) }
        return content
    }
}
